#include "postfixserver.h"

#include "freeport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTcpSocket>
#include <QTest>
#include <algorithm>
#include <csignal>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace diffusion::test {

namespace {

const QString postfixProgram = QStringLiteral("/usr/sbin/postfix");

struct Run {
    int exitCode = -1; // -1: did not start, crashed or timed out
    QString output;    // standard output and error
};

// A program to its end (at most timeoutMs), without failing the test: the callers turn
// failures into errorString().
Run run(const QString &program, const QStringList &arguments, int timeoutMs = 60000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return {-1, u"cannot run %1: %2"_qs.arg(program, process.errorString())};
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return {-1, QString::fromLocal8Bit(process.readAll()) + u"\n(%1 did not finish within %2 ms)"_qs.arg(program).arg(timeoutMs)};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromLocal8Bit(process.readAll()).remove(u'\r').trimmed()};
}

// Where the folder goes: Postfix daemons running as the postfix user need every parent to be
// searchable (a TMPDIR below /root is not), and its UNIX sockets (queue/private/...) must fit in
// the 108 bytes of a socket address.
QString reachableTempRoot()
{
    const QString preferred = QDir::tempPath();
    if (preferred.size() > 40)
        return u"/tmp"_qs;
    for (QString path = preferred; path != u"/"_qs && !path.isEmpty(); path = QFileInfo(path).path()) {
        struct stat info{};
        if (::stat(QFile::encodeName(path).constData(), &info) != 0 || !(info.st_mode & S_IXOTH))
            return u"/tmp"_qs;
    }
    return preferred;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return false;
    // Postfix does not read a file changed in the last second (it may be half written): it polls
    // every 300 ms until the file is older, which made every start take 2 s longer. Our files
    // are complete once written, so they get a modification time in the past.
    QFile written(path);
    return written.open(QIODevice::ReadWrite)
           && written.setFileTime(QDateTime::currentDateTime().addSecs(-60), QFileDevice::FileModificationTime);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString tail(const QByteArray &text, int lines)
{
    QList<QByteArray> all = text.trimmed().split('\n');
    return QString::fromLocal8Bit(all.mid(qMax(0, int(all.size()) - lines)).join('\n'));
}

// Stops the instance and removes its folder when the test process dies without doing it (a
// crash, a sanitizer's abort, a ctest timeout): Postfix runs as a daemon and would otherwise
// live on. Detached and in its own session, so that neither ctest's kill of the test's process
// tree nor of its group reaches it; it gives up as soon as the folder is gone (a normal end),
// and leaves the folder to a DIFFUSION_KEEP_SERVER_FILES run.
const char watchdogScript[] = R"(exec </dev/null >/dev/null 2>&1
while kill -0 "$1" && [ -d "$2" ]; do sleep 1; done
if [ -d "$2" ]; then
  /usr/sbin/postfix -c "$2/conf" stop
  for i in 1 2 3 4 5 6 7 8 9 10; do /usr/sbin/postfix -c "$2/conf" status || break; sleep 1; done
  /usr/sbin/postfix -c "$2/conf" status && /usr/sbin/postfix -c "$2/conf" abort
  [ -e "$2/keep" ] || rm -rf "$2"
fi
)";

// The services this configuration uses, all without chroot (a chroot would need copies of
// /etc files in the queue folder).
const QStringList neededServices{
    u"pickup"_qs, u"cleanup"_qs, u"qmgr"_qs, u"tlsmgr"_qs, u"rewrite"_qs, u"bounce"_qs, u"defer"_qs,
    u"trace"_qs, u"verify"_qs, u"flush"_qs, u"proxymap"_qs, u"proxywrite"_qs, u"smtp"_qs, u"relay"_qs,
    u"showq"_qs, u"error"_qs, u"retry"_qs, u"discard"_qs, u"local"_qs, u"virtual"_qs, u"lmtp"_qs,
    u"anvil"_qs, u"scache"_qs, u"postlog"_qs};

// Debian 12's master.cf for those services, for when /usr/share/postfix/master.cf.dist is missing.
const char fallbackMasterCf[] = R"(pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
proxywrite unix -       -       n       -       1       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
        -o syslog_name=postfix/$service_name
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
local     unix  -       n       n       -       -       local
virtual   unix  -       n       n       -       -       virtual
lmtp      unix  -       -       n       -       -       lmtp
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
)";

