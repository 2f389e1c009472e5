// SMTP replies cut out of a byte stream: multi-line replies, enhanced codes, any split of the
// bytes, several replies per read, bare LF, and everything that must be refused.
#include "smtp/smtpreplyparser.h"

#include <QTest>

using namespace diffusion;

namespace {

// Parses `bytes` fed in pieces of `step` bytes; every reply found, then the last status.
struct Parsed {
    QList<SmtpReply> replies;
    QList<QByteArray> raw;
    SmtpReplyParser::Status last = SmtpReplyParser::Status::Incomplete;
    QString error;
};

Parsed parse(const QByteArray &bytes, qsizetype step = 0)
{
    SmtpReplyParser parser;
    Parsed parsed;
    if (step <= 0)
        step = std::max(bytes.size(), qsizetype(1));
    for (qsizetype at = 0; at < bytes.size(); at += step) {
        parser.append(bytes.mid(at, step));
        while ((parsed.last = parser.next()) == SmtpReplyParser::Status::Reply) {
            parsed.replies.append(parser.reply());
            parsed.raw.append(parser.rawReply().toByteArray());
        }
        if (parsed.last == SmtpReplyParser::Status::Error)
            break;
    }
    parsed.error = parser.errorText();
    return parsed;
}

const QByteArray ehloReply = QByteArrayLiteral("250-mx.example.org Hello\r\n"
                                               "250-PIPELINING\r\n"
                                               "250-SIZE 10240000\r\n"
                                               "250-ENHANCEDSTATUSCODES\r\n"
                                               "250 8BITMIME\r\n");

} // namespace

class TestSmtpReplyParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void singleLineWithEnhancedCode()
    {
        const Parsed parsed = parse(QByteArrayLiteral("550 5.1.1 <a@example.org>: User unknown\r\n"));
        QCOMPARE(parsed.replies.size(), 1);
        const SmtpReply &reply = parsed.replies.first();
        QCOMPARE(reply.code, 550);
        QCOMPARE(reply.enhanced, u"5.1.1"_qs);
        QCOMPARE(reply.lines, QStringList{u"<a@example.org>: User unknown"_qs});
        QVERIFY(reply.isPermanent());
        QCOMPARE(reply.toString(), u"550 5.1.1 <a@example.org>: User unknown"_qs);
        QCOMPARE(parsed.last, SmtpReplyParser::Status::Incomplete);
    }

    void multiLineReplyWhateverTheSplit_data()
    {
        QTest::addColumn<qsizetype>("step");
        for (qsizetype step : {0, 1, 2, 3, 7, 25})
            QTest::addRow("pieces of %lld", qlonglong(step)) << step;
    }

    void multiLineReplyWhateverTheSplit()
    {
        QFETCH(qsizetype, step);
        const Parsed parsed = parse(ehloReply, step);
        QCOMPARE(parsed.replies.size(), 1);
        QCOMPARE(parsed.replies.first().code, 250);
        QCOMPARE(parsed.replies.first().lines,
                 (QStringList{u"mx.example.org Hello"_qs, u"PIPELINING"_qs, u"SIZE 10240000"_qs,
                              u"ENHANCEDSTATUSCODES"_qs, u"8BITMIME"_qs}));
        QCOMPARE(parsed.raw.first(), ehloReply);
    }

    void severalRepliesInOneRead()
    {
        const QByteArray bytes =
            QByteArrayLiteral("250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n354 End data with <CR><LF>.<CR><LF>\r\n421 4.3");
        const Parsed parsed = parse(bytes);
        QCOMPARE(parsed.replies.size(), 3);
        QCOMPARE(parsed.replies[0].enhanced, u"2.1.0"_qs);
        QCOMPARE(parsed.replies[1].enhanced, u"2.1.5"_qs);
        QCOMPARE(parsed.replies[2].code, 354);
        QCOMPARE(parsed.replies[2].enhanced, QString());
        QCOMPARE(parsed.raw[1], QByteArrayLiteral("250 2.1.5 Ok\r\n"));
        QCOMPARE(parsed.last, SmtpReplyParser::Status::Incomplete);
    }

    void partialReplyStaysPendingAcrossReads()
    {
        SmtpReplyParser parser;
        parser.append(QByteArrayLiteral("250-first\r\n250-sec"));
        QCOMPARE(parser.next(), SmtpReplyParser::Status::Incomplete);
        QCOMPARE(parser.pendingBytes(), 18);
        parser.append(QByteArrayLiteral("ond\r\n250 third\r\n"));
        QCOMPARE(parser.next(), SmtpReplyParser::Status::Reply);
        QCOMPARE(parser.reply().lines, (QStringList{u"first"_qs, u"second"_qs, u"third"_qs}));
        QCOMPARE(parser.rawReply(), "250-first\r\n250-second\r\n250 third\r\n");
        QCOMPARE(parser.pendingBytes(), 0);
        QCOMPARE(parser.next(), SmtpReplyParser::Status::Incomplete);
    }

    void bareLineFeedAndEmptyText()
    {
        const Parsed parsed = parse(QByteArrayLiteral("220\n250-\n250 \n"));
        QCOMPARE(parsed.replies.size(), 2);
        QCOMPARE(parsed.replies[0].code, 220);
        QCOMPARE(parsed.replies[0].lines, QStringList{QString()});
        QCOMPARE(parsed.replies[1].lines, (QStringList{QString(), QString()}));
    }

    void enhancedCodeOnlyWhenItMatchesTheReplyClass()
    {
        const Parsed parsed = parse(QByteArrayLiteral("250 5.1.1 looks like a code\r\n"
                                                      "550-5.7.1 first\r\n550 5.7.1 second\r\n"
                                                      "250 2.0.0\r\n"
                                                      "250 2.0.0.1 not a code\r\n"
                                                      "451 4.3.0a no\r\n"));
        QCOMPARE(parsed.replies.size(), 5);
        QCOMPARE(parsed.replies[0].enhanced, QString());
        QCOMPARE(parsed.replies[0].lines.first(), u"5.1.1 looks like a code"_qs);
        QCOMPARE(parsed.replies[1].enhanced, u"5.7.1"_qs);
        QCOMPARE(parsed.replies[1].lines, (QStringList{u"first"_qs, u"second"_qs}));
        QCOMPARE(parsed.replies[2].enhanced, u"2.0.0"_qs);
        QCOMPARE(parsed.replies[2].lines, QStringList{QString()});
        QCOMPARE(parsed.replies[3].enhanced, QString());
        QCOMPARE(parsed.replies[4].enhanced, QString());
        QCOMPARE(parsed.replies[4].lines.first(), u"4.3.0a no"_qs);
    }

    void textIsUtf8()
    {
        const Parsed parsed = parse(QByteArrayLiteral("554 5.7.1 Refus\xc3\xa9\r\n"));
        QCOMPARE(parsed.replies.first().lines.first(), u"Refusé"_qs);
    }

    void garbageIsAnError_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addRow("text") << QByteArrayLiteral("HTTP/1.1 400 Bad Request\r\n");
        QTest::addRow("short code") << QByteArrayLiteral("25\r\n");
        QTest::addRow("no separator") << QByteArrayLiteral("250x\r\n");
        QTest::addRow("class 1") << QByteArrayLiteral("199 x\r\n");
        QTest::addRow("class 6") << QByteArrayLiteral("600 x\r\n");
        QTest::addRow("second digit 6") << QByteArrayLiteral("260 x\r\n");
        QTest::addRow("letter") << QByteArrayLiteral("2a0 x\r\n");
        QTest::addRow("empty line") << QByteArrayLiteral("\r\n");
        QTest::addRow("TLS bytes") << QByteArrayLiteral("\x16\x03\x01\x02\x00\x01\n");
        QTest::addRow("after a good reply") << QByteArrayLiteral("250 ok\r\nnonsense\r\n");
        QTest::addRow("different codes") << QByteArrayLiteral("250-a\r\n251 b\r\n");
    }

    void garbageIsAnError()
    {
        QFETCH(QByteArray, bytes);
        SmtpReplyParser parser;
        parser.append(bytes);
        SmtpReplyParser::Status status;
        while ((status = parser.next()) == SmtpReplyParser::Status::Reply) {
        }
        QCOMPARE(status, SmtpReplyParser::Status::Error);
        QVERIFY(!parser.errorText().isEmpty());
        // Nothing after garbage can be trusted.
        parser.append(QByteArrayLiteral("250 ok\r\n"));
        QCOMPARE(parser.next(), SmtpReplyParser::Status::Error);
    }

    void garbageIsQuotedWithoutControlCharacters()
    {
        const Parsed parsed = parse(QByteArrayLiteral("hello\x01world\r\n"));
        QCOMPARE(parsed.last, SmtpReplyParser::Status::Error);
        QVERIFY2(parsed.error.contains(u"hello\uFFFDworld"), qPrintable(parsed.error));
    }

    void lineLengthLimit()
    {
        const QByteArray longest = "250 " + QByteArray(SmtpReplyParser::maxLineLength - 4, 'x');
        QCOMPARE(parse(longest + "\r\n").replies.size(), 1);
        // Its CR may come alone, ahead of the LF.
        QCOMPARE(parse(longest + "\r").last, SmtpReplyParser::Status::Incomplete);
        QCOMPARE(parse(longest + "x\r\n").last, SmtpReplyParser::Status::Error);
        // A server that never ends its line is refused without waiting for the end.
        const Parsed endless = parse(longest + "xx", 1000);
        QCOMPARE(endless.last, SmtpReplyParser::Status::Error);
        QVERIFY(!endless.error.isEmpty());
    }

    void replySizeLimit()
    {
        const QByteArray line = "250-" + QByteArray(1000, 'x') + "\r\n";
        const qsizetype fit = SmtpReplyParser::maxReplySize / line.size();
        QCOMPARE(parse(line.repeated(fit - 1) + "250 end\r\n").replies.size(), 1);
        const Parsed tooLong = parse(line.repeated(fit + 1) + "250 end\r\n", 512);
        QCOMPARE(tooLong.last, SmtpReplyParser::Status::Error);
        QVERIFY(!tooLong.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSmtpReplyParser)
#include "tst_smtpreplyparser.moc"
