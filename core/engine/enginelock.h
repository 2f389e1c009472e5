#pragma once

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

namespace diffusion {

// One engine per workspace: a lock file beside the workspace ("<file>.engine-lock") held by the
// process that sends. A lock left by a process that died (kill -9) is taken over, since the
// file names the owner's process id and host.
class EngineLock final
{
    Q_DECLARE_TR_FUNCTIONS(EngineLock)

public:
    explicit EngineLock(const QString &workspacePath);

    // Takes the lock if nobody holds it. Returns false with a sentence naming the holder.
    bool tryLock(QString *holder);
    bool isLocked() const { return m_lock.isLocked(); }

    // Whether an engine (this process or another) holds the lock of that workspace now.
    static bool isHeld(const QString &workspacePath);
    // The process id written in the lock of that workspace; 0 when none can be read.
    static qint64 holderProcess(const QString &workspacePath);

private:
    QLockFile m_lock;
};

} // namespace diffusion
