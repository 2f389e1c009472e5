// `diffusion-cli qualify`: a reply's type, reason and rule, in words and in JSON, with the default
// rules or a workspace's own; the "to qualify" list; usage errors.
#include "feedback/unqualifiedreplies.h"
#include "process.h"
#include "smtp/smtpreplyparser.h"
#include "store/connection.h"
#include "tempworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace diffusion;

namespace {

QJsonDocument parsedJson(const test::ProcessResult &result)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), result.out.constData());
    return document;
}

SmtpReply parsed(const QByteArray &text)
{
    SmtpReplyParser parser;
    parser.append(text + "\r\n");
    if (parser.next() != SmtpReplyParser::Status::Reply)
        qFatal("not a reply: %s", text.constData());
    return parser.reply();
}

} // namespace

class TestQualifyCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // English messages, whatever the environment of the run.
        qputenv("LC_ALL", "C.UTF-8");
        qunsetenv("LANGUAGE");
    }

    void printsTypeReasonAndRule()
    {
        const test::ProcessResult result = test::runCli({u"qualify"_qs, u"550 5.1.1 <nobody@example.com>: User unknown"_qs});
        QCOMPARE(result.exitCode, 0);
        const QString out = QString::fromUtf8(result.out);
        QVERIFY2(out.contains(u"Type:   Hard (hard)"_qs), qPrintable(out));
        QVERIFY2(out.contains(u"Reason: User unknown (user_unknown)"_qs), qPrintable(out));
        QVERIFY2(out.contains(QRegularExpression(u"Rule:   \\d+ — User unknown"_qs)), qPrintable(out));
    }

    void printsJson_data()
    {
        QTest::addColumn<QStringList>("reply");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("code");
        QTest::addColumn<QJsonValue>("enhanced");
        QTest::newRow("user unknown") << QStringList{u"550 5.1.1 <nobody@example.com>: User unknown"_qs} << u"hard"_qs
                                      << u"user_unknown"_qs << 550 << QJsonValue(u"5.1.1"_qs);
        QTest::newRow("mailbox full") << QStringList{u"452 4.2.2 Mailbox full"_qs} << u"soft"_qs << u"mailbox_full"_qs << 452
                                      << QJsonValue(u"4.2.2"_qs);
        QTest::newRow("rate limited, in several words") << QStringList{u"421"_qs, u"4.7.0"_qs, u"rate"_qs, u"limited"_qs}
                                                        << u"soft"_qs << u"refused"_qs << 421 << QJsonValue(u"4.7.0"_qs);
        // A multi-line reply typed on one line, "\n" between its lines.
        QTest::newRow("multi-line Gmail reply")
            << QStringList{u"550-5.2.1 The email account that you tried to reach is disabled.\\n"
                           "550 5.2.1  https://support.google.com/mail/?p=DisabledUser a1si12 - gsmtp"_qs}
            << u"hard"_qs << u"account_disabled"_qs << 550 << QJsonValue(u"5.2.1"_qs);
        QTest::newRow("no enhanced code") << QStringList{u"552 Requested mail action aborted: exceeded storage allocation"_qs}
                                          << u"hard"_qs << u"mailbox_full"_qs << 552 << QJsonValue(QJsonValue::Null);
    }

    void printsJson()
    {
        QFETCH(QStringList, reply);
        QFETCH(QString, type);
        QFETCH(QString, reason);
        QFETCH(int, code);
        QFETCH(QJsonValue, enhanced);
        const test::ProcessResult result = test::runCli(QStringList{u"qualify"_qs, u"--json"_qs} + reply);
        QCOMPARE(result.exitCode, 0);
        const QJsonObject object = parsedJson(result).object();
        QCOMPARE(object.value(u"type"_qs).toString(), type);
        QCOMPARE(object.value(u"reason"_qs).toString(), reason);
        QCOMPARE(object.value(u"code"_qs).toInt(), code);
        QCOMPARE(object.value(u"enhanced"_qs), enhanced);

        // The rule named is the one of that id among a new workspace's rules.
        const QJsonObject rule = object.value(u"rule"_qs).toObject();
        test::TempWorkspace temp;
        ReadConnection reader(temp.path());
        const QString label = queryValue(reader.db(), u"SELECT label FROM qualification_rule WHERE id = %1"_qs
                                                          .arg(rule.value(u"id"_qs).toInteger()))
                                  .toString();
        QVERIFY(!label.isEmpty());
        QCOMPARE(rule.value(u"label"_qs).toString(), label);
    }

    void saysWhenNoRuleMatched()
    {
        test::ProcessResult result = test::runCli({u"qualify"_qs, u"554 Transaction failed"_qs});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains("Rule:   no rule matched: Not defined"), result.out.constData());
        QVERIFY2(result.out.contains("Reason: Not defined (not_defined)"), result.out.constData());

        result = test::runCli({u"qualify"_qs, u"--json"_qs, u"451 Requested action aborted: local error in processing"_qs});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject object = parsedJson(result).object();
        QVERIFY(object.value(u"rule"_qs).isNull());
        QCOMPARE(object.value(u"reason"_qs).toString(), u"not_defined"_qs);
        QCOMPARE(object.value(u"type"_qs).toString(), u"soft"_qs);
    }

    void usesTheWorkspaceRules()
    {
        test::TempWorkspace temp;
        temp.writer().submit([](QSqlDatabase &db) {
            execute(db, u"INSERT INTO qualification_rule (id, position, label, smtp_code, text_regex, failure_type, failure_reason) "
                        "VALUES (900, 0, 'House rule: the robot', '550', 'robot', 3, 25)"_qs);
        }).waitForFinished();
        temp.close();
        const QStringList reply{u"550 5.1.1 The robot does not know this user"_qs};

        test::ProcessResult result = test::runCli(QStringList{u"qualify"_qs, u"--json"_qs, u"--workspace"_qs, temp.path()} + reply);
        QCOMPARE(result.exitCode, 0);
        QJsonObject object = parsedJson(result).object();
        QCOMPARE(object.value(u"rule"_qs).toObject().value(u"id"_qs).toInteger(), qint64(900));
        QCOMPARE(object.value(u"reason"_qs).toString(), u"error_ignored"_qs);
        QCOMPARE(object.value(u"type"_qs).toString(), u"ignored"_qs);

        // Without the workspace, the default rules answer.
        result = test::runCli(QStringList{u"qualify"_qs, u"--json"_qs} + reply);
        object = parsedJson(result).object();
        QCOMPARE(object.value(u"reason"_qs).toString(), u"user_unknown"_qs);
    }

    void reportsABadRuleByItsId()
    {
        test::TempWorkspace temp;
        temp.writer().submit([](QSqlDatabase &db) {
            execute(db, u"INSERT INTO qualification_rule (id, position, label, text_regex, failure_type, failure_reason) "
                        "VALUES (901, 0, 'Broken', '(unclosed', 2, 1)"_qs);
        }).waitForFinished();
        temp.close();
        const test::ProcessResult result =
            test::runCli({u"qualify"_qs, u"--workspace"_qs, temp.path(), u"550 5.1.1 User unknown"_qs});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("901") && result.err.contains("text_regex"), result.err.constData());
    }

    void listsRepliesToQualify()
    {
        test::TempWorkspace temp;
        const SmtpReply often = parsed("554 5.7.0 Message from <ann@example.com> refused by rule 17");
        const SmtpReply alike = parsed("554 5.7.0 Message from <bob@example.org> refused by rule 18");
        const SmtpReply once = parsed("451 Try the other door");
        temp.writer().submit([=](QSqlDatabase &db) {
            UnqualifiedReplies::count(db, once, 1714550000);
            UnqualifiedReplies::count(db, often, 1714550100);
            UnqualifiedReplies::count(db, alike, 1714550200);
        }).waitForFinished();
        temp.close();

        test::ProcessResult result = test::runCli({u"qualify"_qs, u"--to-qualify"_qs, u"--json"_qs, u"--workspace"_qs, temp.path()});
        QCOMPARE(result.exitCode, 0);
        const QJsonArray array = parsedJson(result).array();
        QCOMPARE(array.size(), 2);
        const QJsonObject top = array.at(0).toObject();
        QCOMPARE(top.value(u"normalized"_qs).toString(), UnqualifiedReplies::normalizedText(often));
        QCOMPARE(top.value(u"count"_qs).toInt(), 2);
        QCOMPARE(top.value(u"code"_qs).toInt(), 554);
        QCOMPARE(top.value(u"enhanced"_qs).toString(), u"5.7.0"_qs);
        QCOMPARE(top.value(u"example"_qs).toString(), alike.toString());
        QCOMPARE(top.value(u"firstSeen"_qs).toString(), u"2024-05-01T07:55:00Z"_qs);
        QCOMPARE(top.value(u"lastSeen"_qs).toString(), u"2024-05-01T07:56:40Z"_qs);
        QCOMPARE(array.at(1).toObject().value(u"count"_qs).toInt(), 1);
        QVERIFY(array.at(1).toObject().value(u"enhanced"_qs).isNull());

        result = test::runCli({u"qualify"_qs, u"--to-qualify"_qs, u"--workspace"_qs, temp.path()});
        QCOMPARE(result.exitCode, 0);
        const QStringList lines = QString::fromUtf8(result.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines.at(0).startsWith(u"2 "_qs) && lines.at(0).endsWith(UnqualifiedReplies::normalizedText(often)),
                 qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).endsWith(alike.toString()), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).startsWith(u"1 "_qs), qPrintable(lines.at(2)));
    }

    void refusesWhatIsNotAReply_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QStringList{u""_qs} << u"Give the reply to qualify"_qs;
        QTest::newRow("nothing") << QStringList{} << u"Give the reply to qualify"_qs;
        QTest::newRow("no code") << QStringList{u"User unknown"_qs} << u"is not an SMTP reply"_qs;
        QTest::newRow("a success") << QStringList{u"250 2.0.0 OK"_qs} << u"not a failure"_qs;
        QTest::newRow("unfinished") << QStringList{u"550-5.1.1 first line"_qs} << u"continuation line"_qs;
        QTest::newRow("to-qualify without workspace") << QStringList{u"--to-qualify"_qs} << u"--workspace PATH"_qs;
    }

    void refusesWhatIsNotAReply()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const test::ProcessResult result = test::runCli(QStringList{u"qualify"_qs} + arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
        QVERIFY(result.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestQualifyCli)
#include "tst_qualifycli.moc"
