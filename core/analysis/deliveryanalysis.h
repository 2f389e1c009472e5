#pragma once

#include "analysisreport.h"
#include "sendingestimate.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace diffusion {

class MxResolver;
class TxtResolver;

// What analysis needs from outside the workspace. Empty resolvers are made from the
// workspace's settings (dns.nameserver); tests inject their own answers.
struct AnalysisServices {
    std::shared_ptr<TxtResolver> txt;
    std::shared_ptr<MxResolver> mx;
    EstimateOptions estimate;
    std::optional<quint64> seed; // of the random target limit and control group; random when unset
};

// What a finished analysis hands to the writer (AnalysisStore::write).
struct AnalysisOutcome {
    AnalysisReport report;
    // Recipients left out, by id in increasing order, with their reason. Every other recipient
    // of the list is to deliver.
    std::vector<std::pair<qint64, FailureReason>> exclusions;
    // Per recipient domain, what the delivery log will hold: the KPIs are written from these
    // rather than counted again from a million rows.
    struct DomainCounts {
        qint64 pending = 0;
        QMap<FailureReason, qint64> ignored;
    };
    QHash<QByteArray, DomainCounts> domains;
};

// The analysis of a delivery (../shared/spec/email-delivery.md §8, docs/analysis.md): control
// rules at the start, filtering, target limit and control group, personalization of every
// message, control rules at the end, the sender domain's DNS records, and the sending time under
// the MX rules. It reads the workspace on a connection of its own and writes nothing, so that a
// canceled analysis leaves no trace; the outcome is written in one transaction afterwards.
class DeliveryAnalysis final
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryAnalysis)

public:
    enum class Phase { StartRules, Filtering, Targeting, Personalization, EndRules, SenderDomain, Estimate, Writing };
    using Progress = std::function<void(Phase phase, int percent)>;

    explicit DeliveryAnalysis(QString workspacePath, AnalysisServices services = {});

    // Runs in the calling thread (not the GUI thread: it takes seconds for a million recipients)
    // and spreads the personalization over the global thread pool. std::nullopt when `canceled`
    // became true. Throws StoreError with a sentence when the delivery does not exist or can no
    // longer be analyzed (it is being sent).
    std::optional<AnalysisOutcome> run(qint64 deliveryId, const std::atomic_bool &canceled, const Progress &progress = {}) const;

private:
    QString m_path;
    AnalysisServices m_services;
};

QString analysisPhaseName(DeliveryAnalysis::Phase phase); // translated, for progress displays

} // namespace diffusion
