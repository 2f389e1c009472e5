#pragma once

#include "engine/engine.h"
#include "inmail/mailbox/mailboxsource.h"

class QWidget;

namespace diffusion::ui {

// The engine's passwordFor in the console: the system keychain first, then the environment
// variable DIFFUSION_SMTP_PASSWORD (as diffusion-cli), then the operator, asked in a dialog over
// `window` (once per route and user while the console runs). Safe to call from the engine's thread.
std::function<std::optional<QString>(const Route &route)> consolePasswordFor(const QString &workspacePath, QWidget *window);

// The same for the bounce mailbox's server (InMailJob, which calls it in the GUI thread): the
// keychain (see inMailKeychainDomain), then DIFFUSION_INMAIL_PASSWORD (as `diffusion-cli inmail`),
// then the operator.
std::function<std::optional<QString>(const MailboxSpec &mailbox)> inMailPasswordFor(const QString &workspacePath, QWidget *window);

// The RelayCredentials domain the password of a POP3 or IMAP mailbox is kept under, with the
// URL's user name as the user.
QString inMailKeychainDomain(const QUrl &mailbox);

} // namespace diffusion::ui
