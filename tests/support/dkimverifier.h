#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace diffusion::test {

// What python3-dkim (tests/support/dkim_verify.py) says about a message.
struct DkimVerification {
    bool verified = false; // every signature verifies
    QByteArray report;     // one line per signature, then python3-dkim's own messages
};

// Checks the signature N of `message` (0 = topmost) against records[N], which stands in for
// the DNS TXT record; there must be one record per signature. A missing python3 or python3-dkim
// gives verified = false (and fails the test when it cannot start), never a skip.
DkimVerification verifyDkim(const QByteArray &message, const QList<QByteArray> &records);

// A campaign message as the message builder writes it, CRLF, with every header field of the
// signed-header policy (List-Unsubscribe folded), an Received field that is not signed, and a
// UTF-8 body.
QByteArray campaignMessage();

// The tags of a DKIM-Signature field ("DKIM-Signature: v=1; ..." with its folding), whitespace
// removed from the values.
QMap<QByteArray, QByteArray> dkimTags(const QByteArray &field);

// Writes a key with `openssl COMMAND -out PATH OPTIONS...` (ARGUMENTS = COMMAND OPTIONS...) and
// returns PATH; fails the test if openssl fails.
QString opensslKey(const QString &path, const QStringList &arguments);
// openssl arguments for a PKCS#8 RSA key of `bits`, and for an Ed25519 key.
QStringList rsaKeyArguments(int bits);
QStringList ed25519KeyArguments();
// The DKIM record of a private key (RSA or Ed25519) as an operator makes it with the openssl
// command line, apart from the signer's own DkimKey::dnsRecord(); fails the test if openssl fails.
QByteArray dkimRecordOf(const QString &keyPath);

} // namespace diffusion::test
