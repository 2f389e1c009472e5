#include "relaypattern.h"

#include "common/glob.h"

namespace diffusion {

RelayPattern::RelayPattern(const QString &glob)
    : m_text(glob), m_folded(glob.toCaseFolded()), m_wholeAddress(glob.contains(u'@'))
{
}

bool RelayPattern::matches(QStringView address) const
{
    if (matchesEverything())
        return true;
    if (m_wholeAddress)
        return globMatches(m_folded, address);
    const qsizetype at = address.lastIndexOf(u'@');
    return globMatches(m_folded, at < 0 ? QStringView() : address.mid(at + 1));
}

} // namespace diffusion
