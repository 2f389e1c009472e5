#include "headerfolder.h"

namespace diffusion::dkim {

HeaderFolder::HeaderFolder(QByteArray &out, QByteArrayView name)
    : m_out(out), m_lineStart(out.size())
{
    m_out.append(name).append(':');
}

void HeaderFolder::word(std::initializer_list<QByteArrayView> parts, bool spaced)
{
    qsizetype length = spaced ? 1 : 0;
    for (QByteArrayView part : parts)
        length += part.size();
    // A continuation line holds at least one word, even one too long for it.
    if (lineLength() + length > maxLineLength && lineLength() > 1)
        breakLine();
    else if (spaced)
        m_out.append(' ');
    for (QByteArrayView part : parts)
        m_out.append(part);
}

void HeaderFolder::fill(QByteArrayView text)
{
    while (!text.isEmpty()) {
        if (lineLength() >= maxLineLength)
            breakLine();
        const qsizetype room = qMin(maxLineLength - lineLength(), text.size());
        m_out.append(text.first(room));
        text = text.sliced(room);
    }
}

void HeaderFolder::breakLine()
{
    m_out.append("\r\n\t");
    m_lineStart = m_out.size() - 1;
}

} // namespace diffusion::dkim
