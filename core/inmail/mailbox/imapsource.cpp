#include "imapsource.h"

#include <algorithm>

namespace diffusion {

namespace {

// A folder name as IMAP servers expect it: printable ASCII as it is ("&" as "&-"), anything
// else as UTF-16 in base64 with "," for "/", between "&" and "-" (RFC 3501 §5.1.3).
QByteArray modifiedUtf7(const QString &name)
{
    QByteArray encoded;
    QByteArray pending; // UTF-16BE
    const auto flush = [&] {
        if (!pending.isEmpty())
            encoded += '&' + pending.toBase64(QByteArray::OmitTrailingEquals).replace('/', ',') + '-';
        pending.clear();
    };
    for (const QChar c : name) {
        const char16_t unit = c.unicode();
        if (unit >= 0x20 && unit <= 0x7e) {
            flush();
            encoded += unit == u'&' ? QByteArray("&-") : QByteArray(1, char(unit));
        } else {
            pending += char(unit >> 8);
            pending += char(unit & 0xff);
        }
    }
    flush();
    return encoded;
}

QByteArray quoted(const QString &folder)
{
    QByteArray name = modifiedUtf7(folder);
    name.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + name + '"';
}

// The numbers after `label` in the untagged lines of an answer ("* SEARCH 3 4 9").
QList<QByteArray> wordsAfter(const QByteArray &answer, const QByteArray &label)
{
    for (const QByteArray &line : answer.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.startsWith(QByteArray(QByteArray("* ") + label)))
            return trimmed.mid(2 + label.size()).simplified().split(' ');
    }
    return {};
}

} // namespace

ImapSource::ImapSource(const MailboxSpec &spec)
    : m_spec(spec)
    , m_session(spec)
    , m_folder(spec.url.path().mid(1).isEmpty() ? u"INBOX"_qs : spec.url.path().mid(1))
{
}

ImapSource::~ImapSource()
{
    try {
        close();
    } catch (const MailboxError &) {
        // What was flagged \Deleted and not expunged is skipped by the next session's search
        // (UNDELETED) and expunged at its end.
    }
}

QByteArray ImapSource::folderPath() const
{
    return '/' + QUrl::toPercentEncoding(QString::fromLatin1(modifiedUtf7(m_folder)), "/&,") + ";UIDVALIDITY="
           + m_uidValidity;
}

void ImapSource::checkOpen() const
{
    if (m_closed)
        throw MailboxError(tr("The session with %1 has ended: open the mailbox again.").arg(m_session.serverName()));
}

void ImapSource::open()
{
    if (m_opened)
        return;
    for (const QByteArray &capability : wordsAfter(m_session.perform("/", "CAPABILITY"), "CAPABILITY"))
        m_capabilities.insert(capability.toUpper());
    QString refusal;
    const std::optional<QByteArray> status = m_session.tryPerform("/", "STATUS " + quoted(m_folder) + " (UIDVALIDITY)", &refusal);
    if (!status)
        throw MailboxError(tr("%1 has no folder “%2” (the server said: %3): check the folder's name.")
                               .arg(m_session.serverName(), m_folder, refusal));
    const qsizetype at = status->indexOf("UIDVALIDITY ");
    const QByteArray value = at < 0 ? QByteArray() : status->mid(at + 12).split(')').first().split(' ').first();
    bool numeric = false;
    value.toULongLong(&numeric);
    if (!numeric)
        throw MailboxError(tr("%1 did not give the UIDVALIDITY of the folder “%2”, which keeps message keys stable: "
                              "check that it is an IMAP4rev1 server.")
                               .arg(m_session.serverName(), m_folder));
    m_uidValidity = value;
    m_opened = true;
}

QList<MailboxMessage> ImapSource::fetch()
{
    checkOpen();
    open();
    QList<qint64> uids;
    for (const QByteArray &word : wordsAfter(m_session.perform(folderPath(), "UID SEARCH UNDELETED"), "SEARCH")) {
        bool numeric = false;
        const qint64 uid = word.toLongLong(&numeric);
        if (numeric)
            uids.append(uid);
    }
    std::sort(uids.begin(), uids.end());

    QList<MailboxMessage> messages;
    for (const qint64 uid : std::as_const(uids)) {
        if (messages.size() >= m_spec.maxMessages)
            break;
        const QString key = QString::fromLatin1(m_uidValidity) + u':' + QString::number(uid);
        if (m_disposed.contains(key) || m_spec.skipKeys.contains(key))
            continue;
        messages.append({key, m_session.perform(folderPath() + "/;UID=" + QByteArray::number(uid))});
    }
    return messages;
}

void ImapSource::prepareMoveFolder()
{
    if (m_moveFolderReady)
        return;
    if (!m_session.tryPerform("/", "STATUS " + quoted(m_spec.moveTo) + " (MESSAGES)", nullptr)) {
        QString refusal;
        if (!m_session.tryPerform("/", "CREATE " + quoted(m_spec.moveTo), &refusal))
            throw MailboxError(tr("%1 could not create the folder “%2” to move the messages to (the server said: %3): "
                                  "create it, or choose another one.")
                                   .arg(m_session.serverName(), m_spec.moveTo, refusal));
    }
    m_moveFolderReady = true;
}

void ImapSource::dispose(const MailboxMessage &message)
{
    if (m_spec.after == AfterProcessing::Keep)
        m_disposed.insert(message.key); // stays, but the next fetch() of the session skips it
    if (m_disposed.contains(message.key))
        return;
    checkOpen();
    open();
    const QString validity = message.key.section(u':', 0, 0);
    const QByteArray uid = message.key.section(u':', 1).toLatin1();
    if (validity.toLatin1() != m_uidValidity || uid.isEmpty())
        throw MailboxError(tr("The message “%1” does not come from this session with %2: fetch the messages again.")
                               .arg(message.key, m_session.serverName()));
    if (m_spec.after == AfterProcessing::Move) {
        prepareMoveFolder();
        if (m_capabilities.contains("MOVE")) {
            m_session.perform(folderPath(), "UID MOVE " + uid + ' ' + quoted(m_spec.moveTo));
            m_disposed.insert(message.key);
            return;
        }
        m_session.perform(folderPath(), "UID COPY " + uid + ' ' + quoted(m_spec.moveTo));
    }
    m_session.perform(folderPath(), "UID STORE " + uid + " +FLAGS.SILENT (\\Deleted)");
    m_toExpunge.append(uid);
    m_disposed.insert(message.key);
}

void ImapSource::close()
{
    if (m_closed)
        return;
    m_closed = true;
    try {
        // UID EXPUNGE (UIDPLUS) removes only what this session flagged; plain EXPUNGE also
        // what another client flagged, which is what that client asked for anyway.
        if (!m_toExpunge.isEmpty())
            m_session.perform(folderPath(), m_capabilities.contains("UIDPLUS") ? "UID EXPUNGE " + m_toExpunge.join(',')
                                                                              : QByteArray("EXPUNGE"));
    } catch (const MailboxError &) {
        m_session.end();
        throw;
    }
    m_session.end();
}

} // namespace diffusion