// The needed services of a master.cf, chroot turned off; empty when one is missing.
QByteArray servicesFrom(const QByteArray &masterCf)
{
    QByteArray result;
    QStringList found;
    bool keeping = false;
    for (const QByteArray &line : masterCf.split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        if (line.at(0) == ' ' || line.at(0) == '\t') { // continuation of the entry above
            if (keeping)
                result += line + '\n';
            continue;
        }
        QList<QByteArray> fields = line.simplified().split(' ');
        const QString name = QString::fromLatin1(fields.value(0));
        keeping = fields.size() >= 8 && fields.at(1) != "inet" && neededServices.contains(name);
        if (!keeping)
            continue;
        fields[4] = "n";
        found.append(name);
        result += fields.join(' ') + '\n';
    }
    for (const QString &service : neededServices) {
        if (!found.contains(service))
            return {};
    }
    return result;
}

QByteArray settingsText(const QList<std::pair<QString, QString>> &settings)
{
    QByteArray text;
    for (const auto &[name, value] : settings)
        text += name.toUtf8() + " = " + value.toUtf8() + '\n';
    return text;
}

// A texthash: map (read as it is, no postmap): one "key value" line per entry.
QByteArray mapText(const std::map<QString, QString> &entries)
{
    QByteArray text;
    for (const auto &[key, value] : entries)
        text += key.toUtf8() + ' ' + value.toUtf8() + '\n';
    return text;
}

void set(QList<std::pair<QString, QString>> &settings, const QString &name, const QString &value)
{
    for (auto &setting : settings) {
        if (setting.first == name) {
            setting.second = value;
            return;
        }
    }
    settings.append({name, value});
}

} // namespace

PostfixServer::PostfixServer()
    : PostfixServer(Options())
{
}

PostfixServer::PostfixServer(Options options)
    : m_options(std::move(options))
    , m_dir(reachableTempRoot() + u"/diffusion-postfix-XXXXXX"_qs)
{
    for (QString &user : m_options.users)
        user = user.toLower();
}

PostfixServer::~PostfixServer()
{
    stop();
    m_relaySinks.clear();
    if (m_port != 0)
        releasePort(m_port);
    if (qEnvironmentVariableIsSet("DIFFUSION_KEEP_SERVER_FILES")) {
        m_dir.setAutoRemove(false);
        writeFile(m_dir.filePath(u"keep"_qs), "DIFFUSION_KEEP_SERVER_FILES was set\n");
        qInfo("Postfix instance files kept in %s", qPrintable(m_dir.path()));
    }
}

bool PostfixServer::start(int timeoutMs)
{
    if (m_running)
        return true;
    m_error.clear();
    if (::geteuid() != 0) {
        m_error = u"Postfix only starts as root (its master process runs as root); run the tests as root, as CI does"_qs;
        return false;
    }
    if (!QFileInfo::exists(postfixProgram)) {
        m_error = u"%1 is missing: install the postfix package (scripts/install-deps.sh test)"_qs.arg(postfixProgram);
        return false;
    }
    if (!m_prepared && !prepare())
        return false;
    m_prepared = true;

    return startRetryingOnPortConflict(
        timeoutMs, [this](int remainingMs, bool &portProblem) { return startOnce(remainingMs, portProblem); },
        [this] {
            releasePort(m_port);
            m_port = 0;
            return writeMasterCf();
        });
}

