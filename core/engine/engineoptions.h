#pragma once

#include "engine.h"

namespace diffusion {

// The engine as the programs run it: a route's password comes from the environment variable
// DIFFUSION_SMTP_PASSWORD, never from the workspace.
Engine::Options engineOptions();

} // namespace diffusion
