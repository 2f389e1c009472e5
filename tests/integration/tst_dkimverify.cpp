// Messages signed by DkimSigner, verified by python3-dkim (tests/support/dkim_verify.py): every
// key size and algorithm, both canonicalizations, the message shapes that break naive signers,
// and the changes that must break a signature, so that a verifier that says yes to anything
// would fail here.
#include "dkim/dkimsigner.h"
#include "dkimverifier.h"

#include <QTemporaryDir>
#include <QTest>
#include <map>

using namespace diffusion;
using dkim::Canonicalization;

namespace {

QByteArray withBody(const QByteArray &headers, const QByteArray &body)
{
    return headers + "\r\n" + body;
}

const QByteArray basicHeaders = "From: Diffusion News <news@example.com>\r\n"
                                "To: ann@example.net\r\n"
                                "Subject: Hello\r\n"
                                "Date: Mon, 04 Mar 2024 10:00:00 +0100\r\n"
                                "Message-ID: <1@example.com>\r\n";

// The signature headers are on top: fields are inserted right after them, as a relay would.
QByteArray insertAfterSignatures(const QByteArray &signedMessage, const QByteArray &field)
{
    qsizetype at = 0;
    while (signedMessage.mid(at).startsWith("DKIM-Signature:") || signedMessage.mid(at).startsWith('\t'))
        at = signedMessage.indexOf("\r\n", at) + 2;
    return signedMessage.left(at) + field + signedMessage.mid(at);
}

} // namespace

