#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include "smtptypes.h"

namespace diffusion {

// What a client sends after DATA's 354 (RFC 5321 §4.5.2): the message with one more "." at the
// start of every line that starts with ".", a CRLF when the message does not end with one, then
// the terminating ".\r\n". One allocation, one copy of the message.
QByteArray smtpDataBlock(QByteArrayView message);

// A message as an SMTP session takes it, its block made here.
SmtpMessage smtpMessage(qint64 id, QByteArray envelopeFrom, QByteArray recipient, QByteArrayView message);

} // namespace diffusion
