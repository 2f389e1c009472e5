// `diffusion-cli dkim`: sign a message from standard input and print a key's record, end to end
// through python3-dkim, and the exit codes and sentences of what goes wrong.
#include "dkimverifier.h"
#include "process.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace diffusion;

class TestDkimCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_rsa;
    QString m_ed25519;

    QByteArray record(const QString &key)
    {
        const test::ProcessResult result = test::runCli({u"dkim"_qs, u"record"_qs, u"--key"_qs, key});
        if (result.exitCode != 0)
            QTest::qFail(result.err.constData(), __FILE__, __LINE__);
        return result.out.trimmed();
    }

    static QStringList signArguments(const QStringList &options)
    {
        return QStringList{u"dkim"_qs, u"sign"_qs, u"--domain"_qs, u"example.com"_qs} + options;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_rsa = test::opensslKey(m_dir.filePath(u"rsa.pem"_qs), test::rsaKeyArguments(2048));
        m_ed25519 = test::opensslKey(m_dir.filePath(u"ed25519.pem"_qs), test::ed25519KeyArguments());
        QFile garbage(m_dir.filePath(u"garbage.pem"_qs));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("this is not a key\n");
    }

    void printsRecord()
    {
        QVERIFY(record(m_rsa).startsWith("v=DKIM1; k=rsa; p=MII"));
        const QByteArray ed25519 = record(m_ed25519);
        QVERIFY(ed25519.startsWith("v=DKIM1; k=ed25519; p="));
        QCOMPARE(QByteArray::fromBase64(ed25519.mid(ed25519.indexOf("p=") + 2)).size(), 32);
    }

    void signsVerifiably_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("Ed25519") << QStringList{u"--selector"_qs, u"ed"_qs, u"--key"_qs, m_ed25519};
        QTest::newRow("RSA, simple, algorithm checked")
            << QStringList{u"--selector"_qs, u"rsa"_qs, u"--key"_qs, m_rsa, u"--algorithm"_qs, u"rsa-sha256"_qs,
                           u"--canonicalization"_qs, u"simple"_qs};
        QTest::newRow("Ed25519, oversigned From")
            << QStringList{u"--selector"_qs, u"ed"_qs, u"--key"_qs, m_ed25519, u"--oversign-from"_qs};
    }

    void signsVerifiably()
    {
        QFETCH(QStringList, options);
        const QString key = options[options.indexOf(u"--key"_qs) + 1];
        const test::ProcessResult result = test::runCli(signArguments(options), test::campaignMessage());
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY(result.out.endsWith(test::campaignMessage()));
        const test::DkimVerification verification = test::verifyDkim(result.out, {record(key)});
        QVERIFY2(verification.verified, verification.report.constData());
    }

    void dualSignsWithTwoKeys()
    {
        const test::ProcessResult result = test::runCli(
            signArguments({u"--selector"_qs, u"rsa"_qs, u"--key"_qs, m_rsa, u"--selector"_qs, u"ed"_qs, u"--key"_qs, m_ed25519}),
            test::campaignMessage());
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const test::DkimVerification verification = test::verifyDkim(result.out, {record(m_rsa), record(m_ed25519)});
        QVERIFY2(verification.verified, verification.report.constData());
        QVERIFY(verification.report.contains("rsa._domainkey.example.com."));
        QVERIFY(verification.report.contains("ed._domainkey.example.com."));
    }

    void turnsLineFeedsIntoCrlf()
    {
        QByteArray message = test::campaignMessage();
        message.replace("\r\n", "\n");
        const test::ProcessResult result = test::runCli(signArguments({u"--selector"_qs, u"ed"_qs, u"--key"_qs, m_ed25519}), message);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(result.out.count('\n'), result.out.count("\r\n"));
        QVERIFY(test::verifyDkim(result.out, {record(m_ed25519)}).verified);
    }

    void failsWithASentence_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("because");
        const QString garbage = m_dir.filePath(u"garbage.pem"_qs);
        const QString missing = m_dir.filePath(u"missing.pem"_qs);
        QTest::newRow("garbage key") << signArguments({u"--selector"_qs, u"s"_qs, u"--key"_qs, garbage})
                                     << test::campaignMessage() << u"The DKIM key "_qs + garbage + u" is not a PEM private key"_qs;
        QTest::newRow("missing key") << signArguments({u"--selector"_qs, u"s"_qs, u"--key"_qs, missing})
                                     << test::campaignMessage() << u"Cannot read the DKIM key file "_qs + missing;
        QTest::newRow("key for another algorithm")
            << signArguments({u"--selector"_qs, u"s"_qs, u"--key"_qs, m_ed25519, u"--algorithm"_qs, u"rsa-sha256"_qs})
            << test::campaignMessage() << u"is a key for ed25519-sha256, not for rsa-sha256 as --algorithm asks"_qs;
        QTest::newRow("message without From") << signArguments({u"--selector"_qs, u"s"_qs, u"--key"_qs, m_ed25519})
                                              << QByteArray("To: a@example.net\r\n\r\nbody\r\n") << u"no From header field"_qs;
        QTest::newRow("record of a garbage key") << QStringList{u"dkim"_qs, u"record"_qs, u"--key"_qs, garbage}
                                                 << QByteArray() << u"is not a PEM private key"_qs;
    }

    void failsWithASentence()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        QFETCH(QString, because);
        const test::ProcessResult result = test::runCli(arguments, input);
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.out.isEmpty());
        const QString error = QString::fromUtf8(result.err).trimmed();
        QVERIFY2(error.startsWith(u"diffusion-cli: "_qs) && error.contains(because), qPrintable(error));
        QVERIFY2(error.endsWith(u'.') || error.endsWith(u')'), qPrintable(error));
        QCOMPARE(error.count(u'\n'), 0);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QStringList key{u"--selector"_qs, u"s"_qs, u"--key"_qs, m_ed25519};
        QTest::newRow("no action") << QStringList{u"dkim"_qs};
        QTest::newRow("unknown action") << QStringList{u"dkim"_qs, u"verify"_qs};
        QTest::newRow("no domain") << (QStringList{u"dkim"_qs, u"sign"_qs} + key);
        QTest::newRow("no key") << signArguments({u"--selector"_qs, u"s"_qs});
        QTest::newRow("selector count") << signArguments(key + QStringList{u"--key"_qs, m_rsa});
        QTest::newRow("unknown algorithm") << signArguments(key + QStringList{u"--algorithm"_qs, u"rsa-sha1"_qs});
        QTest::newRow("unknown canonicalization") << signArguments(key + QStringList{u"--canonicalization"_qs, u"nowsp"_qs});
        QTest::newRow("unknown option") << signArguments(key + QStringList{u"--sign-everything"_qs});
        QTest::newRow("record without key") << QStringList{u"dkim"_qs, u"record"_qs};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const test::ProcessResult result = test::runCli(arguments, test::campaignMessage());
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.startsWith("diffusion-cli: "), result.err.constData());
    }

    void help()
    {
        for (const QStringList &arguments : {QStringList{u"dkim"_qs, u"--help"_qs}, QStringList{u"dkim"_qs, u"sign"_qs, u"--help"_qs},
                                             QStringList{u"dkim"_qs, u"record"_qs, u"--help"_qs}}) {
            const test::ProcessResult result = test::runCli(arguments);
            QCOMPARE(result.exitCode, 0);
            QVERIFY(!result.out.isEmpty());
        }
        QVERIFY(test::runCli({u"--help"_qs}).out.contains("dkim"));
    }
};

QTEST_GUILESS_MAIN(TestDkimCli)
#include "tst_dkimcli.moc"
