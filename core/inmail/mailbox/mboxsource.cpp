#include "mboxsource.h"

#include "mboxlock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <functional>
#include <sys/stat.h>
#include <unistd.h>

namespace diffusion {

namespace {

using Stored = MboxSource::Stored;

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// The message of a stored one: without its "From " line and the blank line that ends it, and
// each ">From " or ">>From "… line with one ">" less (mboxrd; right for mboxo in practice).
QByteArray messageOf(const QByteArray &stored)
{
    const qsizetype firstLineEnd = stored.indexOf('\n');
    const qsizetype start = firstLineEnd < 0 ? stored.size() : firstLineEnd + 1;
    qsizetype end = stored.size();
    if (stored.endsWith("\r\n\r\n"))
        end -= 2;
    else if (stored.endsWith("\n\n"))
        end -= 1;
    QByteArray message;
    message.reserve(end - start);
    for (qsizetype at = start; at < end;) {
        const qsizetype newline = stored.indexOf('\n', at);
        const qsizetype next = newline < 0 || newline >= end ? end : newline + 1;
        qsizetype quotes = at;
        while (quotes < next && stored.at(quotes) == '>')
            ++quotes;
        const bool escaped = quotes > at && QByteArrayView(stored).sliced(quotes, next - quotes).startsWith("From ");
        const qsizetype from = escaped ? at + 1 : at;
        message.append(stored.constData() + from, next - from);
        at = next;
    }
    return message;
}

// Hands over the stored messages of `file` from its start, in order, until `take` says stop.
void readStored(QFile &file, const std::function<bool(Stored &&)> &take)
{
    Stored current;
    bool inMessage = false;
    qint64 offset = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        if (line.isEmpty())
            throw MailboxError(MboxSource::tr("Could not read the mbox %1 (%2).").arg(file.fileName(), file.errorString()));
        if (line.startsWith("From ")) {
            if (inMessage && !take(std::move(current)))
                return;
            current = {offset, line};
            inMessage = true;
        } else if (inMessage) {
            current.bytes += line;
        } else if (!line.trimmed().isEmpty()) {
            throw MailboxError(MboxSource::tr("%1 is not an mbox file: it does not start with a “From ” line. Check the path.")
                                   .arg(file.fileName()));
        }
        offset += line.size();
    }
    if (inMessage)
        take(std::move(current));
}

bool writeAll(int fd, QByteArrayView data, off_t at)
{
    while (!data.isEmpty()) {
        const ssize_t written = ::pwrite(fd, data.data(), size_t(data.size()), at);
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return false;
        data = data.sliced(written);
        at += written;
    }
    return true;
}

} // namespace

MboxSource::MboxSource(const MailboxSpec &spec)
    : m_spec(spec)
{
}

MboxSource::~MboxSource()
{
    try {
        close();
    } catch (const MailboxError &) {
        // The messages not removed come back in the next session, which handles them again.
    }
}

QList<MailboxMessage> MboxSource::fetch()
{
    if (m_closed)
        throw MailboxError(tr("The session with the mbox %1 has ended: open it again.").arg(m_spec.path));
    QFile file(m_spec.path);
    if (!file.open(QIODevice::ReadOnly))
        throw MailboxError(tr("Could not read the mbox %1 (%2): check the path and its permissions.")
                               .arg(m_spec.path, file.errorString()));
    const MboxLock lock(file.handle(), m_spec.path, MboxLock::Mode::Read, m_spec.timeoutSeconds);
    QList<MailboxMessage> messages;
    m_fetched.clear();
    readStored(file, [&](Stored &&stored) {
        if (messages.size() >= m_spec.maxMessages)
            return false;
        const QString key = QString::number(stored.offset);
        if (!m_disposed.contains(key) && !m_spec.skipKeys.contains(key)) {
            messages.append({key, messageOf(stored.bytes)});
            m_fetched.append(std::move(stored));
        }
        return true;
    });
    return messages;
}

void MboxSource::dispose(const MailboxMessage &message)
{
    if (m_spec.after == AfterProcessing::Keep)
        m_disposed.insert(message.key); // stays, but the next fetch() of the session skips it
    if (m_disposed.contains(message.key))
        return;
    if (m_closed)
        throw MailboxError(tr("The session with the mbox %1 has ended: open it again.").arg(m_spec.path));
    const auto found = std::find_if(m_fetched.cbegin(), m_fetched.cend(),
                                    [&](const Stored &stored) { return QString::number(stored.offset) == message.key; });
    if (found == m_fetched.cend())
        throw MailboxError(tr("The message at offset %1 was not read from %2 in this session: fetch the messages again.")
                               .arg(message.key, m_spec.path));
    m_toRemove.append(*found);
    m_disposed.insert(message.key);
}

