#include "txtresolver.h"

#include "resolversettings.h"

#include <QDeadlineTimer>
#include <QDnsLookup>
#include <QEventLoop>
#include <QTimer>

namespace diffusion {

namespace {

struct Reply {
    bool finished = false; // false: no reply before the deadline
    QDnsLookup::Error error = QDnsLookup::NoError;
    QString errorString;
    QList<QByteArray> texts;
};

// One query, waited for in a local event loop until it finishes or the deadline passes. An
// abandoned query's worker (QDnsLookup's own thread pool) ends on its own; its reply goes to
// the destroyed lookup, which drops it.
Reply ask(QDnsLookup::Type type, const QString &name, const QHostAddress &nameserver, const QDeadlineTimer &deadline)
{
    QDnsLookup lookup(type, name);
    if (!nameserver.isNull())
        lookup.setNameserver(nameserver);
    QEventLoop loop;
    QObject::connect(&lookup, &QDnsLookup::finished, &loop, &QEventLoop::quit);
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    lookup.lookup();
    timer.start(int(qMax<qint64>(0, deadline.remainingTime())));
    if (!lookup.isFinished())
        loop.exec();
    Reply reply;
    reply.finished = lookup.isFinished();
    reply.error = lookup.error();
    reply.errorString = lookup.errorString();
    for (const QDnsTextRecord &record : lookup.textRecords())
        reply.texts.append(record.values().join());
    return reply;
}

// Whether the nameserver answers at all. The name cannot exist (RFC 6761 §6.4), so a server
// answers NXDOMAIN or refuses: never the empty answer that Qt cannot tell from silence.
bool nameserverAnswers(const QHostAddress &nameserver, const QDeadlineTimer &deadline)
{
    const Reply probe = ask(QDnsLookup::A, u"nameserver-probe.invalid"_qs, nameserver, deadline);
    return probe.finished
        && (probe.error == QDnsLookup::NoError || probe.error == QDnsLookup::NotFoundError
            || probe.error == QDnsLookup::ServerFailureError || probe.error == QDnsLookup::ServerRefusedError);
}

TxtAnswer unreachable(const QString &error)
{
    return {TxtAnswer::Status::Unreachable, {}, error};
}

} // namespace

DnsTxtResolver::DnsTxtResolver(const QHostAddress &nameserver, int timeoutMs)
    : m_nameserver(nameserver), m_timeoutMs(timeoutMs)
{
}

TxtAnswer DnsTxtResolver::lookup(const QString &asciiName)
{
    const QDeadlineTimer deadline(m_timeoutMs);
    Reply reply = ask(QDnsLookup::TXT, asciiName, m_nameserver, deadline);
    if (!reply.finished) {
        const int seconds = (m_timeoutMs + 999) / 1000;
        return unreachable(tr("The DNS lookup of %1 got no answer within %n second(s).", nullptr, seconds).arg(asciiName));
    }
    switch (reply.error) {
    case QDnsLookup::NoError:
        return {reply.texts.isEmpty() ? TxtAnswer::Status::NoRecord : TxtAnswer::Status::Found, std::move(reply.texts), {}};
    case QDnsLookup::NotFoundError:
        return {TxtAnswer::Status::NoRecord, {}, {}};
    case QDnsLookup::InvalidReplyError:
        // Qt 6.4 gives this error both for an empty answer (the name exists, without TXT
        // records: the usual case of a domain without SPF) and when no answer came at all.
        if (nameserverAnswers(m_nameserver, deadline))
            return {TxtAnswer::Status::NoRecord, {}, {}};
        return unreachable(tr("The DNS lookup of %1 got no answer.").arg(asciiName));
    default:
        return unreachable(tr("The DNS lookup of %1 failed: %2").arg(asciiName, reply.errorString));
    }
}

std::shared_ptr<TxtResolver> txtResolverFromSettings(QSqlDatabase &db)
{
    return std::make_shared<DnsTxtResolver>(nameserverFromSettings(db));
}

} // namespace diffusion
