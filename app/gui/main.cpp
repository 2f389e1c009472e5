// The `diffusion` program: the console window on a workspace.
#include "common/stopsignals.h"
#include "engine/enginehost.h"
#include "engine/enginelock.h"
#include "engine/engineoptions.h"
#include "guicommandline.h"
#include "inmail/inmailjob.h"
#include "i18n/language.h"
#include "analysisdialog.h"
#include "editor/deliveryeditor.h"
#include "languagecontroller.h"
#include "mainwindow.h"
#include "screenshot.h"
#include "settings/consolepasswords.h"
#include "store/storeerror.h"
#include "store/workspace.h"

#include <QApplication>
#include <QEventLoop>
#include <QMessageBox>
#include <QTabWidget>
#include <QTextStream>

using namespace diffusion;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Diffusion"_qs);
    QApplication::setApplicationName(u"diffusion"_qs);
    QApplication::setApplicationDisplayName(u"Diffusion"_qs);
    QApplication::setStyle(u"Fusion"_qs);

    // The saved language first, so that --help and usage errors speak it; --lang applies to
    // this run only and is not saved.
    Language::install(ui::LanguageController::startupLanguage());
    gui::GuiCommandLine options;
    if (std::optional<int> exit = options.parse(QApplication::arguments()))
        return *exit;
    if (!options.language().isEmpty())
        Language::install(options.language());
    const bool screenshot = !options.screenshotPath().isEmpty();

    std::unique_ptr<Workspace> workspace;
    try {
        workspace = Workspace::open(options.workspacePath(), Workspace::OpenMode::CreateIfMissing);
    } catch (const StoreError &error) {
        if (screenshot) {
            QTextStream(stderr) << "diffusion: " << error.message() << '\n';
        } else {
            QMessageBox::critical(nullptr, QCoreApplication::translate("Main", "Cannot open the workspace"),
                                  error.message());
        }
        return gui::GuiCommandLine::Failure;
    }

    ui::MainWindow window(*workspace);
    window.showArea(options.area());
    if (options.delivery() != 0)
        window.showDelivery(options.delivery());
    // The window runs the workspace's engine, unless another process (`diffusion-cli engine` or
    // `send`) holds it: then it follows that engine from the file. Screenshots never send.
    EngineLock lock(workspace->path());
    std::unique_ptr<EngineHost> engine;
    QString holder;
    if (screenshot && options.dialogView() == gui::GuiCommandLine::DialogView::Analysis) {
        auto *dialog = new ui::AnalysisDialog(*workspace, options.delivery(), &window);
        if (!dialog->showLatest()) {
            QTextStream(stderr) << "diffusion: " << QCoreApplication::translate("Main", "Delivery %1 has no analysis. Analyze it "
                                                                                       "first: diffusion-cli analyze %1").arg(options.delivery()) << '\n';
            return gui::GuiCommandLine::Failure;
        }
        dialog->show();
        new gui::Screenshot(dialog, options.screenshotPath());
    } else if (screenshot && options.dialogView() == gui::GuiCommandLine::DialogView::Editor) {
        auto *editor = new ui::DeliveryEditor(*workspace, options.delivery(), &window);
        if (auto *tabs = editor->findChild<QTabWidget *>(u"editorTabs"_qs))
            tabs->setCurrentIndex(1); // the content beside its preview says most about the editor
        editor->show();
        new gui::Screenshot(editor, options.screenshotPath());
    } else if (screenshot) {
        new gui::Screenshot(&window, options.screenshotPath());
    } else if (lock.tryLock(&holder)) {
        Engine::Options engineSettings = engineOptions();
        engineSettings.passwordFor = ui::consolePasswordFor(workspace->path(), &window);
        engine = std::make_unique<EngineHost>(workspace->path(), workspace->writer(), engineSettings);
        engine->start();
        window.setEngineProcess(0);
    } else {
        window.setEngineProcess(EngineLock::holderProcess(workspace->path()));
    }
    // The bounce mailbox is read by every console open on the workspace (a message is recorded
    // once, whoever reads it); screenshots read nothing.
    if (!screenshot) {
        window.inMailJob()->setPasswordFor(ui::inMailPasswordFor(workspace->path(), &window));
        window.inMailJob()->reschedule();
    }
    // SIGTERM or Ctrl+C in the terminal closes the window as the Quit menu does, so the engine
    // records what is in flight (Qt's default would end the process on the spot).
    StopSignals stopSignals;
    QObject::connect(&stopSignals, &StopSignals::stopRequested, &window, &QWidget::close);
    window.show();
    const int code = QApplication::exec();
    if (engine) {
        // Closing the window is a shutdown: what is in flight is recorded, deliveries resume later.
        QEventLoop drain;
        QObject::connect(engine.get(), &EngineHost::stopped, &drain, &QEventLoop::quit);
        engine->shutDown();
        if (!engine->isIdle())
            drain.exec();
    }
    return code;
}
