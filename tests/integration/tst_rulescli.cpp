// `diffusion-cli mx-rule list|set|remove` and `diffusion-cli qualify rule list|add|edit|remove|move`:
// each change read back with the sqlite3 program, refusals as sentences with the table left as
// it was, and a rule added by the CLI deciding `diffusion-cli qualify`.
#include "process.h"
#include "tempworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace diffusion;

namespace {

QJsonArray jsonArray(const test::ProcessResult &result)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), result.out.constData());
    return document.array();
}

// The MX rules in order, "mask:connections:per hour:tls" joined by spaces.
QString mxRules(const QString &workspace)
{
    return test::sqliteValue(workspace, u"SELECT group_concat(mask || ':' || max_connections || ':' || messages_per_hour || ':' || "
                                        "tls_policy, ' ') FROM (SELECT * FROM mx_rule ORDER BY position)"_qs);
}

} // namespace

class TestRulesCli final : public QObject
{
    Q_OBJECT

    QStringList withWorkspace(const QString &path, QStringList arguments) { return arguments << u"--workspace"_qs << path; }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("LC_ALL", "C.UTF-8");
        qunsetenv("LANGUAGE");
    }

    void mxRulesRoundTrip()
    {
        test::TempWorkspace temp;
        temp.close();
        const QString path = temp.path();
        const QString initial = mxRules(path);
        QVERIFY(initial.startsWith(u"*.google.com:10:0:opportunistic "_qs));
        QVERIFY(initial.endsWith(u" *:10:0:opportunistic"_qs));

        test::ProcessResult result = test::runCli(withWorkspace(path, {u"mx-rule"_qs, u"list"_qs, u"--json"_qs}));
        QCOMPARE(result.exitCode, 0);
        const QJsonArray listed = jsonArray(result);
        QCOMPARE(listed.size(), test::sqliteValue(path, u"SELECT count(*) FROM mx_rule"_qs).toInt());
        QCOMPARE(listed.last().toObject().value(u"mask"_qs).toString(), u"*"_qs);
        QCOMPARE(listed.first().toObject().value(u"dataTimeout"_qs).toInt(),
                 test::sqliteValue(path, u"SELECT data_timeout_s FROM mx_rule ORDER BY position LIMIT 1"_qs).toInt());

        // A new rule goes just before the generic one.
        result = test::runCli(withWorkspace(path, {u"mx-rule"_qs, u"set"_qs, u"*.example.net"_qs, u"--connections"_qs, u"3"_qs,
                                                   u"--per-hour"_qs, u"600"_qs, u"--tls"_qs, u"required"_qs}));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(mxRules(path).endsWith(u" *.example.net:3:600:required *:10:0:opportunistic"_qs), qPrintable(mxRules(path)));

        // Changing a rule changes only what is given, where it stands; --before moves it.
        result = test::runCli(withWorkspace(path, {u"mx-rule"_qs, u"set"_qs, u"*.GOOGLE.com"_qs, u"--connections"_qs, u"4"_qs}));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY(mxRules(path).startsWith(u"*.google.com:4:0:opportunistic "_qs));
        result = test::runCli(withWorkspace(path, {u"mx-rule"_qs, u"set"_qs, u"*.example.net"_qs, u"--before"_qs, u"*.google.com"_qs,
                                                   u"--tls"_qs, u"default"_qs}));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY(mxRules(path).startsWith(u"*.example.net:3:600:default *.google.com:4:0:opportunistic "_qs));
        QCOMPARE(test::sqliteValue(path, u"SELECT group_concat(position) FROM (SELECT position FROM mx_rule ORDER BY position LIMIT 3)"_qs),
                 u"10,20,30"_qs);

        // Refusals: the sentence, and the rules as they were.
        const QString before = mxRules(path);
        const QList<std::pair<QStringList, int>> refusals{
            {{u"set"_qs, u"*.example.net"_qs, u"--connections"_qs, u"0"_qs}, 2},
            {{u"set"_qs, u"*.example.net"_qs, u"--connections"_qs, u"many"_qs}, 2},
            {{u"set"_qs, u"*.example.net"_qs, u"--tls"_qs, u"sometimes"_qs}, 2},
            {{u"set"_qs, u"*"_qs, u"--before"_qs, u"*.example.net"_qs}, 2},
            {{u"set"_qs, u"*.other.net"_qs, u"--before"_qs, u"*.nowhere.net"_qs}, 1},
            {{u"remove"_qs, u"*"_qs}, 2},
            {{u"remove"_qs, u"*.nowhere.net"_qs}, 1},
        };
        for (const auto &[arguments, exitCode] : refusals) {
            result = test::runCli(withWorkspace(path, QStringList{u"mx-rule"_qs} + arguments));
            QVERIFY2(result.exitCode == exitCode, qPrintable(arguments.join(u' ') + u": "_qs + QString::fromUtf8(result.err)));
            QVERIFY2(result.err.startsWith("diffusion-cli: ") && result.err.size() > 40, result.err.constData());
            QCOMPARE(mxRules(path), before);
        }
        result = test::runCli(withWorkspace(path, {u"mx-rule"_qs, u"set"_qs, u"*.example.net"_qs, u"--connections"_qs, u"0"_qs}));
        QVERIFY2(result.err.contains("1,000"), result.err.constData());

        result = test::runCli(withWorkspace(path, {u"mx-rule"_qs, u"remove"_qs, u"*.example.net"_qs}));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(mxRules(path), QString(initial).replace(u"*.google.com:10:"_qs, u"*.google.com:4:"_qs));

        result = test::runCli(withWorkspace(path, {u"mx-rule"_qs, u"list"_qs}));
        QCOMPARE(result.exitCode, 0);
        // (The plural forms come from the catalogue; the figures and the words around them do not.)
        QVERIFY2(result.out.startsWith("1. *.google.com — 4 connection") && result.out.contains("no hourly limit, timeouts "
                                                                                                "30/300/600 s, TLS opportunistic"),
                 result.out.constData());
    }

    void qualificationRulesRoundTrip()
    {
        test::TempWorkspace temp;
        temp.close();
        const QString path = temp.path();
        const int count = test::sqliteValue(path, u"SELECT count(*) FROM qualification_rule"_qs).toInt();
        const QString firstId = test::sqliteValue(path, u"SELECT id FROM qualification_rule ORDER BY position, id LIMIT 1"_qs);
        const QString reply = u"550 5.1.1 <ann@example.com>: account blocked by the house robot"_qs;

        test::ProcessResult result = test::runCli(withWorkspace(path, {u"qualify"_qs, u"--json"_qs, reply}));
        QVERIFY(QJsonDocument::fromJson(result.out).object().value(u"reason"_qs).toString() != u"account_disabled"_qs);

        result = test::runCli(withWorkspace(path, {u"qualify"_qs, u"rule"_qs, u"add"_qs, u"--label"_qs, u"House robot"_qs,
                                                   u"--code"_qs, u"5??"_qs, u"--text"_qs, u"house robot"_qs, u"--reason"_qs,
                                                   u"account_disabled"_qs, u"--type"_qs, u"hard"_qs, u"--before"_qs, firstId}));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QRegularExpressionMatch added = QRegularExpression(u"^Added rule (\\d+)\\.$"_qs).match(QString::fromUtf8(result.out).trimmed());
        QVERIFY2(added.hasMatch(), result.out.constData());
        const QString id = added.captured(1);
        QCOMPARE(test::sqliteValue(path, u"SELECT id || '|' || label || '|' || smtp_code || '|' || text_regex || '|' || failure_type "
                                         "|| '|' || failure_reason FROM qualification_rule ORDER BY position LIMIT 1"_qs),
                 id + u"|House robot|5??|house robot|2|4"_qs);

        // `qualify` reads the rule from the workspace.
        result = test::runCli(withWorkspace(path, {u"qualify"_qs, u"--json"_qs, reply}));
        QJsonObject object = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(object.value(u"reason"_qs).toString(), u"account_disabled"_qs);
        QCOMPARE(QString::number(object.value(u"rule"_qs).toObject().value(u"id"_qs).toInteger()), id);

        result = test::runCli(withWorkspace(path, {u"qualify"_qs, u"rule"_qs, u"edit"_qs, id, u"--type"_qs, u"ignored"_qs,
                                                   u"--reason"_qs, u"refused"_qs}));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(test::sqliteValue(path, u"SELECT failure_type || '|' || failure_reason || '|' || label FROM qualification_rule "
                                         "WHERE id = "_qs + id),
                 u"3|20|House robot"_qs);

        result = test::runCli(withWorkspace(path, {u"qualify"_qs, u"rule"_qs, u"move"_qs, id, u"--last"_qs}));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(test::sqliteValue(path, u"SELECT id FROM qualification_rule ORDER BY position DESC LIMIT 1"_qs), id);
        QCOMPARE(test::sqliteValue(path, u"SELECT id FROM qualification_rule ORDER BY position LIMIT 1"_qs), firstId);
        result = test::runCli(withWorkspace(path, {u"qualify"_qs, u"rule"_qs, u"move"_qs, id, u"--before"_qs, firstId}));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(test::sqliteValue(path, u"SELECT id FROM qualification_rule ORDER BY position LIMIT 1"_qs), id);

        result = test::runCli(withWorkspace(path, {u"qualify"_qs, u"rule"_qs, u"list"_qs, u"--json"_qs}));
        QCOMPARE(result.exitCode, 0);
        const QJsonArray listed = jsonArray(result);
        QCOMPARE(listed.size(), count + 1);
        QCOMPARE(listed.first().toObject().value(u"label"_qs).toString(), u"House robot"_qs);
        QCOMPARE(listed.first().toObject().value(u"type"_qs).toString(), u"ignored"_qs);

        // Refusals: the sentence, and the rules as they were.
        const QString table = u"SELECT group_concat(id || label || smtp_code || failure_type, ',') FROM "
                              "(SELECT * FROM qualification_rule ORDER BY position)"_qs;
        const QString before = test::sqliteValue(path, table);
        const QList<std::pair<QStringList, QByteArray>> refusals{
            {{u"add"_qs, u"--label"_qs, u"x"_qs, u"--code"_qs, u"5x0"_qs, u"--reason"_qs, u"refused"_qs}, "is not a reply code"},
            {{u"add"_qs, u"--label"_qs, u"x"_qs, u"--text"_qs, u"(unclosed"_qs, u"--reason"_qs, u"refused"_qs},
             "not a valid regular expression"},
            // Mailbox full is Soft unless told: a 5xx is never retried.
            {{u"add"_qs, u"--label"_qs, u"x"_qs, u"--code"_qs, u"552"_qs, u"--reason"_qs, u"mailbox_full"_qs}, "never retried"},
            {{u"add"_qs, u"--label"_qs, u"x"_qs, u"--reason"_qs, u"lost_in_space"_qs}, "is not a failure reason"},
            {{u"add"_qs, u"--code"_qs, u"550"_qs}, "--label and --reason"},
            {{u"edit"_qs, id, u"--enhanced"_qs, u"5.1"_qs}, "is not an enhanced status code"},
            {{u"edit"_qs, u"999999"_qs, u"--label"_qs, u"y"_qs}, "no qualification rule 999999"},
            {{u"move"_qs, id}, "--before ID or --last"},
            {{u"remove"_qs, u"999999"_qs}, "no qualification rule 999999"},
        };
        for (const auto &[arguments, sentence] : refusals) {
            result = test::runCli(withWorkspace(path, QStringList{u"qualify"_qs, u"rule"_qs} + arguments));
            QVERIFY2(result.exitCode != 0 && result.err.contains(sentence),
                     qPrintable(arguments.join(u' ') + u": "_qs + QString::fromUtf8(result.err)));
            QCOMPARE(test::sqliteValue(path, table), before);
        }

        result = test::runCli(withWorkspace(path, {u"qualify"_qs, u"rule"_qs, u"remove"_qs, id}));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(test::sqliteValue(path, u"SELECT count(*) FROM qualification_rule"_qs).toInt(), count);
        QCOMPARE(test::sqliteValue(path, u"SELECT count(*) FROM qualification_rule WHERE id = "_qs + id), u"0"_qs);
    }
};

QTEST_GUILESS_MAIN(TestRulesCli)
#include "tst_rulescli.moc"
