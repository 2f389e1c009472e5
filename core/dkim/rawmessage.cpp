#include "rawmessage.h"

#include "canonicalization.h"
#include "dkimerror.h"

#include <QCoreApplication>

namespace diffusion::dkim {

namespace {

// RFC 5322 ftext: printable US-ASCII but the colon.
bool isFieldName(QByteArrayView name)
{
    if (name.isEmpty())
        return false;
    for (char c : name) {
        if (c < 33 || c > 126 || c == ':')
            return false;
    }
    return true;
}

} // namespace

RawMessage RawMessage::parse(const QByteArray &message)
{
    RawMessage parsed;
    parsed.headers.reserve(32); // more than a campaign message has: no regrowth
    const QByteArrayView text(message);
    qsizetype lineStart = 0;
    int lineNumber = 0;
    while (lineStart < text.size()) {
        ++lineNumber;
        qsizetype lineEnd = text.indexOf("\r\n", lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        const QByteArrayView line = text.sliced(lineStart, lineEnd - lineStart);
        const qsizetype next = qMin(lineEnd + 2, text.size());
        if (line.isEmpty()) {
            parsed.body = text.sliced(next);
            return parsed;
        }
        if (isWsp(line.front()) && !parsed.headers.isEmpty()) {
            QByteArrayView &field = parsed.headers.last().field;
            field = QByteArrayView(field.data(), line.data() + line.size());
        } else {
            const qsizetype colon = line.indexOf(':');
            QByteArrayView name = colon < 0 ? QByteArrayView() : line.first(colon);
            while (!name.isEmpty() && isWsp(name.back()))
                name.chop(1);
            if (!isFieldName(name)) {
                throw DkimError(QCoreApplication::translate("Dkim",
                    "Line %1 of the message header is not a header field (\"Name: value\"), so the message cannot be signed.")
                    .arg(lineNumber));
            }
            parsed.headers.append({name, line});
        }
        lineStart = next;
    }
    return parsed;
}

bool hasCrlfLineEndings(QByteArrayView message)
{
    for (qsizetype lf = message.indexOf('\n'); lf >= 0; lf = message.indexOf('\n', lf + 1)) {
        if (lf == 0 || message[lf - 1] != '\r')
            return false;
    }
    return true;
}

QByteArray withCrlfLineEndings(const QByteArray &message)
{
    if (hasCrlfLineEndings(message))
        return message;
    QByteArray out;
    out.reserve(message.size() + message.size() / 32);
    char previous = 0;
    for (char c : message) {
        if (c == '\n' && previous != '\r')
            out.append('\r');
        out.append(c);
        previous = c;
    }
    return out;
}

} // namespace diffusion::dkim
