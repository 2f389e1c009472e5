#include "languagefollower.h"

#include <QCoreApplication>
#include <QEvent>

namespace diffusion::ui {

LanguageFollower::LanguageFollower(QObject *owner, std::function<void()> retranslate)
    : QObject(owner), m_retranslate(std::move(retranslate))
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

bool LanguageFollower::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance() && !m_pending) {
        m_pending = true;
        QMetaObject::invokeMethod(this, [this] {
            m_pending = false;
            m_retranslate();
        }, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace diffusion::ui
