#pragma once

#include <QMenu>

class QActionGroup;

namespace diffusion::ui {

class LanguageController;

// The "Language" menu: one checkable entry per language, the current one checked.
class LanguageMenu final : public QMenu
{
    Q_OBJECT

public:
    LanguageMenu(LanguageController *controller, QWidget *parent);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void syncChecked();

    LanguageController *m_controller;
    QActionGroup *m_group;
};

} // namespace diffusion::ui
