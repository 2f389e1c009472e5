#include "mboxlock.h"

#include "mailboxsource.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QThread>
#include <cerrno>
#include <ctime>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace diffusion {

namespace {

// Postfix's stale_lock_time: a dot-lock older than this was left by a program that died.
constexpr time_t staleDotLockSeconds = 500;
constexpr unsigned long pollMs = 10;

enum class DotLock { Taken, Busy, Impossible };

DotLock takeDotLock(const QByteArray &path)
{
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL, 0644);
    if (fd >= 0) {
        ::close(fd);
        return DotLock::Taken;
    }
    if (errno != EEXIST)
        return DotLock::Impossible; // a folder we may not write in: the kernel locks alone
    struct stat info{};
    if (::stat(path.constData(), &info) == 0 && std::time(nullptr) - info.st_mtime > staleDotLockSeconds)
        ::unlink(path.constData());
    return DotLock::Busy;
}

bool takeFcntl(int fd, MboxLock::Mode mode)
{
    struct flock range{};
    range.l_type = mode == MboxLock::Mode::Write ? F_WRLCK : F_RDLCK;
    range.l_whence = SEEK_SET; // start 0, length 0: the whole file, however it grows
    return ::fcntl(fd, F_SETLK, &range) == 0;
}

} // namespace

MboxLock::MboxLock(int fd, const QString &path, Mode mode, int timeoutSeconds)
    : m_fd(fd)
{
    const QDeadlineTimer deadline(qint64(timeoutSeconds) * 1000);
    const auto waitOrFail = [&](const QString &holder) {
        if (deadline.hasExpired()) {
            release();
            throw MailboxError(tr("The mbox %1 stays locked by another program (%2) after %n second(s): try again later, "
                                  "or remove a lock left by a program that has ended.",
                                  nullptr, timeoutSeconds)
                                   .arg(path, holder));
        }
        QThread::msleep(pollMs);
    };
    if (mode == Mode::Write) {
        const QByteArray dotLock = QFile::encodeName(path) + ".lock";
        for (DotLock taken = takeDotLock(dotLock); taken != DotLock::Impossible; taken = takeDotLock(dotLock)) {
            if (taken == DotLock::Taken) {
                m_dotLock = dotLock;
                break;
            }
            waitOrFail(QFile::decodeName(dotLock));
        }
    }
    while (!(m_fcntl = takeFcntl(fd, mode)))
        waitOrFail(u"fcntl"_qs);
    while (!(m_flock = ::flock(fd, (mode == Mode::Write ? LOCK_EX : LOCK_SH) | LOCK_NB) == 0))
        waitOrFail(u"flock"_qs);
}

MboxLock::~MboxLock()
{
    release();
}

void MboxLock::release()
{
    if (m_flock)
        ::flock(m_fd, LOCK_UN);
    if (m_fcntl) {
        struct flock range{};
        range.l_type = F_UNLCK;
        range.l_whence = SEEK_SET;
        ::fcntl(m_fd, F_SETLK, &range);
    }
    if (!m_dotLock.isEmpty())
        ::unlink(m_dotLock.constData());
    m_flock = m_fcntl = false;
    m_dotLock.clear();
}

} // namespace diffusion
