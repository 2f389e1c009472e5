// The DKIM signer's output: tags, the signed-header policy, folding, dual signing, thread safety
// and the errors. Whether the signatures verify is python3-dkim's say, in tests/integration.
#include "dkim/dkimerror.h"
#include "dkim/dkimsigner.h"
#include "dkimverifier.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace diffusion;
using dkim::Canonicalization;

namespace {

constexpr qint64 timestamp = 1700000000;

// The header fields of a block, each without its final CRLF.
QList<QByteArray> fields(const QByteArray &headers)
{
    QList<QByteArray> result;
    for (const QByteArray &line : headers.split('\n')) {
        if (line.isEmpty())
            continue;
        if (line.startsWith(' ') || line.startsWith('\t'))
            result.last() += '\n' + line;
        else
            result.append(line);
    }
    for (QByteArray &field : result)
        field.chop(1); // the CR of the CRLF
    return result;
}

QByteArray bodyHash(Canonicalization canonicalization, const QByteArray &message)
{
    const QByteArray body = message.mid(message.indexOf("\r\n\r\n") + 4);
    return QCryptographicHash::hash(dkim::canonicalBody(canonicalization, body), QCryptographicHash::Sha256).toBase64();
}

} // namespace

class TestDkimSigner final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QList<DkimKey> m_rsa; // 1024, 2048, 4096
    std::optional<DkimKey> m_ed25519;

    DkimSigner signer(const QList<DkimKey> &keys, Canonicalization canonicalization = Canonicalization::Relaxed,
                      bool oversignFrom = false) const
    {
        DkimSigner::Options options{u"example.com"_qs, {}, canonicalization, oversignFrom};
        for (const DkimKey &key : keys)
            options.signatures.append({key, u"s%1"_qs.arg(options.signatures.size() + 1)});
        return DkimSigner(options);
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (int bits : {1024, 2048, 4096}) {
            m_rsa.append(DkimKey::fromFile(test::opensslKey(m_dir.filePath(u"rsa%1.pem"_qs.arg(bits)), test::rsaKeyArguments(bits))));
        }
        m_ed25519 = DkimKey::fromFile(test::opensslKey(m_dir.filePath(u"ed25519.pem"_qs), test::ed25519KeyArguments()));
    }

    void tags_data()
    {
        QTest::addColumn<Canonicalization>("canonicalization");
        QTest::newRow("relaxed") << Canonicalization::Relaxed;
        QTest::newRow("simple") << Canonicalization::Simple;
    }

    void tags()
    {
        QFETCH(Canonicalization, canonicalization);
        const QByteArray message = test::campaignMessage();
        const QList<QByteArray> signatures = fields(signer({*m_ed25519}, canonicalization).signatureHeaders(message, timestamp));
        QCOMPARE(signatures.size(), 1);
        QVERIFY(signatures[0].startsWith("DKIM-Signature: v=1; a=ed25519-sha256; "));
        const auto tags = test::dkimTags(signatures[0]);
        const QByteArray c = dkim::canonicalizationName(canonicalization).toByteArray();
        QCOMPARE(tags.keys(), (QList<QByteArray>{"a", "b", "bh", "c", "d", "h", "s", "t", "v"}));
        QCOMPARE(tags["c"], c + '/' + c);
        QCOMPARE(tags["d"], "example.com");
        QCOMPARE(tags["s"], "s1");
        QCOMPARE(tags["t"], QByteArray::number(timestamp));
        QCOMPARE(tags["bh"], bodyHash(canonicalization, message));
        QCOMPARE(QByteArray::fromBase64(tags["b"]).size(), 64);
    }

    void signedHeaderPolicy()
    {
        const QByteArray message = test::campaignMessage();
        QCOMPARE(test::dkimTags(signer({*m_ed25519}).signatureHeaders(message, timestamp))["h"],
                 "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:Reply-To:List-Unsubscribe:List-Unsubscribe-Post");
        // Only the fields present, each instance once, names matched whatever their case.
        const QByteArray few = "FROM: a@example.com\r\nto: b@example.net\r\nX-Mailer: x\r\nTo: c@example.net\r\n"
                               "Received: one\r\nReceived: two\r\n\r\nbody\r\n";
        QCOMPARE(test::dkimTags(signer({*m_ed25519}).signatureHeaders(few, timestamp))["h"], "From:To:To");
    }

    void oversignsFrom()
    {
        const QByteArray headers = signer({*m_ed25519}, Canonicalization::Relaxed, true).signatureHeaders(test::campaignMessage(), timestamp);
        QVERIFY(test::dkimTags(headers)["h"].startsWith("From:"));
        QVERIFY(test::dkimTags(headers)["h"].endsWith(":List-Unsubscribe-Post:From"));
    }

    void foldsAt78_data()
    {
        QTest::addColumn<int>("key"); // index in m_rsa, -1 for Ed25519
        QTest::newRow("RSA 1024") << 0;
        QTest::newRow("RSA 2048") << 1;
        QTest::newRow("RSA 4096") << 2;
        QTest::newRow("Ed25519") << -1;
    }

    void foldsAt78()
    {
        QFETCH(int, key);
        const QByteArray headers = signer({key < 0 ? *m_ed25519 : m_rsa[key]}, Canonicalization::Relaxed, true)
                                       .signatureHeaders(test::campaignMessage(), timestamp);
        QVERIFY(headers.endsWith("\r\n"));
        const QList<QByteArray> lines = headers.chopped(2).split('\n');
        QVERIFY(lines.size() > 2);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QByteArray line = i + 1 < lines.size() ? lines[i].chopped(1) : lines[i];
            QVERIFY2(line.size() <= 78, line.constData());
            QVERIFY2(i == 0 ? line.startsWith("DKIM-Signature: ") : line.startsWith('\t'), line.constData());
            QVERIFY(!line.contains('\r'));
            QVERIFY(!line.endsWith(' '));
        }
    }

    void dualSigning()
    {
        const QByteArray message = test::campaignMessage();
        const QList<QByteArray> signatures = fields(signer({m_rsa[1], *m_ed25519}).signatureHeaders(message, timestamp));
        QCOMPARE(signatures.size(), 2);
        const auto rsa = test::dkimTags(signatures[0]);
        const auto ed25519 = test::dkimTags(signatures[1]);
        QCOMPARE(rsa["a"], "rsa-sha256");
        QCOMPARE(ed25519["a"], "ed25519-sha256");
        QCOMPARE(rsa["s"], "s1");
        QCOMPARE(ed25519["s"], "s2");
        QCOMPARE(QByteArray::fromBase64(rsa["b"]).size(), 256);
        for (const char *tag : {"bh", "h", "t", "c", "d"})
            QCOMPARE(rsa[tag], ed25519[tag]);
    }

    void signPrependsToNormalizedMessage()
    {
        const DkimSigner dual = signer({m_rsa[0], *m_ed25519});
        const QByteArray crlf = test::campaignMessage();
        QByteArray lf = crlf;
        lf.replace("\r\n", "\n");
        QCOMPARE(dual.sign(crlf, timestamp), dual.signatureHeaders(crlf, timestamp) + crlf);
        QCOMPARE(dual.sign(lf, timestamp), dual.signatureHeaders(crlf, timestamp) + crlf);
    }

    // Both algorithms are deterministic (PKCS#1 v1.5, Ed25519), so concurrent signing must give
    // exactly what one thread gives.
    void signsFromManyThreads()
    {
        const DkimSigner dual = signer({m_rsa[1], *m_ed25519});
        const QByteArray message = test::campaignMessage();
        const QByteArray expected = dual.signatureHeaders(message, timestamp);
        std::atomic<int> mismatches = 0;
        QList<QThread *> threads;
        for (int t = 0; t < 8; ++t) {
            threads.append(QThread::create([&] {
                for (int i = 0; i < 25; ++i) {
                    if (dual.signatureHeaders(message, timestamp) != expected)
                        ++mismatches;
                }
            }));
            threads.last()->start();
        }
        for (QThread *thread : threads) {
            QVERIFY(thread->wait(120000));
            delete thread;
        }
        QCOMPARE(mismatches.load(), 0);
    }

    void signsHeadersOnlyMessage()
    {
        const QByteArray message = "From: a@example.com\r\nSubject: no body";
        const auto tags = test::dkimTags(signer({*m_ed25519}, Canonicalization::Simple).signatureHeaders(message, timestamp));
        QCOMPARE(tags["h"], "From:Subject");
        QCOMPARE(tags["bh"], QCryptographicHash::hash("\r\n", QCryptographicHash::Sha256).toBase64());
    }

    void writesInternationalDomainInAscii()
    {
        const DkimSigner idn({u"bücher.example"_qs, {{*m_ed25519, u"sel"_qs}}});
        QCOMPARE(test::dkimTags(idn.signatureHeaders(test::campaignMessage(), timestamp))["d"], "xn--bcher-kva.example");
    }

    void refusesMessages_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QString>("because");
        QTest::newRow("no From") << QByteArray("To: b@example.net\r\nSubject: s\r\n\r\nbody\r\n") << u"no From header field"_qs;
        QTest::newRow("not a field") << QByteArray("From: a@example.com\r\nnot a header\r\n\r\nbody\r\n") << u"Line 2 of the message header"_qs;
        QTest::newRow("continuation first") << QByteArray(" From: a@example.com\r\n\r\nbody\r\n") << u"Line 1 of the message header"_qs;
        QTest::newRow("bare LF") << QByteArray("From: a@example.com\r\n\r\nbody\nmore\r\n") << u"without a carriage return"_qs;
    }

    void refusesMessages()
    {
        QFETCH(QByteArray, message);
        QFETCH(QString, because);
        try {
            signer({*m_ed25519}).signatureHeaders(message, timestamp);
            QFAIL("the message was signed");
        } catch (const DkimError &error) {
            QVERIFY2(error.message().contains(because), qPrintable(error.message()));
        }
    }

    void refusesOptions_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("selector");
        QTest::addColumn<QString>("because");
        QTest::newRow("no domain") << QString() << u"s"_qs << u"domain \"\" is not"_qs;
        QTest::newRow("domain with a space") << u"exa mple.com"_qs << u"s"_qs << u"not a valid domain"_qs;
        QTest::newRow("domain with a semicolon") << u"example.com;x"_qs << u"s"_qs << u"not a valid domain"_qs;
        QTest::newRow("no selector") << u"example.com"_qs << QString() << u"selector \"\" is not valid"_qs;
        QTest::newRow("selector with tag syntax") << u"example.com"_qs << u"s; h=x"_qs << u"is not valid"_qs;
        QTest::newRow("accented selector") << u"example.com"_qs << u"sél"_qs << u"is not valid"_qs;
    }

    void refusesOptions()
    {
        QFETCH(QString, domain);
        QFETCH(QString, selector);
        QFETCH(QString, because);
        try {
            DkimSigner({domain, {{*m_ed25519, selector}}});
            QFAIL("the options were accepted");
        } catch (const DkimError &error) {
            QVERIFY2(error.message().contains(because), qPrintable(error.message()));
        }
    }

    void refusesNoKey()
    {
        QVERIFY_THROWS_EXCEPTION(DkimError, DkimSigner({u"example.com"_qs, {}}));
    }
};

QTEST_GUILESS_MAIN(TestDkimSigner)
#include "tst_dkimsigner.moc"
