// DKIM keys: loading PEM files (and refusing what cannot sign), the DNS record, and comparing a
// published record with the key. Keys are made by the openssl command line, as operators make them.
#include "dkim/dkimerror.h"
#include "dkim/dkimkey.h"
#include "dkimverifier.h"
#include "process.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace diffusion;

namespace {

// RFC 8032 §7.1 test 1, the key of RFC 8463 Appendix A, as PKCS#8: the fixed DER prefix of an
// Ed25519 private key, then the 32-byte seed.
QByteArray rfc8463PrivateKeyPem()
{
    const QByteArray der = QByteArray::fromHex("302e020100300506032b657004220420")
        + QByteArray::fromBase64("nWGxne/9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A=");
    return "-----BEGIN PRIVATE KEY-----\n" + der.toBase64() + "\n-----END PRIVATE KEY-----\n";
}
const QByteArray rfc8463Record = "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=";

QByteArray opensslOutput(const QStringList &arguments)
{
    const test::ProcessResult result = test::runProcess(u"openssl"_qs, arguments);
    if (result.exitCode != 0)
        QTest::qFail(result.err.constData(), __FILE__, __LINE__);
    return result.out;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestDkimKey final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    DkimKey load(const QString &name) const { return DkimKey::fromFile(path(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::opensslKey(path(u"rsa1024.pem"_qs), test::rsaKeyArguments(1024));
        test::opensslKey(path(u"rsa2048.pem"_qs), test::rsaKeyArguments(2048));
        test::opensslKey(path(u"other2048.pem"_qs), test::rsaKeyArguments(2048));
        test::opensslKey(path(u"rsa4096.pem"_qs), test::rsaKeyArguments(4096));
        test::opensslKey(path(u"rsa512.pem"_qs), test::rsaKeyArguments(512));
        test::opensslKey(path(u"rsa4104.pem"_qs), test::rsaKeyArguments(4104));
        test::opensslKey(path(u"traditional.pem"_qs), {u"genrsa"_qs, u"-traditional"_qs, u"2048"_qs});
        test::opensslKey(path(u"ed25519.pem"_qs), test::ed25519KeyArguments());
        test::opensslKey(path(u"other-ed25519.pem"_qs), test::ed25519KeyArguments());
        test::opensslKey(path(u"ec.pem"_qs), {u"genpkey"_qs, u"-algorithm"_qs, u"EC"_qs, u"-pkeyopt"_qs, u"ec_paramgen_curve:P-256"_qs});
        test::opensslKey(path(u"encrypted.pem"_qs), test::ed25519KeyArguments() + QStringList{u"-aes256"_qs, u"-pass"_qs, u"pass:secret"_qs});
        test::opensslKey(path(u"public.pem"_qs), {u"pkey"_qs, u"-in"_qs, path(u"rsa2048.pem"_qs), u"-pubout"_qs});
        writeFile(path(u"empty.pem"_qs), {});
        writeFile(path(u"garbage.pem"_qs), "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----\n");
        QVERIFY(QFile::exists(path(u"traditional.pem"_qs)));
    }

    void loads_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<DkimAlgorithm>("algorithm");
        QTest::addColumn<int>("bits");
        QTest::newRow("RSA 1024, PKCS#8") << u"rsa1024.pem"_qs << DkimAlgorithm::RsaSha256 << 1024;
        QTest::newRow("RSA 2048, PKCS#8") << u"rsa2048.pem"_qs << DkimAlgorithm::RsaSha256 << 2048;
        QTest::newRow("RSA 4096, PKCS#8") << u"rsa4096.pem"_qs << DkimAlgorithm::RsaSha256 << 4096;
        QTest::newRow("RSA 2048, traditional") << u"traditional.pem"_qs << DkimAlgorithm::RsaSha256 << 2048;
        QTest::newRow("Ed25519") << u"ed25519.pem"_qs << DkimAlgorithm::Ed25519Sha256 << 256;
    }

    void loads()
    {
        QFETCH(QString, file);
        QFETCH(DkimAlgorithm, algorithm);
        QFETCH(int, bits);
        const DkimKey key = load(file);
        QCOMPARE(key.algorithm(), algorithm);
        QCOMPARE(key.bits(), bits);
    }

    void traditionalFileIsTraditional()
    {
        QFile file(path(u"traditional.pem"_qs));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("-----BEGIN RSA PRIVATE KEY-----"));
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("because");
        QTest::newRow("missing file") << u"missing.pem"_qs << u"Cannot read"_qs;
        QTest::newRow("empty file") << u"empty.pem"_qs << u"is not a PEM private key"_qs;
        QTest::newRow("garbage") << u"garbage.pem"_qs << u"is not a PEM private key"_qs;
        QTest::newRow("public key") << u"public.pem"_qs << u"is not a PEM private key"_qs;
        QTest::newRow("RSA too small") << u"rsa512.pem"_qs << u"RSA key of 512 bits; use a key of 1024 to 4096 bits"_qs;
        QTest::newRow("RSA too large") << u"rsa4104.pem"_qs << u"RSA key of 4104 bits"_qs;
        QTest::newRow("EC key") << u"ec.pem"_qs << u"is of type EC; DKIM signs with RSA or Ed25519 keys only"_qs;
        QTest::newRow("passphrase") << u"encrypted.pem"_qs << u"protected by a passphrase"_qs;
    }

    void refuses()
    {
        QFETCH(QString, file);
        QFETCH(QString, because);
        try {
            load(file);
            QFAIL("the key was accepted");
        } catch (const DkimError &error) {
            QVERIFY2(error.message().contains(path(file)), qPrintable(error.message()));
            QVERIFY2(error.message().contains(because), qPrintable(error.message()));
            QVERIFY2(error.message().endsWith(u'.') || error.message().endsWith(u')'), qPrintable(error.message()));
        }
    }

    void refusesHugeFile()
    {
        const QString huge = path(u"huge.pem"_qs);
        writeFile(huge, QByteArray(2 * 1024 * 1024, 'A'));
        QVERIFY_THROWS_EXCEPTION(DkimError, DkimKey::fromFile(huge));
    }

    void ed25519RecordIsTheRawKey()
    {
        const DkimKey key = DkimKey::fromPem(rfc8463PrivateKeyPem(), u"RFC 8463 key"_qs);
        QCOMPARE(key.algorithm(), DkimAlgorithm::Ed25519Sha256);
        QCOMPARE(key.dnsRecord(), rfc8463Record);
        QCOMPARE(key.checkRecord(rfc8463Record), DkimKey::RecordCheck::Matches);
    }

    void rsaRecordIsTheSubjectPublicKeyInfo()
    {
        const QByteArray der = opensslOutput({u"pkey"_qs, u"-in"_qs, path(u"rsa2048.pem"_qs), u"-pubout"_qs, u"-outform"_qs, u"DER"_qs});
        QVERIFY(!der.isEmpty());
        QCOMPARE(load(u"rsa2048.pem"_qs).dnsRecord(), "v=DKIM1; k=rsa; p=" + der.toBase64());
    }

    void checksRecords_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("record");
        QTest::addColumn<DkimKey::RecordCheck>("expected");
        using Check = DkimKey::RecordCheck;
        const DkimKey rsa = load(u"rsa2048.pem"_qs);
        const DkimKey ed = load(u"ed25519.pem"_qs);
        const QByteArray rsaKey = rsa.dnsRecord().mid(rsa.dnsRecord().indexOf("p=") + 2);
        const QByteArray pkcs1 = opensslOutput({u"rsa"_qs, u"-in"_qs, path(u"rsa2048.pem"_qs), u"-RSAPublicKey_out"_qs, u"-outform"_qs, u"DER"_qs});
        const QString rsaFile = u"rsa2048.pem"_qs;
        const QString edFile = u"ed25519.pem"_qs;

        QTest::newRow("RSA, own record") << rsaFile << rsa.dnsRecord() << Check::Matches;
        QTest::newRow("RSA, spaces in p=, no v=") << rsaFile << "k=rsa ;  p=" + rsaKey.left(100) + " " + rsaKey.mid(100) + " ;" << Check::Matches;
        QTest::newRow("RSA, no k=") << rsaFile << "v=DKIM1; p=" + rsaKey << Check::Matches;
        QTest::newRow("RSA, bare RSAPublicKey") << rsaFile << "v=DKIM1; k=rsa; p=" + pkcs1.toBase64() << Check::Matches;
        QTest::newRow("RSA, another key") << rsaFile << load(u"other2048.pem"_qs).dnsRecord() << Check::DifferentKey;
        QTest::newRow("RSA, an Ed25519 record") << rsaFile << ed.dnsRecord() << Check::DifferentKey;
        QTest::newRow("RSA, revoked") << rsaFile << QByteArray("v=DKIM1; k=rsa; p=") << Check::Revoked;
        QTest::newRow("RSA, not base64") << rsaFile << QByteArray("v=DKIM1; k=rsa; p=@@@@") << Check::Malformed;
        QTest::newRow("RSA, not a key") << rsaFile << QByteArray("v=DKIM1; k=rsa; p=bm90IGEga2V5") << Check::Malformed;
        QTest::newRow("RSA, other version") << rsaFile << "v=DKIM2; k=rsa; p=" + rsaKey << Check::Malformed;
        QTest::newRow("RSA, no p=") << rsaFile << QByteArray("v=DKIM1; k=rsa") << Check::Malformed;
        QTest::newRow("RSA, not a tag list") << rsaFile << QByteArray("v=spf1 -all; nonsense") << Check::Malformed;
        QTest::newRow("Ed25519, own record") << edFile << ed.dnsRecord() << Check::Matches;
        QTest::newRow("Ed25519, another key") << edFile << load(u"other-ed25519.pem"_qs).dnsRecord() << Check::DifferentKey;
        QTest::newRow("Ed25519, an RSA record") << edFile << rsa.dnsRecord() << Check::DifferentKey;
        QTest::newRow("Ed25519, short key") << edFile << "v=DKIM1; k=ed25519; p=" + QByteArray(31, 'k').toBase64() << Check::Malformed;
    }

    void checksRecords()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, record);
        QFETCH(DkimKey::RecordCheck, expected);
        QCOMPARE(load(file).checkRecord(record), expected);
    }

    void algorithmNames()
    {
        QCOMPARE(dkimAlgorithmName(DkimAlgorithm::RsaSha256), QByteArrayView("rsa-sha256"));
        QCOMPARE(dkimAlgorithmName(DkimAlgorithm::Ed25519Sha256), QByteArrayView("ed25519-sha256"));
        QCOMPARE(dkimAlgorithmFromName("ed25519-sha256"), std::optional(DkimAlgorithm::Ed25519Sha256));
        QCOMPARE(dkimAlgorithmFromName("rsa-sha256"), std::optional(DkimAlgorithm::RsaSha256));
        QCOMPARE(dkimAlgorithmFromName("rsa-sha1"), std::optional<DkimAlgorithm>());
    }
};

QTEST_GUILESS_MAIN(TestDkimKey)
#include "tst_dkimkey.moc"
