#include "relaytls.h"

#include "relayerror.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

namespace diffusion {

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw RelayError(QCoreApplication::translate("Relay", "Cannot read %1: %2. Check the path and its permissions.")
                             .arg(path, file.errorString()));
    return file.readAll();
}

} // namespace

QSslConfiguration relayTlsConfiguration(const QString &certificatePath, const QString &keyPath)
{
    if (!QSslSocket::supportsSsl())
        throw RelayError(QCoreApplication::translate("Relay",
            "STARTTLS is not available: Qt has no working TLS backend here. Install the OpenSSL libraries, or run the relay without --tls-cert."));
    const QList<QSslCertificate> chain = QSslCertificate::fromData(readFile(certificatePath), QSsl::Pem);
    if (chain.isEmpty())
        throw RelayError(QCoreApplication::translate("Relay", "The file %1 holds no PEM certificate. Give the server's certificate in PEM form.")
                             .arg(certificatePath));
    const QByteArray keyData = readFile(keyPath);
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(keyData, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        throw RelayError(QCoreApplication::translate("Relay",
            "The file %1 holds no unencrypted PEM private key (RSA, EC or DSA). Give the certificate's key without a passphrase.")
                             .arg(keyPath));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    return configuration;
}

} // namespace diffusion
