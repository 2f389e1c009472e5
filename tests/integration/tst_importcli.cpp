// `diffusion-cli import`: exit codes, the summary on stdout, the rejected rows on stderr.
#include "process.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace diffusion;

namespace {

QStringList lines(const QByteArray &output)
{
    return QString::fromUtf8(output).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

class TestImportCli final : public QObject
{
    Q_OBJECT

private:
    QString writeFile(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    test::ProcessResult import(const QStringList &arguments)
    {
        return test::runCli(QStringList{u"import"_qs, u"--workspace"_qs, m_workspace} + arguments);
    }

    // The lists and their recipient counts, as `diffusion-cli lists` prints them.
    QString listed()
    {
        const test::ProcessResult result = test::runCli({u"lists"_qs, u"--workspace"_qs, m_workspace});
        return QString::fromUtf8(result.out).trimmed();
    }

    QTemporaryDir m_dir;
    QString m_workspace;

private Q_SLOTS:
    void initTestCase()
    {
        // English messages and number formats, whatever the environment of the run.
        qputenv("LC_ALL", "C.UTF-8");
        qunsetenv("LANGUAGE");
    }

    void init()
    {
        m_workspace = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".diffusion"_qs);
        QCOMPARE(test::runCli({u"init"_qs, u"--workspace"_qs, m_workspace}).exitCode, 0);
    }

    void importsAndReportsRejectedRows()
    {
        const QString csv = writeFile(u"people.csv"_qs,
            "email;first name;city\n"
            "ann@example.com;Ann;Paris\n"
            "bob@example.com;Bob\n"
            ";Nobody;Nice\n"
            "not an address;Bad;Brest\n"
            "c\"d@example.com;C;Metz\n");
        const test::ProcessResult result = import({u"--list"_qs, u"people"_qs, csv});
        QCOMPARE(result.exitCode, 0);
        const QStringList out = lines(result.out);
        QCOMPARE(out.size(), 4);
        QVERIFY2(out.at(0).contains(QRegularExpression(u"^Imported 3 recipient.* \"people\""_qs)), qPrintable(out.at(0)));
        QCOMPARE(out.mid(1), (QStringList{u"  without address: 1"_qs, u"  bad-quality address: 1"_qs, u"Rejected rows: 2"_qs}));
        const QStringList err = lines(result.err);
        QCOMPARE(err.size(), 2);
        QVERIFY2(err.at(0).startsWith(u"line 3: The row has 2 field"_qs), qPrintable(err.at(0)));
        QVERIFY2(err.at(1).startsWith(u"line 6: A quote"_qs), qPrintable(err.at(1)));
        QCOMPARE(listed(), u"people\t3 recipients, 1 usable, 1 without address, 1 bad-quality"_qs);
    }

    void capsPrintedRows()
    {
        QByteArray data = "email,name\n";
        for (int i = 0; i < 25; ++i)
            data += "only-one-field@example.com\n";
        data += "ok@example.com,Ok\n";
        const test::ProcessResult result = import({u"--list"_qs, u"l"_qs, writeFile(u"many.csv"_qs, data)});
        QCOMPARE(result.exitCode, 0);
        const QStringList err = lines(result.err);
        QCOMPARE(err.size(), 21);
        QVERIFY2(err.at(0).startsWith(u"line 2: "_qs), qPrintable(err.at(0)));
        QVERIFY2(err.at(19).startsWith(u"line 21: "_qs), qPrintable(err.at(19)));
        QVERIFY2(err.at(20).contains(u" 5 more"_qs), qPrintable(err.at(20)));
    }

    void replaceEmptiesTheList()
    {
        const QString first = writeFile(u"first.csv"_qs, "email\na@example.com\nb@example.com\n");
        const QString second = writeFile(u"second.csv"_qs, "email\nc@example.com\n");
        QCOMPARE(import({u"--list"_qs, u"l"_qs, first}).exitCode, 0);
        QCOMPARE(import({u"--list"_qs, u"l"_qs, second}).exitCode, 0);
        QVERIFY2(listed().startsWith(u"l\t3 recipients"_qs), qPrintable(listed()));
        QCOMPARE(import({u"--list"_qs, u"l"_qs, u"--replace"_qs, second}).exitCode, 0);
        QVERIFY2(listed().startsWith(u"l\t1 recipients"_qs), qPrintable(listed()));
    }

    void refusedFiles_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("message");

        QTest::newRow("not UTF-8") << QByteArray("email,name\na@example.com,Ann\nb@example.com,Ren\xe9\n")
                                   << u"not in UTF-8: line 3 "_qs;
        QTest::newRow("no e-mail column") << QByteArray("name,city\nAnn,Paris\n") << u"name, city"_qs;
        QTest::newRow("duplicate column") << QByteArray("email,city,city\n") << u"\"city\""_qs;
        QTest::newRow("empty") << QByteArray() << u"empty"_qs;
    }

    void refusedFiles()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, message);
        const test::ProcessResult result = import({u"--list"_qs, u"l"_qs, writeFile(u"refused.csv"_qs, data)});
        QCOMPARE(result.exitCode, 1);
        const QString err = QString::fromUtf8(result.err);
        QVERIFY2(err.startsWith(u"diffusion-cli: "_qs) && err.contains(message), qPrintable(err));
        QVERIFY(result.out.isEmpty());
        QCOMPARE(listed(), QString());
    }

    void missingFile()
    {
        const test::ProcessResult result = import({u"--list"_qs, u"l"_qs, m_dir.filePath(u"nowhere.csv"_qs)});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("nowhere.csv"), result.err.constData());
    }

    void missingWorkspace()
    {
        const QString csv = writeFile(u"ok.csv"_qs, "email\na@example.com\n");
        const test::ProcessResult result = test::runCli(
            {u"import"_qs, u"--workspace"_qs, m_dir.filePath(u"none.diffusion"_qs), u"--list"_qs, u"l"_qs, csv});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(!QFile::exists(m_dir.filePath(u"none.diffusion"_qs)));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");

        QTest::newRow("no list") << QStringList{u"file.csv"_qs} << u"--list"_qs;
        QTest::newRow("empty list name") << QStringList{u"--list"_qs, u" "_qs, u"file.csv"_qs} << u"--list"_qs;
        QTest::newRow("no file") << QStringList{u"--list"_qs, u"l"_qs} << u"CSV file"_qs;
        QTest::newRow("two files") << QStringList{u"--list"_qs, u"l"_qs, u"a.csv"_qs, u"b.csv"_qs} << u"CSV file"_qs;
        QTest::newRow("unknown option") << QStringList{u"--list"_qs, u"l"_qs, u"--append"_qs, u"a.csv"_qs} << u"append"_qs;
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const test::ProcessResult result = import(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
    }

    void workspaceIsRequired()
    {
        const test::ProcessResult result = test::runCli({u"import"_qs, u"--list"_qs, u"l"_qs, u"file.csv"_qs});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("--workspace"), result.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
