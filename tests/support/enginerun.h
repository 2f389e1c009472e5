#pragma once

#include "engine/engine.h"

namespace diffusion::test {

// Engine options for tests: retries after one second, no jitter, a failing destination left
// alone for half a second, so that validity periods of a few seconds play out whole.
Engine::Options fastEngineOptions();

// Analyzes and confirms the delivery unless it is confirmed already, starts it, and waits (bounded) until the engine says every message has a final
// status; false, with a warning, when it does not start or does not finish in time.
bool runToTheEnd(Engine &engine, qint64 deliveryId, int timeoutMs = 90000);

} // namespace diffusion::test
