#include "bouncecorrelation.h"

#include "quarantine/quarantineaddress.h"
#include "store/connection.h"

#include <QRegularExpression>

namespace diffusion {

namespace {

// Bounces come back within a week; the address fallback looks a day further.
constexpr qint64 addressWindowSeconds = 8 * 24 * 3600;

qint64 verpId(const QStringList &envelopeRecipients)
{
    static const QRegularExpression verp(u"^[^@+\\s]+\\+(\\d{1,18})@"_qs);
    for (const QString &address : envelopeRecipients) {
        const QRegularExpressionMatch match = verp.match(address);
        if (match.hasMatch())
            return match.captured(1).toLongLong();
    }
    return 0;
}

QList<qint64> messageIdIds(const QStringList &messageIds)
{
    static const QRegularExpression ours(u"^d(\\d{1,18})\\.m(\\d{1,18})\\.\\d+@"_qs);
    QList<qint64> ids;
    for (const QString &id : messageIds) {
        const QRegularExpressionMatch match = ours.match(id);
        if (match.hasMatch())
            ids.append(match.captured(2).toLongLong());
    }
    return ids;
}

} // namespace

QString correlationName(CorrelatedMessage::By by)
{
    switch (by) {
    case CorrelatedMessage::By::Verp: return u"verp"_qs;
    case CorrelatedMessage::By::MessageId: return u"message_id"_qs;
    case CorrelatedMessage::By::Address: return u"address"_qs;
    }
    return {};
}

BounceCorrelation::BounceCorrelation(QSqlDatabase &db)
    : m_byId(sqliteHandle(db), "SELECT address FROM broadlog WHERE id = ?1"),
      m_byAddress(sqliteHandle(db), "SELECT id FROM broadlog WHERE address = ?1 AND status = 2 AND sent_at >= ?2 "
                                    "ORDER BY sent_at DESC, id DESC LIMIT 1")
{
}

bool BounceCorrelation::fits(qint64 broadlogId, const QString &recipient)
{
    m_byId.bind(1, broadlogId);
    const bool found = m_byId.step();
    const QString address = found ? m_byId.columnText(0) : QString();
    m_byId.reset();
    return found && (recipient.isEmpty() || quarantineAddress(address) == quarantineAddress(recipient));
}

std::optional<CorrelatedMessage> BounceCorrelation::find(const BounceReport &report, const BounceRecipient &recipient, qint64 now)
{
    if (const qint64 id = verpId(report.envelopeRecipients); id > 0 && fits(id, recipient.recipient))
        return CorrelatedMessage{id, CorrelatedMessage::By::Verp};
    for (const qint64 id : messageIdIds(report.originalMessageIds)) {
        if (fits(id, recipient.recipient))
            return CorrelatedMessage{id, CorrelatedMessage::By::MessageId};
    }
    const QString address = quarantineAddress(recipient.recipient.isEmpty() ? report.originalTo : recipient.recipient);
    if (address.isEmpty())
        return std::nullopt;
    m_byAddress.bind(1, address);
    m_byAddress.bind(2, now - addressWindowSeconds);
    std::optional<CorrelatedMessage> found;
    if (m_byAddress.step())
        found = CorrelatedMessage{m_byAddress.columnInt64(0), CorrelatedMessage::By::Address};
    m_byAddress.reset();
    return found;
}

} // namespace diffusion
