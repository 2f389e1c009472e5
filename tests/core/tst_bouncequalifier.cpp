// How the recipients of a parsed bounce are qualified: the inbound rules (order, kind filter,
// the recipient's own texts before the bounce's), the synchronous rules after them, the types a
// delayed or failed recipient can take, and the rules of a real workspace.
#include "domain/codes.h"
#include "inmail/bouncequalifier.h"
#include "inmail/inboundruleediting.h"
#include "store/connection.h"
#include "store/storeerror.h"
#include "process.h"
#include "tempworkspace.h"

#include <QSqlQuery>
#include <QTest>

using namespace diffusion;

namespace {

BounceReport dsn(const QString &action, const QString &status, const QString &diagnostic, const QString &humanText = {})
{
    BounceReport report;
    report.kind = BounceKind::Dsn;
    report.subject = u"Undelivered Mail Returned to Sender"_qs;
    report.humanText = humanText;
    report.recipients.append({u"someone@example.org"_qs, action, status, diagnostic, {}});
    return report;
}

InboundRule rule(qint64 id, const QString &kind, const QString &pattern, FailureType type, FailureReason reason)
{
    return {id, u"rule %1"_qs.arg(id), kind, pattern, {type, reason}};
}

// A synchronous rule set with one rule per enhanced code class.
Qualifier syncRules()
{
    return Qualifier::fromRules({
        {101, u"?.1.1"_qs, {}, u"?.1.1"_qs, {}, {FailureType::Hard, FailureReason::UserUnknown}},
        {102, u"?.2.2"_qs, {}, u"?.2.2"_qs, {}, {FailureType::Soft, FailureReason::MailboxFull}},
    });
}

QualifiedBounceRecipient only(const BounceQualifier &qualifier, const BounceReport &report)
{
    const QList<QualifiedBounceRecipient> qualified = qualifier.qualify(report);
    if (qualified.size() != 1)
        qFatal("expected one recipient, got %d", int(qualified.size()));
    return qualified.first();
}

BounceQualifier loadFrom(test::TempWorkspace &temp)
{
    ReadConnection reader(temp.path());
    return BounceQualifier::load(reader.db());
}

} // namespace

class TestBounceQualifier : public QObject
{
    Q_OBJECT

private slots:
    void firstInboundRuleWins();
    void kindFilter();
    void recipientTextsBeforeSharedTexts();
    void humanTextOnlyForItsRecipient();
    void synchronousRulesAfterInboundRules();
    void statusStandsForAMissingReply();
    void delayedIsNeverHard();
    void failedPermanentlyIsNeverSoft();
    void unqualified_data();
    void unqualified();
    void deliveredIsIgnored();
    void complaints();
    void autoReplies();
    void loadsTheWorkspaceRules();
    void badPatternIsReported();
    void unknownKindIsReported();
    void editingValidatesAndSaves();
};

void TestBounceQualifier::firstInboundRuleWins()
{
    const BounceReport report = dsn(u"failed"_qs, u"5.1.1"_qs, u"550 5.1.1 mailbox unavailable"_qs);
    const auto first = rule(7, u"any"_qs, u"unavailable"_qs, FailureType::Hard, FailureReason::UserUnknown);
    const auto second = rule(3, u"dsn"_qs, u"mailbox"_qs, FailureType::Hard, FailureReason::AccountDisabled);

    QualifiedBounceRecipient q = only(BounceQualifier::fromRules({first, second}, syncRules()), report);
    QCOMPARE(q.ruleId, 7);
    QCOMPARE(q.qualification.reason, FailureReason::UserUnknown);
    QVERIFY(q.byInboundRule);
    QVERIFY(!q.unqualified);

    q = only(BounceQualifier::fromRules({second, first}, syncRules()), report);
    QCOMPARE(q.ruleId, 3);
    QCOMPARE(q.qualification.reason, FailureReason::AccountDisabled);
}