QString MboxSource::moveTargetPath() const
{
    return QDir::cleanPath(QFileInfo(m_spec.path).dir().absoluteFilePath(m_spec.moveTo));
}

void MboxSource::appendToMoveTarget() const
{
    const QString target = moveTargetPath();
    const QByteArray name = QFile::encodeName(target);
    const int fd = ::open(name.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        throw MailboxError(tr("Could not open the mbox %1 to move the messages to (%2): check the path and its permissions.")
                               .arg(target, systemError()));
    const auto closeFd = qScopeGuard([fd] { ::close(fd); });
    struct stat source{}, info{};
    if (::fstat(fd, &info) != 0)
        throw MailboxError(tr("Could not read the mbox %1 (%2).").arg(target, systemError()));
    // A new file gets the owner of the source when root runs this, so that whoever reads the
    // source can read it too.
    if (::geteuid() == 0 && info.st_size == 0 && ::stat(QFile::encodeName(m_spec.path).constData(), &source) == 0
        && ::fchown(fd, source.st_uid, source.st_gid) != 0)
        throw MailboxError(tr("Could not give %1 to the owner of %2 (%3).").arg(target, m_spec.path, systemError()));

    const MboxLock lock(fd, target, MboxLock::Mode::Write, m_spec.timeoutSeconds);
    if (::fstat(fd, &info) != 0)
        throw MailboxError(tr("Could not read the mbox %1 (%2).").arg(target, systemError()));
    // Each message must start on a line of its own, after a blank line.
    QByteArray appended;
    if (info.st_size > 0) {
        char tail[2] = {};
        const off_t count = std::min<off_t>(info.st_size, 2);
        if (::pread(fd, tail, size_t(count), info.st_size - count) != count)
            throw MailboxError(tr("Could not read the mbox %1 (%2).").arg(target, systemError()));
        const QByteArrayView end(tail, qsizetype(count));
        appended = end.endsWith("\n\n") || end == "\n" ? QByteArray() : end.endsWith('\n') ? QByteArray("\n") : QByteArray("\n\n");
    }
    for (const Stored &stored : m_toRemove) {
        appended += stored.bytes;
        if (!stored.bytes.endsWith('\n'))
            appended += '\n';
        if (!stored.bytes.endsWith("\n\n") && !stored.bytes.endsWith("\n\r\n"))
            appended += '\n';
    }
    if (!writeAll(fd, appended, info.st_size) || ::fsync(fd) != 0)
        throw MailboxError(tr("Could not write to the mbox %1 (%2): check the free space and the permissions.")
                               .arg(target, systemError()));
}

void MboxSource::close()
{
    if (m_closed)
        return;
    m_closed = true;
    if (m_toRemove.isEmpty())
        return;
    QFile file(m_spec.path);
    if (!file.open(QIODevice::ReadWrite | QIODevice::Unbuffered))
        throw MailboxError(tr("Could not open the mbox %1 to remove the handled messages (%2): check its permissions.")
                               .arg(m_spec.path, file.errorString()));
    const MboxLock lock(file.handle(), m_spec.path, MboxLock::Mode::Write, m_spec.timeoutSeconds);
    const QByteArray content = file.readAll();
    std::sort(m_toRemove.begin(), m_toRemove.end(), [](const Stored &a, const Stored &b) { return a.offset < b.offset; });
    for (const Stored &stored : std::as_const(m_toRemove)) {
        if (content.mid(stored.offset, stored.bytes.size()) != stored.bytes)
            throw MailboxError(tr("Another program rewrote the mbox %1 during the session: nothing was removed from it, "
                                  "and its messages will be read again next time.")
                                   .arg(m_spec.path));
    }
    if (m_spec.after == AfterProcessing::Move)
        appendToMoveTarget();

    const qint64 first = m_toRemove.first().offset;
    QByteArray kept;
    kept.reserve(content.size() - first);
    qint64 cursor = first;
    for (const Stored &stored : std::as_const(m_toRemove)) {
        kept += QByteArrayView(content).sliced(cursor, stored.offset - cursor);
        cursor = stored.offset + stored.bytes.size();
    }
    kept += QByteArrayView(content).sliced(cursor);
    if (!writeAll(file.handle(), kept, off_t(first)) || ::ftruncate(file.handle(), off_t(first + kept.size())) != 0
        || ::fsync(file.handle()) != 0)
        throw MailboxError(tr("Could not rewrite the mbox %1 (%2): check the free space; the messages handled in this "
                              "session may be read again next time.")
                               .arg(m_spec.path, systemError()));
}

} // namespace diffusion
