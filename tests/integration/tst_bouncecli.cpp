// `diffusion-cli bounce parse`: what a message from the bounce mailbox is, in JSON and in words,
// from a file or standard input, with the default rules or a workspace's own; unreadable files.
#include "process.h"
#include "store/connection.h"
#include "tempworkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace diffusion;

namespace {

QString sample(const QString &name, const QString &extension = u"eml"_qs)
{
    return QStringLiteral(DIFFUSION_SOURCE_DIR "/tests/data/bounces/") + name + u'.' + extension;
}

QJsonObject parsedJson(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), bytes.constData());
    return document.object();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

// The recipients' "recipient", "type" and "reason", one string each: what the JSON promises.
QStringList outcomes(const QJsonObject &json)
{
    QStringList list;
    for (const QJsonValue &recipient : json.value(u"recipients"_qs).toArray()) {
        const QJsonObject object = recipient.toObject();
        list.append(object.value(u"recipient"_qs).toString() + u' ' + object.value(u"type"_qs).toString() + u' '
                    + object.value(u"reason"_qs).toString());
    }
    return list;
}

} // namespace

class TestBounceCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // English messages, whatever the environment of the run.
        qputenv("LC_ALL", "C.UTF-8");
        qunsetenv("LANGUAGE");
    }

    void printsJson_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"postfix-user-unknown", "postfix-over-quota-delayed", "exim-user-unknown", "arf-abuse",
                                 "autoreply-fr-headers", "not-bounce-newsletter", "not-bounce-empty"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    // The JSON has the shape, with what the corpus expects for the sample.
    void printsJson()
    {
        QFETCH(QString, name);
        const test::ProcessResult result = test::runCli({u"bounce"_qs, u"parse"_qs, u"--json"_qs, sample(name)});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject json = parsedJson(result.out);
        const QJsonObject expected = parsedJson(readFile(sample(name, u"json"_qs)));
        QCOMPARE(json.value(u"kind"_qs), expected.value(u"kind"_qs));
        QCOMPARE(outcomes(json), outcomes(expected));
        for (const QJsonValue &recipient : json.value(u"recipients"_qs).toArray()) {
            for (const QString &key : {u"recipient"_qs, u"action"_qs, u"status"_qs, u"diagnostic"_qs, u"type"_qs, u"reason"_qs})
                QVERIFY2(recipient.toObject().value(key).isString(), qPrintable(key));
        }
    }

    void readsStandardInput()
    {
        const test::ProcessResult result =
            test::runCli({u"bounce"_qs, u"parse"_qs, u"--json"_qs, u"-"_qs}, readFile(sample(u"qmail-remote-user-unknown"_qs)));
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(outcomes(parsedJson(result.out)), QStringList{u"lost.soul@example.net hard user_unknown"_qs});
    }

    void printsWords()
    {
        const test::ProcessResult result = test::runCli({u"bounce"_qs, u"parse"_qs, sample(u"gmail-dsn-no-such-user"_qs)});
        QCOMPARE(result.exitCode, 0);
        const QString out = QString::fromUtf8(result.out);
        QVERIFY2(out.contains(u"Kind:       dsn"_qs), qPrintable(out));
        QVERIFY2(out.contains(u"Recipient:  typo.in.name@gmail.example"_qs), qPrintable(out));
        QVERIFY2(out.contains(u"Status:     5.1.1"_qs), qPrintable(out));
        QVERIFY2(out.contains(u"Type:       Hard (hard)"_qs), qPrintable(out));
        QVERIFY2(out.contains(u"Reason:     User unknown (user_unknown)"_qs), qPrintable(out));
        QVERIFY2(out.contains(QRegularExpression(u"Rule:       inbound rule \\d+ — User unknown"_qs)), qPrintable(out));

        const test::ProcessResult none = test::runCli({u"bounce"_qs, u"parse"_qs, sample(u"not-bounce-human-reply"_qs)});
        QCOMPARE(none.exitCode, 0);
        QVERIFY2(QString::fromUtf8(none.out).contains(u"No recipient"_qs), none.out.constData());
    }

    // An operator's inbound rule, put first in the workspace, decides; without --workspace the
    // default rules do.
    void usesTheWorkspaceRules()
    {
        test::TempWorkspace temp;
        temp.writer().submit([](QSqlDatabase &db) {
            execute(db, u"INSERT INTO inbound_rule (position, label, kind, pattern, failure_type, failure_reason) "
                        "VALUES (0, 'Our relay lies about users', 'dsn', 'virtual mailbox table', 3, 25)"_qs);
        }).waitForFinished();
        temp.close();
        const QString file = sample(u"postfix-user-unknown"_qs);
        test::ProcessResult result = test::runCli({u"bounce"_qs, u"parse"_qs, u"--json"_qs, u"--workspace"_qs, temp.path(), file});
        QCOMPARE(result.exitCode, 0);
        QJsonObject json = parsedJson(result.out);
        QCOMPARE(outcomes(json), QStringList{u"nobody.here@example.org ignored error_ignored"_qs});
        QCOMPARE(json.value(u"recipients"_qs)[0][u"rule"_qs][u"label"_qs].toString(), u"Our relay lies about users"_qs);

        result = test::runCli({u"bounce"_qs, u"parse"_qs, u"--json"_qs, file});
        QCOMPARE(outcomes(parsedJson(result.out)), QStringList{u"nobody.here@example.org hard user_unknown"_qs});
    }

    void unreadableFileIsAUsageError()
    {
        const QString missing = QStringLiteral(DIFFUSION_SOURCE_DIR "/tests/data/bounces/no-such-file.eml");
        const test::ProcessResult result = test::runCli({u"bounce"_qs, u"parse"_qs, missing});
        QCOMPARE(result.exitCode, 2);
        const QString err = QString::fromUtf8(result.err);
        QVERIFY2(err.contains(u"Cannot read the message"_qs) && err.contains(missing), qPrintable(err));
        QVERIFY(result.out.isEmpty());

        QCOMPARE(test::runCli({u"bounce"_qs, u"parse"_qs}).exitCode, 2);
        QCOMPARE(test::runCli({u"bounce"_qs, u"frobnicate"_qs}).exitCode, 2);
        const test::ProcessResult noWorkspace = test::runCli(
            {u"bounce"_qs, u"parse"_qs, u"--workspace"_qs, missing + u".diffusion"_qs, sample(u"arf-abuse"_qs)});
        QCOMPARE(noWorkspace.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestBounceCli)
#include "tst_bouncecli.moc"