void TestBounceQualifier::kindFilter()
{
    const auto forAutoReplies = rule(1, u"autoreply"_qs, u"no longer with"_qs, FailureType::Hard, FailureReason::UserUnknown);
    const auto forDsns = rule(2, u"dsn"_qs, u"no longer with"_qs, FailureType::Soft, FailureReason::Unreachable);
    const BounceQualifier qualifier = BounceQualifier::fromRules({forAutoReplies, forDsns}, syncRules());

    BounceReport autoReply;
    autoReply.kind = BounceKind::AutoReply;
    autoReply.subject = u"Automatic reply: Our sale"_qs;
    autoReply.humanText = u"Jane is no longer with the company."_qs;
    autoReply.recipients.append({u"jane@example.org"_qs, {}, {}, {}, {}});
    QCOMPARE(only(qualifier, autoReply).ruleId, 1);

    BounceReport bounce = dsn(u"failed"_qs, u"5.0.0"_qs, {}, u"jane is no longer with the company"_qs);
    QCOMPARE(only(qualifier, bounce).ruleId, 2);

    autoReply.humanText = u"I am on leave."_qs;
    const QualifiedBounceRecipient q = only(qualifier, autoReply);
    QCOMPARE(q.ruleId, 0);
    QCOMPARE(q.qualification, (Qualification{FailureType::Ignored, FailureReason::ErrorIgnored}));
}

// A rule that only the boilerplate of the human-readable text matches does not hide the rule
// the recipient's diagnostic matches, even when it comes first.
void TestBounceQualifier::recipientTextsBeforeSharedTexts()
{
    const auto blocked = rule(1, u"any"_qs, u"message blocked"_qs, FailureType::Ignored, FailureReason::Refused);
    const auto disabled = rule(2, u"any"_qs, u"disabled"_qs, FailureType::Hard, FailureReason::AccountDisabled);
    const BounceQualifier qualifier = BounceQualifier::fromRules({blocked, disabled}, syncRules());

    BounceReport report = dsn(u"failed"_qs, u"5.2.1"_qs, u"550 5.2.1 The account is disabled"_qs, u"** Message blocked **"_qs);
    QCOMPARE(only(qualifier, report).ruleId, 2);

    report.recipients.first().diagnostic = u"550 5.2.1 Go away"_qs;
    QCOMPARE(only(qualifier, report).ruleId, 1);
}

void TestBounceQualifier::humanTextOnlyForItsRecipient()
{
    const auto unknown = rule(1, u"dsn"_qs, u"user unknown"_qs, FailureType::Hard, FailureReason::UserUnknown);
    const BounceQualifier qualifier = BounceQualifier::fromRules({unknown}, Qualifier());

    BounceReport report = dsn(u"failed"_qs, u"5.9.9"_qs, u"550 5.9.9 strange"_qs, u"<a@example.org>: user unknown"_qs);
    report.recipients.append({u"other@example.org"_qs, u"failed"_qs, u"5.9.9"_qs, u"550 5.9.9 strange too"_qs, {}});
    for (const QualifiedBounceRecipient &q : qualifier.qualify(report))
        QVERIFY(q.unqualified);

    report.recipients.removeLast();
    QCOMPARE(only(qualifier, report).ruleId, 1);
}

void TestBounceQualifier::synchronousRulesAfterInboundRules()
{
    const auto full = rule(1, u"dsn"_qs, u"over quota"_qs, FailureType::Soft, FailureReason::MailboxFull);
    const BounceQualifier qualifier = BounceQualifier::fromRules({full}, syncRules());
    const QualifiedBounceRecipient q = only(qualifier, dsn(u"failed"_qs, u"5.1.1"_qs, u"550 5.1.1 <a@b>: nope"_qs));
    QCOMPARE(q.ruleId, 101);
    QVERIFY(!q.byInboundRule);
    QCOMPARE(q.qualification, (Qualification{FailureType::Hard, FailureReason::UserUnknown}));
    QCOMPARE(q.ruleLabel, u"?.1.1"_qs);
}

// Without a diagnostic, the status gives the reply the synchronous rules see: its class's code,
// the status as enhanced code.
void TestBounceQualifier::statusStandsForAMissingReply()
{
    const BounceQualifier qualifier = BounceQualifier::fromRules({}, syncRules());
    QCOMPARE(only(qualifier, dsn(u"failed"_qs, u"5.1.1"_qs, {})).ruleId, 101);
    QCOMPARE(only(qualifier, dsn(u"delayed"_qs, u"4.2.2"_qs, {})).ruleId, 102);
    // A diagnostic's own enhanced code wins over the status.
    QCOMPARE(only(qualifier, dsn(u"failed"_qs, u"5.0.0"_qs, u"552 5.2.2 full"_qs)).ruleId, 102);
}

void TestBounceQualifier::delayedIsNeverHard()
{
    const auto hard = rule(1, u"any"_qs, u"unknown"_qs, FailureType::Hard, FailureReason::UserUnknown);
    QualifiedBounceRecipient q = only(BounceQualifier::fromRules({hard}, syncRules()),
                                      dsn(u"delayed"_qs, u"4.1.1"_qs, u"450 4.1.1 user unknown, try later"_qs));
    QCOMPARE(q.qualification, (Qualification{FailureType::Soft, FailureReason::UserUnknown}));

    // A delayed recipient with a permanent-looking reply, through the synchronous rules.
    q = only(BounceQualifier::fromRules({}, syncRules()), dsn(u"delayed"_qs, u"5.1.1"_qs, u"550 5.1.1 nobody"_qs));
    QCOMPARE(q.ruleId, 101);
    QCOMPARE(q.qualification.type, FailureType::Soft);
}

