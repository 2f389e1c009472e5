#include "languagemenu.h"

#include "i18n/language.h"
#include "languagecontroller.h"

#include <QActionGroup>
#include <QEvent>

namespace diffusion::ui {

LanguageMenu::LanguageMenu(LanguageController *controller, QWidget *parent)
    : QMenu(parent), m_controller(controller), m_group(new QActionGroup(this))
{
    setObjectName(u"languageMenu"_qs);
    m_group->setExclusive(true);
    for (const QString &code : Language::available()) {
        QAction *action = addAction(LanguageController::nativeName(code));
        action->setObjectName(u"language-"_qs + code);
        action->setData(code);
        action->setCheckable(true);
        m_group->addAction(action);
    }
    connect(m_group, &QActionGroup::triggered, this, [this](QAction *action) {
        if (!m_controller->switchTo(action->data().toString()))
            syncChecked();
    });
    // A switch made elsewhere (the Settings area) must show here even if no LanguageChange
    // follows, as when the language chosen was already installed.
    connect(m_controller, &LanguageController::switched, this, &LanguageMenu::syncChecked);
    retranslateUi();
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslateUi()
{
    setTitle(tr("&Language"));
    syncChecked();
}

void LanguageMenu::syncChecked()
{
    const QString current = Language::current();
    for (QAction *action : m_group->actions())
        action->setChecked(action->data().toString() == current);
}

} // namespace diffusion::ui
