#include "dovecotserver.h"

#include "freeport.h"
#include "testtls.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTest>
#include <algorithm>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <grp.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace diffusion::test {

namespace {

const QString dovecotProgram = QStringLiteral("/usr/sbin/dovecot");

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString tail(const QByteArray &text, int lines)
{
    const QList<QByteArray> all = text.trimmed().split('\n');
    return QString::fromLocal8Bit(all.mid(qMax(0, int(all.size()) - lines)).join('\n'));
}

// Whether a process of the group is left, not counting zombies: once the master has gone, its
// children's remains wait for whoever reaps orphans, which can take seconds in a container.
bool groupAlive(pid_t group)
{
    const QStringList entries = QDir(u"/proc"_qs).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        // /proc/PID/stat: "PID (comm) STATE PPID PGRP …"; comm may hold spaces and parentheses.
        const QByteArray stat = readFile(u"/proc/%1/stat"_qs.arg(entry));
        const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 2 && fields.at(0) != "Z" && fields.at(2).toLongLong() == group)
            return true;
    }
    return false;
}

} // namespace

DovecotServer::DovecotServer()
    : DovecotServer(Options())
{
}

// In /tmp whatever TMPDIR says: its UNIX sockets (base_dir/login/…) must fit in the 108 bytes of
// a socket address, and as root the mail user must be able to reach the Maildir.
DovecotServer::DovecotServer(Options options)
    : m_options(std::move(options))
    , m_dir(u"/tmp/diffusion-dovecot-XXXXXX"_qs)
{
}

DovecotServer::~DovecotServer()
{
    stop();
    for (const quint16 port : m_ports) {
        if (port != 0)
            releasePort(port);
    }
    if (qEnvironmentVariableIsSet("DIFFUSION_KEEP_SERVER_FILES")) {
        m_dir.setAutoRemove(false);
        qInfo("Dovecot instance files kept in %s", qPrintable(m_dir.path()));
    }
}

bool DovecotServer::start(int timeoutMs)
{
    if (isRunning())
        return true;
    m_error.clear();
    if (!QFileInfo::exists(dovecotProgram)) {
        m_error = u"%1 is missing: install dovecot-imapd and dovecot-pop3d (scripts/install-deps.sh test)"_qs.arg(dovecotProgram);
        return false;
    }
    if (!m_prepared && !prepare())
        return false;
    m_prepared = true;
    return startRetryingOnPortConflict(
        timeoutMs, [this](int remainingMs, bool &portProblem) { return startOnce(remainingMs, portProblem); },
        [this] {
            for (quint16 &port : m_ports) {
                releasePort(port);
                port = 0;
            }
            return writeConfiguration();
        });
}

bool DovecotServer::giveToMailUser(const QString &path) const
{
    return ::geteuid() != 0 || ::chown(QFile::encodeName(path).constData(), m_uid, m_gid) == 0;
}

bool DovecotServer::prepare()
{
    if (!m_dir.isValid()) {
        m_error = u"cannot create a temporary folder for Dovecot: "_qs + m_dir.errorString();
        return false;
    }
    // Dovecot refuses uid 0 for mail ("userdb returned 0 as uid"), so root hands everything to
    // the postfix user, which PostfixServer's virtual delivery also writes as.
    const passwd *account = ::geteuid() == 0 ? ::getpwnam("postfix") : ::getpwuid(::geteuid());
    if (!account) {
        m_error = ::geteuid() == 0 ? u"there is no postfix user to own the mail: install the postfix package"_qs
                                   : u"the current user has no passwd entry"_qs;
        return false;
    }
    m_mailUser = QString::fromLocal8Bit(account->pw_name);
    m_uid = account->pw_uid;
    m_gid = account->pw_gid;

    const QDir dir(m_dir.path());
    ::chmod(QFile::encodeName(dir.path()).constData(), 0755);
    m_maildir = m_options.maildir.isEmpty() ? dir.filePath(u"Maildir"_qs) : m_options.maildir;
    for (const QString &sub : {u"run"_qs, u"state"_qs, u"home"_qs, u"tls"_qs}) {
        if (!dir.mkpath(sub)) {
            m_error = u"cannot create %1"_qs.arg(dir.filePath(sub));
            return false;
        }
    }
    for (const QString &path : QStringList{m_maildir, m_maildir + u"/new"_qs, m_maildir + u"/cur"_qs, m_maildir + u"/tmp"_qs,
                                dir.filePath(u"home"_qs)}) {
        if (!QDir().mkpath(path) || !giveToMailUser(path)) {
            m_error = u"cannot create %1 for the mail user %2"_qs.arg(path, m_mailUser);
            return false;
        }
    }

    const TestCertificates certificates = TestCertificates::make(dir.filePath(u"tls"_qs), host());
    if (!certificates.isValid()) {
        m_error = u"openssl could not make the test certificates"_qs;
        return false;
    }
    m_caCertificatePath = certificates.caCertificatePath;
    m_password = u"bounce-secret-%1"_qs.arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    // Read by the auth process, which runs as the mail user.
    if (!writeFile(dir.filePath(u"passwd"_qs), user().toUtf8() + ":{PLAIN}" + m_password.toUtf8() + "\n")) {
        m_error = u"cannot write the passwd-file"_qs;
        return false;
    }
    ::chmod(QFile::encodeName(dir.filePath(u"passwd"_qs)).constData(), 0644);
    return writeConfiguration();
}

