#include "qualificationruleediting.h"

#include "qualifier.h"
#include "common/orderedrules.h"
#include "store/connection.h"
#include "store/sqlstatement.h"
#include "store/storeerror.h"

#include <QRegularExpression>

namespace diffusion {

namespace {

// Three characters, digits or '?', or a run with '*': the glob the qualifier matches codes with.
bool isCodePattern(const QString &code)
{
    static const QRegularExpression pattern(u"^[0-9?*]+$"_qs);
    return pattern.match(code).hasMatch() && (code.size() == 3 || code.contains(u'*'));
}

bool isEnhancedPattern(const QString &code)
{
    static const QRegularExpression pattern(u"^[45?*]\\.[0-9?*]{1,3}\\.[0-9?*]{1,3}$"_qs);
    return pattern.match(code).hasMatch();
}

// Whether what the rule can match is refused for good (true) or retried (false), as the engine
// treats it; nothing when the rule matches both. "local" is the one outcome without a reply that
// is not retried (Qualifier: the session refused to send).
std::optional<bool> refusedForGood(const QualificationRule &rule)
{
    if (Qualifier::outcomeWords().contains(rule.smtpCode))
        return rule.smtpCode == u"local"_qs;
    QChar replyClass = rule.smtpCode.isEmpty() ? QChar() : rule.smtpCode.front();
    if (!replyClass.isDigit() && !rule.enhancedCode.isEmpty())
        replyClass = rule.enhancedCode.front();
    if (replyClass == u'5')
        return true;
    if (replyClass == u'4')
        return false;
    return std::nullopt;
}

} // namespace

QList<QualificationRuleEditing::Problem> QualificationRuleEditing::validate(const QualificationRule &rule)
{
    QList<Problem> problems;
    if (rule.label.trimmed().isEmpty())
        problems.append({Field::Label, tr("Name the rule: the name is shown with every reply it qualifies.")});

    const bool outcomeWord = Qualifier::outcomeWords().contains(rule.smtpCode);
    if (!rule.smtpCode.isEmpty() && !outcomeWord) {
        if (!isCodePattern(rule.smtpCode))
            problems.append({Field::SmtpCode, tr("“%1” is not a reply code: write three digits such as 550, with ? for any "
                                                 "digit such as 5??, or * for any run such as 5*; leave it empty for any "
                                                 "code, or name an outcome without a reply: %2.")
                                                  .arg(rule.smtpCode, Qualifier::outcomeWords().join(u", "_qs))});
        else if (rule.smtpCode.front().isDigit() && rule.smtpCode.front() != u'4' && rule.smtpCode.front() != u'5')
            problems.append({Field::SmtpCode, tr("Only refusals are qualified: a reply code starts with 4 or 5.")});
    }
    if (!rule.enhancedCode.isEmpty()) {
        if (outcomeWord)
            problems.append({Field::EnhancedCode, tr("An outcome without a reply has no enhanced status code: leave it empty.")});
        else if (!isEnhancedPattern(rule.enhancedCode))
            problems.append({Field::EnhancedCode, tr("“%1” is not an enhanced status code: write class.subject.detail, such as "
                                                     "5.1.1, 4.7.* or ?.2.2, or leave it empty for any.")
                                                      .arg(rule.enhancedCode)});
    }
    if (const QRegularExpression text(rule.textRegex, QRegularExpression::CaseInsensitiveOption); !text.isValid())
        problems.append({Field::TextRegex, tr("The text pattern is not a valid regular expression: %1 at character %2.")
                                               .arg(text.errorString())
                                               .arg(text.patternErrorOffset())});

    const FailureType type = rule.qualification.type;
    if (!findCode(failureTypeCodes(), int(type)))
        problems.append({Field::Type, tr("Choose the failure type: soft, hard or ignored.")});
    else if (const std::optional<bool> refused = refusedForGood(rule)) {
        if (*refused && type == FailureType::Soft)
            problems.append({Field::Type, tr("A 5xx reply refuses the message for good, so it is never retried: choose Hard "
                                             "or Ignored, not Soft.")});
        else if (!*refused && type == FailureType::Hard)
            problems.append({Field::Type, tr("A 4xx reply or a connection failure is retried, so it is never Hard: choose "
                                             "Soft or Ignored.")});
    }
    if (!findCode(failureReasonCodes(), int(rule.qualification.reason)))
        problems.append({Field::Reason, tr("Choose a failure reason from the list.")});
    return problems;
}

QualificationRule QualificationRuleEditing::draftFor(const UnqualifiedReply &reply)
{
    // The normalized text starts with the codes, then the words with placeholders
    // (UnqualifiedReplies::normalizedText) for what changes between messages.
    QString text = reply.normalized;
    const QString codes = reply.enhanced.isEmpty() ? QString::number(reply.code)
                                                   : QString::number(reply.code) + u' ' + reply.enhanced;
    if (text.startsWith(codes))
        text = text.mid(codes.size()).trimmed();
    static const QRegularExpression placeholder(u"<(?:address|url|ip|id|n)>"_qs);
    // Punctuation next to a placeholder belongs to what changes (": ", "[…]").
    static const QRegularExpression edges(u"^[\\s:;,.=()\\[\\]-]+|[\\s:;,.=()\\[\\]-]+$"_qs);
    QStringList words;
    for (const QString &piece : text.split(placeholder)) {
        const QString kept = QString(piece).remove(edges);
        QString word;
        for (const QChar c : kept) {
            if (u"\\^$.|?*+()[]{}"_qs.contains(c))
                word += u'\\'; // taken literally
            word += c;
        }
        if (!word.isEmpty())
            words.append(word);
    }
    QualificationRule rule;
    rule.label = text.isEmpty() ? codes : text;
    rule.smtpCode = QString::number(reply.code);
    rule.enhancedCode = reply.enhanced;
    rule.textRegex = words.join(u".*"_qs);
    rule.qualification = {reply.code >= 500 ? FailureType::Hard : FailureType::Soft, FailureReason::NotDefined};
    return rule;
}

QStringList QualificationRuleEditing::validateList(const QList<QualificationRule> &rules, const QList<QualificationRule> &stored)
{
    QStringList problems;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QualificationRule &rule = rules.at(i);
        if (stored.contains(rule))
            continue;
        for (const Problem &problem : validate(rule))
            problems.append(tr("Rule %1 (“%2”): %3").arg(i + 1).arg(rule.label, problem.text));
    }
    return problems;
}

