#pragma once

#include <QObject>
#include <functional>

namespace diffusion::ui {

// Calls `retranslate` once after each switch of language, for objects that are not widgets
// (models) and so get no LanguageChange of their own. It watches the application, which gets
// several LanguageChange events per switch (a catalogue removed, others installed) before the
// default QLocale changes: the call is queued, so it runs once, after the switch is over.
class LanguageFollower final : public QObject
{
public:
    LanguageFollower(QObject *owner, std::function<void()> retranslate);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::function<void()> m_retranslate;
    bool m_pending = false;
};

} // namespace diffusion::ui
