#pragma once

// Helpers shared by the widget suites (header only: the ui suites are single files).
#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QObject>
#include <QTimer>

namespace diffusion::test {

// The named child, or the test stops with its name: a renamed widget is a failing test.
template <typename T> T *child(const QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qFatal("no child %s", qPrintable(name));
    return found;
}

// Answers the next modal question box with `button` once it shows; what it asked goes to *asked.
inline void answerNextQuestion(QMessageBox::StandardButton button, QString *asked)
{
    QTimer::singleShot(0, qApp, [button, asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            answerNextQuestion(button, asked);
            return;
        }
        *asked = box->text();
        box->button(button)->click();
    });
}

} // namespace diffusion::test
