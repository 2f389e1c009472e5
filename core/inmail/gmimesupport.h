#pragma once

// GMime for the bounce parser, behind one header: GLib's GIO headers name struct members
// "signals", which Qt defines as a keyword macro, so GMime is included with the macro set aside.
#pragma push_macro("signals")
#undef signals
#include <gmime/gmime.h>
#pragma pop_macro("signals")

#include <QByteArray>
#include <QString>
#include <memory>

namespace diffusion::gmime {

// g_mime_init(), once per process, from whichever thread parses first.
void ensureInitialized();

struct ObjectUnref {
    void operator()(void *object) const { g_object_unref(object); }
};
// Owns one reference to a GObject (a stream, a parser, a message).
template <typename T> using Ref = std::unique_ptr<T, ObjectUnref>;

// The part's content with its transfer encoding (base64, quoted-printable) undone, at most
// maxBytes of it. Broken encodings give what the decoder could make of them.
QByteArray decodedContent(GMimePart *part, qsizetype maxBytes);

// The part's text as Unicode: decoded, converted from its charset (UTF-8 when the charset is
// unknown or missing, bad bytes replaced), HTML reduced to its text. At most maxBytes are read.
QString partText(GMimePart *part, qsizetype maxBytes);

// A header's value as GMime stores it (unfolded, encoded words left as they are), or empty.
QString headerValue(GMimeObject *object, const char *name);

} // namespace diffusion::gmime
