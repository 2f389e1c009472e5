// Editing the MX rules and the qualification rules: what each validation refuses (table-driven),
// what a save keeps (order, ids, unchanged old rows) and refuses (a table changed meanwhile), a
// first rule drafted from a reply no rule matched, and a reply typed by a person.
#include "engine/mxruleediting.h"
#include "feedback/qualificationruleediting.h"
#include "feedback/qualifier.h"
#include "feedback/typedreply.h"
#include "store/connection.h"
#include "store/storeerror.h"
#include "tempworkspace.h"

#include <QTest>

using namespace diffusion;

Q_DECLARE_METATYPE(QList<MxRuleEditing::Field>)
Q_DECLARE_METATYPE(QList<QualificationRuleEditing::Field>)

namespace {

QList<MxRuleEditing::Field> fields(const QList<MxRuleEditing::Problem> &problems)
{
    QList<MxRuleEditing::Field> result;
    for (const MxRuleEditing::Problem &problem : problems) {
        if (problem.text.isEmpty())
            qWarning("a problem without a sentence");
        result.append(problem.field);
    }
    return result;
}

QList<QualificationRuleEditing::Field> fields(const QList<QualificationRuleEditing::Problem> &problems)
{
    QList<QualificationRuleEditing::Field> result;
    for (const QualificationRuleEditing::Problem &problem : problems) {
        if (problem.text.isEmpty())
            qWarning("a problem without a sentence");
        result.append(problem.field);
    }
    return result;
}

MxRule mxRule(const QString &mask, int connections = 5)
{
    MxRule rule;
    rule.mask = mask;
    rule.maxConnections = connections;
    return rule;
}

QualificationRule qualificationRule(const QString &code, const QString &enhanced, const QString &text, FailureType type,
                                    FailureReason reason, const QString &label = u"a rule"_qs)
{
    QualificationRule rule;
    rule.label = label;
    rule.smtpCode = code;
    rule.enhancedCode = enhanced;
    rule.textRegex = text;
    rule.qualification = {type, reason};
    return rule;
}

template <typename Rules> Rules storedIn(test::TempWorkspace &temp, Rules (*load)(QSqlDatabase &))
{
    ReadConnection reader(temp.path());
    return load(reader.db());
}

QString reasonOf(const Qualifier &qualifier, const QString &text)
{
    QString problem;
    const std::optional<SmtpReply> reply = TypedReply::parse(text, &problem);
    if (!reply)
        qFatal("not a reply: %s", qPrintable(problem));
    return stableId(failureReasonCodes(), qualifier.qualify(TypedReply::atRecipient(*reply)).qualification.reason);
}

} // namespace

class TestRuleEditing final : public QObject
{
    Q_OBJECT

    using MxField = MxRuleEditing::Field;
    using QField = QualificationRuleEditing::Field;

private Q_SLOTS:
    void mxRuleValidation_data()
    {
        QTest::addColumn<MxRule>("rule");
        QTest::addColumn<QList<MxField>>("expected");
        const auto row = [](const char *name, const std::function<void(MxRule &)> &change, QList<MxField> expected) {
            MxRule rule = mxRule(u"*.example.net"_qs);
            change(rule);
            QTest::newRow(name) << rule << expected;
        };
        row("a new rule's values", [](MxRule &) {}, {});
        row("the generic mask", [](MxRule &r) { r.mask = u"*"_qs; }, {});
        row("? and digits", [](MxRule &r) { r.mask = u"mx?.mail-1.example.net"_qs; }, {});
        row("empty mask", [](MxRule &r) { r.mask.clear(); }, {MxField::Mask});
        row("space in the mask", [](MxRule &r) { r.mask = u"mx .example.net"_qs; }, {MxField::Mask});
        row("no connection", [](MxRule &r) { r.maxConnections = 0; }, {MxField::MaxConnections});
        row("1 connection", [](MxRule &r) { r.maxConnections = 1; }, {});
        row("1,000 connections", [](MxRule &r) { r.maxConnections = 1000; }, {});
        row("1,001 connections", [](MxRule &r) { r.maxConnections = 1001; }, {MxField::MaxConnections});
        row("no message per connection", [](MxRule &r) { r.maxMessagesPerConnection = 0; }, {MxField::MessagesPerConnection});
        row("no hourly limit", [](MxRule &r) { r.messagesPerHour = 0; }, {});
        row("negative hourly limit", [](MxRule &r) { r.messagesPerHour = -1; }, {MxField::MessagesPerHour});
        row("no connect timeout", [](MxRule &r) { r.connectTimeoutS = 0; }, {MxField::ConnectTimeout});
        row("no command timeout", [](MxRule &r) { r.commandTimeoutS = 0; }, {MxField::CommandTimeout});
        row("no data timeout", [](MxRule &r) { r.dataTimeoutS = 0; }, {MxField::DataTimeout});
        row("several at once", [](MxRule &r) { r.mask.clear(), r.maxConnections = -3, r.dataTimeoutS = -1; },
            {MxField::Mask, MxField::MaxConnections, MxField::DataTimeout});
    }

