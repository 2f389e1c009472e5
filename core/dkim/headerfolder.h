#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <initializer_list>

namespace diffusion::dkim {

// Writes one header field folded so that no line exceeds 78 characters where possible
// (RFC 5322 §2.1.1): a word stays on the current line when it fits, else it starts a
// continuation line (CRLF TAB). The caller ends the field with its CRLF.
class HeaderFolder final
{
public:
    static constexpr qsizetype maxLineLength = 78;

    // Appends "NAME:" to `out`, which must stay alive and untouched by others while folding.
    HeaderFolder(QByteArray &out, QByteArrayView name);

    // An unbreakable word made of `parts`; `spaced` separates it from the previous word by a
    // space when both share a line.
    void word(std::initializer_list<QByteArrayView> parts, bool spaced = true);
    // Text that may be cut anywhere by folding white space (a base64 value), filling each line.
    void fill(QByteArrayView text);

private:
    qsizetype lineLength() const { return m_out.size() - m_lineStart; }
    void breakLine();

    QByteArray &m_out;
    qsizetype m_lineStart;
};

} // namespace diffusion::dkim
