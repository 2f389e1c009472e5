#include "dkimsigner.h"

#include "dkimerror.h"
#include "headerfolder.h"
#include "rawmessage.h"

#include <QCoreApplication>
#include <QUrl>
#include <openssl/err.h>
#include <openssl/evp.h>

#include <cctype>
#include <memory>

namespace diffusion {

using namespace dkim;

namespace {

// The signed-header policy, in h= order (see the class comment).
constexpr QByteArrayView signedHeaderNames[] = {
    "From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type", "Reply-To",
    "List-Unsubscribe", "List-Unsubscribe-Post",
};
constexpr QByteArrayView fromName = signedHeaderNames[0];
constexpr int sha256Size = 32;

// Domains (in ASCII form) and selectors: DNS labels, which must not carry DKIM tag syntax.
bool isDnsName(QByteArrayView name)
{
    if (name.isEmpty() || name.startsWith('.') || name.endsWith('.') || name.contains(".."))
        return false;
    for (char c : name) {
        if (!(std::isalnum(uchar(c)) || c == '-' || c == '.' || c == '_'))
            return false;
    }
    return true;
}

bool sameFieldName(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && a.compare(b, Qt::CaseInsensitive) == 0;
}

const EVP_MD *sha256()
{
    // Fetched once: an implicit fetch on every call would look it up again under a lock.
    static const EVP_MD *const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md;
}

[[noreturn]] void throwOpenSslError()
{
    const QString reason = QString::fromLatin1(ERR_reason_error_string(ERR_get_error()));
    ERR_clear_error();
    throw DkimError(QCoreApplication::translate("Dkim", "OpenSSL could not compute the DKIM signature: %1.").arg(reason));
}

void sha256Into(QByteArrayView data, unsigned char *digest)
{
    if (EVP_Digest(data.data(), size_t(data.size()), digest, nullptr, sha256(), nullptr) != 1)
        throwOpenSslError();
}

QByteArray signatureOf(const DkimKey &key, QByteArrayView data)
{
    const char *digestName = "SHA256";
    unsigned char digest[sha256Size];
    if (key.algorithm() == DkimAlgorithm::Ed25519Sha256) {
        // RFC 8463 §3: pure Ed25519 over the SHA-256 hash of the header data, not the data.
        sha256Into(data, digest);
        data = QByteArrayView(digest, sha256Size);
        digestName = nullptr;
    }
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    QByteArray signature(EVP_PKEY_get_size(key.pkey()), Qt::Uninitialized);
    size_t size = size_t(signature.size());
    if (!context
        || EVP_DigestSignInit_ex(context.get(), nullptr, digestName, nullptr, nullptr, key.pkey(), nullptr) != 1
        || EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &size,
                          reinterpret_cast<const unsigned char *>(data.data()), size_t(data.size())) != 1) {
        throwOpenSslError();
    }
    signature.truncate(qsizetype(size));
    return signature;
}

} // namespace

DkimSigner::DkimSigner(const Options &options)
    : m_domain(QUrl::toAce(options.domain)),
      m_canonicalization(options.canonicalization),
      m_oversignFrom(options.oversignFrom)
{
    if (!isDnsName(m_domain)) {
        throw DkimError(QCoreApplication::translate("Dkim", "The DKIM domain \"%1\" is not a valid domain name.")
                            .arg(options.domain));
    }
    if (options.signatures.isEmpty())
        throw DkimError(QCoreApplication::translate("Dkim", "DKIM signing needs at least one key."));
    for (const Signature &signature : options.signatures) {
        const QByteArray selector = signature.selector.toLatin1();
        if (!isDnsName(selector) || QString::fromLatin1(selector) != signature.selector) {
            throw DkimError(QCoreApplication::translate("Dkim",
                "The DKIM selector \"%1\" is not valid; use letters, digits, hyphens and dots.").arg(signature.selector));
        }
        m_signings.append({signature.key, selector});
    }
}

QByteArray DkimSigner::sign(const QByteArray &message, qint64 timestamp) const
{
    const QByteArray normalized = withCrlfLineEndings(message);
    return signatureHeaders(normalized, timestamp) + normalized;
}

QByteArray DkimSigner::signatureHeaders(const QByteArray &message, qint64 timestamp) const
{
    if (!hasCrlfLineEndings(message)) {
        throw DkimError(QCoreApplication::translate("Dkim",
            "The message to sign has lines that end without a carriage return; it must be signed as it will be sent, with CRLF."));
    }
    const RawMessage parsed = RawMessage::parse(message);
    const SignedHeaders headers = signedHeaders(parsed.headers);

    // One body hash serves every signature: both algorithms hash with SHA-256 and share c=.
    unsigned char bodyDigest[sha256Size];
    sha256Into(canonicalBody(m_canonicalization, parsed.body), bodyDigest);
    const QByteArray bodyHash = QByteArray::fromRawData(reinterpret_cast<const char *>(bodyDigest), sha256Size).toBase64();

    QByteArray out;
    for (const Signing &signing : m_signings)
        appendSignatureHeader(out, signing, headers, bodyHash, timestamp);
    return out;
}

DkimSigner::SignedHeaders DkimSigner::signedHeaders(const QList<HeaderField> &fields) const
{
    SignedHeaders result;
    for (QByteArrayView name : signedHeaderNames) {
        for (auto field = fields.crbegin(); field != fields.crend(); ++field) {
            if (!sameFieldName(field->name, name))
                continue;
            result.names.append(name);
            appendCanonicalHeader(result.data, m_canonicalization, field->field);
            result.data.append("\r\n");
        }
    }
    if (!result.names.contains(fromName))
        throw DkimError(QCoreApplication::translate("Dkim", "The message has no From header field, which DKIM must sign."));
    // A From listed once more than present makes a From added later break the signature.
    if (m_oversignFrom)
        result.names.append(fromName);
    return result;
}

void DkimSigner::appendSignatureHeader(QByteArray &out, const Signing &signing, const SignedHeaders &headers,
                                       QByteArrayView bodyHash, qint64 timestamp) const
{
    const qsizetype start = out.size();
    const QByteArrayView canonicalization = canonicalizationName(m_canonicalization);
    HeaderFolder folder(out, "DKIM-Signature");
    folder.word({"v=1;"});
    folder.word({"a=", dkimAlgorithmName(signing.key.algorithm()), ";"});
    folder.word({"c=", canonicalization, "/", canonicalization, ";"});
    folder.word({"d=", m_domain, ";"});
    folder.word({"s=", signing.selector, ";"});
    folder.word({"t=", QByteArray::number(timestamp), ";"});
    for (qsizetype i = 0; i < headers.names.size(); ++i) {
        const bool last = i + 1 == headers.names.size();
        folder.word({i == 0 ? "h=" : "", headers.names[i], last ? ";" : ":"}, i == 0);
    }
    folder.word({"bh=", bodyHash, ";"});
    folder.word({"b="});

    // The field is signed as it stands with an empty b= (RFC 6376 §3.7), and without a CRLF.
    QByteArray signedData = headers.data;
    appendCanonicalHeader(signedData, m_canonicalization, QByteArrayView(out).sliced(start));
    folder.fill(signatureOf(signing.key, signedData).toBase64());
    out.append("\r\n");
}

} // namespace diffusion
