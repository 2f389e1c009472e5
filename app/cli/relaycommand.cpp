#include "command.h"
#include "commandline.h"
#include "relay/relayerror.h"
#include "relay/relayprofile.h"
#include "relay/relayserver.h"
#include "relay/relaytls.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QSocketNotifier>
#include <csignal>
#include <optional>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace diffusion::cli {

namespace {

int stopPipe[2] = {-1, -1};

void onStopSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(stopPipe[1], &byte, 1);
}

// SIGTERM and SIGINT stop the relay cleanly. The handler only writes a byte to a socket pair
// that the event loop watches: nothing else is safe to do inside a signal handler.
bool installStopSignals()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, stopPipe) != 0)
        return false;
    struct sigaction action = {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGTERM, &action, nullptr) == 0 && ::sigaction(SIGINT, &action, nullptr) == 0;
}

// A demo delivery opens many connections at once; the soft limit on descriptors (often 1024)
// should not be what limits it.
void raiseDescriptorLimit()
{
    rlimit limit = {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
}

struct ListenAddress {
    QHostAddress address;
    quint16 port = 0;
};

// "127.0.0.1:2525", "[::1]:0", "localhost:0".
std::optional<ListenAddress> parseListen(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    ListenAddress listen;
    if (host == u"localhost")
        listen.address = QHostAddress(QHostAddress::LocalHost);
    else if (!listen.address.setAddress(host))
        return std::nullopt;
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return std::nullopt;
    listen.port = quint16(port);
    return listen;
}

} // namespace

int runRelay(const QStringList &arguments)
{
    CommandLine line(QCoreApplication::translate("Cli",
        "Runs a small SMTP server that accepts mail and answers each recipient as a profile says, "
        "for demos and for testing how a sender copes with refusals, throttling and faults. It "
        "prints \"listening on ADDRESS:PORT\" once ready and runs until SIGTERM or SIGINT. "
        "The profile format is described in docs/relay.md."), false);
    QCommandLineParser &parser = line.parser();
    const QString listenOption = u"listen"_qs;
    const QString profileOption = u"profile"_qs;
    const QString certificateOption = u"tls-cert"_qs;
    const QString keyOption = u"tls-key"_qs;
    const QString maildirOption = u"maildir"_qs;
    const QString logOption = u"log"_qs;
    parser.addOption({listenOption, QCoreApplication::translate("Cli",
        "The address and port to listen on, such as 127.0.0.1:2525; port 0 picks a free one."),
        QCoreApplication::translate("Cli", "address:port")});
    parser.addOption({profileOption, QCoreApplication::translate("Cli",
        "The JSON profile of replies and faults (default: the built-in profile)."), QCoreApplication::translate("Cli", "file")});
    parser.addOption({certificateOption, QCoreApplication::translate("Cli",
        "The PEM certificate that makes the relay offer STARTTLS (with --tls-key)."), QCoreApplication::translate("Cli", "file")});
    parser.addOption({keyOption, QCoreApplication::translate("Cli",
        "The PEM private key of the certificate, without a passphrase."), QCoreApplication::translate("Cli", "file")});
    parser.addOption({maildirOption, QCoreApplication::translate("Cli",
        "Store each accepted message in this Maildir (new/), with its envelope prepended."), QCoreApplication::translate("Cli", "folder")});
    parser.addOption({logOption, QCoreApplication::translate("Cli",
        "Write one JSON line per connection and per transaction to this file (emptied first)."), QCoreApplication::translate("Cli", "file")});
    if (auto exit = line.parse(arguments))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return line.usageError(QCoreApplication::translate("Cli", "The relay takes no file name; use its options."));
    if (!parser.isSet(listenOption))
        return line.usageError(QCoreApplication::translate("Cli", "The option --listen ADDRESS:PORT is required, for example --listen 127.0.0.1:0."));
    const std::optional<ListenAddress> listen = parseListen(parser.value(listenOption));
    if (!listen)
        return line.usageError(QCoreApplication::translate("Cli",
            "\"%1\" is not an address and port; write it as 127.0.0.1:2525 or [::1]:0.").arg(parser.value(listenOption)));
    if (parser.isSet(certificateOption) != parser.isSet(keyOption))
        return line.usageError(QCoreApplication::translate("Cli", "Give --tls-cert and --tls-key together, or neither."));

    try {
        RelayProfile profile = parser.isSet(profileOption) ? RelayProfile::fromFile(parser.value(profileOption))
                                                          : RelayProfile::builtIn();
        std::optional<QSslConfiguration> tls;
        if (parser.isSet(certificateOption))
            tls = relayTlsConfiguration(parser.value(certificateOption), parser.value(keyOption));
        std::unique_ptr<RelayMaildir> maildir;
        if (parser.isSet(maildirOption))
            maildir = std::make_unique<RelayMaildir>(parser.value(maildirOption));
        std::unique_ptr<RelayLog> log;
        if (parser.isSet(logOption))
            log = std::make_unique<RelayLog>(parser.value(logOption));

        raiseDescriptorLimit();
        RelayServer server(RelayContext(std::move(profile), std::move(tls), std::move(maildir), std::move(log)));
        if (!server.listen(listen->address, listen->port))
            return reportFailure(QCoreApplication::translate("Cli",
                "Cannot listen on %1: %2. Choose another address or port, or port 0 for any free one.")
                                     .arg(parser.value(listenOption), server.errorString()));
        if (!installStopSignals())
            return reportFailure(QCoreApplication::translate("Cli", "Cannot watch for SIGTERM and SIGINT: %1.")
                                     .arg(QString::fromLocal8Bit(strerror(errno))));
        QSocketNotifier stopNotifier(stopPipe[0], QSocketNotifier::Read);
        QObject::connect(&stopNotifier, &QSocketNotifier::activated, &server, [&server] {
            char byte = 0;
            [[maybe_unused]] const ssize_t read = ::read(stopPipe[0], &byte, 1);
            server.stop();
            QCoreApplication::quit();
        });

        const QString address = server.serverAddress().protocol() == QAbstractSocket::IPv6Protocol
            ? u'[' + server.serverAddress().toString() + u']' : server.serverAddress().toString();
        if (RelayLog *relayLog = server.context().log())
            relayLog->listening(server.serverAddress().toString(), server.serverPort());
        // Not translated: scripts and tests read the port from this line.
        out() << "listening on " << address << ':' << server.serverPort() << '\n';
        out().flush();
        QCoreApplication::exec();
        return Success;
    } catch (const RelayError &error) {
        return reportFailure(error.message());
    }
}

} // namespace diffusion::cli
