#pragma once

#include "engine/engine.h"

class QWidget;

namespace diffusion::ui {

// The engine's passwordFor in the console: the system keychain first, then the environment
// variable DIFFUSION_SMTP_PASSWORD (as diffusion-cli), then the operator, asked in a dialog over
// `window` (once per route and user while the console runs). Safe to call from the engine's thread.
std::function<std::optional<QString>(const Route &route)> consolePasswordFor(const QString &workspacePath, QWidget *window);

} // namespace diffusion::ui
