#pragma once

#include <QObject>

namespace diffusion::ui {

// Switches the interface language at run time and remembers the user's choice. Every widget
// retranslates itself on the LanguageChange that Qt sends; this class only installs and saves.
class LanguageController final : public QObject
{
    Q_OBJECT

public:
    explicit LanguageController(QObject *parent);

    // The language saved by the user's last choice, or the system's when Diffusion speaks it.
    static QString startupLanguage();
    // The name of a language in that language, so that a user can find theirs whatever is shown.
    static QString nativeName(const QString &code);

    // Installs the language and saves it as the user's choice; false for an unknown language.
    bool switchTo(const QString &code);

Q_SIGNALS:
    void switched(const QString &code);
};

} // namespace diffusion::ui
