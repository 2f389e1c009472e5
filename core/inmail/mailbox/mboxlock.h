#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace diffusion {

// An mbox file locked the way delivery agents lock it, so that a message appended by a local
// MDA is never half read nor lost in a rewrite: first the dot-lock file "<mbox>.lock" (Postfix's
// local(8) takes it before it opens the file; skipped where the folder is not writable), then
// fcntl() and flock() on the open file (Postfix and Dovecot use fcntl on Linux, procmail and
// others flock; on Linux they are separate locks, so both are taken). Reading takes the shared
// kernel locks only. Waits at most timeoutSeconds, then throws MailboxError.
class MboxLock final
{
    Q_DECLARE_TR_FUNCTIONS(MboxLock)

public:
    enum class Mode { Read, Write };

    MboxLock(int fd, const QString &path, Mode mode, int timeoutSeconds);
    ~MboxLock();
    MboxLock(const MboxLock &) = delete;
    MboxLock &operator=(const MboxLock &) = delete;

private:
    void release();

    int m_fd;
    QByteArray m_dotLock; // empty when none was taken
    bool m_fcntl = false;
    bool m_flock = false;
};

} // namespace diffusion
