#pragma once

#include <QSslConfiguration>
#include <QString>

namespace diffusion {

// The relay's TLS server configuration from a PEM certificate file (the server's certificate
// first, then any intermediates) and a PEM private key (RSA or EC, unencrypted). Throws
// RelayError with a sentence naming the file at fault. Clients are not asked for certificates.
QSslConfiguration relayTlsConfiguration(const QString &certificatePath, const QString &keyPath);

} // namespace diffusion
