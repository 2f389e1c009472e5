#include "sendingestimate.h"

#include "delivery/duration.h"
#include "routing/mxresolver.h"
#include "routing/routetable.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QSet>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <optional>

namespace diffusion {

namespace {

constexpr double windowSeconds = 300; // the engine spends an hourly budget in twelve of them (ioworker.cpp)
constexpr qsizetype domainsListed = 5;
constexpr qsizetype destinationsReported = 10;

// Each sentence holding a duration comes in two forms, both taking the duration as their last
// arguments: minutes under an hour, else hours and minutes.
struct DurationSentence {
    const char *minutes;
    const char *hours;
};

void setSentence(AnalysisEntry &entry, const DurationSentence &sentence, double seconds)
{
    // Rounded up, so that a short destination reads "about 1 min", never "0 min".
    const qint64 minutes = std::max<qint64>(1, qint64(std::ceil(seconds / 60)));
    if (minutes < 60) {
        entry.source = sentence.minutes;
        entry.args.append(minutes);
    } else {
        entry.source = sentence.hours;
        entry.args << minutes / 60 << minutes % 60;
    }
}

constexpr DurationSentence totalSentence{
    QT_TRANSLATE_NOOP("Analysis", "Sending every message should take about %2 min under the MX rules: destinations are served side by side, and the longest is %1."),
    QT_TRANSLATE_NOOP("Analysis", "Sending every message should take about %2 h %3 min under the MX rules: destinations are served side by side, and the longest is %1."),
};
constexpr DurationSentence destinationSentence{
    QT_TRANSLATE_N_NOOP("Analysis", "%1: %Ln message(s), about %5 min under rule %2 (connections: %3, %4 per hour)"),
    QT_TRANSLATE_N_NOOP("Analysis", "%1: %Ln message(s), about %5 h %6 min under rule %2 (connections: %3, %4 per hour)"),
};
constexpr DurationSentence unlimitedDestinationSentence{
    QT_TRANSLATE_N_NOOP("Analysis", "%1: %Ln message(s), about %4 min under rule %2 (connections: %3, no hourly limit)"),
    QT_TRANSLATE_N_NOOP("Analysis", "%1: %Ln message(s), about %4 h %5 min under rule %2 (connections: %3, no hourly limit)"),
};
constexpr DurationSentence validitySentence{
    QT_TRANSLATE_N_NOOP("Analysis", "%1: sending its %Ln message(s) takes about %3 min under the MX rules, and the validity period (%2) "
                                    "ends before: the remaining messages would fail. Give a longer validity period or loosen the MX rule."),
    QT_TRANSLATE_N_NOOP("Analysis", "%1: sending its %Ln message(s) takes about %3 h %4 min under the MX rules, and the validity period (%2) "
                                    "ends before: the remaining messages would fail. Give a longer validity period or loosen the MX rule."),
};

struct DomainLoad {
    QString domain;
    qint64 messages = 0;
    std::optional<Route> route;
    bool lookedUp = false;
};

// The domains to estimate, biggest first: lookups go to those that weigh most, and each
// destination lists its biggest domains first.
QList<DomainLoad> domainLoads(const QHash<QString, qint64> &messagesByDomain, const RouteTable &routes, int maxLookups)
{
    QList<DomainLoad> loads;
    for (auto it = messagesByDomain.cbegin(); it != messagesByDomain.cend(); ++it) {
        if (it.value() > 0)
            loads.append({it.key(), it.value(), routes.routeFor(it.key())});
    }
    std::sort(loads.begin(), loads.end(), [](const DomainLoad &a, const DomainLoad &b) {
        return a.messages != b.messages ? a.messages > b.messages : a.domain < b.domain;
    });
    int lookups = 0;
    for (DomainLoad &load : loads) {
        if (!load.route && lookups < maxLookups) {
            load.lookedUp = true;
            ++lookups;
        }
    }
    return loads;
}

// Asks for every domain at once and waits for the answers, timeoutMs at most. The calling thread
// need not run an event loop (an analysis worker does not), hence the local one. Answers that
// come later are dropped with the context object, which lives in this thread like the loop.
QHash<QString, Destination> lookUp(const QList<DomainLoad> &loads, MxResolver &resolver, int timeoutMs)
{
    QHash<QString, Destination> answers;
    QObject context;
    QEventLoop loop;
    qsizetype asked = 0;
    for (const DomainLoad &load : loads) {
        if (!load.lookedUp)
            continue;
        ++asked;
        resolver.resolve(load.domain, &context, [&answers, &asked, &loop, domain = load.domain](const Destination &destination) {
            answers.insert(domain, destination);
            if (answers.size() == asked)
                loop.quit();
        });
    }
    // A resolver may answer at once, before the loop would run.
    if (answers.size() < asked) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return answers;
}

QString label(const DestinationEstimate &destination)
{
    QString text = destination.domains.join(u", "_qs);
    if (destination.domainCount > destination.domains.size())
        text += u", …"_qs;
    return text;
}

// Why a looked-up domain has no destination: answer is null when none came in time.
QString failureId(const Destination *answer)
{
    if (!answer)
        return u"no_answer"_qs;
    return answer->status == Destination::Status::InvalidDomain ? u"invalid_domain"_qs : u"temporary_failure"_qs;
}

AnalysisEntry entry(Severity severity, const QString &code, qint64 count)
{
    AnalysisEntry line;
    line.step = AnalysisStep::Estimate;
    line.severity = severity;
    line.code = code;
    line.count = count;
    return line;
}

} // namespace

double sendingSeconds(qint64 messages, const MxRule &rule, double perConnectionPerSecond)
{
    if (messages <= 0)
        return 0;
    const double pace = std::max(1, rule.maxConnections) * perConnectionPerSecond;
    const double byConnections = double(messages) / pace;
    const int perWindow = rule.messagesPerWindow();
    if (perWindow == 0)
        return byConnections;
    // The budget lets perWindow messages go at the start of each five-minute window, so N messages
    // need ceil(N / perWindow) windows. Every window but the last is waited out in full; the last
    // ends with its last message, its share sent at the connections' pace. When the connections
    // cannot send a window's budget within the window, the budget never holds them back and
    // their pace alone sets the time: the max() picks that case. (The engine's windows follow
    // the clock, so a delivery that starts late in one gets its second budget sooner: up to one
    // window less than this.)
    const qint64 windows = (messages + perWindow - 1) / perWindow;
    const qint64 inLastWindow = messages - (windows - 1) * perWindow;
    return std::max(byConnections, double(windows - 1) * windowSeconds + double(inLastWindow) / pace);
}

QJsonObject DestinationEstimate::toJson() const
{
    return QJsonObject{
        {u"key"_qs, key},
        {u"domains"_qs, QJsonArray::fromStringList(domains)},
        {u"domain_count"_qs, domainCount},
        {u"messages"_qs, messages},
        {u"rule"_qs, ruleMask},
        {u"max_connections"_qs, maxConnections},
        {u"messages_per_hour"_qs, messagesPerHour},
        {u"seconds"_qs, seconds},
        {u"resolved"_qs, resolved},
    };
}

QJsonArray SendingEstimate::toJson() const
{
    QJsonArray array;
    for (const DestinationEstimate &destination : destinations)
        array.append(destination.toJson());
    return array;
}

SendingEstimate estimateSendingTime(const QHash<QString, qint64> &messagesByDomain, const RouteTable &routes, const MxRules &rules,
                                    MxResolver &resolver, qint64 validitySeconds, const EstimateOptions &options)
{
    const QList<DomainLoad> loads = domainLoads(messagesByDomain, routes, options.maxLookups);
    const QHash<QString, Destination> answers = lookUp(loads, resolver, options.lookupTimeoutMs);

    // Grouped by destination key as the engine queues them: domains served by the same hosts
    // share one queue and one budget.
    QList<DestinationEstimate> destinations;
    QList<MxRule> destinationRules;
    QHash<QString, qsizetype> indexByKey;
    qint64 notLookedUpDomains = 0, notLookedUpMessages = 0, failedMessages = 0;
    QStringList failedDomains;
    QJsonArray failures;
    for (const DomainLoad &load : loads) {
        QString key = load.domain;
        QString host = load.domain;
        bool resolved = true;
        const auto answer = answers.constFind(load.domain);
        if (load.route) {
            key = destinationKey(load.route->hosts);
            host = load.route->hosts.constFirst().host;
        } else if (answer != answers.cend() && answer->status == Destination::Status::Ok && !answer->hosts.isEmpty()) {
            key = answer->key;
            host = answer->hosts.constFirst().host;
        } else if (!load.lookedUp) {
            resolved = false;
            ++notLookedUpDomains;
            notLookedUpMessages += load.messages;
        } else {
            resolved = false;
            failedDomains.append(load.domain);
            failedMessages += load.messages;
            failures.append(QJsonObject{{u"domain"_qs, load.domain}, {u"messages"_qs, load.messages},
                                        {u"reason"_qs, failureId(answer == answers.cend() ? nullptr : &*answer)}});
        }
        qsizetype index = indexByKey.value(key, -1);
        if (index < 0) {
            index = destinations.size();
            indexByKey.insert(key, index);
            const MxRule rule = rules.ruleFor(host);
            DestinationEstimate destination;
            destination.key = key;
            destination.ruleMask = rule.mask;
            destination.maxConnections = rule.maxConnections;
            destination.messagesPerHour = rule.messagesPerHour;
            destination.resolved = resolved;
            destinations.append(destination);
            destinationRules.append(rule);
        }
        DestinationEstimate &destination = destinations[index];
        if (destination.domains.size() < domainsListed)
            destination.domains.append(load.domain);
        ++destination.domainCount;
        destination.messages += load.messages;
    }
    for (qsizetype i = 0; i < destinations.size(); ++i)
        destinations[i].seconds = sendingSeconds(destinations[i].messages, destinationRules[i], options.messagesPerConnectionPerSecond);
    std::sort(destinations.begin(), destinations.end(), [](const DestinationEstimate &a, const DestinationEstimate &b) {
        if (a.seconds != b.seconds)
            return a.seconds > b.seconds;
        return a.messages != b.messages ? a.messages > b.messages : a.key < b.key;
    });

    SendingEstimate estimate;
    estimate.destinations = destinations;
    if (destinations.isEmpty())
        return estimate;
    const DestinationEstimate &longest = destinations.constFirst();
    estimate.seconds = longest.seconds;

    AnalysisEntry total = entry(Severity::Information, u"estimate_total"_qs, -1);
    total.args.append(label(longest));
    setSentence(total, totalSentence, estimate.seconds);
    total.details = QJsonObject{{u"seconds"_qs, estimate.seconds}, {u"destinations"_qs, qint64(destinations.size())},
                                {u"messages_per_connection_per_second"_qs, options.messagesPerConnectionPerSecond}};
    estimate.entries.append(total);

    for (const DestinationEstimate &destination : destinations.first(std::min(destinations.size(), destinationsReported))) {
        AnalysisEntry line = entry(Severity::Information, u"estimate_destination"_qs, destination.messages);
        line.args << label(destination) << destination.ruleMask << destination.maxConnections;
        if (destination.messagesPerHour > 0)
            line.args.append(destination.messagesPerHour);
        setSentence(line, destination.messagesPerHour > 0 ? destinationSentence : unlimitedDestinationSentence, destination.seconds);
        line.details = destination.toJson();
        estimate.entries.append(line);
    }

    if (notLookedUpDomains > 0) {
        AnalysisEntry line = entry(Severity::Information, u"estimate_not_looked_up"_qs, notLookedUpMessages);
        line.source = QT_TRANSLATE_N_NOOP("Analysis", "Only the %1 domains with the most messages were looked up in DNS; the other %2 "
                                                      "(%Ln message(s)) are each estimated as a destination of their own, under the MX rule matching their name.");
        line.args << options.maxLookups << notLookedUpDomains;
        line.details = QJsonObject{{u"domains"_qs, notLookedUpDomains}, {u"looked_up"_qs, options.maxLookups}};
        estimate.entries.append(line);
    }
    if (!failedDomains.isEmpty()) {
        AnalysisEntry line = entry(Severity::Information, u"estimate_lookup_failed"_qs, failedMessages);
        line.source = QT_TRANSLATE_N_NOOP("Analysis", "Domains whose DNS lookup failed or did not answer in time: %1 (%2 in all, %Ln message(s)). "
                                                      "Each is estimated as a destination of its own, under the MX rule matching its name.");
        QString listed = failedDomains.first(std::min(failedDomains.size(), domainsListed)).join(u", "_qs);
        if (failedDomains.size() > domainsListed)
            listed += u", …"_qs;
        line.args << listed << qint64(failedDomains.size());
        line.details = QJsonObject{{u"domains"_qs, failures}};
        estimate.entries.append(line);
    }

    if (validitySeconds > 0) {
        for (const DestinationEstimate &destination : std::as_const(destinations)) {
            if (destination.seconds <= double(validitySeconds))
                break; // longest first
            AnalysisEntry line = entry(Severity::Warning, u"validity_too_short"_qs, destination.messages);
            line.args << label(destination) << formatDuration(validitySeconds);
            setSentence(line, validitySentence, destination.seconds);
            line.details = destination.toJson();
            line.details.insert(u"validity_seconds"_qs, validitySeconds);
            estimate.entries.append(line);
        }
    }
    return estimate;
}

} // namespace diffusion
