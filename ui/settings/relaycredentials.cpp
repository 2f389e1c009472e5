#include "relaycredentials.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

namespace diffusion::ui {

namespace {

const QString service = u"Diffusion"_qs;

// Runs a QKeychain job to its end, or gives up after the timeout (a keychain that waits for an
// unlock dialog nobody answers must not hold a delivery for ever).
bool runJob(QKeychain::Job &job, int timeoutMs)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    if (!finished)
        loop.exec();
    return finished;
}

} // namespace

RelayCredentials::RelayCredentials(const QString &workspacePath, int timeoutMs)
    : m_workspacePath(QFileInfo(workspacePath).absoluteFilePath()),
      m_timeoutMs(timeoutMs)
{
}

QString RelayCredentials::keyFor(const QString &domain, const QString &user) const
{
    return m_workspacePath + u'|' + domain + u'|' + user;
}

RelayCredentials::Result RelayCredentials::store(const QString &domain, const QString &user, const QString &password) const
{
    QKeychain::WritePasswordJob job(service);
    job.setInsecureFallback(false);
    job.setKey(keyFor(domain, user));
    job.setTextData(password);
    if (!runJob(job, m_timeoutMs))
        return {Outcome::Failed, tr("The system keychain did not answer in time, so the password is not kept: the console "
                                    "will ask for it when a delivery starts.")};
    switch (job.error()) {
    case QKeychain::NoError:
        return {Outcome::Done, {}};
    case QKeychain::NoBackendAvailable:
        return {Outcome::NoKeychain, tr("No system keychain is available here, so the password is not kept: the console "
                                        "will ask for it when a delivery starts (diffusion-cli reads DIFFUSION_SMTP_PASSWORD).")};
    default:
        return {Outcome::Failed, tr("The system keychain refused the password (%1), so it is not kept: the console will "
                                    "ask for it when a delivery starts.").arg(job.errorString())};
    }
}

std::optional<QString> RelayCredentials::load(const QString &domain, const QString &user, Result *result) const
{
    QKeychain::ReadPasswordJob job(service);
    job.setInsecureFallback(false);
    job.setKey(keyFor(domain, user));
    Result outcome;
    if (!runJob(job, m_timeoutMs)) {
        outcome = {Outcome::Failed, tr("The system keychain did not answer in time.")};
    } else {
        switch (job.error()) {
        case QKeychain::NoError:
            outcome = {Outcome::Done, {}};
            break;
        case QKeychain::EntryNotFound:
            outcome = {Outcome::NotFound, tr("The system keychain holds no password for %1 at %2.").arg(user, domain)};
            break;
        case QKeychain::NoBackendAvailable:
            outcome = {Outcome::NoKeychain, tr("No system keychain is available here.")};
            break;
        default:
            outcome = {Outcome::Failed, tr("The system keychain could not be read: %1").arg(job.errorString())};
        }
    }
    if (result)
        *result = outcome;
    if (outcome.outcome != Outcome::Done)
        return std::nullopt;
    return job.textData();
}

} // namespace diffusion::ui
