#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>

namespace diffusion::test {

// A throw-away certificate authority and a server certificate it signed, made with the openssl
// command-line tool (EC P-256, valid two days), as PEM files in a folder the caller owns:
//
//     QTemporaryDir dir;
//     const auto certificates = test::TestCertificates::make(dir.path(), u"localhost"_qs);
//     QVERIFY(certificates.isValid());
//     server.setSslConfiguration(certificates.serverConfiguration());
//     client.caCertificates = certificates.caCertificates();
struct TestCertificates {
    QString caCertificatePath;
    QString certificatePath;   // names hostName (subjectAltName: DNS, or IP for an address)
    QString privateKeyPath;    // the server certificate's key, unencrypted

    // Fails the current test (QTest) and returns an invalid set when openssl fails.
    static TestCertificates make(const QString &dir, const QString &hostName);

    bool isValid() const { return !certificatePath.isEmpty(); }
    QList<QSslCertificate> caCertificates() const;
    // For a server: its certificate and key, no client certificate asked for.
    QSslConfiguration serverConfiguration() const;
};

} // namespace diffusion::test
