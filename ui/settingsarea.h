#pragma once

#include <QWidget>

class QButtonGroup;
class QGroupBox;
class QLabel;
class QRadioButton;
class QTabWidget;

namespace diffusion {
class Workspace;
}

namespace diffusion::ui {

class AreaHeader;
class LanguageController;
class SettingsSection;

// The console's settings: sending (direct or relay), DKIM keys, retry schedule, quarantine and
// the interface language, one tab each (ui/settings/), each saved on its own.
class SettingsArea final : public QWidget
{
    Q_OBJECT

public:
    SettingsArea(Workspace &workspace, LanguageController *languages, QWidget *parent);

    // Reads the workspace's settings again.
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void syncLanguage();

    LanguageController *m_languages;
    AreaHeader *m_header;
    QGroupBox *m_languageBox;
    QLabel *m_languageHint;
    QButtonGroup *m_languageButtons;
    QTabWidget *m_tabs;
    QList<SettingsSection *> m_sections;
};

} // namespace diffusion::ui