bool PostfixServer::prepare()
{
    if (!m_dir.isValid()) {
        m_error = u"cannot create a temporary folder for Postfix: "_qs + m_dir.errorString();
        return false;
    }
    const passwd *postfix = ::getpwnam("postfix");
    if (!postfix) {
        m_error = u"there is no postfix user: install the postfix package (scripts/install-deps.sh test)"_qs;
        return false;
    }
    // Postfix's daemons run as postfix: the folder (0700 from QTemporaryDir) must be searchable;
    // data and mailboxes belong to postfix, the queue folder to root (postfix check insists).
    const QDir dir(m_dir.path());
    ::chmod(QFile::encodeName(dir.path()).constData(), 0755);
    for (const QString &sub : {u"conf"_qs, u"queue"_qs, u"data"_qs, u"mail"_qs, u"tls"_qs}) {
        if (!dir.mkpath(sub)) {
            m_error = u"cannot create %1"_qs.arg(dir.filePath(sub));
            return false;
        }
        ::chmod(QFile::encodeName(dir.filePath(sub)).constData(), 0755);
    }
    for (const QString &sub : {u"data"_qs, u"mail"_qs}) {
        if (::chown(QFile::encodeName(dir.filePath(sub)).constData(), postfix->pw_uid, postfix->pw_gid) != 0) {
            m_error = u"cannot give %1 to the postfix user"_qs.arg(dir.filePath(sub));
            return false;
        }
    }

    QProcess::startDetached(u"/bin/sh"_qs, {u"-c"_qs, QString::fromLatin1(watchdogScript), u"postfix-watchdog"_qs,
                                            QString::number(QCoreApplication::applicationPid()), m_dir.path()});

    for (const auto &[domain, sinkOptions] : m_options.relayDomains) {
        auto sink = std::make_unique<SmtpSink>(sinkOptions);
        if (!sink->start()) {
            m_error = u"the smtp-sink for %1 did not start: %2"_qs.arg(domain, sink->errorString());
            return false;
        }
        m_relaySinks[domain.toLower()] = std::move(sink);
    }
    if (m_options.tls && !makeCertificates())
        return false;
    return writeConfiguration() && writeMasterCf();
}

bool PostfixServer::makeCertificates()
{
    // P-256 keys: generated in milliseconds where RSA takes a noticeable part of a second.
    // The configuration is ours so that the system's openssl.cnf cannot add or clash with
    // extensions.
    const QDir tls(m_dir.filePath(u"tls"_qs));
    const QByteArray config = "[req]\n"
                              "distinguished_name = dn\n"
                              "prompt = no\n"
                              "[dn]\n"
                              "CN = Diffusion test authority\n"
                              "[ca_ext]\n"
                              "basicConstraints = critical, CA:TRUE\n"
                              "keyUsage = critical, keyCertSign, cRLSign\n"
                              "subjectKeyIdentifier = hash\n"
                              "[server_ext]\n"
                              "basicConstraints = critical, CA:FALSE\n"
                              "keyUsage = critical, digitalSignature\n"
                              "extendedKeyUsage = serverAuth\n"
                              "subjectAltName = DNS:localhost, IP:127.0.0.1\n"
                              "subjectKeyIdentifier = hash\n"
                              "authorityKeyIdentifier = keyid\n";
    if (!writeFile(tls.filePath(u"openssl.cnf"_qs), config)) {
        m_error = u"cannot write %1"_qs.arg(tls.filePath(u"openssl.cnf"_qs));
        return false;
    }
    const QString cnf = tls.filePath(u"openssl.cnf"_qs);
    const QStringList newKey{u"-newkey"_qs, u"ec"_qs, u"-pkeyopt"_qs, u"ec_paramgen_curve:P-256"_qs, u"-nodes"_qs};
    const QList<QStringList> steps{
        QStringList{u"req"_qs, u"-x509"_qs, u"-config"_qs, cnf, u"-extensions"_qs, u"ca_ext"_qs, u"-days"_qs, u"30"_qs,
                    u"-keyout"_qs, tls.filePath(u"ca.key"_qs), u"-out"_qs, tls.filePath(u"ca.pem"_qs)} + newKey,
        QStringList{u"req"_qs, u"-new"_qs, u"-config"_qs, cnf, u"-subj"_qs, u"/CN=localhost"_qs,
                    u"-keyout"_qs, tls.filePath(u"server.key"_qs), u"-out"_qs, tls.filePath(u"server.csr"_qs)} + newKey,
        QStringList{u"x509"_qs, u"-req"_qs, u"-in"_qs, tls.filePath(u"server.csr"_qs), u"-CA"_qs, tls.filePath(u"ca.pem"_qs),
                    u"-CAkey"_qs, tls.filePath(u"ca.key"_qs), u"-set_serial"_qs,
                    QString::number(QRandomGenerator::global()->bounded(1, 0x7fffffff)), u"-days"_qs, u"30"_qs,
                    u"-extfile"_qs, cnf, u"-extensions"_qs, u"server_ext"_qs, u"-out"_qs, tls.filePath(u"server.pem"_qs)}};
    for (const QStringList &step : steps) {
        const Run result = run(u"openssl"_qs, step);
        if (result.exitCode != 0) {
            m_error = u"openssl %1 failed: %2"_qs.arg(step.join(u' '), result.output);
            return false;
        }
    }
    return true;
}