    void mxRuleValidation()
    {
        QFETCH(MxRule, rule);
        QFETCH(QList<MxField>, expected);
        QCOMPARE(fields(MxRuleEditing::validate(rule)), expected);
    }

    void mxMaskUsedByAnotherRule()
    {
        const QList<MxRule> others{mxRule(u"*.google.com"_qs), mxRule(u"*"_qs)};
        QCOMPARE(fields(MxRuleEditing::validate(mxRule(u"*.GOOGLE.com"_qs), others)), QList<MxField>{MxField::Mask});
        QCOMPARE(fields(MxRuleEditing::validate(mxRule(u"*"_qs), others)), QList<MxField>{MxField::Mask});
        QCOMPARE(fields(MxRuleEditing::validate(mxRule(u"*.gmail.com"_qs), others)), QList<MxField>());
    }

    void mxListNeedsOneGenericRuleLast()
    {
        QVERIFY(MxRuleEditing::validateList({mxRule(u"*.a.test"_qs), mxRule(u"*"_qs)}).isEmpty());
        QCOMPARE(MxRuleEditing::validateList({mxRule(u"*.a.test"_qs)}).size(), 1);
        QCOMPARE(MxRuleEditing::validateList({mxRule(u"*"_qs), mxRule(u"*.a.test"_qs)}).size(), 1);
        const QStringList twice = MxRuleEditing::validateList({mxRule(u"*.a.test"_qs), mxRule(u"*.A.test"_qs), mxRule(u"*"_qs)});
        QCOMPARE(twice.size(), 1);
        QVERIFY2(twice.first().contains(u"*.A.test"_qs), qPrintable(twice.first()));
        // A rule's problems name it by its place; a rule kept as stored is not checked again.
        const QList<MxRule> old{mxRule(u"*.a.test"_qs, 0), mxRule(u"*"_qs)};
        const QStringList problems = MxRuleEditing::validateList(old);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().startsWith(u"Rule 1 (*.a.test)"_qs), qPrintable(problems.first()));
        QVERIFY(MxRuleEditing::validateList(old, old).isEmpty());
    }

    void mxSaveWritesTheOrderAndRefusesWhatIsWrong()
    {
        test::TempWorkspace temp;
        QList<MxRule> rules = storedIn(temp, &MxRuleEditing::load);
        QVERIFY(rules.size() >= 2);
        QVERIFY(MxRuleEditing::isGeneric(rules.constLast().mask));
        const QList<MxRule> before = rules;

        MxRule added = mxRule(u"mx?.example.net"_qs, 3);
        added.messagesPerHour = 1200;
        added.tls = TlsPolicy::Required;
        rules.insert(0, added);
        rules.move(2, 1);
        rules.removeAt(rules.size() - 2);
        temp.writer().submit([rules, before](QSqlDatabase &db) { MxRuleEditing::save(db, rules, before); }).waitForFinished();
        QCOMPARE(storedIn(temp, &MxRuleEditing::load), rules);
        {
            ReadConnection reader(temp.path());
            QCOMPARE(queryValue(reader.db(), u"SELECT group_concat(position) FROM (SELECT position FROM mx_rule ORDER BY position)"_qs)
                         .toString()
                         .section(u',', 0, 2),
                     u"10,20,30"_qs);
            QCOMPARE(queryValue(reader.db(), u"SELECT tls_policy FROM mx_rule WHERE mask = '*.google.com'"_qs).toString(),
                     u"opportunistic"_qs);
            QCOMPARE(queryValue(reader.db(), u"SELECT tls_policy FROM mx_rule WHERE mask = 'mx?.example.net'"_qs).toString(),
                     u"required"_qs);
        }

        // Saved over a table that changed since it was read: refused, the table as it was.
        QList<MxRule> stale = before;
        stale[0].maxConnections = 1;
        bool refused = false;
        try {
            temp.writer().submit([stale, before](QSqlDatabase &db) { MxRuleEditing::save(db, stale, before); }).waitForFinished();
        } catch (const StoreError &error) {
            refused = error.message().contains(u"changed elsewhere"_qs);
        }
        QVERIFY(refused);
        QCOMPARE(storedIn(temp, &MxRuleEditing::load), rules);

        // A wrong new rule, or no generic rule: refused with the sentence.
        for (const QList<MxRule> &wrong : {QList<MxRule>{mxRule(u"*.x.test"_qs, 0), mxRule(u"*"_qs)}, QList<MxRule>{mxRule(u"*.x.test"_qs)}}) {
            QString message;
            try {
                temp.writer().submit([wrong](QSqlDatabase &db) { MxRuleEditing::save(db, wrong); }).waitForFinished();
            } catch (const StoreError &error) {
                message = error.message();
            }
            QVERIFY(!message.isEmpty());
            QCOMPARE(storedIn(temp, &MxRuleEditing::load), rules);
        }
    }

    void qualificationRuleValidation_data()
    {
        QTest::addColumn<QualificationRule>("rule");
        QTest::addColumn<QList<QField>>("expected");
        const auto row = [](const char *name, QualificationRule rule, QList<QField> expected) {
            QTest::newRow(name) << rule << expected;
        };
        using T = FailureType;
        using R = FailureReason;
        row("code, enhanced code and text", qualificationRule(u"550"_qs, u"5.1.1"_qs, u"user unknown"_qs, T::Hard, R::UserUnknown), {});
        row("any reply", qualificationRule({}, {}, {}, T::Ignored, R::Refused), {});
        row("5??", qualificationRule(u"5??"_qs, {}, {}, T::Ignored, R::Refused), {});
        row("5*", qualificationRule(u"5*"_qs, {}, {}, T::Hard, R::UserUnknown), {});
        row("?.2.2 soft", qualificationRule({}, u"?.2.2"_qs, {}, T::Soft, R::MailboxFull), {});
        row("?.1.10", qualificationRule({}, u"?.1.10"_qs, {}, T::Soft, R::InvalidDomain), {});
        row("4.7.*", qualificationRule({}, u"4.7.*"_qs, {}, T::Soft, R::Refused), {});
        row("dns", qualificationRule(u"dns"_qs, {}, {}, T::Soft, R::InvalidDomain), {});
        row("local ignored", qualificationRule(u"local"_qs, {}, {}, T::Ignored, R::Refused), {});
        row("no label", qualificationRule(u"550"_qs, {}, {}, T::Hard, R::UserUnknown, u"  "_qs), {QField::Label});
        row("two-digit code", qualificationRule(u"55"_qs, {}, {}, T::Hard, R::UserUnknown), {QField::SmtpCode});
        row("four-digit code", qualificationRule(u"5500"_qs, {}, {}, T::Hard, R::UserUnknown), {QField::SmtpCode});
        row("letter in code", qualificationRule(u"5x0"_qs, {}, {}, T::Hard, R::UserUnknown), {QField::SmtpCode});
        row("unknown word", qualificationRule(u"timeout"_qs, {}, {}, T::Soft, R::Unreachable), {QField::SmtpCode});
        row("2xx code", qualificationRule(u"250"_qs, {}, {}, T::Ignored, R::Refused), {QField::SmtpCode});
        row("enhanced in two parts", qualificationRule({}, u"5.1"_qs, {}, T::Hard, R::UserUnknown), {QField::EnhancedCode});
        row("enhanced in four parts", qualificationRule({}, u"5.1.1.1"_qs, {}, T::Hard, R::UserUnknown), {QField::EnhancedCode});
        row("enhanced success class", qualificationRule({}, u"2.0.0"_qs, {}, T::Ignored, R::Refused), {QField::EnhancedCode});
        row("enhanced with a word", qualificationRule(u"dns"_qs, u"5.1.2"_qs, {}, T::Soft, R::InvalidDomain),
            {QField::EnhancedCode});
        row("unclosed group", qualificationRule({}, {}, u"user (unknown"_qs, T::Hard, R::UserUnknown), {QField::TextRegex});
        row("unknown type", qualificationRule({}, {}, {}, T(7), R::Refused), {QField::Type});
        row("unknown reason", qualificationRule({}, {}, {}, T::Ignored, R(99)), {QField::Reason});
        row("5xx soft", qualificationRule(u"552"_qs, {}, {}, T::Soft, R::MailboxFull), {QField::Type});
        row("5?? soft", qualificationRule(u"5??"_qs, {}, {}, T::Soft, R::Refused), {QField::Type});
        row("5.x.x soft", qualificationRule({}, u"5.2.2"_qs, {}, T::Soft, R::MailboxFull), {QField::Type});
        row("4xx hard", qualificationRule(u"450"_qs, {}, {}, T::Hard, R::UserUnknown), {QField::Type});
        row("connect hard", qualificationRule(u"connect"_qs, {}, {}, T::Hard, R::Unreachable), {QField::Type});
        row("local soft", qualificationRule(u"local"_qs, {}, {}, T::Soft, R::Refused), {QField::Type});
        row("everything wrong", qualificationRule(u"9"_qs, u"x"_qs, u"["_qs, T(0), R(-1), {}),
            {QField::Label, QField::SmtpCode, QField::EnhancedCode, QField::TextRegex, QField::Type, QField::Reason});
    }

    void qualificationRuleValidation()
    {
        QFETCH(QualificationRule, rule);
        QFETCH(QList<QField>, expected);
        QCOMPARE(fields(QualificationRuleEditing::validate(rule)), expected);
    }

    void everyDefaultRulePassesTheChecks()
    {
        test::TempWorkspace temp;
        const QList<QualificationRule> defaults = storedIn(temp, &QualificationRule::loadAll);
        QVERIFY(defaults.size() > 20);
        for (const QualificationRule &rule : defaults) {
            for (const QualificationRuleEditing::Problem &problem : QualificationRuleEditing::validate(rule))
                QFAIL(qPrintable(rule.label + u": "_qs + problem.text));
        }
        QVERIFY(QualificationRuleEditing::validateList(defaults).isEmpty());
    }

    void qualificationSaveKeepsIdsAndOrder()
    {
        test::TempWorkspace temp;
        const QList<QualificationRule> before = storedIn(temp, &QualificationRule::loadAll);
        qint64 maxId = 0;
        for (const QualificationRule &rule : before)
            maxId = std::max(maxId, rule.id);
        QList<QualificationRule> rules = before;
        rules.insert(1, qualificationRule(u"550"_qs, {}, u"account blocked"_qs, FailureType::Hard, FailureReason::AccountDisabled,
                                          u"Blocked account"_qs));
        rules.move(0, 5);
        const qint64 removed = rules.takeLast().id;
        const QList<QualificationRule> saved =
            temp.writer().submit([rules, before](QSqlDatabase &db) { return QualificationRuleEditing::save(db, rules, before); }).result();
        QCOMPARE(saved.size(), rules.size());
        QCOMPARE(saved.at(0).label, u"Blocked account"_qs);
        QVERIFY(saved.at(0).id > maxId);
        for (qsizetype i = 1; i < rules.size(); ++i)
            QCOMPARE(saved.at(i), rules.at(i));
        QCOMPARE(storedIn(temp, &QualificationRule::loadAll), saved);
        ReadConnection reader(temp.path());
        QCOMPARE(queryValue(reader.db(), u"SELECT count(*) FROM qualification_rule WHERE id = %1"_qs.arg(removed)).toInt(), 0);
        QCOMPARE(queryValue(reader.db(), u"SELECT position FROM qualification_rule WHERE label = 'Blocked account'"_qs).toInt(), 10);
        // The new rule decides first, through the rules as stored.
        QCOMPARE(reasonOf(Qualifier::load(reader.db()), u"550 5.1.1 Account blocked by policy"_qs), u"account_disabled"_qs);
    }

    void qualificationSaveRefusesWhatIsWrong()
    {
        test::TempWorkspace temp;
        const QList<QualificationRule> before = storedIn(temp, &QualificationRule::loadAll);
        QList<QualificationRule> rules = before;
        rules.append(qualificationRule(u"5x0"_qs, {}, {}, FailureType::Hard, FailureReason::UserUnknown, u"Bad code"_qs));
        QString message;
        try {
            temp.writer().submit([rules](QSqlDatabase &db) { QualificationRuleEditing::save(db, rules); }).waitForFinished();
        } catch (const StoreError &error) {
            message = error.message();
        }
        QVERIFY2(message.startsWith(u"Rule %1 (“Bad code”): "_qs.arg(rules.size())), qPrintable(message));
        QCOMPARE(storedIn(temp, &QualificationRule::loadAll), before);

        QList<QualificationRule> stale = before;
        stale.removeFirst();
        temp.writer().submit([](QSqlDatabase &db) { execute(db, u"UPDATE qualification_rule SET label = 'changed' WHERE position = 10"_qs); })
            .waitForFinished();
        message.clear();
        try {
            temp.writer().submit([stale, before](QSqlDatabase &db) { QualificationRuleEditing::save(db, stale, before); }).waitForFinished();
        } catch (const StoreError &error) {
            message = error.message();
        }
        QVERIFY2(message.contains(u"changed elsewhere"_qs), qPrintable(message));
        QCOMPARE(storedIn(temp, &QualificationRule::loadAll).size(), before.size());
    }

    void qualifierFollowsRulesInMemory()
    {
        const QList<QualificationRule> rules{
            qualificationRule(u"5??"_qs, {}, u"quota"_qs, FailureType::Hard, FailureReason::MailboxFull),
            qualificationRule({}, u"?.1.1"_qs, {}, FailureType::Hard, FailureReason::UserUnknown),
        };
        const Qualifier qualifier = Qualifier::fromRules(rules);
        QCOMPARE(reasonOf(qualifier, u"552 5.1.1 over quota"_qs), u"mailbox_full"_qs);
        QCOMPARE(reasonOf(qualifier, u"550 5.1.1 who?"_qs), u"user_unknown"_qs);
        QCOMPARE(reasonOf(qualifier, u"451 4.3.0 later"_qs), u"not_defined"_qs);
        bool refused = false;
        try {
            Qualifier::fromRules({qualificationRule({}, {}, u"(("_qs, FailureType::Hard, FailureReason::UserUnknown)});
        } catch (const StoreError &) {
            refused = true;
        }
        QVERIFY(refused);
    }

    void draftRuleTakesTheRepliesOfItsGroup()
    {
        const auto replyOf = [](const QString &text) {
            QString problem;
            return *TypedReply::parse(text, &problem);
        };
        const SmtpReply first = replyOf(u"550 5.9.9 <ann@example.com>: Frobnicated (queue 8AF3C2D11E) [10.1.2.3]"_qs);
        const SmtpReply second = replyOf(u"550 5.9.9 <bob@example.org>: Frobnicated (queue 77B0FF12AA) [10.9.8.7]"_qs);
        UnqualifiedReply group;
        group.normalized = UnqualifiedReplies::normalizedText(first);
        QCOMPARE(group.normalized, UnqualifiedReplies::normalizedText(second));
        group.code = first.code;
        group.enhanced = first.enhanced;
        QualificationRule draft = QualificationRuleEditing::draftFor(group);
        QCOMPARE(draft.smtpCode, u"550"_qs);
        QCOMPARE(draft.enhancedCode, u"5.9.9"_qs);
        QCOMPARE(draft.qualification.type, FailureType::Hard);
        QVERIFY(!draft.label.isEmpty());
        QVERIFY2(QualificationRuleEditing::validate(draft).isEmpty(), qPrintable(draft.textRegex));
        draft.qualification.reason = FailureReason::Refused;
        const Qualifier qualifier = Qualifier::fromRules({draft});
        QCOMPARE(reasonOf(qualifier, first.toString()), u"refused"_qs);
        QCOMPARE(reasonOf(qualifier, second.toString()), u"refused"_qs);
        QCOMPARE(reasonOf(qualifier, u"550 5.9.9 something else"_qs), u"not_defined"_qs);

        // Characters that mean something in a regular expression are taken literally.
        group.normalized = UnqualifiedReplies::normalizedText(replyOf(u"451 try again (in a while)? [x+y]"_qs));
        group.code = 451;
        group.enhanced.clear();
        draft = QualificationRuleEditing::draftFor(group);
        QCOMPARE(draft.qualification.type, FailureType::Soft);
        QVERIFY2(QualificationRuleEditing::validate(draft).isEmpty(), qPrintable(draft.textRegex));
        draft.qualification.reason = FailureReason::Refused;
        QCOMPARE(reasonOf(Qualifier::fromRules({draft}), u"451 try again (in a while)? [x+y]"_qs), u"refused"_qs);
    }

    void typedReplies()
    {
        QString problem;
        const std::optional<SmtpReply> multiline = TypedReply::parse(u"550-5.7.1 first line\\n550 5.7.1 last line"_qs, &problem);
        QVERIFY(multiline);
        QCOMPARE(multiline->lines.size(), 2);
        QCOMPARE(TypedReply::atRecipient(*multiline).kind, SmtpOutcome::Kind::Rejected);
        QCOMPARE(TypedReply::atRecipient(*TypedReply::parse(u"451 later"_qs, &problem)).kind, SmtpOutcome::Kind::Deferred);
        QVERIFY(!TypedReply::parse(u"   "_qs, &problem));
        QVERIFY(problem.isEmpty());
        for (const QString &wrong : {u"hello"_qs, u"250 OK"_qs, u"550-only a continuation"_qs, u"550 one\\n451 two"_qs}) {
            QVERIFY2(!TypedReply::parse(wrong, &problem), qPrintable(wrong));
            QVERIFY2(!problem.isEmpty(), qPrintable(wrong));
        }
    }
};

QTEST_GUILESS_MAIN(TestRuleEditing)
#include "tst_ruleediting.moc"
