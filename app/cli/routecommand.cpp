#include "command.h"
#include "commandline.h"
#include "routing/routetable.h"
#include "store/connection.h"
#include "store/storeerror.h"

namespace diffusion::cli {

namespace {

int runSet(const QStringList &arguments)
{
    CommandLine line(Cli::tr("Sends a domain's mail to the given hosts instead of its MX hosts, trying them in "
                          "order. The domain * sets the relay for every domain without a route of its own."), true);
    QCommandLineParser &parser = line.parser();
    parser.addOption({u"tls"_qs, Cli::tr("disabled, opportunistic (the default), required or verify."), Cli::tr("policy")});
    parser.addOption({u"auth-user"_qs, Cli::tr("Sign in to these hosts as this user (AUTH, over TLS only). The password is "
                                              "never stored: `send` reads it from DIFFUSION_SMTP_PASSWORD."), Cli::tr("user")});
    parser.addPositionalArgument(u"domain"_qs, Cli::tr("The domain, or * for the relay."));
    parser.addPositionalArgument(u"hosts"_qs, Cli::tr("HOST:PORT, several for failover."), u"HOST:PORT…"_qs);
    if (auto exit = line.parse(arguments))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return line.usageError(Cli::tr("Give a domain and at least one HOST:PORT."));
    Route route;
    route.domain = routeDomain(positional.first());
    if (route.domain.isEmpty())
        return line.usageError(Cli::tr("\"%1\" is not a domain name.").arg(positional.first()));
    for (const QString &host : positional.mid(1)) {
        const auto parsed = HostPort::parse(host);
        if (!parsed)
            return line.usageError(Cli::tr("\"%1\" is not HOST:PORT.").arg(host));
        route.hosts.append(*parsed);
    }
    if (parser.isSet(u"tls"_qs)) {
        const auto policy = tlsPolicyFromName(parser.value(u"tls"_qs));
        if (!policy)
            return line.usageError(Cli::tr("The TLS policy is disabled, opportunistic, required or verify."));
        route.tls = *policy;
    }
    route.authUser = parser.value(u"auth-user"_qs);
    if (!route.authUser.isEmpty() && route.tls == TlsPolicy::Disabled)
        return line.usageError(Cli::tr("A route that signs in needs TLS: credentials are never sent in clear."));
    auto workspace = line.openWorkspace(Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return Failure;
    try {
        workspace->writer().submit([route](QSqlDatabase &db) { RouteTable::set(db, route); }).waitForFinished();
    } catch (const StoreError &error) {
        return reportFailure(error.message());
    }
    return Success;
}

int runList(const QStringList &arguments)
{
    CommandLine line(Cli::tr("Shows the routes: domain, hosts in failover order, TLS policy."), true);
    if (auto exit = line.parse(arguments))
        return *exit;
    auto workspace = line.openWorkspace(Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return Failure;
    try {
        ReadConnection reader(workspace->path());
        for (const Route &route : RouteTable::load(reader.db()).routes()) {
            QStringList hosts;
            for (const HostPort &host : route.hosts)
                hosts.append(host.toString());
            out() << route.domain << '\t' << hosts.join(u' ') << '\t' << tlsPolicyName(route.tls);
            if (!route.authUser.isEmpty())
                out() << '\t' << route.authUser;
            out() << '\n';
        }
    } catch (const StoreError &error) {
        return reportFailure(error.message());
    }
    return Success;
}

int runRemove(const QStringList &arguments)
{
    CommandLine line(Cli::tr("Removes a domain's route; its mail goes to its MX hosts (or the relay) again."), true);
    line.parser().addPositionalArgument(u"domain"_qs, Cli::tr("The domain, or * for the relay."));
    if (auto exit = line.parse(arguments))
        return *exit;
    if (line.parser().positionalArguments().size() != 1)
        return line.usageError(Cli::tr("Give one domain."));
    auto workspace = line.openWorkspace(Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return Failure;
    const QString domain = routeDomain(line.parser().positionalArguments().first());
    try {
        const bool removed = workspace->writer().submit([domain](QSqlDatabase &db) { return RouteTable::remove(db, domain); }).result();
        if (!removed)
            return reportFailure(Cli::tr("There is no route for %1.").arg(domain));
    } catch (const StoreError &error) {
        return reportFailure(error.message());
    }
    return Success;
}

} // namespace

int runRoute(const QStringList &arguments)
{
    const QString action = arguments.value(1);
    if (action == u"set"_qs)
        return runSet(arguments.mid(1));
    if (action == u"list"_qs)
        return runList(arguments.mid(1));
    if (action == u"remove"_qs)
        return runRemove(arguments.mid(1));
    err() << Cli::tr("Usage: diffusion-cli route set|list|remove [options]") << '\n';
    return action == u"--help"_qs ? Success : UsageError;
}

} // namespace diffusion::cli
