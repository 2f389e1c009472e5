#include "dkimverifier.h"

#include "process.h"

#include <QTest>

namespace diffusion::test {

DkimVerification verifyDkim(const QByteArray &message, const QList<QByteArray> &records)
{
    // The system Python: python3-dkim is a Debian package, invisible to another interpreter.
    QStringList arguments{QStringLiteral(DIFFUSION_SOURCE_DIR "/tests/support/dkim_verify.py")};
    for (const QByteArray &record : records)
        arguments.append(QString::fromLatin1(record));
    const ProcessResult result = runProcess(u"/usr/bin/python3"_qs, arguments, message);
    return {result.exitCode == 0, result.out + result.err};
}

QByteArray campaignMessage()
{
    return "Received: from builder.example.com by mta.example.com; Mon, 4 Mar 2024 10:00:00 +0100\r\n"
           "From: Diffusion News <news@example.com>\r\n"
           "To: Ann Lee <ann@example.net>\r\n"
           "Subject: =?UTF-8?Q?Les_nouveaut=C3=A9s?=\r\n"
           "Date: Mon, 04 Mar 2024 10:00:00 +0100\r\n"
           "Message-ID: <d42.r7.4f2b81c0a2@example.com>\r\n"
           "MIME-Version: 1.0\r\n"
           "Content-Type: text/plain; charset=UTF-8\r\n"
           "Content-Transfer-Encoding: 8bit\r\n"
           "Reply-To: contact@example.com\r\n"
           "List-Unsubscribe: <https://example.com/u/d42/r7>,\r\n <mailto:unsubscribe@example.com?subject=d42-r7>\r\n"
           "List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"
           "\r\n"
           "Bonjour Ann,\r\n"
           "\r\n"
           "Voici les nouveaut\xc3\xa9s de la semaine.\r\n";
}

QMap<QByteArray, QByteArray> dkimTags(const QByteArray &field)
{
    QMap<QByteArray, QByteArray> tags;
    const QByteArray value = field.mid(field.indexOf(':') + 1);
    for (const QByteArray &tag : value.split(';')) {
        const qsizetype equals = tag.indexOf('=');
        if (equals < 0)
            continue;
        QByteArray tagValue = tag.mid(equals + 1);
        tagValue.removeIf([](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
        tags.insert(tag.left(equals).trimmed(), tagValue);
    }
    return tags;
}

QString opensslKey(const QString &path, const QStringList &arguments)
{
    // -out right after the sub-command: genrsa wants its size last.
    const ProcessResult result = runProcess(u"openssl"_qs, QStringList{arguments.value(0), u"-out"_qs, path} + arguments.mid(1));
    if (result.exitCode != 0)
        QTest::qFail(qPrintable(u"openssl failed: "_qs + QString::fromLocal8Bit(result.err)), __FILE__, __LINE__);
    return path;
}

QStringList rsaKeyArguments(int bits)
{
    return {u"genpkey"_qs, u"-algorithm"_qs, u"RSA"_qs, u"-pkeyopt"_qs, u"rsa_keygen_bits:%1"_qs.arg(bits)};
}

QStringList ed25519KeyArguments()
{
    return {u"genpkey"_qs, u"-algorithm"_qs, u"ed25519"_qs};
}

QByteArray dkimRecordOf(const QString &keyPath)
{
    const ProcessResult result = runProcess(u"openssl"_qs, {u"pkey"_qs, u"-in"_qs, keyPath, u"-pubout"_qs, u"-outform"_qs, u"DER"_qs});
    if (result.exitCode != 0)
        QTest::qFail(qPrintable(u"openssl failed: "_qs + QString::fromLocal8Bit(result.err)), __FILE__, __LINE__);
    // An Ed25519 SubjectPublicKeyInfo is this fixed prefix and the raw key, which RFC 8463
    // publishes alone; RSA publishes the whole SubjectPublicKeyInfo.
    const QByteArray ed25519Prefix = QByteArray::fromHex("302a300506032b6570032100");
    if (result.out.startsWith(ed25519Prefix))
        return "v=DKIM1; k=ed25519; p=" + result.out.sliced(ed25519Prefix.size()).toBase64();
    return "v=DKIM1; k=rsa; p=" + result.out.toBase64();
}

} // namespace diffusion::test
