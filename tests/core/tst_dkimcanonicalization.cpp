// DKIM canonicalization (RFC 6376 §3.4): the RFC's example, then each rule and edge case.
#include "dkim/canonicalization.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using namespace diffusion::dkim;

namespace {

QByteArray canonicalHeader(Canonicalization canonicalization, QByteArrayView field)
{
    QByteArray out;
    appendCanonicalHeader(out, canonicalization, field);
    return out;
}

QByteArray relaxedHeader(QByteArrayView field)
{
    return canonicalHeader(Canonicalization::Relaxed, field);
}

QByteArray relaxedBody(QByteArrayView body)
{
    return canonicalBody(Canonicalization::Relaxed, body);
}

QByteArray simpleBody(QByteArrayView body)
{
    return canonicalBody(Canonicalization::Simple, body);
}

// RFC 6376 §3.4.4 written as plainly as possible, line by line, to check the fast one against.
QByteArray referenceRelaxedBody(const QByteArray &body)
{
    QList<QByteArray> lines = body.split('\n');
    QByteArray out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const bool lineEnd = i + 1 < lines.size() && lines[i].endsWith('\r');
        QByteArray line = lineEnd ? lines[i].chopped(1) : lines[i];
        if (i + 1 < lines.size() && !lineEnd)
            line += '\n'; // a bare LF: not a line end, the line goes on
        QByteArray compressed;
        for (char c : line) {
            const bool wsp = c == ' ' || c == '\t';
            if (!(wsp && compressed.endsWith(' ')))
                compressed += wsp ? ' ' : c;
        }
        if (lineEnd || i + 1 == lines.size()) {
            while (compressed.endsWith(' '))
                compressed.chop(1);
        }
        out += compressed;
        if (lineEnd)
            out += "\r\n";
    }
    if (!out.isEmpty() && !out.endsWith("\r\n"))
        out += "\r\n";
    while (out.endsWith("\r\n\r\n"))
        out.chop(2);
    return out == "\r\n" ? QByteArray() : out;
}

} // namespace

