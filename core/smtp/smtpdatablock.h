#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace diffusion {

// What a client sends after DATA's 354 (RFC 5321 §4.5.2): the message with one more "." at the
// start of every line that starts with ".", a CRLF when the message does not end with one, then
// the terminating ".\r\n". One allocation, one copy of the message.
QByteArray smtpDataBlock(QByteArrayView message);

} // namespace diffusion
