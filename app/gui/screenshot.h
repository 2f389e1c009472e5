#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace diffusion::gui {

// Renders a window into a PNG file once the event loop has laid it out and shown its data, then
// quits the application: 0 when the file was written, 1 when it could not be.
class Screenshot final : public QObject
{
    Q_OBJECT

public:
    Screenshot(QWidget *window, const QString &path);

private:
    void capture();

    QWidget *m_window;
    QString m_path;
};

} // namespace diffusion::gui
