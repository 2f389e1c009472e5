#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace diffusion::dkim {

// One header field of a message, as views into the message's bytes.
struct HeaderField {
    QByteArrayView name;  // as written, without the WSP that may precede the colon
    QByteArrayView field; // the whole field, folding included, without its final CRLF
};

// A message split into its header fields and body, without copying it. The views point into
// the QByteArray given to parse(), which must outlive the RawMessage and stay unmodified.
struct RawMessage {
    QList<HeaderField> headers;
    QByteArrayView body; // after the empty line; empty when the message has none

    // Expects CRLF line endings (see withCrlfLineEndings). Throws DkimError for a header line that
    // is neither a field nor a continuation: signing around it would hide it from the verifier.
    static RawMessage parse(const QByteArray &message);
};

// The message with every bare LF turned into CRLF; the same (shared) bytes when there is none.
QByteArray withCrlfLineEndings(const QByteArray &message);

// True when every LF of the message follows a CR.
bool hasCrlfLineEndings(QByteArrayView message);

} // namespace diffusion::dkim