void TestBounceQualifier::failedPermanentlyIsNeverSoft()
{
    const auto soft = rule(1, u"any"_qs, u"quota"_qs, FailureType::Soft, FailureReason::MailboxFull);
    const BounceQualifier qualifier = BounceQualifier::fromRules({soft}, syncRules());
    QCOMPARE(only(qualifier, dsn(u"failed"_qs, u"5.2.2"_qs, u"552 5.2.2 over quota"_qs)).qualification,
             (Qualification{FailureType::Hard, FailureReason::MailboxFull}));
    // Failed with a temporary status (the remote MTA gave up retrying): Soft stays Soft.
    QCOMPARE(only(qualifier, dsn(u"failed"_qs, u"4.2.2"_qs, u"452 4.2.2 over quota"_qs)).qualification,
             (Qualification{FailureType::Soft, FailureReason::MailboxFull}));
    // Ignored fits both.
    const auto ignored = rule(2, u"any"_qs, u"spam"_qs, FailureType::Ignored, FailureReason::Refused);
    QCOMPARE(only(BounceQualifier::fromRules({ignored}, syncRules()), dsn(u"failed"_qs, u"5.7.1"_qs, u"554 5.7.1 spam"_qs))
                 .qualification.type,
             FailureType::Ignored);
}

void TestBounceQualifier::unqualified_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("diagnostic");
    QTest::addColumn<FailureType>("type");

    QTest::newRow("failed 5.x.x") << u"failed"_qs << u"5.9.9"_qs << u"550 5.9.9 odd"_qs << FailureType::Hard;
    QTest::newRow("failed, no status") << u"failed"_qs << QString() << QString() << FailureType::Hard;
    QTest::newRow("failed 4.x.x") << u"failed"_qs << u"4.9.9"_qs << u"450 4.9.9 odd"_qs << FailureType::Soft;
    QTest::newRow("delayed 4.x.x") << u"delayed"_qs << u"4.9.9"_qs << u"450 4.9.9 odd"_qs << FailureType::Soft;
    QTest::newRow("delayed 5.x.x") << u"delayed"_qs << u"5.9.9"_qs << u"550 5.9.9 odd"_qs << FailureType::Soft;
}

void TestBounceQualifier::unqualified()
{
    QFETCH(QString, action);
    QFETCH(QString, status);
    QFETCH(QString, diagnostic);
    const BounceQualifier qualifier = BounceQualifier::fromRules(
        {rule(1, u"any"_qs, u"user unknown"_qs, FailureType::Hard, FailureReason::UserUnknown)}, syncRules());
    const QualifiedBounceRecipient q = only(qualifier, dsn(action, status, diagnostic));
    QVERIFY(q.unqualified);
    QCOMPARE(q.ruleId, 0);
    QCOMPARE(q.qualification.reason, FailureReason::NotDefined);
    QTEST(q.qualification.type, "type");
}

void TestBounceQualifier::deliveredIsIgnored()
{
    const auto any = rule(1, u"any"_qs, {}, FailureType::Hard, FailureReason::UserUnknown);
    const BounceQualifier qualifier = BounceQualifier::fromRules({any}, syncRules());
    for (const QString &action : {u"delivered"_qs, u"relayed"_qs, u"expanded"_qs}) {
        const QualifiedBounceRecipient q = only(qualifier, dsn(action, u"2.0.0"_qs, u"250 2.0.0 Ok"_qs));
        QCOMPARE(q.qualification, (Qualification{FailureType::Ignored, FailureReason::ErrorIgnored}));
        QCOMPARE(q.ruleId, 0);
        QVERIFY(!q.unqualified);
    }
}

