#pragma once

#include "commandline.h"

namespace diffusion::cli {

// Sends a confirmed delivery with this process's engine and a progress line, or hands it to the
// process that runs the workspace's engine. Without `wait` it returns after the first pass.
int sendConfirmed(CommandLine &line, Workspace &workspace, qint64 deliveryId, bool wait, bool trace);

} // namespace diffusion::cli
