#include "settingsarea.h"

#include "areaheader.h"
#include "i18n/language.h"
#include "languagecontroller.h"
#include "navigation.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace diffusion::ui {

SettingsArea::SettingsArea(LanguageController *languages, QWidget *parent)
    : QWidget(parent),
      m_languages(languages),
      m_header(new AreaHeader(this)),
      m_languageBox(new QGroupBox(this)),
      m_languageHint(new QLabel(m_languageBox)),
      m_languageButtons(new QButtonGroup(this)),
      m_laterBox(new QGroupBox(this)),
      m_laterText(new QLabel(m_laterBox))
{
    setObjectName(u"settingsArea"_qs);
    m_languageBox->setObjectName(u"languageBox"_qs);
    m_laterText->setObjectName(u"laterSettings"_qs);

    auto *languageLayout = new QVBoxLayout(m_languageBox);
    for (const QString &code : Language::available()) {
        auto *button = new QRadioButton(LanguageController::nativeName(code), m_languageBox);
        button->setObjectName(u"language-"_qs + code);
        button->setProperty("languageCode", code);
        m_languageButtons->addButton(button);
        languageLayout->addWidget(button);
    }
    m_languageHint->setWordWrap(true);
    m_languageHint->setForegroundRole(QPalette::PlaceholderText);
    languageLayout->addWidget(m_languageHint);

    m_laterText->setWordWrap(true);
    m_laterText->setForegroundRole(QPalette::PlaceholderText);
    auto *laterLayout = new QVBoxLayout(m_laterBox);
    laterLayout->addWidget(m_laterText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(10);
    layout->addWidget(m_header);
    layout->addSpacing(8);
    layout->addWidget(m_languageBox);
    layout->addWidget(m_laterBox);
    layout->addStretch(1);

    connect(m_languageButtons, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *button, bool checked) {
        if (!checked)
            return;
        if (!m_languages->switchTo(button->property("languageCode").toString()))
            syncLanguage();
    });
    connect(m_languages, &LanguageController::switched, this, &SettingsArea::syncLanguage);
    retranslateUi();
}

void SettingsArea::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SettingsArea::retranslateUi()
{
    m_header->setTexts(Navigation::title(Navigation::Area::Settings),
                       tr("Preferences of this console and of the workspace."));
    m_languageBox->setTitle(tr("Language"));
    m_languageHint->setText(tr("The interface switches at once, numbers and dates included. "
                               "Your choice is remembered for the next start."));
    m_laterBox->setTitle(tr("Sending"));
    m_laterText->setText(tr("The relay, the DKIM signing keys and the retry settings will appear here "
                            "in a later version."));
    syncLanguage();
}

void SettingsArea::syncLanguage()
{
    // Reflect the language in force without switching it again.
    const QSignalBlocker blocker(m_languageButtons);
    const QString current = Language::current();
    for (QAbstractButton *button : m_languageButtons->buttons())
        button->setChecked(button->property("languageCode").toString() == current);
}

} // namespace diffusion::ui
