#pragma once

#include "inmail/mailbox/mailboxsource.h"
#include "inmail/processing/inmailrecord.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <functional>
#include <optional>

class QTimer;

namespace diffusion {
class Workspace;
}

namespace diffusion::ui {

// Reads the bounce mailbox of the workspace's settings (inmail.*) every period, and when asked:
// one visit at a time. The settings and the server's password are got in the GUI thread (the
// keychain's jobs and the password dialog belong there); the InMailSession then runs on a worker
// thread, so that the GUI thread never waits for the server or the writer. The window owns it.
class InMailJob final : public QObject
{
    Q_OBJECT

public:
    // The password of a POP3 or IMAP mailbox, or nothing when there is none to be had; called in
    // the GUI thread, at the start of each visit to a server.
    using PasswordFor = std::function<std::optional<QString>(const MailboxSpec &)>;

    InMailJob(Workspace &workspace, PasswordFor passwordFor, QObject *parent);
    // Waits for a visit under way (at most the server's timeout): it uses the workspace's writer.
    ~InMailJob() override;

    // For the visits that start after this call.
    void setPasswordFor(PasswordFor passwordFor);
    // Reads the settings again: a visit every period, none when no mailbox is set.
    void reschedule();
    // A visit now, unless one is under way (then only statusMessage says so).
    void readNow();

    bool isVisiting() const { return m_visiting; }
    bool isScheduled() const;
    // The last visit's outcome as a sentence in the current language; empty before the first.
    QString lastSummary() const;
    bool lastFailed() const { return !m_last.error.isEmpty(); }

Q_SIGNALS:
    void visitStarted();
    void visited(const QString &summary, bool failed);
    void statusMessage(const QString &message);

private:
    struct Outcome {
        QDateTime at;
        std::optional<InMailTally> tally;
        QString error; // a sentence; empty when the visit went through
    };
    // The mailbox to visit, with its password, or the sentence that says why there is none.
    std::optional<MailboxSpec> mailboxToVisit(QString *problem);
    void finish(Outcome outcome);

    Workspace &m_workspace;
    PasswordFor m_passwordFor;
    QTimer *m_timer;
    Outcome m_last;
    bool m_visiting = false;
    QFutureWatcher<Outcome> *m_watcher;
    QThreadPool m_pool;
};

} // namespace diffusion::ui
