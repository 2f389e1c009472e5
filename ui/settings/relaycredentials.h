#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace diffusion::ui {

// A route's AUTH password in the system keychain (QtKeychain: Secret Service or KWallet), never in
// the workspace. Service "Diffusion", key: workspace path, route domain and user, so two workspaces
// or two relays never share a password. The jobs run to completion (or the timeout) before the
// calls return; they may be made from any thread that can run a local event loop.
class RelayCredentials final
{
    Q_DECLARE_TR_FUNCTIONS(RelayCredentials)

public:
    enum class Outcome { Done, NotFound, NoKeychain, Failed };
    struct Result {
        Outcome outcome = Outcome::Failed;
        QString message; // a sentence for the operator when the outcome is not Done
    };

    explicit RelayCredentials(const QString &workspacePath, int timeoutMs = 5000);

    Result store(const QString &domain, const QString &user, const QString &password) const;
    std::optional<QString> load(const QString &domain, const QString &user, Result *result = nullptr) const;

    QString keyFor(const QString &domain, const QString &user) const;

private:
    QString m_workspacePath;
    int m_timeoutMs;
};

} // namespace diffusion::ui