bool PostfixServer::writeConfiguration()
{
    const passwd *postfix = ::getpwnam("postfix");
    const QDir dir(m_dir.path());
    QStringList domains = m_options.domains;
    QByteArray mailboxes;
    for (const QString &user : std::as_const(m_options.users)) {
        const QString domain = user.section(u'@', 1);
        if (!domains.contains(domain, Qt::CaseInsensitive))
            domains.append(domain);
        // texthash: read as it is, no postmap; a trailing slash means Maildir.
        mailboxes += user.toUtf8() + ' ' + mailboxPath(user).toUtf8() + "/\n";
    }
    QByteArray transport;
    QStringList relayDomains;
    for (const auto &[domain, sink] : m_relaySinks) {
        relayDomains.append(domain);
        transport += domain.toUtf8() + " smtp:[127.0.0.1]:" + QByteArray::number(sink->port()) + '\n';
    }
    transport += mapText(m_options.transports);

    QList<std::pair<QString, QString>> settings{
        {u"compatibility_level"_qs, u"3.6"_qs},
        {u"queue_directory"_qs, dir.filePath(u"queue"_qs)},
        {u"data_directory"_qs, dir.filePath(u"data"_qs)},
        // No syslog on CI: log to a file that postlogd writes (it must be under one of the prefixes).
        {u"maillog_file"_qs, dir.filePath(u"maillog"_qs)},
        {u"maillog_file_prefixes"_qs, dir.path()},
        {u"myhostname"_qs, m_options.hostname},
        {u"myorigin"_qs, u"$myhostname"_qs},
        {u"mydestination"_qs, QString()},
        {u"local_recipient_maps"_qs, QString()},
        {u"alias_maps"_qs, QString()},
        {u"alias_database"_qs, QString()},
        {u"inet_interfaces"_qs, u"loopback-only"_qs},
        {u"inet_protocols"_qs, u"ipv4"_qs},
        {u"mynetworks"_qs, u"127.0.0.0/8"_qs},
        {u"biff"_qs, u"no"_qs},
        {u"readme_directory"_qs, u"no"_qs},
        // No DNS anywhere: replies and timings must not depend on the machine's resolver.
        {u"smtp_dns_support_level"_qs, u"disabled"_qs},
        {u"smtp_host_lookup"_qs, u"native"_qs},
        {u"lmtp_host_lookup"_qs, u"native"_qs},
        {u"smtpd_peername_lookup"_qs, u"no"_qs},
        // Nothing leaves: what is neither a mailbox nor a relay domain is refused at RCPT, and a
        // bounce to an outside sender ends in the error transport.
        {u"default_transport"_qs, u"error:5.7.1 this test server only delivers to its own domains"_qs},
        {u"local_transport"_qs, u"error:5.1.1 this test server has no local mailboxes"_qs},
        {u"smtpd_relay_restrictions"_qs, u"reject_unauth_destination"_qs},
        {u"smtpd_recipient_restrictions"_qs, u"check_recipient_access texthash:%1, reject_unlisted_recipient, "
                                              "permit_mynetworks, reject_unauth_destination"_qs.arg(recipientAccessPath())},
        // The message in the mailbox is the one the client sent: no header added or rewritten
        // for "local" clients (127.0.0.1 would be one).
        {u"local_header_rewrite_clients"_qs, QString()},
        {u"virtual_mailbox_domains"_qs, domains.join(u", "_qs)},
        {u"virtual_mailbox_maps"_qs, u"texthash:"_qs + dir.filePath(u"conf/mailboxes"_qs)},
        {u"virtual_mailbox_base"_qs, dir.filePath(u"mail"_qs)},
        {u"virtual_uid_maps"_qs, u"static:%1"_qs.arg(postfix->pw_uid)},
        {u"virtual_gid_maps"_qs, u"static:%1"_qs.arg(postfix->pw_gid)},
        {u"virtual_minimum_uid"_qs, QString::number(postfix->pw_uid)},
        {u"relay_domains"_qs, relayDomains.join(u", "_qs)},
        {u"transport_maps"_qs, u"texthash:"_qs + dir.filePath(u"conf/transport"_qs)},
        // Test pace: no penalty sleeps or flow control, one delivery attempt, so that refusals
        // and bounces come back at once.
        {u"smtpd_error_sleep_time"_qs, u"0"_qs},
        {u"smtpd_hard_error_limit"_qs, u"1000"_qs},
        {u"in_flow_delay"_qs, u"0"_qs},
        {u"queue_run_delay"_qs, u"1s"_qs},
        {u"minimal_backoff_time"_qs, u"1s"_qs},
        {u"maximal_backoff_time"_qs, u"2s"_qs},
        {u"maximal_queue_lifetime"_qs, u"0"_qs},
        {u"bounce_queue_lifetime"_qs, u"0"_qs},
        {u"smtp_connect_timeout"_qs, u"10s"_qs},
    };
    if (m_options.tls) {
        set(settings, u"smtpd_tls_security_level"_qs, u"may"_qs);
        set(settings, u"smtpd_tls_cert_file"_qs, dir.filePath(u"tls/server.pem"_qs));
        set(settings, u"smtpd_tls_key_file"_qs, dir.filePath(u"tls/server.key"_qs));
        set(settings, u"smtpd_tls_loglevel"_qs, u"1"_qs);
    }
    for (const auto &[name, value] : std::as_const(m_options.settings))
        set(settings, name, value);

    const QByteArray mainCf = "# A private Postfix instance for one test, written by tests/support/postfixserver.cpp.\n"
                              "# See docs/testing.md.\n"
                              + settingsText(settings);
    if (!writeFile(dir.filePath(u"conf/main.cf"_qs), mainCf) || !writeFile(dir.filePath(u"conf/mailboxes"_qs), mailboxes)
        || !writeFile(dir.filePath(u"conf/transport"_qs), transport)
        || !writeFile(recipientAccessPath(), mapText(m_options.recipientAccess))) {
        m_error = u"cannot write the configuration in %1"_qs.arg(dir.filePath(u"conf"_qs));
        return false;
    }
    return true;
}

