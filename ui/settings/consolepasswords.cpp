#include "consolepasswords.h"

#include "relaycredentials.h"

#include <QCoreApplication>
#include <QHash>
#include <QInputDialog>
#include <QPointer>
#include <QThread>
#include <QWidget>
#include <memory>

namespace diffusion::ui {

namespace {

// One password the console needs: its keychain entry, and what the operator is told when it
// must be asked for.
struct PasswordRequest {
    QString domain;
    QString user;
    QString title;
    // %1: why the keychain did not give it; %2: what signs in (a route's domain, a mailbox); %3: the user.
    QString question;
    QString shownAs;
};

class PasswordPrompt final
{
    Q_DECLARE_TR_FUNCTIONS(PasswordPrompt)

public:
    static std::optional<QString> ask(QWidget *window, const PasswordRequest &request, const QString &keychainProblem)
    {
        bool accepted = false;
        const QString password = QInputDialog::getText(window, request.title,
                                                       request.question.arg(keychainProblem, request.shownAs, request.user),
                                                       QLineEdit::Password, QString(), &accepted);
        if (!accepted)
            return std::nullopt;
        return password;
    }

    static PasswordRequest relay(const Route &route)
    {
        return {route.domain, route.authUser, tr("Relay password"),
                tr("%1\nThe route for %2 signs in as %3. Its password is used for this session only:"), route.domain};
    }

    static PasswordRequest mailbox(const MailboxSpec &spec)
    {
        return {inMailKeychainDomain(spec.url), spec.url.userName(), tr("Bounce mailbox password"),
                tr("%1\nThe bounce mailbox %2 signs in as %3. Its password is used for this session only:"),
                spec.url.toDisplayString(QUrl::RemovePassword)};
    }
};

// The keychain, then the environment variable, then the operator (once per entry while the
// console runs).
std::function<std::optional<QString>(const PasswordRequest &)> keychainOrAsk(const QString &workspacePath, QWidget *window,
                                                                              const char *environmentVariable)
{
    struct Asked {
        QHash<QString, QString> passwords; // domain + user → password given this session (GUI thread only)
    };
    auto asked = std::make_shared<Asked>();
    const QPointer<QWidget> guardedWindow(window);
    const auto lookup = [workspacePath, asked, guardedWindow, environmentVariable](const PasswordRequest &request) -> std::optional<QString> {
        RelayCredentials::Result result;
        if (auto password = RelayCredentials(workspacePath).load(request.domain, request.user, &result))
            return password;
        if (qEnvironmentVariableIsSet(environmentVariable))
            return qEnvironmentVariable(environmentVariable);
        const QString key = request.domain + u'\n' + request.user;
        if (auto it = asked->passwords.constFind(key); it != asked->passwords.constEnd())
            return *it;
        if (!guardedWindow)
            return std::nullopt;
        std::optional<QString> password = PasswordPrompt::ask(guardedWindow, request, result.message);
        if (password)
            asked->passwords.insert(key, *password);
        return password;
    };
    return [lookup](const PasswordRequest &request) {
        // QtKeychain's jobs belong to the thread that first used the keychain, and dialogs to the
        // GUI thread: an engine thread waits for the whole lookup there.
        std::optional<QString> password;
        if (QThread::currentThread() == qApp->thread())
            password = lookup(request);
        else
            QMetaObject::invokeMethod(qApp, [&] { password = lookup(request); }, Qt::BlockingQueuedConnection);
        return password;
    };
}

} // namespace

std::function<std::optional<QString>(const Route &route)> consolePasswordFor(const QString &workspacePath, QWidget *window)
{
    return [find = keychainOrAsk(workspacePath, window, "DIFFUSION_SMTP_PASSWORD")](const Route &route) {
        return find(PasswordPrompt::relay(route));
    };
}

std::function<std::optional<QString>(const MailboxSpec &mailbox)> inMailPasswordFor(const QString &workspacePath, QWidget *window)
{
    return [find = keychainOrAsk(workspacePath, window, "DIFFUSION_INMAIL_PASSWORD")](const MailboxSpec &mailbox) {
        return find(PasswordPrompt::mailbox(mailbox));
    };
}

QString inMailKeychainDomain(const QUrl &mailbox)
{
    return u"inmail:"_qs + mailbox.host();
}

} // namespace diffusion::ui
