#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <memory>
#include <optional>

struct evp_pkey_st; // OpenSSL's EVP_PKEY, kept out of this header

namespace diffusion {

enum class DkimAlgorithm { RsaSha256, Ed25519Sha256 };

// The a= name: "rsa-sha256" or "ed25519-sha256", and back.
QByteArrayView dkimAlgorithmName(DkimAlgorithm algorithm);
std::optional<DkimAlgorithm> dkimAlgorithmFromName(QByteArrayView name);

// A DKIM private key: RSA of 1024 to 4096 bits or Ed25519. Immutable once loaded, and cheap to
// copy (copies share one OpenSSL key), so one key can sign from many threads at once.
class DkimKey final
{
public:
    // Read from a PEM file: PKCS#8 ("BEGIN PRIVATE KEY", as `openssl genpkey` writes it) or
    // traditional RSA ("BEGIN RSA PRIVATE KEY"). Throws DkimError with a sentence naming the
    // file for a missing or unreadable file, a passphrase-protected key, anything that is not
    // such a key, or an RSA size outside 1024..4096 bits.
    static DkimKey fromFile(const QString &path);
    // The same from PEM text; `origin` names the key in the error sentences.
    static DkimKey fromPem(QByteArrayView pem, const QString &origin);

    DkimAlgorithm algorithm() const { return m_algorithm; }
    int bits() const;

    // The TXT record to publish at SELECTOR._domainkey.DOMAIN: "v=DKIM1; k=rsa; p=<base64 DER
    // SubjectPublicKeyInfo>" or "v=DKIM1; k=ed25519; p=<base64 raw 32-byte key>". A zone file
    // has to cut it into strings of at most 255 characters.
    QByteArray dnsRecord() const;

    enum class RecordCheck {
        Matches,      // the record publishes this key's public half
        DifferentKey, // another key, or another key type
        Revoked,      // "p=" is empty: the owner withdrew the key
        Malformed,    // not a DKIM1 key record, or p= cannot be decoded
    };
    // Compares a published record (its strings already joined) with this key. For RSA, p= may
    // hold a SubjectPublicKeyInfo or a bare RSAPublicKey, as verifiers accept both.
    RecordCheck checkRecord(QByteArrayView record) const;

    // For the signer: the OpenSSL key, never modified after loading.
    evp_pkey_st *pkey() const { return m_pkey.get(); }

private:
    DkimKey(std::shared_ptr<evp_pkey_st> pkey, DkimAlgorithm algorithm);

    std::shared_ptr<evp_pkey_st> m_pkey;
    DkimAlgorithm m_algorithm;
};

} // namespace diffusion
