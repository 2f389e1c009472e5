#pragma once

#include "bouncequalifier.h"
#include "bouncereport.h"

#include <QJsonObject>

namespace diffusion {

// What `diffusion-cli bounce parse --json` prints (docs/cli.md): the kind, each recipient with
// its qualification by stable ids, and what correlates the bounce with the message it is about.
QJsonObject bounceJson(const BounceReport &report, const QList<QualifiedBounceRecipient> &recipients);

} // namespace diffusion
