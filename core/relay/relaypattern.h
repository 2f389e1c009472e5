#pragma once

#include <QString>
#include <QStringView>

namespace diffusion {

// A recipient pattern of a relay profile: a glob where '*' stands for any run of characters and
// '?' for one, compared without regard to case. A pattern with an '@' is matched against the
// whole address ("*@*.invalid"); one without is matched against the address's domain
// ("mailbox-full.test", "*.example"), since most rules are about domains.
class RelayPattern final
{
public:
    RelayPattern() = default; // matches every address
    explicit RelayPattern(const QString &glob);

    QString text() const { return m_text; }
    bool matchesEverything() const { return m_folded.isEmpty() || m_folded == u"*"; }
    bool matches(QStringView address) const;

private:
    QString m_text;
    QString m_folded;
    bool m_wholeAddress = false;
};

} // namespace diffusion