void TestBounceQualifier::complaints()
{
    BounceReport report;
    report.kind = BounceKind::Arf;
    report.feedbackType = u"abuse"_qs;
    report.recipients.append({u"a@example.org"_qs, {}, {}, {}, {}});
    report.recipients.append({u"b@example.org"_qs, {}, {}, {}, {}});
    const auto dsnOnly = rule(1, u"dsn"_qs, {}, FailureType::Soft, FailureReason::Unreachable);
    BounceQualifier qualifier = BounceQualifier::fromRules({dsnOnly}, syncRules());
    const QList<QualifiedBounceRecipient> qualified = qualifier.qualify(report);
    QCOMPARE(qualified.size(), 2);
    for (const QualifiedBounceRecipient &q : qualified)
        QCOMPARE(q.qualification, (Qualification{FailureType::Hard, FailureReason::Denylisted}));

    report.recipients.removeLast();
    report.feedbackType = u"not-spam"_qs;
    QCOMPARE(only(qualifier, report).qualification, (Qualification{FailureType::Ignored, FailureReason::ErrorIgnored}));

    // A rule for complaints matches their feedback type.
    report.feedbackType = u"virus"_qs;
    qualifier = BounceQualifier::fromRules({rule(5, u"arf"_qs, u"^virus$"_qs, FailureType::Ignored, FailureReason::Refused)},
                                           syncRules());
    QCOMPARE(only(qualifier, report).ruleId, 5);
}

void TestBounceQualifier::autoReplies()
{
    BounceReport report;
    report.kind = BounceKind::AutoReply;
    report.subject = u"Out of Office: user unknown"_qs;
    report.recipients.append({u"a@example.org"_qs, {}, {}, {}, {}});
    // The default-like rules are for DSNs: an auto-reply whose subject says "user unknown" is
    // still only an auto-reply.
    const auto forDsns = rule(1, u"dsn"_qs, u"user unknown"_qs, FailureType::Hard, FailureReason::UserUnknown);
    const QualifiedBounceRecipient q = only(BounceQualifier::fromRules({forDsns}, syncRules()), report);
    QCOMPARE(q.qualification, (Qualification{FailureType::Ignored, FailureReason::ErrorIgnored}));
    QVERIFY(!q.unqualified);
}

void TestBounceQualifier::loadsTheWorkspaceRules()
{
    test::TempWorkspace temp;
    QVERIFY(test::sqliteValue(temp.path(), u"SELECT count(*) FROM inbound_rule"_qs).toInt() >= 5);

    BounceQualifier qualifier = loadFrom(temp);
    QualifiedBounceRecipient q = only(qualifier, dsn(u"failed"_qs, u"5.1.1"_qs, u"550 5.1.1 <a@b>: User unknown"_qs));
    QVERIFY(q.byInboundRule);
    QCOMPARE(q.ruleLabel, test::sqliteValue(temp.path(), u"SELECT label FROM inbound_rule WHERE id = %1"_qs.arg(q.ruleId)));
    QCOMPARE(q.qualification, (Qualification{FailureType::Hard, FailureReason::UserUnknown}));

    // A rule put first by the operator wins from then on.
    temp.writer().submit([](QSqlDatabase &db) {
        execute(db, u"INSERT INTO inbound_rule (id, position, label, kind, pattern, failure_type, failure_reason) "
                    "VALUES (500, 1, 'Ours first', 'dsn', 'user unknown', 3, 25)"_qs);
    }).waitForFinished();
    qualifier = loadFrom(temp);
    q = only(qualifier, dsn(u"failed"_qs, u"5.1.1"_qs, u"550 5.1.1 <a@b>: User unknown"_qs));
    QCOMPARE(q.ruleId, 500);
    QCOMPARE(q.qualification, (Qualification{FailureType::Ignored, FailureReason::ErrorIgnored}));

    // Without inbound rules, the workspace's synchronous rules qualify the reply.
    temp.writer().submit([](QSqlDatabase &db) { execute(db, u"DELETE FROM inbound_rule"_qs); }).waitForFinished();
    q = only(loadFrom(temp), dsn(u"failed"_qs, u"5.1.1"_qs, u"550 5.1.1 <a@b>: User unknown"_qs));
    QVERIFY(!q.byInboundRule);
    QCOMPARE(q.ruleLabel, test::sqliteValue(temp.path(), u"SELECT label FROM qualification_rule WHERE id = %1"_qs.arg(q.ruleId)));
    QCOMPARE(q.qualification.reason, FailureReason::UserUnknown);
}

void TestBounceQualifier::badPatternIsReported()
{
    test::TempWorkspace temp;
    temp.writer().submit([](QSqlDatabase &db) {
        execute(db, u"INSERT INTO inbound_rule (id, position, label, kind, pattern, failure_type, failure_reason) "
                    "VALUES (77, 5, 'Broken by hand', 'any', 'user (unknown', 2, 1)"_qs);
    }).waitForFinished();
    try {
        loadFrom(temp);
        QFAIL("a rule that does not compile was loaded");
    } catch (const StoreError &error) {
        QVERIFY2(error.message().contains(u"77"_qs), qPrintable(error.message()));
        QVERIFY2(error.message().contains(u"Broken by hand"_qs), qPrintable(error.message()));
        QVERIFY2(error.message().contains(u"inbound_rule"_qs), qPrintable(error.message()));
    }
}

