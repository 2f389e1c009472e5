#pragma once

#include <QString>
#include <QStringList>

namespace diffusion {

// The languages Diffusion speaks, and switching between them at run time. Installing a language
// replaces the catalogues installed before, and Qt then sends QEvent::LanguageChange to every
// widget, so that views retranslate themselves.
class Language final
{
public:
    static QStringList available(); // {"en", "fr"}
    // The system locale's language when Diffusion speaks it, otherwise English.
    static QString systemDefault();
    // Installs Diffusion's and Qt's own catalogues for the language, sets QLocale's default to
    // it (numbers and dates follow), and returns false for a language Diffusion does not have.
    static bool install(const QString &code);
    static QString current();
};

} // namespace diffusion
