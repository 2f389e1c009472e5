#include "inmailmodel.h"

namespace diffusion::ui {

namespace {

// A literal for the statement: the base class runs it as text, so quotes are doubled.
QString sqlText(const QString &text)
{
    return u"'"_qs + QString(text).replace(u'\'', u"''"_qs) + u"'"_qs;
}

} // namespace

InMailModel::InMailModel(const QString &workspacePath, QObject *parent)
    : SqlTableModel(workspacePath, ColumnCount, parent)
{
}

void InMailModel::setFilter(const QString &text, const QString &outcome)
{
    m_text = text.trimmed();
    m_outcome = outcome;
    refresh();
}

QString InMailModel::selectStatement() const
{
    QStringList conditions;
    if (!m_outcome.isEmpty())
        conditions.append(u"m.outcome = %1"_qs.arg(sqlText(m_outcome)));
    if (!m_text.isEmpty()) {
        // instr on lower(): no LIKE wildcards to escape in what the operator types.
        const QString text = sqlText(m_text);
        conditions.append(u"(instr(lower(m.sender), lower(%1)) > 0 OR instr(lower(m.subject), lower(%1)) > 0 OR EXISTS "
                          "(SELECT 1 FROM inmail_recipient r WHERE r.message = m.id AND instr(lower(r.recipient), lower(%1)) > 0))"_qs
                              .arg(text));
    }
    return u"SELECT m.read_at, m.kind, m.outcome, m.sender, m.subject, "
           "(SELECT group_concat(r.recipient, ', ') FROM inmail_recipient r WHERE r.message = m.id AND r.recipient <> ''), "
           "(SELECT group_concat(r.status, ', ') FROM inmail_recipient r WHERE r.message = m.id AND r.status <> ''), "
           "m.id FROM inmail_message m %1 ORDER BY m.read_at DESC, m.id DESC"_qs
        .arg(conditions.isEmpty() ? QString() : u"WHERE "_qs + conditions.join(u" AND "_qs));
}

QString InMailModel::columnTitle(int column) const
{
    switch (column) {
    case ReadAt: return tr("Read at");
    case Kind: return tr("Kind");
    case Outcome: return tr("Outcome");
    case From: return tr("From");
    case Subject: return tr("Subject");
    case Recipients: return tr("Recipients");
    case Statuses: return tr("Statuses");
    default: return {};
    }
}

QString InMailModel::columnToolTip(int column) const
{
    switch (column) {
    case Kind: return tr("DSN: a delivery status report from a mail server (RFC 3464). Complaint: a recipient marked the "
                         "message as spam (ARF feedback loop). Auto-reply: an absence or vacation message.");
    case Outcome: return tr("Applied: every recipient it names was found among the messages sent. Unmatched: it names a "
                            "message nobody here sent; it waits for you. Not a bounce: nothing to apply.");
    case Recipients: return tr("The addresses the message is about.");
    case Statuses: return tr("The enhanced status codes it gives (RFC 3463), such as 5.1.1 for an unknown user.");
    default: return {};
    }
}

QString InMailModel::cellText(const QVariantList &row, int column) const
{
    switch (column) {
    case ReadAt: return formatUnixTime(row.value(ReadAt));
    case Kind: return kindLabel(row.value(Kind).toString());
    case Outcome: return outcomeLabel(row.value(Outcome).toString());
    default: return row.value(column).toString();
    }
}

QString InMailModel::kindLabel(const QString &kind)
{
    if (kind == u"dsn"_qs)
        return tr("DSN");
    if (kind == u"arf"_qs)
        return tr("Complaint");
    if (kind == u"autoreply"_qs)
        return tr("Auto-reply");
    if (kind == u"unknown"_qs)
        return tr("Not a bounce");
    return kind;
}

QString InMailModel::outcomeLabel(const QString &outcome)
{
    if (outcome == u"applied"_qs)
        return tr("Applied");
    if (outcome == u"unmatched"_qs)
        return tr("Unmatched");
    if (outcome == u"not_bounce"_qs)
        return tr("Not a bounce");
    return outcome;
}

} // namespace diffusion::ui
