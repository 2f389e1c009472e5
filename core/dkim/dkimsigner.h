#pragma once

#include "canonicalization.h"
#include "dkimkey.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace diffusion {

namespace dkim {
struct HeaderField;
}

// Signs messages with DKIM (RFC 6376; ed25519-sha256 per RFC 8463). h= covers From, To,
// Subject, Date, Message-ID, MIME-Version, Content-Type, Reply-To, List-Unsubscribe and
// List-Unsubscribe-Post, each instance present (several instances bottom-up, RFC 6376 §5.4.2).
// Const methods only and immutable keys: one signer may be used from many threads at once.
class DkimSigner final
{
public:
    // One DKIM-Signature header: a key and the selector its public half is published under.
    // Dual signing gives two, typically RSA and Ed25519, each with its own selector.
    struct Signature {
        DkimKey key;
        QString selector;
    };
    struct Options {
        QString domain; // d=; an internationalized name is written in its ASCII form
        QList<Signature> signatures;
        dkim::Canonicalization canonicalization = dkim::Canonicalization::Relaxed; // header and body
        bool oversignFrom = false; // h= lists From once more than the message has it
    };

    // Throws DkimError for an invalid domain or selector, or no signature.
    explicit DkimSigner(const Options &options);

    // The DKIM-Signature header fields (one per signature, each ending with CRLF) to put before
    // `message`. The message is as it will go on the wire: header fields, empty line, body, with
    // CRLF line endings (a bare LF throws DkimError). Throws DkimError for a message without a
    // From field or with a header line that is not a field.
    QByteArray signatureHeaders(const QByteArray &message,
                                qint64 timestamp = QDateTime::currentSecsSinceEpoch()) const;

    // The message with bare LFs turned into CRLF, and its signature headers before it.
    QByteArray sign(const QByteArray &message, qint64 timestamp = QDateTime::currentSecsSinceEpoch()) const;

private:
    struct Signing {
        DkimKey key;
        QByteArray selector; // checked, in the ASCII it is written in
    };
    // The h= names, and the canonical header fields they select, in hashing order.
    struct SignedHeaders {
        QList<QByteArrayView> names;
        QByteArray data;
    };

    SignedHeaders signedHeaders(const QList<dkim::HeaderField> &fields) const;
    void appendSignatureHeader(QByteArray &out, const Signing &signing, const SignedHeaders &headers,
                               QByteArrayView bodyHash, qint64 timestamp) const;

    QByteArray m_domain;
    QList<Signing> m_signings;
    dkim::Canonicalization m_canonicalization;
    bool m_oversignFrom;
};

} // namespace diffusion