bool PostfixServer::setRecipientAccess(std::map<QString, QString> access, int timeoutMs)
{
    m_options.recipientAccess = std::move(access);
    if (!m_prepared)
        return true; // start() writes it with the rest of the configuration
    m_error.clear();
    if (!writeFile(recipientAccessPath(), mapText(m_options.recipientAccess))) {
        m_error = u"cannot write %1"_qs.arg(recipientAccessPath());
        return false;
    }
    if (!m_running)
        return true;
    // Listed after the file is written: an smtpd started since has read the new entries.
    const QList<qint64> oldReaders = processIds(u"smtpd"_qs);
    const QDeadlineTimer deadline(timeoutMs);
    const Run reloaded = run(postfixProgram, {u"-c"_qs, configFolder(), u"reload"_qs}, timeoutMs);
    if (reloaded.exitCode != 0) {
        m_error = diagnosis(u"postfix reload failed (exit status %1)%2"_qs.arg(reloaded.exitCode)
                                .arg(reloaded.output.isEmpty() ? QString() : u": "_qs + reloaded.output));
        return false;
    }
    const auto renewed = [&] {
        const QList<qint64> running = processIds(u"smtpd"_qs);
        return std::none_of(oldReaders.begin(), oldReaders.end(), [&](qint64 pid) { return running.contains(pid); });
    };
    if (!QTest::qWaitFor(renewed, int(qMax<qint64>(1, deadline.remainingTime())))) {
        m_error = u"an smtpd started before the new recipient access entries was still running after %1 ms "
                  "(a client kept its connection open?)"_qs.arg(timeoutMs);
        return false;
    }
    return true;
}

