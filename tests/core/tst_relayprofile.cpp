// The relay's profile: reading it (every problem a sentence naming the file, the entry and the
// JSON at fault), rule order and counts, the limits of faults, and the built-in profile.
#include "i18n/language.h"
#include "relay/relayerror.h"
#include "relay/relaypattern.h"
#include "relay/relayprofile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace diffusion;

namespace {

QString errorOf(const QByteArray &json)
{
    try {
        RelayProfile::fromJson(json, u"test.json"_qs);
    } catch (const RelayError &error) {
        return error.message();
    }
    return {};
}

RelayProfile profile(const QByteArray &json)
{
    try {
        return RelayProfile::fromJson(json, u"test.json"_qs);
    } catch (const RelayError &error) {
        QTest::qFail(qPrintable(error.message()), __FILE__, __LINE__);
        return {};
    }
}

// The reply a recipient gets, "default" when no rule answers and the relay's own acceptance does.
QByteArray answer(const RelayProfile &profile, const QString &address, RelayRuleUses &uses)
{
    const RelayRule *rule = profile.match(address, uses);
    if (!rule)
        return "default";
    return (rule->phase == RelayPhase::Dot ? "dot " : "rcpt ") + rule->reply.render(address, "Q1");
}

} // namespace

class TestRelayProfile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInAnswersPerDomain_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QByteArray>("reply");
        QTest::newRow("*.invalid") << u"ann@nowhere.invalid"_qs
                                   << QByteArray("rcpt 550 5.1.1 <ann@nowhere.invalid>: Recipient address rejected: User unknown\r\n");
        QTest::newRow("*.invalid, upper case") << u"Ann@Deep.Nowhere.INVALID"_qs
                                               << QByteArray("rcpt 550 5.1.1 <Ann@Deep.Nowhere.INVALID>: Recipient address rejected: User unknown\r\n");
        QTest::newRow("mailbox-full.test") << u"bob@mailbox-full.test"_qs << QByteArray("rcpt 452 4.2.2 <bob@mailbox-full.test>: Mailbox full\r\n");
        QTest::newRow("throttle.test, first time") << u"cy@throttle.test"_qs << QByteArray("rcpt 421 4.7.0 Rate limited, try again later\r\n");
        QTest::newRow("anything else") << u"dee@example.test"_qs << QByteArray("dot 250 2.0.0 Ok: queued as Q1\r\n");
        QTest::newRow("invalid without subdomain is not *.invalid") << u"eve@invalid"_qs << QByteArray("dot 250 2.0.0 Ok: queued as Q1\r\n");
        QTest::newRow("a subdomain of mailbox-full.test is not it") << u"fay@x.mailbox-full.test"_qs << QByteArray("dot 250 2.0.0 Ok: queued as Q1\r\n");
    }

    void builtInAnswersPerDomain()
    {
        QFETCH(QString, address);
        QFETCH(QByteArray, reply);
        RelayRuleUses uses;
        QCOMPARE(answer(RelayProfile::builtIn(), address, uses), reply);
    }

    void builtInThrottlesThreeTimesPerAddress()
    {
        const RelayProfile builtIn = RelayProfile::builtIn();
        QCOMPARE(builtIn.maxMessageSize(), 50 * 1024 * 1024);
        QVERIFY(builtIn.faults().isEmpty());
        RelayRuleUses uses;
        const QByteArray throttled = "rcpt 421 4.7.0 Rate limited, try again later\r\n";
        const QByteArray accepted = "dot 250 2.0.0 Ok: queued as Q1\r\n";
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(answer(builtIn, u"a@throttle.test"_qs, uses), throttled);
            // Counted per address, and without regard to case.
            QCOMPARE(answer(builtIn, i == 1 ? u"B@THROTTLE.test"_qs : u"b@throttle.test"_qs, uses), throttled);
        }
        QCOMPARE(answer(builtIn, u"a@throttle.test"_qs, uses), accepted);
        QCOMPARE(answer(builtIn, u"a@throttle.test"_qs, uses), accepted);
        QCOMPARE(answer(builtIn, u"b@throttle.test"_qs, uses), accepted);
        QCOMPARE(answer(builtIn, u"c@throttle.test"_qs, uses), throttled);
        // A fresh relay starts the counts again.
        RelayRuleUses fresh;
        QCOMPARE(answer(builtIn, u"a@throttle.test"_qs, fresh), throttled);
    }

    void firstMatchingRuleWins()
    {
        const RelayProfile rules = profile(R"({"rules": [
            {"match": "vip@example.test", "reply": "250 2.1.5 Welcome"},
            {"match": "example.test", "reply": "550 5.7.1 Not here"},
            {"match": "*@*", "reply": "451 4.3.0 Later"}]})");
        RelayRuleUses uses;
        QCOMPARE(answer(rules, u"vip@example.test"_qs, uses), QByteArray("rcpt 250 2.1.5 Welcome\r\n"));
        QCOMPARE(answer(rules, u"other@example.test"_qs, uses), QByteArray("rcpt 550 5.7.1 Not here\r\n"));
        QCOMPARE(answer(rules, u"x@elsewhere.test"_qs, uses), QByteArray("rcpt 451 4.3.0 Later\r\n"));
        QCOMPARE(answer(profile(R"({"rules": []})"), u"x@elsewhere.test"_qs, uses), QByteArray("default"));
    }

    void countedRulesFallThroughInOrder()
    {
        // Two counted rules in a row: 2 × 451, then 1 × 452, then the plain acceptance.
        const RelayProfile rules = profile(R"({"rules": [
            {"match": "slow.test", "reply": "451 4.4.1 First", "count": 2},
            {"match": "*@slow.test", "reply": "452 4.4.1 Second", "count": 1, "phase": "dot"}]})");
        RelayRuleUses uses;
        QCOMPARE(answer(rules, u"a@slow.test"_qs, uses), QByteArray("rcpt 451 4.4.1 First\r\n"));
        QCOMPARE(answer(rules, u"a@slow.test"_qs, uses), QByteArray("rcpt 451 4.4.1 First\r\n"));
        QCOMPARE(answer(rules, u"a@slow.test"_qs, uses), QByteArray("dot 452 4.4.1 Second\r\n"));
        QCOMPARE(answer(rules, u"a@slow.test"_qs, uses), QByteArray("default"));
        QCOMPARE(answer(rules, u"other@slow.test"_qs, uses), QByteArray("rcpt 451 4.4.1 First\r\n"));
    }

    void patterns_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("matches");
        QTest::newRow("domain") << u"example.test"_qs << u"a@example.test"_qs << true;
        QTest::newRow("domain, case") << u"Example.TEST"_qs << u"a@EXAMPLE.test"_qs << true;
        QTest::newRow("domain is not a suffix") << u"example.test"_qs << u"a@sub.example.test"_qs << false;
        QTest::newRow("domain glob") << u"*.example.test"_qs << u"a@sub.example.test"_qs << true;
        QTest::newRow("domain glob needs the dot") << u"*.example.test"_qs << u"a@example.test"_qs << false;
        QTest::newRow("domain pattern ignores the local part") << u"a*"_qs << u"abc@xyz.test"_qs << false;
        QTest::newRow("address") << u"*@*.invalid"_qs << u"x@y.invalid"_qs << true;
        QTest::newRow("address, local part") << u"bounce-*@example.test"_qs << u"bounce-42@example.test"_qs << true;
        QTest::newRow("address, other local part") << u"bounce-*@example.test"_qs << u"news@example.test"_qs << false;
        QTest::newRow("question mark") << u"user?@x.test"_qs << u"user7@x.test"_qs << true;
        QTest::newRow("question mark is one character") << u"user?@x.test"_qs << u"user77@x.test"_qs << false;
        QTest::newRow("stars backtrack") << u"*a*b*c@*"_qs << u"xaxxbyyaczc@q"_qs << true;
        QTest::newRow("stars backtrack, no match") << u"*a*b*c@*"_qs << u"xaxxcyyab@q"_qs << false;
        QTest::newRow("star alone") << u"*"_qs << u"anything"_qs << true;
        QTest::newRow("non-ASCII, case") << u"*@ÉCOLE.test"_qs << u"a@école.test"_qs << true;
        QTest::newRow("address without @ has no domain") << u"example.test"_qs << u"example.test"_qs << false;
    }

    void patterns()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, address);
        QFETCH(bool, matches);
        QCOMPARE(RelayPattern(pattern).matches(address), matches);
    }

    void repliesRender()
    {
        const RelayProfile rules = profile(R"({"rules": [
            {"match": "*", "reply": "550 5.7.1 <{address}> refused\nsee example.test/{id}\n{address} again"}]})");
        RelayRuleUses uses;
        QCOMPARE(answer(rules, u"a@b.test"_qs, uses),
                 QByteArray("rcpt 550-5.7.1 <a@b.test> refused\r\n550-see example.test/Q1\r\n550 a@b.test again\r\n"));
        QCOMPARE(RelayReply::parse(u"250"_qs)->render({}, {}), QByteArray("250 \r\n"));
        QVERIFY(!RelayReply::parse(u"25"_qs));
        QVERIFY(!RelayReply::parse(u"2500 x"_qs));
        QVERIFY(!RelayReply::parse(u"199 x"_qs));
        QVERIFY(!RelayReply::parse(u"+50 x"_qs));
    }

    void faultsAreLimited()
    {
        const RelayProfile faults = profile(R"({"faults": [
            {"fault": "stall", "phase": "rcpt", "match": "*@stall.test"},
            {"fault": "garbage", "phase": "rcpt", "connections": 2},
            {"fault": "delay", "phase": "greeting", "ms": 1500},
            {"fault": "drop", "match": "drop.test", "connections": 1},
            {"fault": "reject-connection", "connections": 3},
            {"fault": "tls-failure"}]})");
        QCOMPARE(faults.faults().size(), 6);
        auto kindAt = [&](RelayPhase phase, quint64 connection, const QStringList &recipients) {
            const RelayFault *fault = faults.fault(phase, connection, recipients);
            return fault ? int(fault->kind) : -1;
        };
        const int stall = int(RelayFaultKind::Stall);
        const int garbage = int(RelayFaultKind::Garbage);
        QCOMPARE(kindAt(RelayPhase::Rcpt, 1, {u"a@stall.test"_qs}), stall);
        QCOMPARE(kindAt(RelayPhase::Rcpt, 9, {u"a@STALL.test"_qs}), stall);
        QCOMPARE(kindAt(RelayPhase::Rcpt, 1, {u"a@other.test"_qs}), garbage);
        QCOMPARE(kindAt(RelayPhase::Rcpt, 2, {u"a@other.test"_qs}), garbage);
        QCOMPARE(kindAt(RelayPhase::Rcpt, 3, {u"a@other.test"_qs}), -1);
        QCOMPARE(kindAt(RelayPhase::Mail, 1, {}), -1);
        QCOMPARE(kindAt(RelayPhase::Greeting, 5, {}), int(RelayFaultKind::Delay));
        QCOMPARE(faults.fault(RelayPhase::Greeting, 5)->delayMs, 1500);
        QCOMPARE(kindAt(RelayPhase::Content, 1, {u"a@x.test"_qs, u"b@drop.test"_qs}), int(RelayFaultKind::Drop));
        QCOMPARE(kindAt(RelayPhase::Content, 2, {u"b@drop.test"_qs}), -1);
        QCOMPARE(kindAt(RelayPhase::Content, 1, {u"a@x.test"_qs}), -1);
        QCOMPARE(faults.fault(RelayPhase::Content, 1, {u"b@drop.test"_qs})->afterBytes, 1);
        QCOMPARE(kindAt(RelayPhase::Connect, 3, {}), int(RelayFaultKind::RejectConnection));
        QCOMPARE(kindAt(RelayPhase::Connect, 4, {}), -1);
        QCOMPARE(faults.fault(RelayPhase::Connect, 1)->output,
                 QByteArray("421 4.3.2 Service not available, closing transmission channel\r\n"));
        QCOMPARE(kindAt(RelayPhase::StartTls, 100, {}), int(RelayFaultKind::TlsFailure));
        QCOMPARE(faults.fault(RelayPhase::Rcpt, 1, {u"x@y.test"_qs})->output, QByteArray("*** this is not an SMTP reply ***\r\n"));
    }

    void faultOptions()
    {
        const RelayProfile faults = profile(R"({"hostname": "mx.example.test", "max_size": 1000, "faults": [
            {"fault": "garbage", "phase": "ehlo", "text": "\u0001\u0002 noise\r\n"},
            {"fault": "drop", "phase": "content", "after_bytes": 4096},
            {"fault": "stall", "phase": "content", "after_bytes": 10},
            {"fault": "reject-connection", "reply": "554 5.7.1 Go away\nreally"}]})");
        QCOMPARE(faults.hostname(), u"mx.example.test"_qs);
        QCOMPARE(faults.maxMessageSize(), 1000);
        QCOMPARE(faults.fault(RelayPhase::Ehlo, 1)->output, QByteArray("\x01\x02 noise\r\n"));
        QCOMPARE(faults.fault(RelayPhase::Content, 1)->afterBytes, 4096);
        QCOMPARE(faults.fault(RelayPhase::Connect, 1)->output, QByteArray("554-5.7.1 Go away\r\n554 really\r\n"));
    }

    void refusesWithASentence_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("problem");
        QTest::newRow("truncated") << QByteArray(R"({"rules": [)") << u"it is not valid JSON: "_qs;
        QTest::newRow("syntax error located") << QByteArray("{\n  \"rules\": [\n    {\"match\": \"a\",, }\n  ]\n}")
                                              << u"at line 3, column 20"_qs;
        QTest::newRow("a list at the top") << QByteArray("[]") << u"the top level must be a JSON object with \"rules\" and \"faults\" lists"_qs;
        QTest::newRow("misspelt key") << QByteArray(R"({"rule": []})")
                                      << u"the top level: unknown key \"rule\" (known: description, hostname, max_size, auth, rules, faults)"_qs;
        QTest::newRow("rules not a list") << QByteArray(R"({"rules": {}})") << u"the top level: \"rules\" must be a list"_qs;
        QTest::newRow("rule not an object") << QByteArray(R"({"rules": [1]})") << u"rule 1: each entry must be a JSON object"_qs;
        QTest::newRow("rule without match") << QByteArray(R"({"rules": [{"reply": "250 Ok"}]})")
                                            << u"rule 1: \"match\" must be a pattern such as \"*@*.invalid\" or \"example.com\""_qs;
        QTest::newRow("match not text") << QByteArray(R"({"rules": [{"match": 5, "reply": "250 Ok"}]})")
                                        << u"rule 1: \"match\" must be a text in quotes"_qs;
        QTest::newRow("rule without reply") << QByteArray(R"({"rules": [{"match": "*"}]})") << u"rule 1: \"reply\" is missing"_qs;
        QTest::newRow("reply code out of range") << QByteArray(R"({"rules": [{"match": "*", "reply": "600 No"}]})")
                                                 << u"rule 1: \"reply\" must start with a 2xx, 4xx or 5xx code and a space"_qs;
        QTest::newRow("3xx reply") << QByteArray(R"({"rules": [{"match": "*", "reply": "354 Go"}]})")
                                   << u"rule 1: \"reply\" must start with a 2xx, 4xx or 5xx code"_qs;
        QTest::newRow("reply without space") << QByteArray(R"({"rules": [{"match": "*", "reply": "550-5.1.1 x"}]})")
                                             << u"rule 1: \"reply\" must start with"_qs;
        QTest::newRow("second rule") << QByteArray(R"({"rules": [{"match": "*", "reply": "250 Ok"}, {"match": "*", "reply": "x"}]})")
                                     << u"rule 2: \"reply\" must start with"_qs;
        QTest::newRow("rule phase") << QByteArray(R"({"rules": [{"match": "*", "reply": "250 Ok", "phase": "data"}]})")
                                    << u"rule 1: \"phase\" must be \"rcpt\" (the reply to RCPT TO, the default) or \"dot\""_qs;
        QTest::newRow("count zero") << QByteArray(R"({"rules": [{"match": "*", "reply": "421 x", "count": 0}]})")
                                    << u"rule 1: \"count\" must be a whole number from 1 to 1000000"_qs;
        QTest::newRow("count fraction") << QByteArray(R"({"rules": [{"match": "*", "reply": "421 x", "count": 2.5}]})")
                                        << u"rule 1: \"count\" must be a whole number"_qs;
        QTest::newRow("count as text") << QByteArray(R"({"rules": [{"match": "*", "reply": "421 x", "count": "3"}]})")
                                       << u"rule 1: \"count\" must be a whole number"_qs;
        QTest::newRow("rule key misspelt") << QByteArray(R"({"rules": [{"match": "*", "replay": "250 Ok"}]})")
                                           << u"rule 1: unknown key \"replay\" (known: description, match, reply, phase, count)"_qs;
        QTest::newRow("unknown fault") << QByteArray(R"({"faults": [{"fault": "explode"}]})")
                                       << u"fault 1: \"fault\" must be one of stall, delay, drop, garbage, reject-connection, tls-failure"_qs;
        QTest::newRow("fault without phase") << QByteArray(R"({"faults": [{"fault": "stall"}]})")
                                             << u"fault 1: a stall fault needs a \"phase\": one of greeting, ehlo, mail, rcpt, data, content, dot"_qs;
        QTest::newRow("fault at a wrong phase") << QByteArray(R"({"faults": [{"fault": "garbage", "phase": "content"}]})")
                                                << u"fault 1: a garbage fault cannot happen at the phase \"content\"; use one of greeting, ehlo, mail, rcpt, data, dot"_qs;
        QTest::newRow("fault at an unknown phase") << QByteArray(R"({"faults": [{"fault": "delay", "phase": "later", "ms": 5}]})")
                                                   << u"cannot happen at the phase \"later\""_qs;
        QTest::newRow("recipients before rcpt") << QByteArray(R"({"faults": [{"fault": "stall", "phase": "mail", "match": "*"}]})")
                                                << u"fault 1: \"match\" limits a fault to recipients, so its phase must be rcpt, data, content or dot"_qs;
        QTest::newRow("delay without ms") << QByteArray(R"({"faults": [{"fault": "delay", "phase": "greeting"}]})")
                                          << u"fault 1: a delay fault needs \"ms\", the delay in milliseconds"_qs;
        QTest::newRow("ms on a stall") << QByteArray(R"({"faults": [{"fault": "stall", "phase": "greeting", "ms": 5}]})")
                                       << u"fault 1: unknown key \"ms\""_qs;
        QTest::newRow("after_bytes outside content") << QByteArray(R"({"faults": [{"fault": "drop", "phase": "rcpt", "after_bytes": 5}]})")
                                                     << u"fault 1: \"after_bytes\" only applies at the phase \"content\""_qs;
        QTest::newRow("connections zero") << QByteArray(R"({"faults": [{"fault": "tls-failure", "connections": 0}]})")
                                          << u"fault 1: \"connections\" must be a whole number from 1"_qs;
        QTest::newRow("tls-failure has no phase") << QByteArray(R"({"faults": [{"fault": "tls-failure", "phase": "ehlo"}]})")
                                                  << u"fault 1: unknown key \"phase\""_qs;
        QTest::newRow("reject-connection with 250") << QByteArray(R"({"faults": [{"fault": "reject-connection", "reply": "250 Ok"}]})")
                                                    << u"fault 1: \"reply\" must start with a code from 400 to 599 and a space"_qs;
        QTest::newRow("empty garbage") << QByteArray(R"({"faults": [{"fault": "garbage", "phase": "dot", "text": ""}]})")
                                       << u"fault 1: \"text\" must not be empty"_qs;
        QTest::newRow("hostname with a space") << QByteArray(R"({"hostname": "my relay"})")
                                               << u"\"hostname\" must be one name, without spaces"_qs;
        QTest::newRow("max_size zero") << QByteArray(R"({"max_size": 0})") << u"the top level: \"max_size\" must be a whole number from 1"_qs;
    }

    void refusesWithASentence()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, problem);
        const QString error = errorOf(json);
        QVERIFY2(error.startsWith(u"Cannot use the relay profile test.json: "_qs), qPrintable(error));
        QVERIFY2(error.contains(problem), qPrintable(error));
        QVERIFY2(error.endsWith(u". Correct the file (docs/relay.md describes the format)."_qs), qPrintable(error));
    }

    // French puts a no-break space before the colon that joins the place and the problem.
    void refusalsFollowTheLanguage()
    {
        QVERIFY(Language::install(u"fr"_qs));
        const QString error = errorOf(R"({"max_size": 0})");
        Language::install(u"en"_qs);
        QVERIFY2(error.contains(u"le niveau racine\u00a0: \"max_size\""_qs), qPrintable(error));
    }

    void readsFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"profile.json"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"rules": [{"match": "*", "reply": "451 4.3.0 Later"}]})");
        file.close();
        QCOMPARE(RelayProfile::fromFile(path).rules().size(), 1);

        const QString missing = dir.filePath(u"missing.json"_qs);
        try {
            RelayProfile::fromFile(missing);
            QFAIL("a missing file was read");
        } catch (const RelayError &error) {
            QVERIFY2(error.message().startsWith(u"Cannot read the relay profile "_qs + missing + u": "_qs), qPrintable(error.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestRelayProfile)
#include "tst_relayprofile.moc"
