#pragma once

#include <QObject>

class QSocketNotifier;

namespace diffusion {

// Turns SIGTERM and SIGINT into a Qt signal delivered by the event loop, through a self-pipe:
// a POSIX signal handler may only write to a pipe, never touch Qt.
class StopSignals final : public QObject
{
    Q_OBJECT

public:
    explicit StopSignals(QObject *parent = nullptr);
    ~StopSignals() override;

Q_SIGNALS:
    void stopRequested();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace diffusion
