// Quoted-printable and base64 on their own: random texts encoded here and decoded by Python's
// quopri and base64 modules, which must give the text back (line breaks as CRLF), in lines of at
// most 76 characters.
#include "message/mimeencoding.h"
#include "process.h"

#include <QRandomGenerator>
#include <QTest>

using namespace diffusion;

namespace {

// Every line break of the input becomes CRLF, as the encoder writes hard breaks.
QByteArray withCrlf(const QByteArray &text)
{
    QByteArray out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '\r' || text[i] == '\n') {
            if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            out += "\r\n";
        } else {
            out += text[i];
        }
    }
    return out;
}

QByteArray decodeWithPython(const char *module, const std::string &encoded)
{
    const QString script = u"import sys, %1; sys.stdout.buffer.write(%1.%2(sys.stdin.buffer.read()))"_qs
                               .arg(QLatin1StringView(module), QLatin1StringView(qstrcmp(module, "quopri") == 0 ? "decodestring" : "b64decode"));
    return test::runProcess(u"/usr/bin/python3"_qs, {u"-c"_qs, script}, QByteArray::fromStdString(encoded)).out;
}

void checkLines(const std::string &encoded)
{
    size_t start = 0;
    for (size_t end = encoded.find("\r\n"); end != std::string::npos; end = encoded.find("\r\n", start)) {
        QVERIFY2(end - start <= 76, encoded.substr(start, end - start).c_str());
        start = end + 2;
    }
    QVERIFY(encoded.find('\n', 0) == std::string::npos || encoded.find("\r\n") != std::string::npos);
}

} // namespace

class TestMimeEncoding final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotedPrintableRoundTrips()
    {
        // Texts made of the characters that matter: plain runs, spaces and tabs (at line ends too),
        // '=', line breaks of every kind, bytes above 127 and control characters.
        static const char alphabet[] = "aaaaaaaaaabbbbbbbbb       \t===\r\n\n\r\x01\x7f\xc3\xa9\xff.";
        QRandomGenerator random(20261127);
        std::string all;
        QByteArray expected;
        for (int sample = 0; sample < 200; ++sample) {
            QByteArray text;
            const int length = random.bounded(400);
            for (int i = 0; i < length; ++i)
                text += alphabet[random.bounded(int(sizeof alphabet - 1))];
            if (sample % 7 == 0)
                text += QByteArray(random.bounded(200), 'x'); // long plain lines
            std::string encoded;
            appendQuotedPrintable(encoded, std::string_view(text.constData(), size_t(text.size())));
            checkLines(encoded);
            // One Python run for all samples: each sample ends with a hard break.
            all += encoded + "\r\n";
            expected += withCrlf(text) + "\r\n";
        }
        QCOMPARE(decodeWithPython("quopri", all).replace("\r\n", "\n"), expected.replace("\r\n", "\n"));
    }

    void trailingWhitespaceIsEscaped()
    {
        std::string encoded;
        appendQuotedPrintable(encoded, "end \nin a \t run \t\nnext\t");
        QCOMPARE(encoded, std::string("end=20\r\nin a \t run=20=09\r\nnext=09"));
    }

    void choosesBase64ForMostlyNonAscii()
    {
        QCOMPARE(chooseTransferEncoding("plain text with one é"), TransferEncoding::QuotedPrintable);
        QCOMPARE(chooseTransferEncoding("жжжжжжжжжжжж"), TransferEncoding::Base64);
    }

    void choosesSevenBitForShortAsciiLines_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("sevenBit");
        const QByteArray line76(76, 'a');
        QTest::newRow("empty") << QByteArray() << true;
        QTest::newRow("ASCII lines, every break kind") << QByteArray("Hello,\nworld.\r\n.dot\r\tend") << true;
        QTest::newRow("tab and equals inside") << QByteArray("a\tb = c\n") << true;
        QTest::newRow("76 characters") << line76 + "\n" + line76 << true;
        QTest::newRow("77 characters") << line76 + "a\nshort" << false;
        QTest::newRow("77 characters at the end") << "short\n" + line76 + "a" << false;
        QTest::newRow("a space before a break") << QByteArray("end \nnext") << false;
        QTest::newRow("a tab at the very end") << QByteArray("end\t") << false;
        QTest::newRow("a boundary's start") << QByteArray("--=_diffusion_d1_m2\n") << false;
        QTest::newRow("equals at the end") << QByteArray("a =") << true;
        QTest::newRow("8-bit byte") << QByteArray("caf\xc3\xa9") << false;
        QTest::newRow("control byte") << QByteArray("a\x01") << false;
        QTest::newRow("DEL") << QByteArray("a\x7f") << false;
        QTest::newRow("NUL") << QByteArray("a\0b", 3) << false;
    }

    void choosesSevenBitForShortAsciiLines()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, sevenBit);
        const std::string_view view(text.constData(), size_t(text.size()));
        QCOMPARE(chooseTransferEncoding(view) == TransferEncoding::SevenBit, sevenBit);
        if (!sevenBit)
            return;
        std::string out;
        appendSevenBit(out, view);
        QCOMPARE(QByteArray::fromStdString(out), withCrlf(text));
    }

    void sevenBitStopsAtEveryOffset()
    {
        // The scan goes sixteen bytes at a time: a disqualifying byte must count anywhere.
        for (const std::string bad : {"\x01", "\xc3", "=_", " \n"}) {
            for (size_t offset = 0; offset < 40; ++offset) {
                std::string text = "0123456789012345678901234567890123456789012345678901234567890";
                text.replace(offset, bad.size(), bad);
                QVERIFY2(chooseTransferEncoding(text) != TransferEncoding::SevenBit, text.c_str());
            }
        }
    }

    void choiceCountsEveryEscapedByteWherever()
    {
        // The count is taken sixteen bytes at a time: place the bytes at every offset of a block.
        for (const char escaped : {'=', '\x01', '\x7f', '\xc3'}) {
            for (int offset = 0; offset < 17; ++offset) {
                std::string text(600, 'a');
                for (size_t i = size_t(offset); i < text.size(); i += 6)
                    text[i] = escaped; // 100 (or 99) escaped bytes of 600: right at the limit
                const auto expected = [&text, escaped] {
                    const size_t count = size_t(std::count(text.begin(), text.end(), escaped));
                    return count * 6 > text.size() ? TransferEncoding::Base64 : TransferEncoding::QuotedPrintable;
                };
                QCOMPARE(chooseTransferEncoding(text), expected());
                *std::find(text.rbegin(), text.rend(), 'a') = escaped; // one more: 100 tips the balance to base64
                QCOMPARE(chooseTransferEncoding(text), expected());
            }
        }
    }

    void base64RoundTrips()
    {
        QByteArray data(1000, '\0');
        for (int i = 0; i < data.size(); ++i)
            data[i] = char(i * 7);
        std::string encoded;
        appendBase64Lines(encoded, std::string_view(data.constData(), size_t(data.size())));
        checkLines(encoded);
        QCOMPARE(decodeWithPython("base64", encoded), data);
    }
};

QTEST_GUILESS_MAIN(TestMimeEncoding)
#include "tst_mimeencoding.moc"
