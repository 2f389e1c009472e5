// Header encoding on its own: folding, encoded-words, and inputs found by the fuzzer.
#include "message/headerencoding.h"

#include <QTest>

using namespace diffusion;

class TestHeaderEncoding final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void asciiStaysReadable()
    {
        std::string out;
        appendUnstructuredHeader(out, "Subject", "Spring sale: 20% off");
        QCOMPARE(out, std::string("Subject: Spring sale: 20% off\r\n"));
    }

    void encodedWordLookalikeIsEncoded()
    {
        // A value that a decoder would take for an encoded-word is itself encoded.
        std::string out;
        appendUnstructuredHeader(out, "Subject", "=?UTF-8?B?QQ==?=");
        QVERIFY(out.rfind("Subject: =?UTF-8?B?", 0) == 0);
        QVERIFY(out.find("QQ==?=\r\n") == std::string::npos);
    }

    void quotesAndEscapesAsciiDisplayNames()
    {
        std::string out;
        appendMailboxHeader(out, "From", "Shop \"Best\" \\ Co", "news@shop.test");
        QCOMPARE(out, std::string("From: \"Shop \\\"Best\\\" \\\\ Co\" <news@shop.test>\r\n"));
    }

    void invalidUtf8RunTerminates()
    {
        // Found by fuzz_headers: a run of UTF-8 continuation bytes never gave a cut point, and
        // the encoder folded forever.
        const std::string input = "\xb8" + std::string(50, '\xb0') + "\xa2";
        std::string out;
        appendUnstructuredHeader(out, "Subject", input);
        QVERIFY(out.size() < 400);
        QVERIFY(out.rfind("Subject: =?UTF-8?B?", 0) == 0);
    }
};

QTEST_GUILESS_MAIN(TestHeaderEncoding)
#include "tst_headerencoding.moc"
