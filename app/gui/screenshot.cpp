#include "screenshot.h"

#include <QApplication>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>
#include <QWidget>

namespace diffusion::gui {

Screenshot::Screenshot(QWidget *window, const QString &path)
    : QObject(window), m_window(window), m_path(path)
{
    // Showing a window posts its layout requests and the areas' first refresh; a zero timer runs
    // after those posted events, when the window looks as a user would first see it.
    QTimer::singleShot(0, this, &Screenshot::capture);
}

void Screenshot::capture()
{
    QCoreApplication::sendPostedEvents();
    const QPixmap image = m_window->grab();
    if (image.isNull() || !image.save(m_path, "PNG")) {
        QTextStream(stderr) << "diffusion: "
                            << QCoreApplication::translate("Screenshot", "Cannot write the screenshot to %1. "
                                                           "Check that its folder exists and can be written.").arg(m_path)
                            << '\n';
        QCoreApplication::exit(1);
        return;
    }
    QCoreApplication::exit(0);
}

} // namespace diffusion::gui
