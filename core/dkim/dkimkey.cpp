#include "dkimkey.h"

#include "dkimerror.h"

#include <QCoreApplication>
#include <QFile>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace diffusion {

namespace {

// A 4096-bit RSA key in PEM is about 3.3 kB: anything far larger is not a key file.
constexpr qint64 maxPemSize = 1024 * 1024;
constexpr int minRsaBits = 1024;
constexpr int maxRsaBits = 4096;

using PkeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;

// OpenSSL's default would prompt on the terminal, which a server or a GUI does not have.
int refusePassphrase(char *, int, int, void *asked)
{
    *static_cast<bool *>(asked) = true;
    return -1;
}

QByteArrayView keyTypeTag(DkimAlgorithm algorithm)
{
    return algorithm == DkimAlgorithm::RsaSha256 ? "rsa" : "ed25519";
}

// What p= holds: DER SubjectPublicKeyInfo for RSA, the raw 32 bytes for Ed25519 (RFC 8463 §4.2).
QByteArray publicKeyData(EVP_PKEY *pkey, DkimAlgorithm algorithm)
{
    QByteArray data;
    if (algorithm == DkimAlgorithm::RsaSha256) {
        data.resize(i2d_PUBKEY(pkey, nullptr));
        auto *out = reinterpret_cast<unsigned char *>(data.data());
        i2d_PUBKEY(pkey, &out);
    } else {
        size_t size = 0;
        EVP_PKEY_get_raw_public_key(pkey, nullptr, &size);
        data.resize(qsizetype(size));
        EVP_PKEY_get_raw_public_key(pkey, reinterpret_cast<unsigned char *>(data.data()), &size);
    }
    return data;
}

PkeyPtr parseRsaPublicKey(const QByteArray &der)
{
    const auto *begin = reinterpret_cast<const unsigned char *>(der.constData());
    const unsigned char *p = begin;
    PkeyPtr key(d2i_PUBKEY(nullptr, &p, long(der.size())), &EVP_PKEY_free);
    if (!key) {
        p = begin;
        key.reset(d2i_PublicKey(EVP_PKEY_RSA, nullptr, &p, long(der.size())));
    }
    ERR_clear_error();
    return key;
}

QByteArray withoutWhitespace(const QByteArray &text)
{
    QByteArray out;
    for (char c : text) {
        if (!QChar::isSpace(uchar(c)))
            out.append(c);
    }
    return out;
}

} // namespace

QByteArrayView dkimAlgorithmName(DkimAlgorithm algorithm)
{
    return algorithm == DkimAlgorithm::RsaSha256 ? "rsa-sha256" : "ed25519-sha256";
}

std::optional<DkimAlgorithm> dkimAlgorithmFromName(QByteArrayView name)
{
    for (DkimAlgorithm algorithm : {DkimAlgorithm::RsaSha256, DkimAlgorithm::Ed25519Sha256}) {
        if (name == dkimAlgorithmName(algorithm))
            return algorithm;
    }
    return std::nullopt;
}

DkimKey::DkimKey(std::shared_ptr<evp_pkey_st> pkey, DkimAlgorithm algorithm)
    : m_pkey(std::move(pkey)), m_algorithm(algorithm)
{
}

DkimKey DkimKey::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw DkimError(QCoreApplication::translate("Dkim", "Cannot read the DKIM key file %1: %2.")
                            .arg(path, file.errorString()));
    }
    if (file.size() > maxPemSize) {
        throw DkimError(QCoreApplication::translate("Dkim",
            "The file %1 is too large to be a DKIM private key; choose the PEM file of the key.").arg(path));
    }
    return fromPem(file.readAll(), path);
}

