#include "smtpsink.h"

#include "freeport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>
#include <algorithm>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace diffusion::test {

namespace {

// Where the folder goes: smtp-sink writes in it after dropping to the postfix user, so every
// parent must be searchable by others (a TMPDIR below /root is not).
QString reachableTempRoot()
{
    const QString preferred = QDir::tempPath();
    for (QString path = preferred; path != u"/"_qs && !path.isEmpty(); path = QFileInfo(path).path()) {
        struct stat info{};
        if (::stat(QFile::encodeName(path).constData(), &info) != 0 || !(info.st_mode & S_IXOTH))
            return u"/tmp"_qs;
    }
    return preferred;
}

// Ends smtp-sink and removes its folder when the test process dies without doing it (a crash, an
// abort from a sanitizer, a ctest timeout): smtp-sink would otherwise live on. Detached and in
// its own session, so that neither ctest's kill of the test's process tree nor of its process
// group reaches it; it gives up as soon as the folder is gone (a normal stop).
const char watchdogScript[] = R"(exec </dev/null >/dev/null 2>&1
while kill -0 "$1" && [ -d "$3" ]; do sleep 1; done
if [ -d "$3" ]; then
  grep -q smtp-sink "/proc/$2/cmdline" && kill "$2"
  rm -rf "$3"
fi
)";

} // namespace

SmtpSink::SmtpSink(const QStringList &options, Capture capture)
    : m_options(options)
    , m_capture(capture)
    , m_dir(reachableTempRoot() + u"/diffusion-smtp-sink-XXXXXX"_qs)
{
}

SmtpSink::~SmtpSink()
{
    stop();
    if (m_port != 0)
        releasePort(m_port);
}

bool SmtpSink::start(int timeoutMs)
{
    if (isRunning())
        return true;
    if (!m_dir.isValid()) {
        m_error = u"cannot create a temporary folder for smtp-sink: "_qs + m_dir.errorString();
        return false;
    }
    if (::geteuid() == 0) {
        const passwd *postfix = ::getpwnam("postfix");
        if (!postfix) {
            m_error = u"smtp-sink cannot run as root without a postfix user; install the postfix package"_qs;
            return false;
        }
        if (::chown(QFile::encodeName(m_dir.path()).constData(), postfix->pw_uid, postfix->pw_gid) != 0) {
            m_error = u"cannot give %1 to the postfix user"_qs.arg(m_dir.path());
            return false;
        }
    }
    ::chmod(QFile::encodeName(m_dir.path()).constData(), 0755);

    return startRetryingOnPortConflict(
        timeoutMs, [this](int remainingMs, bool &portProblem) { return startOnce(remainingMs, portProblem); },
        [this] {
            releasePort(m_port);
            m_port = 0;
            return true;
        });
}

bool SmtpSink::startOnce(int timeoutMs, bool &portProblem)
{
    if (m_port == 0) // a restart keeps the port, as a restarted server would
        m_port = freePort();
    if (m_port == 0) {
        m_error = u"no free TCP port on 127.0.0.1"_qs;
        return false;
    }
    QStringList arguments = m_options;
    if (::geteuid() == 0 && !arguments.contains(u"-u"_qs))
        arguments << u"-u"_qs << u"postfix"_qs;
    if (m_capture == Capture::EachMessage && !arguments.contains(u"-d"_qs) && !arguments.contains(u"-D"_qs))
        arguments << u"-d"_qs << capturePath() + u"/%Y%m%d%H%M%S."_qs;
    arguments << u"127.0.0.1:%1"_qs.arg(m_port) << u"128"_qs;

    QFile::remove(m_dir.filePath(u"stderr"_qs));
    m_process.setProgram(u"/usr/sbin/smtp-sink"_qs);
    m_process.setArguments(arguments);
    m_process.setStandardInputFile(QProcess::nullDevice());
    // Files, not pipes: nobody reads a pipe while a test waits, and a full one would block it.
    m_process.setStandardOutputFile(m_dir.filePath(u"stdout"_qs));
    m_process.setStandardErrorFile(m_dir.filePath(u"stderr"_qs));
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        m_error = u"cannot run /usr/sbin/smtp-sink (%1); install the postfix package"_qs.arg(m_process.errorString());
        return false;
    }
    QProcess::startDetached(u"/bin/sh"_qs, {u"-c"_qs, QString::fromLatin1(watchdogScript), u"smtp-sink-watchdog"_qs,
                                            QString::number(QCoreApplication::applicationPid()),
                                            QString::number(m_process.processId()), m_dir.path()});

    // Watching /proc instead of connecting keeps the sink's counters and captures clean.
    const QDeadlineTimer deadline(timeoutMs);
    bool finished = false;
    while (listenerCount(m_port) == 0 && !deadline.hasExpired()) {
        if (m_process.state() == QProcess::NotRunning || m_process.waitForFinished(20)) {
            finished = true;
            break;
        }
    }
    const int listeners = listenerCount(m_port);
    if (!finished && listeners == 1)
        return true;

    const QString why = finished ? u"it exited with status %1"_qs.arg(m_process.exitCode())
                        : listeners > 1 ? u"another server listens on the same port"_qs
                                        : u"it does not listen after %1 ms"_qs.arg(timeoutMs);
    const QString errors = QString::fromLocal8Bit(standardError()).trimmed();
    portProblem = listeners > 1 || errors.contains(u"in use"_qs);
    m_error = u"smtp-sink %1 did not start: %2%3"_qs.arg(arguments.join(u' '), why,
                                                          errors.isEmpty() ? QString() : u"; it said: "_qs + errors);
    stop();
    return false;
}

void SmtpSink::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
}

QByteArray SmtpSink::standardError() const
{
    QFile file(m_dir.filePath(u"stderr"_qs));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<QByteArray> SmtpSink::messages() const
{
    QFileInfoList files = QDir(capturePath()).entryInfoList(QDir::Files);
    std::sort(files.begin(), files.end(), [](const QFileInfo &a, const QFileInfo &b) {
        const QDateTime aTime = a.lastModified(), bTime = b.lastModified();
        return aTime != bTime ? aTime < bTime : a.fileName() < b.fileName();
    });
    QList<QByteArray> result;
    for (const QFileInfo &info : std::as_const(files)) {
        QFile file(info.filePath());
        if (file.open(QIODevice::ReadOnly))
            result.append(file.readAll());
    }
    return result;
}

qsizetype SmtpSink::messageCount() const
{
    return QDir(capturePath()).entryList(QDir::Files).size();
}

bool SmtpSink::waitForMessages(qsizetype count, int timeoutMs) const
{
    return QTest::qWaitFor([&] { return messageCount() >= count; }, timeoutMs);
}

} // namespace diffusion::test
