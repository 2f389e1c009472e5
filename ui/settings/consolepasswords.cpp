#include "consolepasswords.h"

#include "relaycredentials.h"

#include <QCoreApplication>
#include <QHash>
#include <QInputDialog>
#include <QMutex>
#include <QPointer>
#include <QThread>
#include <QWidget>
#include <memory>

namespace diffusion::ui {

namespace {

class PasswordPrompt final
{
    Q_DECLARE_TR_FUNCTIONS(PasswordPrompt)

public:
    static std::optional<QString> ask(QWidget *window, const Route &route, const QString &keychainProblem)
    {
        bool accepted = false;
        const QString password = QInputDialog::getText(
            window, tr("Relay password"),
            tr("%1\nThe route for %2 signs in as %3. Its password is used for this session only:")
                .arg(keychainProblem, route.domain, route.authUser),
            QLineEdit::Password, QString(), &accepted);
        if (!accepted)
            return std::nullopt;
        return password;
    }
};

} // namespace

std::function<std::optional<QString>(const Route &route)> consolePasswordFor(const QString &workspacePath, QWidget *window)
{
    struct Asked {
        QMutex mutex;
        QHash<QString, QString> passwords; // route domain + user → password given this session
    };
    auto asked = std::make_shared<Asked>();
    const QPointer<QWidget> guardedWindow(window);
    return [workspacePath, asked, guardedWindow](const Route &route) -> std::optional<QString> {
        RelayCredentials::Result result;
        if (auto password = RelayCredentials(workspacePath).load(route.domain, route.authUser, &result))
            return password;
        if (qEnvironmentVariableIsSet("DIFFUSION_SMTP_PASSWORD"))
            return qEnvironmentVariable("DIFFUSION_SMTP_PASSWORD");
        const QString key = route.domain + u'\n' + route.authUser;
        {
            const QMutexLocker locker(&asked->mutex);
            if (auto it = asked->passwords.constFind(key); it != asked->passwords.constEnd())
                return *it;
        }
        if (!guardedWindow)
            return std::nullopt;
        std::optional<QString> password;
        const auto ask = [&] { password = PasswordPrompt::ask(guardedWindow, route, result.message); };
        // Dialogs belong to the GUI thread; the engine's thread waits for the answer.
        if (QThread::currentThread() == qApp->thread())
            ask();
        else
            QMetaObject::invokeMethod(qApp, ask, Qt::BlockingQueuedConnection);
        if (password) {
            const QMutexLocker locker(&asked->mutex);
            asked->passwords.insert(key, *password);
        }
        return password;
    };
}

} // namespace diffusion::ui
