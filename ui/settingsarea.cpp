#include "settingsarea.h"

#include "areaheader.h"
#include "i18n/language.h"
#include "languagecontroller.h"
#include "navigation.h"
#include "settings/dkimsection.h"
#include "settings/inmailsection.h"
#include "settings/quarantinesection.h"
#include "settings/retrysection.h"
#include "settings/sendingsection.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace diffusion::ui {

SettingsArea::SettingsArea(Workspace &workspace, LanguageController *languages, QWidget *parent)
    : QWidget(parent),
      m_languages(languages),
      m_header(new AreaHeader(this)),
      m_languageBox(new QGroupBox(this)),
      m_languageHint(new QLabel(m_languageBox)),
      m_languageButtons(new QButtonGroup(this)),
      m_tabs(new QTabWidget(this))
{
    setObjectName(u"settingsArea"_qs);
    m_languageBox->setObjectName(u"languageBox"_qs);

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

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(10);
    layout->addWidget(m_header);
    layout->addSpacing(8);
    m_tabs->setObjectName(u"settingsTabs"_qs);
    m_sections = {new SendingSection(workspace, m_tabs), new DkimSection(workspace, m_tabs), new RetrySection(workspace, m_tabs),
                  new QuarantineSection(workspace, m_tabs), new InMailSection(workspace, m_tabs)};
    for (SettingsSection *section : std::as_const(m_sections))
        m_tabs->addTab(section, QString());
    auto *languagePage = new QWidget(m_tabs);
    auto *languagePageLayout = new QVBoxLayout(languagePage);
    languagePageLayout->addWidget(m_languageBox);
    languagePageLayout->addStretch(1);
    m_tabs->addTab(languagePage, QString());
    layout->addWidget(m_tabs, 1);

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
    const QStringList titles = {tr("Sending"), tr("DKIM keys"), tr("Retries"), tr("Quarantine"), tr("Bounce mailbox"), tr("Language")};
    for (int i = 0; i < titles.size(); ++i)
        m_tabs->setTabText(i, titles[i]);
    syncLanguage();
}

void SettingsArea::refresh()
{
    for (SettingsSection *section : std::as_const(m_sections))
        section->refresh();
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
