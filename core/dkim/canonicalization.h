#pragma once

#include <QByteArray>
#include <QByteArrayView>

// DKIM canonicalization (RFC 6376 §3.4) as pure functions of the bytes they are given.
namespace diffusion::dkim {

enum class Canonicalization { Simple, Relaxed };

// WSP: what RFC 5322 folds and RFC 6376 compresses.
inline bool isWsp(char c)
{
    return c == ' ' || c == '\t';
}

// The c= name: "simple" or "relaxed".
QByteArrayView canonicalizationName(Canonicalization canonicalization);

// Appends the canonical form of one header field. `field` is the field as it stands in the
// message, name, colon, value and folding included, without the CRLF that ends it; nothing is
// appended after it either, so that the DKIM-Signature field itself can be hashed without one.
void appendCanonicalHeader(QByteArray &out, Canonicalization canonicalization, QByteArrayView field);

// The canonical body. A body that does not end with CRLF gets one, as SMTP transmission would
// add it; trailing empty lines are dropped; an empty body is CRLF in simple, empty in relaxed.
QByteArray canonicalBody(Canonicalization canonicalization, QByteArrayView body);

} // namespace diffusion::dkim