bool PostfixServer::writeMasterCf()
{
    if (m_port == 0)
        m_port = freePort();
    if (m_port == 0) {
        m_error = u"no free TCP port on 127.0.0.1"_qs;
        return false;
    }
    QByteArray services = servicesFrom(readFile(u"/usr/share/postfix/master.cf.dist"_qs));
    if (services.isEmpty())
        services = fallbackMasterCf;
    const QByteArray masterCf = "# Written by tests/support/postfixserver.cpp from Debian's master.cf: chroot off,\n"
                                "# smtpd on one loopback port.\n"
                                "127.0.0.1:" + QByteArray::number(m_port) + " inet n - n - - smtpd\n"
                                + services;
    if (!writeFile(m_dir.filePath(u"conf/master.cf"_qs), masterCf)) {
        m_error = u"cannot write %1"_qs.arg(m_dir.filePath(u"conf/master.cf"_qs));
        return false;
    }
    return true;
}

bool PostfixServer::startOnce(int timeoutMs, bool &portProblem)
{
    const QDeadlineTimer deadline(timeoutMs);
    // `postfix start` checks the configuration, creates the queue folders and returns once the
    // master has bound its sockets (master -w), or failed to.
    const Run started = run(postfixProgram, {u"-c"_qs, configFolder(), u"start"_qs}, timeoutMs);
    if (started.exitCode != 0) {
        const QByteArray log = maillog();
        portProblem = log.contains("Address already in use");
        m_error = diagnosis(u"postfix start failed (exit status %1)%2"_qs.arg(started.exitCode)
                                .arg(started.output.isEmpty() ? QString() : u": "_qs + started.output));
        stop();
        return false;
    }
    m_running = true;

    // A listener shared with another SO_REUSEPORT server would take part of our connections.
    if (listenerCount(m_port) > 1) {
        portProblem = true;
        m_error = u"another server listens on Postfix's port %1"_qs.arg(m_port);
        stop();
        return false;
    }
    // The master listens as soon as `postfix start` returns; the greeting shows that smtpd
    // itself starts (its TLS files, its maps).
    QTcpSocket socket;
    socket.connectToHost(host(), m_port);
    QByteArray greeting;
    if (socket.waitForConnected(int(qMax<qint64>(1, deadline.remainingTime())))) {
        while (!greeting.contains('\n') && socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            greeting += socket.readAll();
        socket.write("QUIT\r\n");
        socket.waitForBytesWritten(1000);
        socket.waitForReadyRead(1000);
        socket.disconnectFromHost();
    }
    if (!greeting.startsWith("220 ")) {
        m_error = diagnosis(greeting.isEmpty() ? u"Postfix started but smtpd did not greet on port %1"_qs.arg(m_port)
                                               : u"Postfix greeted with %1"_qs.arg(QString::fromLatin1(greeting.trimmed())));
        stop();
        return false;
    }
    return true;
}

QString PostfixServer::diagnosis(const QString &what) const
{
    // `postfix` prints its complaints only to a terminal; `script` gives it one.
    const Run check = run(u"/usr/bin/script"_qs, {u"-qec"_qs, u"%1 -c '%2' check"_qs.arg(postfixProgram, configFolder()),
                                                   u"/dev/null"_qs}, 30000);
    return u"%1\npostfix check (exit status %2): %3\nlast lines of %4:\n%5"_qs.arg(
        what, QString::number(check.exitCode), check.output.isEmpty() ? u"no complaint"_qs : check.output,
        m_dir.filePath(u"maillog"_qs), tail(maillog(), 25));
}

bool PostfixServer::stop(int timeoutMs)
{
    if (!m_running)
        return true;
    const QDeadlineTimer deadline(timeoutMs);
    const Run stopped = run(postfixProgram, {u"-c"_qs, configFolder(), u"stop"_qs}, timeoutMs);
    // The master is gone soon after `postfix stop` returns; its children follow when they see
    // it go. Wait for all of them: a test that removes the folder or starts again right after
    // must not race a delivery agent still at work.
    bool ended = QTest::qWaitFor([this] { return processIds().isEmpty(); }, int(qMax<qint64>(1, deadline.remainingTime())));
    if (!ended) {
        run(postfixProgram, {u"-c"_qs, configFolder(), u"abort"_qs}, 10000);
        for (const qint64 pid : processIds())
            ::kill(pid_t(pid), SIGKILL);
        ended = QTest::qWaitFor([this] { return processIds().isEmpty(); }, 5000);
    }
    m_running = false;
    if (stopped.exitCode != 0 || !ended) {
        m_error = u"Postfix did not stop cleanly (postfix stop: %1 %2); processes left: %3"_qs.arg(
            QString::number(stopped.exitCode), stopped.output, QString::number(processIds().size()));
        return false;
    }
    return true;
}

QByteArray PostfixServer::maillog() const
{
    return readFile(m_dir.filePath(u"maillog"_qs));
}

QList<qint64> PostfixServer::processIds(const QString &program) const
{
    const QByteArray marker = "MAIL_CONFIG=" + QFile::encodeName(configFolder());
    QList<qint64> pids;
    const QStringList entries = QDir(u"/proc"_qs).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        const QList<QByteArray> environment = readFile(u"/proc/%1/environ"_qs.arg(entry)).split('\0');
        if (environment.contains(marker)
            && (program.isEmpty() || readFile(u"/proc/%1/comm"_qs.arg(entry)).trimmed() == program.toUtf8()))
            pids.append(pid);
    }
    return pids;
}

