// `diffusion-cli inmail rule list|add|edit|remove|move`: each change read back with the sqlite3
// program, refusals as sentences with the table left as it was, and a rule added by the CLI
// deciding `diffusion-cli bounce parse`.
#include "process.h"
#include "tempworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace diffusion;

namespace {

QStringList withWorkspace(const QString &path, QStringList arguments)
{
    return arguments << u"--workspace"_qs << path;
}

// The one recipient's qualification by `bounce parse --json` with the workspace's rules:
// "type reason rule-id".
QString parsedBy(const QString &path, const QString &sample)
{
    const test::ProcessResult result = test::runCli(withWorkspace(
        path, {u"bounce"_qs, u"parse"_qs, u"--json"_qs, QStringLiteral(DIFFUSION_SOURCE_DIR "/tests/data/bounces/") + sample}));
    const QJsonObject recipient = QJsonDocument::fromJson(result.out).object().value(u"recipients"_qs)[0].toObject();
    return recipient.value(u"type"_qs).toString() + u' ' + recipient.value(u"reason"_qs).toString() + u' '
        + QString::number(recipient.value(u"rule"_qs)[u"id"_qs].toInteger());
}

} // namespace

class TestInMailRuleCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("LC_ALL", "C.UTF-8");
        qunsetenv("LANGUAGE");
    }

    void inboundRulesRoundTrip()
    {
        test::TempWorkspace temp;
        temp.close();
        const QString path = temp.path();
        const int count = test::sqliteValue(path, u"SELECT count(*) FROM inbound_rule"_qs).toInt();
        QVERIFY(count > 0);
        const QString firstId = test::sqliteValue(path, u"SELECT id FROM inbound_rule ORDER BY position, id LIMIT 1"_qs);
        const QString sample = u"autoreply-en-headers.eml"_qs;
        QCOMPARE(parsedBy(path, sample), u"ignored error_ignored 0"_qs);

        // An auto-reply saying the person left: the operator makes it a hard bounce.
        test::ProcessResult result = test::runCli(withWorkspace(
            path, {u"inmail"_qs, u"rule"_qs, u"add"_qs, u"--label"_qs, u"Out until"_qs, u"--kind"_qs, u"autoreply"_qs,
                   u"--pattern"_qs, u"out of the office until"_qs, u"--reason"_qs, u"user_unknown"_qs, u"--before"_qs, firstId}));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QRegularExpressionMatch added = QRegularExpression(u"^Added rule (\\d+)\\.$"_qs).match(QString::fromUtf8(result.out).trimmed());
        QVERIFY2(added.hasMatch(), result.out.constData());
        const QString id = added.captured(1);
        // The type is the reason's usual one.
        QCOMPARE(test::sqliteValue(path, u"SELECT id || '|' || label || '|' || kind || '|' || pattern || '|' || failure_type || '|' "
                                         "|| failure_reason FROM inbound_rule ORDER BY position LIMIT 1"_qs),
                 id + u"|Out until|autoreply|out of the office until|2|1"_qs);
        QCOMPARE(parsedBy(path, sample), u"hard user_unknown "_qs + id);

        result = test::runCli(withWorkspace(path, {u"inmail"_qs, u"rule"_qs, u"edit"_qs, id, u"--type"_qs, u"ignored"_qs,
                                                   u"--reason"_qs, u"refused"_qs, u"--kind"_qs, u"dsn"_qs}));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(test::sqliteValue(path, u"SELECT kind || '|' || failure_type || '|' || failure_reason || '|' || label "
                                         "FROM inbound_rule WHERE id = "_qs + id),
                 u"dsn|3|20|Out until"_qs);
        QCOMPARE(parsedBy(path, sample), u"ignored error_ignored 0"_qs); // no longer for auto-replies

        result = test::runCli(withWorkspace(path, {u"inmail"_qs, u"rule"_qs, u"move"_qs, id, u"--last"_qs}));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(test::sqliteValue(path, u"SELECT id FROM inbound_rule ORDER BY position DESC LIMIT 1"_qs), id);
        QCOMPARE(test::sqliteValue(path, u"SELECT id FROM inbound_rule ORDER BY position LIMIT 1"_qs), firstId);
        result = test::runCli(withWorkspace(path, {u"inmail"_qs, u"rule"_qs, u"move"_qs, id, u"--before"_qs, firstId}));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(test::sqliteValue(path, u"SELECT id FROM inbound_rule ORDER BY position LIMIT 1"_qs), id);

        result = test::runCli(withWorkspace(path, {u"inmail"_qs, u"rule"_qs, u"list"_qs, u"--json"_qs}));
        QCOMPARE(result.exitCode, 0);
        const QJsonArray listed = QJsonDocument::fromJson(result.out).array();
        QCOMPARE(listed.size(), count + 1);
        QCOMPARE(listed.first().toObject().value(u"label"_qs).toString(), u"Out until"_qs);
        QCOMPARE(listed.first().toObject().value(u"kind"_qs).toString(), u"dsn"_qs);
        result = test::runCli(withWorkspace(path, {u"inmail"_qs, u"rule"_qs, u"list"_qs}));
        QVERIFY2(result.out.contains("Out until\n    dsn bounces, pattern /out of the office until/ → ignored, refused"),
                 result.out.constData());

        // Refusals: the sentence, and the rules as they were.
        const QString table = u"SELECT group_concat(id || label || kind || pattern || failure_type, ',') FROM "
                              "(SELECT * FROM inbound_rule ORDER BY position)"_qs;
        const QString before = test::sqliteValue(path, table);
        const QList<std::pair<QStringList, QByteArray>> refusals{
            {{u"add"_qs, u"--label"_qs, u"x"_qs, u"--kind"_qs, u"bounce"_qs, u"--reason"_qs, u"refused"_qs}, "is not a kind of bounce"},
            {{u"add"_qs, u"--label"_qs, u"x"_qs, u"--pattern"_qs, u"(unclosed"_qs, u"--reason"_qs, u"refused"_qs},
             "not a valid regular expression"},
            {{u"add"_qs, u"--label"_qs, u"x"_qs, u"--reason"_qs, u"lost_in_space"_qs}, "is not a failure reason"},
            {{u"add"_qs, u"--pattern"_qs, u"x"_qs}, "--label and --reason"},
            {{u"edit"_qs, id, u"--label"_qs, u" "_qs}, "Name the rule"},
            {{u"edit"_qs, u"999999"_qs, u"--label"_qs, u"y"_qs}, "no inbound rule 999999"},
            {{u"move"_qs, id}, "--before ID or --last"},
            {{u"remove"_qs, u"999999"_qs}, "no inbound rule 999999"},
        };
        for (const auto &[arguments, sentence] : refusals) {
            result = test::runCli(withWorkspace(path, QStringList{u"inmail"_qs, u"rule"_qs} + arguments));
            QVERIFY2(result.exitCode != 0 && result.err.contains(sentence),
                     qPrintable(arguments.join(u' ') + u": "_qs + QString::fromUtf8(result.err)));
            QCOMPARE(test::sqliteValue(path, table), before);
        }

        result = test::runCli(withWorkspace(path, {u"inmail"_qs, u"rule"_qs, u"remove"_qs, id}));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(test::sqliteValue(path, u"SELECT count(*) FROM inbound_rule"_qs).toInt(), count);
        QCOMPARE(test::sqliteValue(path, u"SELECT count(*) FROM inbound_rule WHERE id = "_qs + id), u"0"_qs);
    }
};

QTEST_GUILESS_MAIN(TestInMailRuleCli)
#include "tst_inmailrulecli.moc"
