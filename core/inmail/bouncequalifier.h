#pragma once

#include "bouncereport.h"
#include "feedback/qualification.h"
#include "feedback/qualifier.h"
#include "inboundrule.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <optional>

namespace diffusion {

// The SMTP reply a bounce reports for one recipient, as the synchronous rules and the feedback
// service read it: code and enhanced code from the diagnostic, else from the status.
SmtpOutcome bounceOutcome(const BounceRecipient &recipient);

// What one recipient of a bounce comes to.
struct QualifiedBounceRecipient {
    BounceRecipient recipient;
    Qualification qualification;
    qint64 ruleId = 0;          // inbound_rule.id or qualification_rule.id that matched; 0: none
    QString ruleLabel;          // that rule's label
    bool byInboundRule = false;
    bool unqualified = false;   // nothing matched: reason Not defined (the operator's to-qualify list)
};

// Qualifies the recipients of a parsed bounce (docs/inmail.md, qualification):
// - a DSN recipient that was delivered, relayed or expanded: Ignored, Error ignored;
// - otherwise the inbound rules in order (those of the report's kind, and "any"): first on the
//   recipient's own status and diagnostic (a complaint's feedback type), then, when none
//   matched, on those and the subject and the human-readable text;
// - then a DSN recipient's SMTP reply goes through the synchronous rules (Qualifier), its code
//   and enhanced code read from the diagnostic, else from the status;
// - nothing matched: a DSN recipient is Not defined (unqualified), Hard when it failed with a
//   status that is not 4.x.x, Soft otherwise; a complaint denylists the address (Hard,
//   Denylisted) unless it is a not-spam or auth-failure report (Ignored); an auto-reply is
//   Ignored, Error ignored.
// A delayed recipient is never Hard; a failed one with a 5.x.x status is never Soft.
// Loaded once; qualify() is const and touches only compiled patterns, so one BounceQualifier may
// serve any thread.
class BounceQualifier final
{
    Q_DECLARE_TR_FUNCTIONS(BounceQualifier)

public:
    // inbound_rule and qualification_rule in position order. A rule whose pattern does not
    // compile, or whose kind is unknown, throws a StoreError naming the rule.
    static BounceQualifier load(QSqlDatabase &db);
    // The same from rules in memory (an editor's unsaved rules, tests).
    static BounceQualifier fromRules(const QList<InboundRule> &rules, const Qualifier &qualifier);
    // The rules a new workspace gets.
    static BounceQualifier defaults();

    QList<QualifiedBounceRecipient> qualify(const BounceReport &report) const; // one per recipient

private:
    struct Rule {
        qint64 id = 0;
        QString label;
        std::optional<BounceKind> kind; // empty: any
        QRegularExpression pattern;     // empty pattern: any
        Qualification qualification;
    };

    const Rule *firstMatch(BounceKind kind, const QString &text) const;
    const Rule *matchingRule(const BounceReport &report, const BounceRecipient &recipient) const;
    QualifiedBounceRecipient qualifyDelivery(const BounceReport &report, const BounceRecipient &recipient) const;

    QList<Rule> m_rules;
    Qualifier m_qualifier;
};

} // namespace diffusion
