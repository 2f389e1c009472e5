#include "pop3source.h"

namespace diffusion {

namespace {

// How often a command may find its connection replaced before the session gives up.
constexpr int attemptsOnReconnection = 3;

QByteArray numberPath(int number)
{
    return '/' + QByteArray::number(number);
}

} // namespace

Pop3Source::Pop3Source(const MailboxSpec &spec)
    : m_spec(spec)
    , m_session(spec)
{
}

Pop3Source::~Pop3Source()
{
    try {
        close();
    } catch (const MailboxError &) {
        // The deletions not committed come back in the next session, which handles them again.
    }
}

void Pop3Source::list()
{
    m_uids.clear();
    m_numbers.clear();
    const QList<QByteArray> lines = m_session.perform("/", "UIDL").split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        bool numeric = false;
        const int number = fields.first().toInt(&numeric);
        if (fields.size() != 2 || !numeric || number <= 0)
            continue;
        const QString uid = QString::fromLatin1(fields.at(1));
        m_uids.append(uid);
        m_numbers.insert(uid, number);
    }
}

void Pop3Source::synchronize()
{
    for (int attempt = 0; attempt < attemptsOnReconnection; ++attempt) {
        list();
        bool replaced = false;
        for (const QString &uid : std::as_const(m_deleted)) {
            if (!m_numbers.contains(uid))
                continue;
            m_session.perform(numberPath(m_numbers.value(uid)), "DELE", true);
            if ((replaced = m_session.reconnected())) {
                // That number came from the lost connection and may name another message on
                // this one: forget this connection's deletions and start over.
                m_session.perform("/", "RSET", true);
                break;
            }
        }
        if (!replaced)
            return;
    }
    failUnstable();
}

QByteArray Pop3Source::retrieve(const QString &uid)
{
    for (int attempt = 0; attempt < attemptsOnReconnection; ++attempt) {
        const int number = m_numbers.value(uid);
        const QByteArray raw = m_session.perform(numberPath(number));
        if (!m_session.reconnected())
            return raw;
        synchronize();
        if (m_numbers.value(uid) == number)
            return raw;
        if (!m_numbers.contains(uid))
            return {}; // removed by another client meanwhile
    }
    failUnstable();
}

QList<MailboxMessage> Pop3Source::fetch()
{
    if (m_closed)
        throw MailboxError(tr("The session with %1 has ended: open the mailbox again.").arg(m_session.serverName()));
    synchronize();
    QList<MailboxMessage> messages;
    const QList<QString> uids = m_uids;
    for (const QString &uid : uids) {
        if (messages.size() >= m_spec.maxMessages)
            break;
        if (m_deleted.contains(uid) || m_kept.contains(uid) || m_spec.skipKeys.contains(uid))
            continue;
        QByteArray raw = retrieve(uid);
        if (!raw.isEmpty())
            messages.append({uid, std::move(raw)});
    }
    return messages;
}

void Pop3Source::dispose(const MailboxMessage &message)
{
    if (m_spec.after == AfterProcessing::Keep) {
        m_kept.insert(message.key); // stays, but the next fetch() of the session skips it
        return;
    }
    if (m_deleted.contains(message.key))
        return;
    if (m_closed)
        throw MailboxError(tr("The session with %1 has ended: open the mailbox again.").arg(m_session.serverName()));
    if (!m_numbers.contains(message.key))
        return; // not on the server any more
    m_deleted.insert(message.key);
    try {
        m_session.perform(numberPath(m_numbers.value(message.key)), "DELE", true);
        if (m_session.reconnected()) {
            m_session.perform("/", "RSET", true);
            synchronize(); // sends this DELE again, with this connection's number
        }
    } catch (const MailboxError &) {
        m_deleted.remove(message.key);
        throw;
    }
}

void Pop3Source::close()
{
    if (m_closed)
        return;
    m_closed = true;
    try {
        // QUIT is what commits the DELEs. A QUIT that needed a new connection committed
        // nothing: list again (which sends the DELEs again) and quit once more.
        for (int attempt = 0; !m_deleted.isEmpty() && attempt < attemptsOnReconnection; ++attempt) {
            m_session.perform("/", "QUIT", true);
            if (!m_session.reconnected()) {
                m_session.end();
                return;
            }
            synchronize();
        }
    } catch (const MailboxError &) {
        m_session.end();
        throw;
    }
    m_session.end();
    if (!m_deleted.isEmpty())
        failUnstable();
}

void Pop3Source::failUnstable() const
{
    throw MailboxError(tr("%1 keeps closing the connection, so the messages handled in this session were not deleted: "
                          "they will be read again next time. Check the server's logs.")
                           .arg(m_session.serverName()));
}

} // namespace diffusion
