#include "testtls.h"

#include "process.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QSslKey>
#include <QTest>

namespace diffusion::test {

namespace {

bool openssl(const QStringList &arguments)
{
    const ProcessResult result = runProcess(u"openssl"_qs, arguments);
    if (result.exitCode != 0) {
        QTest::qFail(qPrintable(u"openssl "_qs + arguments.join(u' ') + u" failed: "_qs
                                + QString::fromLocal8Bit(result.err)),
                     __FILE__, __LINE__);
        return false;
    }
    return true;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TestCertificates TestCertificates::make(const QString &dir, const QString &hostName)
{
    const QDir folder(dir);
    const QString caKey = folder.filePath(u"ca.key"_qs);
    const QString request = folder.filePath(u"server.csr"_qs);
    const QString extensions = folder.filePath(u"server.ext"_qs);
    TestCertificates made{folder.filePath(u"ca.crt"_qs), folder.filePath(u"server.crt"_qs),
                          folder.filePath(u"server.key"_qs)};
    const QStringList newKey{u"-newkey"_qs, u"ec"_qs, u"-pkeyopt"_qs, u"ec_paramgen_curve:prime256v1"_qs,
                             u"-nodes"_qs};

    QFile extensionFile(extensions);
    if (!extensionFile.open(QIODevice::WriteOnly))
        return {};
    const bool isAddress = !QHostAddress(hostName).isNull();
    extensionFile.write("subjectAltName=" + QByteArray(isAddress ? "IP:" : "DNS:") + hostName.toUtf8() + "\n"
                        "basicConstraints=critical,CA:FALSE\n"
                        "keyUsage=critical,digitalSignature\n"
                        "extendedKeyUsage=serverAuth\n");
    extensionFile.close();

    const bool ok = openssl(QStringList{u"req"_qs, u"-x509"_qs} + newKey
                            + QStringList{u"-keyout"_qs, caKey, u"-out"_qs, made.caCertificatePath, u"-days"_qs,
                                          u"2"_qs, u"-subj"_qs, u"/CN=Diffusion test CA"_qs, u"-addext"_qs,
                                          u"basicConstraints=critical,CA:TRUE"_qs, u"-addext"_qs,
                                          u"keyUsage=critical,keyCertSign,cRLSign"_qs})
        && openssl(QStringList{u"req"_qs} + newKey
                   + QStringList{u"-keyout"_qs, made.privateKeyPath, u"-out"_qs, request, u"-subj"_qs,
                                 u"/CN="_qs + hostName})
        && openssl({u"x509"_qs, u"-req"_qs, u"-in"_qs, request, u"-CA"_qs, made.caCertificatePath, u"-CAkey"_qs,
                    caKey, u"-CAcreateserial"_qs, u"-days"_qs, u"2"_qs, u"-extfile"_qs, extensions, u"-out"_qs,
                    made.certificatePath});
    return ok ? made : TestCertificates{};
}

QList<QSslCertificate> TestCertificates::caCertificates() const
{
    return QSslCertificate::fromPath(caCertificatePath);
}

QSslConfiguration TestCertificates::serverConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(readFile(certificatePath)));
    configuration.setPrivateKey(QSslKey(readFile(privateKeyPath), QSsl::Ec));
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

} // namespace diffusion::test
