#pragma once

#include "analysisentry.h"
#include "engine/mxrules.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace diffusion {

class MxResolver;
class RouteTable;

struct EstimateOptions {
    // How many messages one SMTP session hands over per second. The rules limit connections and
    // the hourly budget, not the pace inside a session: that is set by the remote MTA (round
    // trips of MAIL/RCPT/DATA, its content filter, its queue file written to disk before "250").
    // Large providers answer a message in 150–300 ms, hence 5 per second, the sender's own
    // speed being far above (tens of thousands per second, README).
    double messagesPerConnectionPerSecond = 5.0;
    // Only the domains with the most messages are looked up in DNS: the long tail of small
    // domains weighs little in the total, and an analysis must not wait for thousands of lookups.
    int maxLookups = 50;
    // The lookups run side by side; those still unanswered after this long are given up.
    int lookupTimeoutMs = 3000;
};

// One sending queue: the domains that share the same mail hosts (or route), hence one MX rule.
struct DestinationEstimate {
    QString key;           // destinationKey() of its hosts; the domain itself when not resolved
    QStringList domains;   // biggest first, at most 5
    int domainCount = 0;   // all the domains of the destination
    qint64 messages = 0;
    QString ruleMask;
    int maxConnections = 0;
    int messagesPerHour = 0; // 0: no hourly limit
    double seconds = 0;
    bool resolved = true;    // false: no DNS answer used, the rule matching the domain's name

    QJsonObject toJson() const;
};

struct SendingEstimate {
    QList<DestinationEstimate> destinations; // longest first
    double seconds = 0;                      // the whole delivery: destinations run side by side, so the longest
    QList<AnalysisEntry> entries;            // step Estimate

    QJsonArray toJson() const; // the destinations
};

// How long sending each destination takes under its MX rule (../shared/spec §8 end rules, §9).
// Each domain goes where the engine would send it: its route, else its MX hosts, the rule
// being the first one matching the first host. Blocks until the lookups end (lookupTimeoutMs at
// most): meant for an analysis worker thread, which need not run an event loop.
// validitySeconds <= 0: no validity check.
SendingEstimate estimateSendingTime(const QHash<QString, qint64> &messagesByDomain, const RouteTable &routes, const MxRules &rules,
                                    MxResolver &resolver, qint64 validitySeconds, const EstimateOptions &options = {});

// Seconds to send `messages` to one destination under `rule`: its connections at
// `perConnectionPerSecond` each, within its hourly budget.
double sendingSeconds(qint64 messages, const MxRule &rule, double perConnectionPerSecond);

} // namespace diffusion
