#include "languagecontroller.h"

#include "i18n/language.h"

#include <QSettings>

namespace diffusion::ui {

namespace {
const QString languageKey = u"language"_qs;
}

LanguageController::LanguageController(QObject *parent)
    : QObject(parent)
{
}

QString LanguageController::startupLanguage()
{
    const QString saved = QSettings().value(languageKey).toString();
    return Language::available().contains(saved) ? saved : Language::systemDefault();
}

QString LanguageController::nativeName(const QString &code)
{
    if (code == u"fr"_qs)
        return u"Français"_qs;
    if (code == u"en"_qs)
        return u"English"_qs;
    return code;
}

bool LanguageController::switchTo(const QString &code)
{
    if (!Language::install(code))
        return false;
    QSettings().setValue(languageKey, code);
    Q_EMIT switched(code);
    return true;
}

} // namespace diffusion::ui
