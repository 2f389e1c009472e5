#include "enginelock.h"

namespace diffusion {

namespace {

QString lockPath(const QString &workspacePath)
{
    return workspacePath + u".engine-lock"_qs;
}

} // namespace

EngineLock::EngineLock(const QString &workspacePath) : m_lock(lockPath(workspacePath))
{
    // Never stale while the owner lives, however long it sends.
    m_lock.setStaleLockTime(0);
}

bool EngineLock::tryLock(QString *holder)
{
    if (m_lock.tryLock(0))
        return true;
    qint64 pid = 0;
    QString host;
    QString application;
    if (holder && m_lock.getLockInfo(&pid, &host, &application))
        *holder = tr("The engine of this workspace runs in process %1 (%2) on %3.").arg(pid).arg(application, host);
    else if (holder)
        *holder = m_lock.error() == QLockFile::PermissionError
            ? tr("The engine lock beside the workspace cannot be created: permission denied.")
            : tr("The engine of this workspace runs in another process.");
    return false;
}

bool EngineLock::isHeld(const QString &workspacePath)
{
    EngineLock probe(workspacePath);
    return !probe.tryLock(nullptr);
}

qint64 EngineLock::holderProcess(const QString &workspacePath)
{
    QLockFile lock(lockPath(workspacePath));
    qint64 pid = 0;
    QString host;
    QString application;
    return lock.getLockInfo(&pid, &host, &application) ? pid : 0;
}

} // namespace diffusion
