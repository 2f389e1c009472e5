#pragma once

#include "feedback/qualification.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace diffusion {

// One row of inbound_rule (docs/inmail.md, docs/schema.md), as stored: the pattern is text,
// not yet compiled, so that an editor can hold a rule that is still wrong.
struct InboundRule {
    qint64 id = 0;            // 0: not stored yet
    QString label;
    QString kind = kindAny(); // "any", or a bounce kind id: "dsn", "arf", "autoreply", "unknown"
    QString pattern;          // searched case-insensitively in the bounce's texts; empty: any
    Qualification qualification;

    bool operator==(const InboundRule &) const = default;

    static QString kindAny() { return QStringLiteral("any"); }
    // "any" and every bounce kind id, in the order the editors offer them.
    static QStringList kindIds();

    // The workspace's rules in the order they are tried (position, then id).
    static QList<InboundRule> loadAll(QSqlDatabase &db);
};

} // namespace diffusion
