#include "inmailjob.h"

#include "inmail/processing/inmailsession.h"
#include "inmail/processing/inmailsettings.h"
#include "store/connection.h"
#include "store/storeerror.h"
#include "store/workspace.h"

#include <QLocale>
#include <QTimer>
#include <QtConcurrent>

namespace diffusion::ui {

namespace {

// QTimer counts in int milliseconds: a longer period (written by hand in the workspace) is cut.
constexpr qint64 longestPeriodSeconds = 7 * 24 * 3600;

bool isServer(const MailboxSpec &spec)
{
    return spec.kind == MailboxSpec::Kind::Pop3 || spec.kind == MailboxSpec::Kind::Imap;
}

} // namespace

InMailJob::InMailJob(Workspace &workspace, PasswordFor passwordFor, QObject *parent)
    : QObject(parent),
      m_workspace(workspace),
      m_passwordFor(std::move(passwordFor)),
      m_timer(new QTimer(this)),
      m_watcher(new QFutureWatcher<Outcome>(this))
{
    m_pool.setMaxThreadCount(1);
    m_timer->setTimerType(Qt::VeryCoarseTimer);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!m_visiting)
            readNow();
    });
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] { finish(m_watcher->result()); });
}

InMailJob::~InMailJob()
{
    m_pool.waitForDone();
}

void InMailJob::setPasswordFor(PasswordFor passwordFor)
{
    m_passwordFor = std::move(passwordFor);
}

void InMailJob::reschedule()
{
    InMailSettings settings;
    try {
        ReadConnection reader(m_workspace.path());
        settings = InMailSettings::load(reader.db());
    } catch (const StoreError &error) {
        m_timer->stop();
        Q_EMIT statusMessage(error.message());
        return;
    }
    if (!settings.isSet()) {
        m_timer->stop();
        return;
    }
    m_timer->start(std::chrono::seconds(std::min(settings.periodSeconds, longestPeriodSeconds)));
}

void InMailJob::readNow()
{
    if (m_visiting) {
        Q_EMIT statusMessage(tr("The bounce mailbox is being read already: what it holds shows when this visit ends."));
        return;
    }
    // Set before the password is asked for: the dialog's event loop may deliver the next tick.
    m_visiting = true;
    Q_EMIT visitStarted();
    QString problem;
    const std::optional<MailboxSpec> spec = mailboxToVisit(&problem);
    if (!spec) {
        finish({QDateTime::currentDateTime(), std::nullopt, problem});
        return;
    }
    // On the worker thread every failure becomes a sentence in the outcome: no exception leaves it.
    m_watcher->setFuture(QtConcurrent::run(&m_pool, [&writer = m_workspace.writer(), path = m_workspace.path(), spec = *spec] {
        Outcome outcome;
        try {
            outcome.tally = InMailSession::run(writer, path, spec);
        } catch (const MailboxError &error) {
            outcome.error = error.message();
        } catch (const StoreError &error) {
            outcome.error = error.message();
        } catch (const std::exception &error) {
            outcome.error = tr("The bounce mailbox could not be read: %1").arg(QString::fromLocal8Bit(error.what()));
        }
        outcome.at = QDateTime::currentDateTime();
        return outcome;
    }));
}

bool InMailJob::isScheduled() const
{
    return m_timer->isActive();
}

std::optional<MailboxSpec> InMailJob::mailboxToVisit(QString *problem)
{
    std::optional<MailboxSpec> spec;
    try {
        ReadConnection reader(m_workspace.path());
        spec = InMailSettings::load(reader.db()).spec(problem);
    } catch (const StoreError &error) {
        *problem = error.message();
        return std::nullopt;
    }
    if (!spec) {
        *problem = tr("%1 Choose it in Settings, Bounce mailbox.").arg(*problem);
        return std::nullopt;
    }
    if (!isServer(*spec))
        return spec;
    // Here, not on the worker: QtKeychain hands every job to one executor object, living in the
    // thread that used it first, and that object touches a job made in another thread after the
    // job is gone (a crash, seen in tst_inmailconsole).
    const std::optional<QString> password = m_passwordFor ? m_passwordFor(*spec) : std::nullopt;
    if (!password) {
        *problem = tr("The password of %1 is not known: save it in Settings, Bounce mailbox, or give it when the console "
                      "asks for it.").arg(spec->url.toDisplayString(QUrl::RemovePassword));
        return std::nullopt;
    }
    spec->password = *password;
    return spec;
}

void InMailJob::finish(Outcome outcome)
{
    m_visiting = false;
    m_last = std::move(outcome);
    Q_EMIT visited(lastSummary(), lastFailed());
}

QString InMailJob::lastSummary() const
{
    if (!m_last.at.isValid())
        return {};
    const QString at = QLocale().toString(m_last.at, QLocale::ShortFormat);
    if (!m_last.tally)
        return tr("The bounce mailbox could not be read (%1): %2").arg(at, m_last.error);
    const InMailTally &tally = *m_last.tally;
    const QStringList counts = {tr("%Ln bounce(s) applied", nullptr, tally.bounces),
                                tr("%Ln complaint(s)", nullptr, tally.complaints),
                                tr("%Ln auto-reply(-ies)", nullptr, tally.autoReplies),
                                tr("%Ln unmatched", nullptr, tally.unmatched),
                                tr("%Ln not a bounce", nullptr, tally.notBounces),
                                tr("%Ln already read", nullptr, tally.duplicates)};
    return tr("Bounce mailbox read (%1): %Ln message(s), %2.", nullptr, tally.read).arg(at, counts.join(u", "_qs));
}

} // namespace diffusion::ui