DkimKey DkimKey::fromPem(QByteArrayView pem, const QString &origin)
{
    bool passphraseAsked = false;
    EVP_PKEY *loaded = nullptr;
    if (pem.size() <= maxPemSize) {
        std::unique_ptr<BIO, decltype(&BIO_free_all)> bio(BIO_new_mem_buf(pem.data(), int(pem.size())), &BIO_free_all);
        if (bio)
            loaded = PEM_read_bio_PrivateKey(bio.get(), nullptr, refusePassphrase, &passphraseAsked);
    }
    ERR_clear_error();
    if (!loaded && passphraseAsked) {
        throw DkimError(QCoreApplication::translate("Dkim",
            "The DKIM key %1 is protected by a passphrase; save it without one (openssl pkey -in KEY -out PLAIN_KEY).").arg(origin));
    }
    if (!loaded) {
        throw DkimError(QCoreApplication::translate("Dkim",
            "The DKIM key %1 is not a PEM private key; use an RSA or Ed25519 key as written by openssl genpkey.").arg(origin));
    }
    std::shared_ptr<evp_pkey_st> pkey(loaded, &EVP_PKEY_free);
    if (EVP_PKEY_is_a(loaded, "ED25519"))
        return DkimKey(std::move(pkey), DkimAlgorithm::Ed25519Sha256);
    if (!EVP_PKEY_is_a(loaded, "RSA")) {
        throw DkimError(QCoreApplication::translate("Dkim",
            "The DKIM key %1 is of type %2; DKIM signs with RSA or Ed25519 keys only.")
                .arg(origin, QString::fromLatin1(EVP_PKEY_get0_type_name(loaded))));
    }
    const int bits = EVP_PKEY_get_bits(loaded);
    if (bits < minRsaBits || bits > maxRsaBits) {
        throw DkimError(QCoreApplication::translate("Dkim",
            "The DKIM key %1 is an RSA key of %2 bits; use a key of %3 to %4 bits (2048 is the usual choice).")
                .arg(origin).arg(bits).arg(minRsaBits).arg(maxRsaBits));
    }
    return DkimKey(std::move(pkey), DkimAlgorithm::RsaSha256);
}

int DkimKey::bits() const
{
    return EVP_PKEY_get_bits(m_pkey.get());
}

QByteArray DkimKey::dnsRecord() const
{
    return "v=DKIM1; k=" + keyTypeTag(m_algorithm).toByteArray() + "; p="
        + publicKeyData(m_pkey.get(), m_algorithm).toBase64();
}

DkimKey::RecordCheck DkimKey::checkRecord(QByteArrayView record) const
{
    std::optional<QByteArray> version, publicKey;
    QByteArray keyType = "rsa";
    for (const QByteArray &tag : record.toByteArray().split(';')) {
        if (tag.trimmed().isEmpty())
            continue;
        const qsizetype equals = tag.indexOf('=');
        if (equals < 0)
            return RecordCheck::Malformed;
        const QByteArray name = tag.first(equals).trimmed();
        const QByteArray value = tag.sliced(equals + 1).trimmed();
        if (name == "v")
            version = value;
        else if (name == "k")
            keyType = value;
        else if (name == "p")
            publicKey = withoutWhitespace(value);
    }
    if (!publicKey || (version && *version != "DKIM1"))
        return RecordCheck::Malformed;
    if (publicKey->isEmpty())
        return RecordCheck::Revoked;
    const auto decoded = QByteArray::fromBase64Encoding(*publicKey, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return RecordCheck::Malformed;
    if (keyType != keyTypeTag(m_algorithm))
        return RecordCheck::DifferentKey;
    if (m_algorithm == DkimAlgorithm::Ed25519Sha256) {
        if (decoded.decoded.size() != 32)
            return RecordCheck::Malformed;
        return decoded.decoded == publicKeyData(m_pkey.get(), m_algorithm) ? RecordCheck::Matches : RecordCheck::DifferentKey;
    }
    const PkeyPtr published = parseRsaPublicKey(decoded.decoded);
    if (!published)
        return RecordCheck::Malformed;
    return EVP_PKEY_eq(published.get(), m_pkey.get()) == 1 ? RecordCheck::Matches : RecordCheck::DifferentKey;
}

} // namespace diffusion