class TestDkimVerify final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::map<QString, DkimKey> m_keys;

    DkimSigner signer(const QStringList &keys, Canonicalization canonicalization = Canonicalization::Relaxed,
                      bool oversignFrom = false) const
    {
        DkimSigner::Options options{u"example.com"_qs, {}, canonicalization, oversignFrom};
        for (const QString &name : keys)
            options.signatures.append({m_keys.at(name), name});
        return DkimSigner(options);
    }

    QList<QByteArray> records(const QStringList &keys) const
    {
        QList<QByteArray> result;
        for (const QString &name : keys)
            result.append(m_keys.at(name).dnsRecord());
        return result;
    }

    void addKey(const QString &name, const QStringList &opensslArguments)
    {
        m_keys.emplace(name, DkimKey::fromFile(test::opensslKey(m_dir.filePath(name + u".pem"_qs), opensslArguments)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        addKey(u"rsa1024"_qs, test::rsaKeyArguments(1024));
        addKey(u"rsa2048"_qs, {u"genrsa"_qs, u"-traditional"_qs, u"2048"_qs});
        addKey(u"rsa4096"_qs, test::rsaKeyArguments(4096));
        addKey(u"ed25519"_qs, test::ed25519KeyArguments());
        addKey(u"ed25519-other"_qs, test::ed25519KeyArguments());
    }

    // The harness itself against the published vector: python3-dkim is the RFC 8463 reference here.
    void verifiesRfc8463Example()
    {
        const QByteArray message =
            "DKIM-Signature: v=1; a=ed25519-sha256; c=relaxed/relaxed;\r\n"
            " d=football.example.com; i=@football.example.com;\r\n"
            " q=dns/txt; s=brisbane; t=1528637909; h=from : to :\r\n"
            " subject : date : message-id : from : subject : date;\r\n"
            " bh=2jUSOH9NhtVGCQWNr9BrIAPreKQjO6Sn7XIkfJVOzv8=;\r\n"
            " b=/gCrinpcQOoIfuHNQIbq4pgh9kyIK3AQUdt9OdqQehSwhEIug4D11Bus\r\n"
            " Fa3bT3FY5OsU7ZbnKELq+eXdp1Q1Dw==\r\n"
            "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\r\n"
            " d=football.example.com; i=@football.example.com;\r\n"
            " q=dns/txt; s=test; t=1528637909; h=from : to : subject :\r\n"
            " date : message-id : from : subject : date;\r\n"
            " bh=2jUSOH9NhtVGCQWNr9BrIAPreKQjO6Sn7XIkfJVOzv8=;\r\n"
            " b=F45dVWDfMbQDGHJFlXUNB2HKfbCeLRyhDXgFpEL8GwpsRe0IeIixNTe3\r\n"
            " DhCVlUrSjV4BwcVcOF6+FF3Zo9Rpo1tFOeS9mPYQTnGdaSGsgeefOsk2Jz\r\n"
            " dA+L10TeYt9BgDfQNZtKdN1WO//KgIqXP7OdEFE4LjFYNcUxZQ4FADY+8=\r\n"
            "From: Joe SixPack <joe@football.example.com>\r\n"
            "To: Suzie Q <suzie@shopping.example.net>\r\n"
            "Subject: Is dinner ready?\r\n"
            "Date: Fri, 11 Jul 2003 21:00:37 -0700 (PDT)\r\n"
            "Message-ID: <20030712040037.46341.5F8J@football.example.com>\r\n"
            "\r\n"
            "Hi.\r\n"
            "\r\n"
            "We lost the game.  Are you hungry yet?\r\n"
            "\r\n"
            "Joe.\r\n";
        const QList<QByteArray> records{
            "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=",
            "v=DKIM1; k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDkHlOQoBTzWRiGs5V6NpP3idY6Wk08a5qhdR6wy5bdOKb2jLQiY/"
            "J16JYi0Qvx/byYzCNb3W91y3FutACDfzwQ/BC/e/8uBsCR+yz1Lxj+PL6lHvqMKrM3rG4hstT5QjvHO9PzoxZyVYLzBfO2EeC3Ip3G+2kryOTIKT+l/K4w3QIDAQAB",
        };
        const test::DkimVerification verification = test::verifyDkim(message, records);
        QVERIFY2(verification.verified, verification.report.constData());
    }

    void verifiesEveryKey_data()
    {
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<Canonicalization>("canonicalization");
        for (const char *name : {"rsa1024", "rsa2048", "rsa4096", "ed25519"}) {
            const QStringList keys{QString::fromLatin1(name)};
            QTest::addRow("%s relaxed", name) << keys << Canonicalization::Relaxed;
            QTest::addRow("%s simple", name) << keys << Canonicalization::Simple;
        }
        QTest::newRow("dual relaxed") << QStringList{u"rsa2048"_qs, u"ed25519"_qs} << Canonicalization::Relaxed;
        QTest::newRow("dual simple") << QStringList{u"ed25519"_qs, u"rsa4096"_qs} << Canonicalization::Simple;
    }

    void verifiesEveryKey()
    {
        QFETCH(QStringList, keys);
        QFETCH(Canonicalization, canonicalization);
        const QByteArray message = signer(keys, canonicalization).sign(test::campaignMessage());
        const test::DkimVerification verification = test::verifyDkim(message, records(keys));
        QVERIFY2(verification.verified, verification.report.constData());
        QCOMPARE(verification.report.count(": pass"), keys.size());
    }

    void verifiesEveryShape_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("campaign") << test::campaignMessage();
        QTest::newRow("folded headers") << withBody(
            "From: Diffusion News\r\n <news@example.com>\r\n"
            "To: ann@example.net,\r\n\tbob@example.net,\r\n  carl@example.net\r\n"
            "Subject: A subject folded\r\n over\r\n three lines\r\n", "body\r\n");
        QTest::newRow("trailing whitespace") << withBody(
            "From: news@example.com \t\r\n"
            "Subject:   Hello \t  world   \r\n"
            "To: ann@example.net\t\r\n",
            "Trailing spaces   \r\nand tabs\t\t\r\n  runs  of \t spaces  \r\n \t \r\n\r\n");
        QTest::newRow("empty body") << withBody(basicHeaders, "");
        QTest::newRow("no body at all") << basicHeaders;
        QTest::newRow("trailing empty lines") << withBody(basicHeaders, "text\r\n\r\n\r\n\r\n");
        QTest::newRow("last line without CRLF") << withBody(basicHeaders, "one\r\ntwo");
        // Lines of 998 characters, the most RFC 5322 allows, in a signed field and in the body.
        QTest::newRow("long lines") << withBody(
            "From: news@example.com\r\nSubject: " + QByteArray(989, 's') + "\r\n",
            QByteArray(998, 'y') + "\r\n" + QByteArray(500, 'z') + "  " + QByteArray(496, 'z') + "\r\n");
        QTest::newRow("8-bit UTF-8") << withBody(
            "From: =?UTF-8?Q?Caf=C3=A9?= <news@example.com>\r\n"
            "Subject: Caf\xc3\xa9 cr\xc3\xa8me \xe2\x98\x95\r\n"
            "Content-Type: text/plain; charset=UTF-8\r\n",
            "Cr\xc3\xa8me br\xc3\xbbl\xc3\xa9""e \xc3\xa0 5 \xe2\x82\xac  \xf0\x9f\x8d\xae\r\n\xc3\x89t\xc3\xa9\r\n");
        QTest::newRow("repeated headers") << withBody(
            "Received: from a.example.net by b.example.net; Mon, 4 Mar 2024 10:00:01 +0100\r\n"
            "Received: from c.example.net by a.example.net; Mon, 4 Mar 2024 10:00:00 +0100\r\n"
            "From: news@example.com\r\n"
            "To: ann@example.net\r\n"
            "Subject: twice\r\n"
            "To: bob@example.net\r\n", "body\r\n");
        QByteArray lf = test::campaignMessage();
        lf.replace("\r\n", "\n");
        QTest::newRow("LF line endings") << lf;
    }

    void verifiesEveryShape()
    {
        QFETCH(QByteArray, message);
        const QStringList keys{u"rsa2048"_qs, u"ed25519"_qs};
        for (Canonicalization canonicalization : {Canonicalization::Relaxed, Canonicalization::Simple}) {
            const QByteArray signedMessage = signer(keys, canonicalization).sign(message);
            const test::DkimVerification verification = test::verifyDkim(signedMessage, records(keys));
            QVERIFY2(verification.verified, verification.report.constData());
        }
    }

    void tamperedBodyFails()
    {
        const QStringList keys{u"rsa2048"_qs, u"ed25519"_qs};
        const QByteArray signedMessage = signer(keys).sign(test::campaignMessage());
        QVERIFY(test::verifyDkim(signedMessage, records(keys)).verified);
        QByteArray tampered = signedMessage;
        tampered.replace("Voici", "Voilà");
        const test::DkimVerification verification = test::verifyDkim(tampered, records(keys));
        QVERIFY2(!verification.verified, verification.report.constData());
        QVERIFY2(verification.report.count("body hash mismatch") == 2, verification.report.constData());
    }

    void tamperedSubjectFails()
    {
        const QStringList keys{u"rsa1024"_qs, u"ed25519"_qs};
        QByteArray tampered = signer(keys).sign(test::campaignMessage());
        tampered.replace("Subject: =?UTF-8?Q?Les_nouveaut=C3=A9s?=", "Subject: Gagnez 1000 euros");
        const test::DkimVerification verification = test::verifyDkim(tampered, records(keys));
        QVERIFY2(!verification.verified, verification.report.constData());
        QCOMPARE(verification.report.count(": fail (signature does not match)"), 2);
    }

    void addedFromBreaksOversignedSignature()
    {
        const QStringList keys{u"ed25519"_qs};
        const QByteArray signedMessage = signer(keys, Canonicalization::Relaxed, true).sign(test::campaignMessage());
        QVERIFY(test::dkimTags(signedMessage.left(signedMessage.indexOf("\r\nReceived:")))["h"].endsWith(":From"));
        QVERIFY(test::verifyDkim(signedMessage, records(keys)).verified);
        const QByteArray forged = insertAfterSignatures(signedMessage, "From: Mallory <ceo@example.com>\r\n");
        const test::DkimVerification verification = test::verifyDkim(forged, records(keys));
        QVERIFY2(!verification.verified, verification.report.constData());
    }

    void addedUnsignedFieldKeepsSignature()
    {
        const QStringList keys{u"rsa2048"_qs, u"ed25519"_qs};
        const QByteArray relayed = insertAfterSignatures(signer(keys, Canonicalization::Simple).sign(test::campaignMessage()),
                                                         "Received: from mta.example.com by mx.example.net\r\nX-Spam-Score: 0\r\n");
        const test::DkimVerification verification = test::verifyDkim(relayed, records(keys));
        QVERIFY2(verification.verified, verification.report.constData());
    }

    void refoldedHeaderPassesRelaxedOnly()
    {
        const QStringList keys{u"ed25519"_qs};
        const QByteArray message = withBody(basicHeaders, "body\r\n");
        const auto refold = [](QByteArray signedMessage) {
            return signedMessage.replace("Subject: Hello\r\n", "Subject:  Hello \r\n");
        };
        QVERIFY(test::verifyDkim(refold(signer(keys, Canonicalization::Relaxed).sign(message)), records(keys)).verified);
        QVERIFY(!test::verifyDkim(refold(signer(keys, Canonicalization::Simple).sign(message)), records(keys)).verified);
    }

    void wrongRecordFails()
    {
        const QByteArray rsaSigned = signer({u"rsa2048"_qs}).sign(test::campaignMessage());
        QVERIFY(!test::verifyDkim(rsaSigned, records({u"rsa1024"_qs})).verified);
        const QByteArray edSigned = signer({u"ed25519"_qs}).sign(test::campaignMessage());
        QVERIFY(!test::verifyDkim(edSigned, records({u"ed25519-other"_qs})).verified);
    }
};

QTEST_GUILESS_MAIN(TestDkimVerify)
#include "tst_dkimverify.moc"
