#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace diffusion {

namespace {

struct Installed {
    QString code;
    QTranslator *own = nullptr;
    QTranslator *qt = nullptr;
};

Installed &installed()
{
    static Installed state;
    return state;
}

QLocale localeFor(const QString &code)
{
    // Keep the user's country when it matches the language (fr_CA stays fr_CA), else pick the
    // language's main country so that number and date formats are the expected ones.
    const QLocale system = QLocale::system();
    if (QLocale::languageToCode(system.language()) == code)
        return system;
    return QLocale(code == u"fr"_qs ? QLocale::French : QLocale::English,
                   code == u"fr"_qs ? QLocale::France : QLocale::UnitedStates);
}

} // namespace

QStringList Language::available()
{
    return {u"en"_qs, u"fr"_qs};
}

QString Language::systemDefault()
{
    const QString code = QLocale::languageToCode(QLocale::system().language());
    return available().contains(code) ? code : u"en"_qs;
}

QString Language::current()
{
    return installed().code;
}

bool Language::install(const QString &code)
{
    if (!available().contains(code))
        return false;
    Installed &state = installed();
    if (state.code == code)
        return true;
    auto *own = new QTranslator(QCoreApplication::instance());
    if (!own->load(u":/i18n/diffusion_"_qs + code)) {
        delete own;
        return false;
    }
    // Qt's own strings (standard buttons, dialogs); a missing catalogue only leaves them English.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (!qt->load(u"qtbase_"_qs + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        delete qt;
        qt = nullptr;
    }
    if (state.own) {
        QCoreApplication::removeTranslator(state.own);
        delete state.own;
    }
    if (state.qt) {
        QCoreApplication::removeTranslator(state.qt);
        delete state.qt;
    }
    // The locale first: installing a translator sends LanguageChange, and views re-render their
    // numbers and dates then.
    QLocale::setDefault(localeFor(code));
    QCoreApplication::installTranslator(own);
    if (qt)
        QCoreApplication::installTranslator(qt);
    state = {code, own, qt};
    return true;
}

} // namespace diffusion
