#pragma once

#include "qualification.h"
#include "qualificationrule.h"
#include "smtp/smtptypes.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QString>

namespace diffusion {

// What qualified an outcome: the type and reason, and the rule that gave them.
struct QualificationMatch {
    Qualification qualification;
    qint64 ruleId = 0;   // qualification_rule.id; 0 when no rule matched (reason Not defined)
    QString ruleLabel;
};

// The workspace's ordered, editable rules for synchronous bounces (docs/qualification.md): the
// first rule whose reply code, RFC 3463 enhanced code and text all match gives the type and the
// reason. An outcome without a reply is matched by a word in place of its code ("dns", "connect",
// "tls", "auth", "lost", "local") and by its error text.
// The type always agrees with what becomes of the message: a refused one (a 5xx reply) is never
// Soft, one that is retried is never Hard; Ignored fits both.
// Loaded once; qualify() is const and touches only compiled patterns, so one Qualifier may serve
// any thread.
class Qualifier final
{
    Q_DECLARE_TR_FUNCTIONS(Qualifier)

public:
    // Reads qualification_rule in position order. A rule whose regular expression does not
    // compile throws a StoreError naming the rule, rather than silently matching nothing.
    static Qualifier load(QSqlDatabase &db);
    // The same from rules in memory (the console's test box follows unsaved edits), in order.
    static Qualifier fromRules(const QList<QualificationRule> &rules);

    // The words a rule's smtp_code uses for outcomes without a reply.
    static QStringList outcomeWords();

    QualificationMatch qualify(const SmtpOutcome &outcome) const;

private:
    struct Rule {
        qint64 id = 0;
        QString label;
        QString smtpCode;       // glob ("550", "5??") or a connection word; empty: any
        QString enhancedCode;   // glob ("5.1.1", "4.7.*"); empty: any
        QRegularExpression text; // empty pattern: any
        Qualification qualification;

        bool matches(QStringView code, QStringView enhanced, const QString &replyText) const;
    };

    QList<Rule> m_rules;
};

} // namespace diffusion