bool DovecotServer::writeConfiguration()
{
    for (quint16 &port : m_ports) {
        if (port == 0)
            port = freePort();
        if (port == 0) {
            m_error = u"no free TCP port on 127.0.0.1"_qs;
            return false;
        }
    }
    const QDir dir(m_dir.path());
    const group *mailGroup = ::getgrgid(m_gid);
    const QByteArray user = m_mailUser.toLocal8Bit();
    const QByteArray groupName = mailGroup ? QByteArray(mailGroup->gr_name) : QByteArray::number(m_gid);
    const auto path = [&](const QString &name) { return QFile::encodeName(dir.filePath(name)); };
    const auto listener = [](const char *name, quint16 port, bool tls) -> QByteArray {
        return QByteArray("  inet_listener ") + name + " {\n    port = " + QByteArray::number(port) + "\n"
               + (tls ? "    ssl = yes\n" : "") + "  }\n";
    };
    const QByteArray configuration =
        "# A private Dovecot for one test, written by tests/support/dovecotserver.cpp.\n"
        "instance_name = diffusion-" + QFile::encodeName(dir.dirName()) + "\n"
        "base_dir = " + path(u"run"_qs) + "\n"
        "state_dir = " + path(u"state"_qs) + "\n"
        "log_path = " + path(u"dovecot.log"_qs) + "\n"
        "protocols = imap pop3\n"
        "listen = 127.0.0.1\n"
        // One user for everything, as Dovecot's rootless setup asks; login processes are not
        // chrooted (that needs root).
        "default_internal_user = " + user + "\n"
        "default_internal_group = " + groupName + "\n"
        "default_login_user = " + user + "\n"
        "first_valid_uid = " + QByteArray::number(m_uid) + "\n"
        "first_valid_gid = " + QByteArray::number(m_gid) + "\n"
        "ssl = required\n"
        "ssl_cert = <" + QFile::encodeName(dir.filePath(u"tls/server.crt"_qs)) + "\n"
        "ssl_key = <" + QFile::encodeName(dir.filePath(u"tls/server.key"_qs)) + "\n"
        "disable_plaintext_auth = yes\n"
        "auth_mechanisms = plain login\n"
        "auth_failure_delay = 0\n" // a refused password is refused at once, not after 2 s

        "passdb {\n  driver = passwd-file\n  args = " + path(u"passwd"_qs) + "\n}\n"
        "userdb {\n  driver = static\n  args = uid=" + QByteArray::number(m_uid) + " gid=" + QByteArray::number(m_gid)
        + " home=" + path(u"home"_qs) + "\n}\n"
        "mail_location = maildir:" + QFile::encodeName(m_maildir) + "\n"
        "service imap-login {\n  chroot =\n" + listener("imap", imapPort(), false) + listener("imaps", imapsPort(), true) + "}\n"
        "service pop3-login {\n  chroot =\n" + listener("pop3", pop3Port(), false) + listener("pop3s", pop3sPort(), true) + "}\n"
        "service anvil {\n  chroot =\n}\n"
        + (m_options.imapCapability.isEmpty() ? QByteArray() : "imap_capability = " + m_options.imapCapability + "\n");
    if (!writeFile(dir.filePath(u"dovecot.conf"_qs), configuration)) {
        m_error = u"cannot write %1"_qs.arg(dir.filePath(u"dovecot.conf"_qs));
        return false;
    }
    return true;
}