class TestDkimCanonicalization final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // RFC 6376 §3.4.5.
    void rfcExampleHeaders()
    {
        const QByteArray a = "A: X";
        const QByteArray b = "B : Y\t\r\n\tZ  ";
        QCOMPARE(relaxedHeader(a), QByteArray("a:X"));
        QCOMPARE(relaxedHeader(b), QByteArray("b:Y Z"));
        QCOMPARE(canonicalHeader(Canonicalization::Simple, a), a);
        QCOMPARE(canonicalHeader(Canonicalization::Simple, b), b);
    }

    void rfcExampleBody()
    {
        const QByteArray body = " C \r\nD \t E\r\n\r\n\r\n";
        QCOMPARE(relaxedBody(body), QByteArray(" C\r\nD E\r\n"));
        QCOMPARE(simpleBody(body), QByteArray(" C \r\nD \t E\r\n"));
    }

    // The body of RFC 6376 Appendix A and RFC 8463 Appendix A, whose bh= both RFCs give.
    void rfcBodyHash()
    {
        const QByteArray expected = "2jUSOH9NhtVGCQWNr9BrIAPreKQjO6Sn7XIkfJVOzv8=";
        const auto bodyHash = [](const QByteArray &canonical) {
            return QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toBase64();
        };
        QCOMPARE(bodyHash(simpleBody("Hi.\r\n\r\nWe lost the game. Are you hungry yet?\r\n\r\nJoe.\r\n")), expected);
        QCOMPARE(bodyHash(relaxedBody("Hi.\r\n\r\nWe lost the game.  Are you hungry yet?\r\n\r\nJoe.\r\n\r\n")), expected);
    }

    void headerNameCase()
    {
        QCOMPARE(relaxedHeader("SUBJECT: Mixed Case Value"), QByteArray("subject:Mixed Case Value"));
        QCOMPARE(relaxedHeader("List-Unsubscribe-Post: x"), QByteArray("list-unsubscribe-post:x"));
        QCOMPARE(canonicalHeader(Canonicalization::Simple, "SUBJECT: x"), QByteArray("SUBJECT: x"));
    }

    void headerWhitespace()
    {
        QCOMPARE(relaxedHeader("Subject:\t  a \t b   c  \t"), QByteArray("subject:a b c"));
        QCOMPARE(relaxedHeader("Subject \t:value"), QByteArray("subject:value"));
        QCOMPARE(relaxedHeader("X-Empty:"), QByteArray("x-empty:"));
        QCOMPARE(relaxedHeader("X-Blank:   \t "), QByteArray("x-blank:"));
        // 8-bit bytes pass through untouched.
        QCOMPARE(relaxedHeader("Subject: Caf\xc3\xa9  au lait"), QByteArray("subject:Caf\xc3\xa9 au lait"));
    }

    void foldedHeader()
    {
        QCOMPARE(relaxedHeader("To: ann@example.com,\r\n bob@example.com,\r\n\t  carl@example.com"),
                 QByteArray("to:ann@example.com, bob@example.com, carl@example.com"));
        QCOMPARE(relaxedHeader("Subject:\r\n folded at once"), QByteArray("subject:folded at once"));
        const QByteArray folded = "Subject: a\r\n b";
        QCOMPARE(canonicalHeader(Canonicalization::Simple, folded), folded);
    }

    void appendsAfterExistingData()
    {
        QByteArray out = "from:a\r\n";
        appendCanonicalHeader(out, Canonicalization::Relaxed, "To:  b ");
        QCOMPARE(out, QByteArray("from:a\r\nto:b"));
    }

    void emptyBody()
    {
        QCOMPARE(simpleBody(""), QByteArray("\r\n"));
        QCOMPARE(relaxedBody(""), QByteArray());
    }

    void bodyOfEmptyLines()
    {
        QCOMPARE(simpleBody("\r\n\r\n\r\n"), QByteArray("\r\n"));
        QCOMPARE(relaxedBody("\r\n\r\n\r\n"), QByteArray());
        // Lines of whitespace are empty lines to relaxed, not to simple.
        QCOMPARE(relaxedBody(" \t\r\n  \r\n"), QByteArray());
        QCOMPARE(simpleBody(" \t\r\n  \r\n"), QByteArray(" \t\r\n  \r\n"));
    }

    void trailingEmptyLines()
    {
        QCOMPARE(simpleBody("text\r\n\r\n\r\n"), QByteArray("text\r\n"));
        QCOMPARE(relaxedBody("text\r\n\r\n\r\n"), QByteArray("text\r\n"));
        QCOMPARE(relaxedBody("text\r\n \r\n\t\r\n"), QByteArray("text\r\n"));
        // Empty lines inside the body stay.
        QCOMPARE(relaxedBody("a\r\n\r\nb\r\n"), QByteArray("a\r\n\r\nb\r\n"));
    }

    void trailingWhitespace()
    {
        QCOMPARE(relaxedBody("a  \r\nb\t\r\nc \t \r\n"), QByteArray("a\r\nb\r\nc\r\n"));
        QCOMPARE(simpleBody("a  \r\nb\t\r\n"), QByteArray("a  \r\nb\t\r\n"));
    }

    void whitespaceRuns()
    {
        QCOMPARE(relaxedBody("a  b\t\tc \t d\r\n"), QByteArray("a b c d\r\n"));
        QCOMPARE(relaxedBody("\t  indented\r\n"), QByteArray(" indented\r\n"));
        QCOMPARE(relaxedBody("tab\there\r\n"), QByteArray("tab here\r\n"));
    }

    void lastLineWithoutCrlf()
    {
        QCOMPARE(simpleBody("no end"), QByteArray("no end\r\n"));
        QCOMPARE(relaxedBody("no end  \t"), QByteArray("no end\r\n"));
        QCOMPARE(relaxedBody("a\r\n\r\nlast"), QByteArray("a\r\n\r\nlast\r\n"));
    }

    // A lone CR or LF is not a line end: it is kept as it is.
    void bareLineBreakCharacters()
    {
        QCOMPARE(relaxedBody("a \rb\r\n"), QByteArray("a \rb\r\n"));
        QCOMPARE(relaxedBody("a \nb\r\n"), QByteArray("a \nb\r\n"));
    }

    // Long bodies go through whole 64-byte blocks; changes must be found wherever they fall,
    // across block boundaries included.
    void longBodies_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QByteArray>("relaxed");
        QTest::newRow("plain") << QByteArray("The quick brown fox jumps over the lazy dog, twice.\r\n")
                               << QByteArray("The quick brown fox jumps over the lazy dog, twice.\r\n");
        QTest::newRow("double space") << QByteArray("The quick brown fox  jumps over the lazy dog.\r\n")
                                      << QByteArray("The quick brown fox jumps over the lazy dog.\r\n");
        QTest::newRow("trailing space") << QByteArray("Some words and a trailing space \r\n")
                                        << QByteArray("Some words and a trailing space\r\n");
        QTest::newRow("tab") << QByteArray("key\tvalue and more text to fill\r\n")
                             << QByteArray("key value and more text to fill\r\n");
        QTest::newRow("utf-8") << QByteArray("Caf\xc3\xa9 cr\xc3\xa8me br\xc3\xbbl\xc3\xa9""e  \xe2\x82\xac 5\r\n")
                               << QByteArray("Caf\xc3\xa9 cr\xc3\xa8me br\xc3\xbbl\xc3\xa9""e \xe2\x82\xac 5\r\n");
    }

    void longBodies()
    {
        QFETCH(QByteArray, line);
        QFETCH(QByteArray, relaxed);
        // Every offset of the line against the 64-byte blocks, with a padding prefix.
        for (int offset = 0; offset < 64; ++offset) {
            QByteArray body = QByteArray(offset, 'x') + "\r\n";
            QByteArray expected = body;
            for (int i = 0; i < 40; ++i) {
                body += line;
                expected += relaxed;
            }
            QCOMPARE(relaxedBody(body), expected);
            QCOMPARE(simpleBody(body), body);
        }
    }

    void matchesReferenceOnRandomBodies()
    {
        static const QByteArrayView pieces[] = {"a", "word", " ", "  ", "\t", "\r\n", "\r\n\r\n", "\r", "\n", "\xc3\xa9"};
        QRandomGenerator random(6376);
        for (int round = 0; round < 3000; ++round) {
            QByteArray body;
            const int count = random.bounded(0, 120);
            for (int i = 0; i < count; ++i)
                body += pieces[random.bounded(int(std::size(pieces)))];
            QCOMPARE(relaxedBody(body), referenceRelaxedBody(body));
        }
    }

    void names()
    {
        QCOMPARE(canonicalizationName(Canonicalization::Relaxed), QByteArrayView("relaxed"));
        QCOMPARE(canonicalizationName(Canonicalization::Simple), QByteArrayView("simple"));
    }
};

QTEST_GUILESS_MAIN(TestDkimCanonicalization)
#include "tst_dkimcanonicalization.moc"