QString PostfixServer::recipientAccessPath() const
{
    return m_dir.filePath(u"conf/recipient_access"_qs);
}

QString PostfixServer::mailboxPath(const QString &user) const
{
    // Relative to virtual_mailbox_base: domain/localpart.
    return user.section(u'@', 1).toLower() + u'/' + user.section(u'@', 0, 0).toLower();
}

QString PostfixServer::maildirPath(const QString &user) const
{
    return m_dir.filePath(u"mail/"_qs + mailboxPath(user));
}

QList<QByteArray> PostfixServer::messages(const QString &user) const
{
    const QDir maildir(m_dir.filePath(u"mail/"_qs + mailboxPath(user)));
    QFileInfoList files = QDir(maildir.filePath(u"new"_qs)).entryInfoList(QDir::Files)
                          + QDir(maildir.filePath(u"cur"_qs)).entryInfoList(QDir::Files);
    // Maildir names start with the delivery second; the modification time orders within it.
    std::sort(files.begin(), files.end(), [](const QFileInfo &a, const QFileInfo &b) {
        const QDateTime aTime = a.lastModified(), bTime = b.lastModified();
        return aTime != bTime ? aTime < bTime : a.fileName() < b.fileName();
    });
    QList<QByteArray> result;
    for (const QFileInfo &file : std::as_const(files))
        result.append(readFile(file.filePath()));
    return result;
}

bool PostfixServer::waitForMessages(const QString &user, qsizetype count, int timeoutMs) const
{
    return QTest::qWaitFor([&] { return messages(user).size() >= count; }, timeoutMs);
}

bool PostfixServer::waitForEmptyQueue(int timeoutMs) const
{
    const auto empty = [this] {
        for (const QString &queue : {u"maildrop"_qs, u"incoming"_qs, u"active"_qs, u"deferred"_qs, u"hold"_qs}) {
            QDirIterator files(m_dir.filePath(u"queue/"_qs + queue), QDir::Files, QDirIterator::Subdirectories);
            if (files.hasNext())
                return false;
        }
        return true;
    };
    return QTest::qWaitFor(empty, timeoutMs);
}

SmtpSink *PostfixServer::relaySink(const QString &domain) const
{
    const auto found = m_relaySinks.find(domain.toLower());
    return found == m_relaySinks.end() ? nullptr : found->second.get();
}

QByteArray PostfixServer::asSent(const QByteArray &delivered)
{
    // virtual(8) writes Return-Path, X-Original-To, Delivered-To and the Received field of our
    // smtpd (folded) above the message; each is removed only where it is expected.
    qsizetype at = 0;
    const auto skipField = [&](const QByteArray &name) {
        if (!delivered.mid(at, name.size()).startsWith(name))
            return;
        do {
            const qsizetype end = delivered.indexOf('\n', at);
            at = end < 0 ? delivered.size() : end + 1;
        } while (at < delivered.size() && (delivered.at(at) == ' ' || delivered.at(at) == '\t'));
    };
    skipField("Return-Path:");
    skipField("X-Original-To:");
    skipField("Delivered-To:");
    skipField("Received:");
    QByteArray message = delivered.mid(at);
    message.replace("\r\n", "\n");
    message.replace("\n", "\r\n");
    return message;
}

} // namespace diffusion::test