bool DovecotServer::startOnce(int timeoutMs, bool &portProblem)
{
    const QDir dir(m_dir.path());
    QFile::remove(dir.filePath(u"output"_qs));
    m_process.setProgram(dovecotProgram);
    m_process.setArguments({u"-F"_qs, u"-c"_qs, dir.filePath(u"dovecot.conf"_qs)});
    m_process.setStandardInputFile(QProcess::nullDevice());
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(dir.filePath(u"output"_qs));
    // Its own process group, so that stop() reaches every Dovecot process at once; SIGTERM when
    // the test process ends without stopping it (a crash, a sanitizer's abort, a ctest timeout).
    m_process.setChildProcessModifier([] {
        ::setpgid(0, 0);
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    });
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        m_error = u"cannot run %1: %2"_qs.arg(dovecotProgram, m_process.errorString());
        return false;
    }

    // Dovecot binds every listener before it forks its services: watching /proc/net leaves the
    // login processes alone.
    const QDeadlineTimer deadline(timeoutMs);
    const auto listening = [this] {
        return std::all_of(std::begin(m_ports), std::end(m_ports), [](quint16 port) { return listenerCount(port) > 0; });
    };
    while (!listening() && !deadline.hasExpired() && !m_process.waitForFinished(20)) {
    }
    if (isRunning() && listening()) {
        for (const quint16 port : m_ports) {
            if (listenerCount(port) > 1) {
                portProblem = true;
                m_error = u"another server listens on Dovecot's port %1"_qs.arg(port);
                stop();
                return false;
            }
        }
        return true;
    }
    const QByteArray output = readFile(dir.filePath(u"output"_qs)) + log();
    portProblem = output.contains("Address already in use");
    m_error = diagnosis(isRunning() ? u"Dovecot does not listen after %1 ms"_qs.arg(timeoutMs)
                                    : u"Dovecot exited with status %1"_qs.arg(m_process.exitCode()));
    stop();
    return false;
}

void DovecotServer::stop()
{
    if (!isRunning())
        return;
    // SIGKILL to the whole group: after SIGTERM the master waits for its services, up to
    // seconds, and nothing a test reads depends on a clean shutdown (Maildir writes are atomic).
    const pid_t group = pid_t(m_process.processId());
    ::kill(-group, SIGKILL);
    m_process.waitForFinished(10000);
    if (!QTest::qWaitFor([group] { return !groupAlive(group); }, 10000))
        qWarning("Dovecot processes of group %d are still there after SIGKILL", int(group));
}

bool DovecotServer::kickUser()
{
    QProcess doveadm;
    doveadm.setProcessChannelMode(QProcess::MergedChannels);
    doveadm.start(u"/usr/bin/doveadm"_qs, {u"-c"_qs, m_dir.filePath(u"dovecot.conf"_qs), u"kick"_qs, user()});
    if (!doveadm.waitForFinished(10000) || doveadm.exitStatus() != QProcess::NormalExit || doveadm.exitCode() != 0) {
        m_error = u"doveadm kick failed: "_qs + QString::fromLocal8Bit(doveadm.readAll());
        return false;
    }
    return true;
}

QByteArray DovecotServer::log() const
{
    return readFile(m_dir.filePath(u"dovecot.log"_qs));
}

QString DovecotServer::diagnosis(const QString &what) const
{
    return u"%1\nDovecot's output: %2\nlast lines of %3:\n%4"_qs.arg(
        what, QString::fromLocal8Bit(readFile(m_dir.filePath(u"output"_qs))).trimmed(),
        m_dir.filePath(u"dovecot.log"_qs), tail(log(), 20));
}

QString DovecotServer::deliver(const QByteArray &message)
{
    static std::atomic<int> counter{0};
    const QString name = u"%1.P%2Q%3R%4.diffusion-test"_qs.arg(QDateTime::currentSecsSinceEpoch())
                             .arg(QCoreApplication::applicationPid())
                             .arg(counter++, 6, 10, QLatin1Char('0')) // Dovecot numbers new files in name order
                             .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    const QString temporary = m_maildir + u"/tmp/"_qs + name;
    if (!writeFile(temporary, message) || !giveToMailUser(temporary)
        || !QFile::rename(temporary, m_maildir + u"/new/"_qs + name))
        return {};
    return name;
}

qsizetype DovecotServer::messageCount(const QString &folder) const
{
    const QString root = folder.isEmpty() ? m_maildir : m_maildir + u"/."_qs + folder;
    return QDir(root + u"/new"_qs).entryList(QDir::Files).size() + QDir(root + u"/cur"_qs).entryList(QDir::Files).size();
}

MailboxSpec DovecotServer::mailboxSpec(MailboxSpec::Kind kind, bool startTls, const QString &folder) const
{
    MailboxSpec spec;
    spec.kind = kind;
    spec.path = m_maildir;
    const bool pop3 = kind == MailboxSpec::Kind::Pop3;
    spec.url.setScheme(pop3 ? (startTls ? u"pop3"_qs : u"pop3s"_qs) : (startTls ? u"imap"_qs : u"imaps"_qs));
    spec.url.setUserName(user());
    spec.url.setHost(host());
    spec.url.setPort(pop3 ? (startTls ? pop3Port() : pop3sPort()) : (startTls ? imapPort() : imapsPort()));
    if (kind == MailboxSpec::Kind::Imap)
        spec.url.setPath(u'/' + folder);
    spec.password = m_password;
    spec.caFile = m_caCertificatePath;
    return spec;
}

} // namespace diffusion::test
