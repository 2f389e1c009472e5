#pragma once

#include "qualification.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace diffusion {

// One row of qualification_rule (docs/qualification.md), as stored: the patterns are text, not
// yet compiled, so that an editor can hold a rule that is still wrong.
struct QualificationRule {
    qint64 id = 0;          // 0: not stored yet
    QString label;
    QString smtpCode;       // "550", "5??", a word for an outcome without a reply ("dns"), or empty: any
    QString enhancedCode;   // "5.1.1", "4.7.*", or empty: any
    QString textRegex;      // searched case-insensitively in the reply text; empty: any
    Qualification qualification;

    bool operator==(const QualificationRule &) const = default;

    // The workspace's rules in the order they are tried (position, then id).
    static QList<QualificationRule> loadAll(QSqlDatabase &db);
};

} // namespace diffusion
