#include "analysisrun.h"

#include "process.h"
#include "analysis/analysisstore.h"
#include "analysis/confirmation.h"
#include "routing/mxresolver.h"
#include "routing/txtresolver.h"
#include "store/storeerror.h"
#include "store/storewriter.h"

#include <QTimer>

namespace diffusion::test {

namespace {

class NoTxt final : public TxtResolver
{
public:
    TxtAnswer lookup(const QString &) override { return {}; }
};

class NoMx final : public MxResolver
{
public:
    void resolve(const QString &, QObject *context, std::function<void(Destination)> done) override
    {
        QTimer::singleShot(0, context, [done] {
            Destination none;
            none.status = Destination::Status::TemporaryFailure;
            done(none);
        });
    }
};

} // namespace

AnalysisServices offlineAnalysis()
{
    AnalysisServices services;
    services.txt = std::make_shared<NoTxt>();
    services.mx = std::make_shared<NoMx>();
    services.seed = 1;
    return services;
}

std::optional<AnalysisReport> analyzeDelivery(const QString &workspacePath, StoreWriter &writer, qint64 deliveryId, bool confirm,
                                              const AnalysisServices &services)
{
    try {
        const std::atomic_bool never = false;
        const std::optional<AnalysisOutcome> outcome = DeliveryAnalysis(workspacePath, services).run(deliveryId, never);
        if (!outcome)
            return std::nullopt;
        AnalysisReport report = writer.submit([&outcome, confirm](QSqlDatabase &db) {
            AnalysisReport stored = AnalysisStore::write(db, *outcome);
            if (confirm)
                Confirmation::confirm(db, stored.deliveryId, u"operator"_qs);
            return stored;
        }).result();
        return report;
    } catch (const StoreError &failure) {
        qWarning("analysis of delivery %lld failed: %s", deliveryId, qPrintable(failure.message()));
        return std::nullopt;
    }
}

int analyzeWithCli(const QString &workspacePath, qint64 deliveryId)
{
    const ProcessResult result = runCli({u"analyze"_qs, u"--workspace"_qs, workspacePath, QString::number(deliveryId)});
    if (result.exitCode != 0)
        qWarning("diffusion-cli analyze: %s%s", result.out.constData(), result.err.constData());
    return result.exitCode;
}

} // namespace diffusion::test
