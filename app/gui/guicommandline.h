#pragma once

#include "navigation.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace diffusion::gui {

// The options of the `diffusion` program:
//   diffusion [--workspace PATH] [--screenshot FILE.png] [--lang fr|en] [--view NAME] [--delivery ID]
class GuiCommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(GuiCommandLine)

public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };
    enum class DialogView { None, Analysis, Editor };

    // Reads the arguments; returns the exit code when the program must stop now (--help, or a
    // usage error already printed on standard error).
    std::optional<int> parse(const QStringList &arguments);

    QString workspacePath() const { return m_workspacePath; } // the demo workspace unless given
    QString screenshotPath() const { return m_screenshotPath; } // empty: normal interactive start
    QString language() const { return m_language; }             // empty: the saved or system one
    ui::Navigation::Area area() const { return m_area; }
    // --view analysis|editor: that dialog of --delivery over the window.
    DialogView dialogView() const { return m_dialogView; }
    qint64 delivery() const { return m_delivery; }

private:
    QString m_workspacePath;
    QString m_screenshotPath;
    QString m_language;
    ui::Navigation::Area m_area = ui::Navigation::Area::Deliveries;
    DialogView m_dialogView = DialogView::None;
    qint64 m_delivery = 0;
};

} // namespace diffusion::gui
