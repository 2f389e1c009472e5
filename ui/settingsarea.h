#pragma once

#include <QWidget>

class QButtonGroup;
class QGroupBox;
class QLabel;
class QRadioButton;

namespace diffusion::ui {

class AreaHeader;
class LanguageController;

// The console's settings: the interface language for now; the relay, DKIM keys and retries
// will join it.
class SettingsArea final : public QWidget
{
    Q_OBJECT

public:
    SettingsArea(LanguageController *languages, QWidget *parent);

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
    QGroupBox *m_laterBox;
    QLabel *m_laterText;
};

} // namespace diffusion::ui