QList<QualificationRule> QualificationRuleEditing::save(QSqlDatabase &db, const QList<QualificationRule> &rules,
                                                        const std::optional<QList<QualificationRule>> &expected)
{
    const QList<QualificationRule> stored = QualificationRule::loadAll(db);
    if (expected && *expected != stored)
        throw StoreError(tr("The qualification rules were changed elsewhere (another window or diffusion-cli) since they were "
                            "read. Revert to read them again, then make your changes again."));
    if (const QStringList problems = validateList(rules, stored); !problems.isEmpty())
        throw StoreError(problems.join(u' '));

    const QList<QualificationRule> saved = withNewRuleIds(stored, rules);
    execute(db, u"DELETE FROM qualification_rule"_qs);
    SqlStatement insert(sqliteHandle(db),
                        "INSERT INTO qualification_rule (id, position, label, smtp_code, enhanced_code, text_regex, "
                        "failure_type, failure_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    for (qsizetype i = 0; i < saved.size(); ++i) {
        const QualificationRule &rule = saved.at(i);
        insert.bind(1, rule.id);
        insert.bind(2, rulePosition(i));
        insert.bind(3, rule.label);
        insert.bind(4, rule.smtpCode);
        insert.bind(5, rule.enhancedCode);
        insert.bind(6, rule.textRegex);
        insert.bind(7, qint64(rule.qualification.type));
        insert.bind(8, qint64(rule.qualification.reason));
        insert.run();
    }
    return saved;
}

} // namespace diffusion
