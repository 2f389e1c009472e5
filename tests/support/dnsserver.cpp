#include "dnsserver.h"

#include "freeport.h"

#include <QDeadlineTimer>
#include <QDnsLookup>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QUdpSocket>
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace diffusion::test {

namespace {

const QString dnsmasq = QStringLiteral("/usr/sbin/dnsmasq");

// From 127.0.0.100 up: clear of 127.0.0.1 and of systemd-resolved's 127.0.0.53 and 127.0.0.54.
QHostAddress randomLoopbackAddress()
{
    return QHostAddress(QStringLiteral("127.0.0.%1").arg(QRandomGenerator::global()->bounded(100, 255)));
}

} // namespace

DnsServer::~DnsServer()
{
    stop();
}

void DnsServer::addMx(const QString &domain, const QString &host, int preference)
{
    m_records << QStringLiteral("--mx-host=%1,%2,%3").arg(domain, host).arg(preference);
}

void DnsServer::addAddress(const QString &name, const QString &ipv4)
{
    m_records << QStringLiteral("--host-record=%1,%2").arg(name, ipv4);
}

void DnsServer::addNullMx(const QString &domain)
{
    // --mx-host cannot name the root, so the record goes in raw: type 15, preference 0, then
    // the root name (one zero byte).
    m_records << QStringLiteral("--dns-rr=%1,15,000000").arg(domain);
}

void DnsServer::addTxt(const QString &name, const QString &text)
{
    m_records << QStringLiteral("--txt-record=%1,%2").arg(name, text);
}

QString DnsServer::unavailableReason()
{
    if (::geteuid() != 0)
        return QStringLiteral("the DNS server needs root to listen on port 53 (CI runs as root)");
    if (!QFile::exists(dnsmasq))
        return QStringLiteral("%1 is missing: install dnsmasq-base (scripts/install-deps.sh test)").arg(dnsmasq);
    return {};
}

QHostAddress DnsServer::silentAddress()
{
    for (int attempt = 0; attempt < 20; ++attempt) {
        const QHostAddress candidate = randomLoopbackAddress();
        // Without SO_REUSEADDR (DontShareAddress), the bind fails while any socket holds the
        // address and port, a wildcard one included.
        QUdpSocket probe;
        if (probe.bind(candidate, 53, QAbstractSocket::DontShareAddress))
            return candidate;
    }
    return {};
}

bool DnsServer::start(int timeoutMs)
{
    if (m_process.state() != QProcess::NotRunning)
        return true;
    m_error = unavailableReason();
    if (!m_error.isEmpty())
        return false;
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder for dnsmasq: ") + m_dir.errorString();
        return false;
    }
    m_address = randomLoopbackAddress();
    return startRetryingOnPortConflict(
        timeoutMs, [this](int remainingMs, bool &addressProblem) { return startOnce(remainingMs, addressProblem); },
        [this] {
            m_address = randomLoopbackAddress();
            return true;
        });
}

bool DnsServer::startOnce(int timeoutMs, bool &addressProblem)
{
    const QString outputPath = m_dir.filePath(QStringLiteral("dnsmasq.log"));
    const QStringList arguments = QStringList{QStringLiteral("--no-daemon"), QStringLiteral("--conf-file=/dev/null"),
                                              QStringLiteral("--no-resolv"), QStringLiteral("--no-hosts"),
                                              QStringLiteral("--pid-file="), QStringLiteral("--port=53"),
                                              QStringLiteral("--listen-address=") + m_address.toString(),
                                              QStringLiteral("--bind-interfaces"), QStringLiteral("--local=/test/")}
        + m_records;
    m_process.setProgram(dnsmasq);
    m_process.setArguments(arguments);
    m_process.setStandardInputFile(QProcess::nullDevice());
    m_process.setStandardOutputFile(outputPath);
    m_process.setStandardErrorFile(outputPath);
    // In --no-daemon mode dnsmasq keeps its user, so the signal setting survives the exec.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("cannot run %1: %2").arg(dnsmasq, m_process.errorString());
        return false;
    }

    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process.state() == QProcess::NotRunning)
            break;
        if (answers(int(qMin<qint64>(1000, deadline.remainingTime()))))
            return true;
        m_process.waitForFinished(20); // until the next question, or until it gives up
    }
    QFile output(outputPath);
    const QString said = output.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(output.readAll()).trimmed() : QString();
    addressProblem = said.contains(QStringLiteral("in use"));
    m_error = QStringLiteral("dnsmasq on %1 did not start (%2): %3")
                  .arg(m_address.toString(),
                       m_process.state() == QProcess::NotRunning ? QStringLiteral("exit status %1").arg(m_process.exitCode())
                                                                 : QStringLiteral("no answer after %1 ms").arg(timeoutMs),
                       said);
    stop();
    return false;
}

bool DnsServer::answers(int timeoutMs) const
{
    // NXDOMAIN is an answer too; a missing server gives InvalidReplyError at once.
    QDnsLookup lookup(QDnsLookup::A, QStringLiteral("readiness.test"), m_address);
    QSignalSpy finished(&lookup, &QDnsLookup::finished);
    lookup.lookup();
    if (!finished.wait(timeoutMs))
        return false;
    return lookup.error() == QDnsLookup::NoError || lookup.error() == QDnsLookup::NotFoundError;
}

void DnsServer::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
}

} // namespace diffusion::test