void TestBounceQualifier::unknownKindIsReported()
{
    QVERIFY_THROWS_EXCEPTION(StoreError, BounceQualifier::fromRules(
        {rule(4, u"bounce"_qs, {}, FailureType::Hard, FailureReason::UserUnknown)}, Qualifier()));
    // The table refuses it in the first place.
    test::TempWorkspace temp;
    QVERIFY_THROWS_EXCEPTION(StoreError, temp.writer().submit([](QSqlDatabase &db) {
        execute(db, u"INSERT INTO inbound_rule (position, label, kind, pattern, failure_type, failure_reason) "
                    "VALUES (5, 'x', 'bounce', '', 2, 1)"_qs);
    }).waitForFinished());
}

// The rules as the editors save them: in the order given, stored ids kept, new ids fresh, what
// is wrong refused with sentences, a table changed meanwhile refused.
void TestBounceQualifier::editingValidatesAndSaves()
{
    const auto problems = [](const InboundRule &r) {
        QList<InboundRuleEditing::Field> fields;
        for (const InboundRuleEditing::Problem &problem : InboundRuleEditing::validate(r))
            fields.append(problem.field);
        return fields;
    };
    QCOMPARE(problems(rule(0, u"any"_qs, u"user unknown"_qs, FailureType::Hard, FailureReason::UserUnknown)),
             QList<InboundRuleEditing::Field>());
    QCOMPARE(problems({0, u" "_qs, u"bounce"_qs, u"(x"_qs, {FailureType(9), FailureReason(99)}}),
             (QList<InboundRuleEditing::Field>{InboundRuleEditing::Field::Label, InboundRuleEditing::Field::Kind,
                                                InboundRuleEditing::Field::Pattern, InboundRuleEditing::Field::Type,
                                                InboundRuleEditing::Field::Reason}));

    test::TempWorkspace temp;
    const QList<InboundRule> stored = temp.writer().submit([](QSqlDatabase &db) { return InboundRule::loadAll(db); }).result();
    QVERIFY(stored.size() >= 2);
    QList<InboundRule> rules = stored;
    rules.move(0, rules.size() - 1);
    rules.prepend(rule(0, u"autoreply"_qs, u"no longer with"_qs, FailureType::Hard, FailureReason::UserUnknown));
    const QList<InboundRule> saved =
        temp.writer().submit([rules, stored](QSqlDatabase &db) { return InboundRuleEditing::save(db, rules, stored); }).result();
    qint64 highest = 0;
    for (const InboundRule &r : stored)
        highest = std::max(highest, r.id);
    QCOMPARE(saved.first().id, highest + 1);
    QCOMPARE(saved.last().id, stored.first().id);
    QCOMPARE(test::sqliteValue(temp.path(), u"SELECT group_concat(id) FROM (SELECT id FROM inbound_rule ORDER BY position)"_qs),
             [&saved] {
                 QStringList ids;
                 for (const InboundRule &r : saved)
                     ids.append(QString::number(r.id));
                 return ids.join(u',');
             }());

    // The table changed since `stored` was read: refused, unchanged.
    try {
        temp.writer().submit([rules, stored](QSqlDatabase &db) { InboundRuleEditing::save(db, rules, stored); }).waitForFinished();
        QFAIL("saved over a changed table");
    } catch (const StoreError &error) {
        QVERIFY2(error.message().contains(u"changed elsewhere"_qs), qPrintable(error.message()));
    }
    QList<InboundRule> wrong = saved;
    wrong.append(rule(0, u"any"_qs, u"[unclosed"_qs, FailureType::Soft, FailureReason::Refused));
    try {
        temp.writer().submit([wrong](QSqlDatabase &db) { InboundRuleEditing::save(db, wrong); }).waitForFinished();
        QFAIL("saved a rule that does not compile");
    } catch (const StoreError &error) {
        QVERIFY2(error.message().contains(u"Rule %1"_qs.arg(wrong.size())), qPrintable(error.message()));
    }
    QCOMPARE(test::sqliteValue(temp.path(), u"SELECT count(*) FROM inbound_rule"_qs).toInt(), saved.size());
}

QTEST_GUILESS_MAIN(TestBounceQualifier)
#include "tst_bouncequalifier.moc"
