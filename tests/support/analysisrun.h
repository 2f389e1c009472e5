#pragma once

#include "analysis/deliveryanalysis.h"

#include <QString>

namespace diffusion {
class StoreWriter;
}

namespace diffusion::test {

// Resolvers that answer at once without a network: no TXT record, no MX answer (the estimate
// then uses each domain's own name). Tests that check DNS inject their own.
AnalysisServices offlineAnalysis();

// Analyzes the delivery, stores the analysis and, with `confirm`, confirms it as the operator
// would: what every test that sends needs first. Fails the calling test (QVERIFY style: returns
// an empty optional with a warning) when the analysis fails or finds an error.
std::optional<AnalysisReport> analyzeDelivery(const QString &workspacePath, StoreWriter &writer, qint64 deliveryId,
                                              bool confirm = true, const AnalysisServices &services = offlineAnalysis());

// The same through `diffusion-cli analyze`; returns its exit code (0 when it found no error).
int analyzeWithCli(const QString &workspacePath, qint64 deliveryId);

} // namespace diffusion::test
