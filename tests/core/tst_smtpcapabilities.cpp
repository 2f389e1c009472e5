// The EHLO keywords the client uses, read from real servers' replies.
#include "smtp/smtpcapabilities.h"

#include <QTest>

using namespace diffusion;

namespace {

SmtpReply ehlo(const QStringList &lines)
{
    SmtpReply reply;
    reply.code = 250;
    reply.lines = QStringList{u"mx.example.org"_qs} + lines;
    return reply;
}

} // namespace

class TestSmtpCapabilities final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void postfixReply()
    {
        const SmtpCapabilities capabilities = SmtpCapabilities::fromEhloReply(ehlo(
            {u"PIPELINING"_qs, u"SIZE 10240000"_qs, u"VRFY"_qs, u"ETRN"_qs, u"STARTTLS"_qs, u"AUTH PLAIN LOGIN"_qs,
             u"AUTH=PLAIN LOGIN"_qs, u"ENHANCEDSTATUSCODES"_qs, u"8BITMIME"_qs, u"DSN"_qs, u"SMTPUTF8"_qs,
             u"CHUNKING"_qs}));
        QVERIFY(capabilities.pipelining);
        QCOMPARE(capabilities.sizeLimit, 10240000);
        QVERIFY(capabilities.startTls);
        QVERIFY(capabilities.authPlain);
        QVERIFY(capabilities.authLogin);
        QVERIFY(capabilities.enhancedStatusCodes);
        QVERIFY(capabilities.eightBitMime);
        QVERIFY(capabilities.smtpUtf8);
    }

    void nothingAnnounced()
    {
        const SmtpCapabilities capabilities = SmtpCapabilities::fromEhloReply(ehlo({}));
        QVERIFY(!capabilities.pipelining);
        QCOMPARE(capabilities.sizeLimit, 0);
        QVERIFY(!capabilities.startTls);
        QVERIFY(!capabilities.authPlain);
        QVERIFY(!capabilities.authLogin);
        QVERIFY(!capabilities.enhancedStatusCodes);
        QVERIFY(!capabilities.eightBitMime);
        QVERIFY(!capabilities.smtpUtf8);
    }

    void keywordsAreCaseInsensitiveAndTheGreetingLineIsNotOne()
    {
        SmtpReply reply = ehlo({u"pipelining"_qs, u"auth=login"_qs, u"size"_qs});
        reply.lines.first() = u"STARTTLS"_qs; // the server's name, whatever it is
        const SmtpCapabilities capabilities = SmtpCapabilities::fromEhloReply(reply);
        QVERIFY(capabilities.pipelining);
        QVERIFY(capabilities.authLogin);
        QVERIFY(!capabilities.authPlain);
        QCOMPARE(capabilities.sizeLimit, 0); // SIZE without a number: no fixed limit
        QVERIFY(!capabilities.startTls);
    }

    void otherAuthMechanismsAreNotOurs()
    {
        const SmtpCapabilities capabilities =
            SmtpCapabilities::fromEhloReply(ehlo({u"AUTH CRAM-MD5 XOAUTH2 PLAINTEXT"_qs}));
        QVERIFY(!capabilities.authPlain);
        QVERIFY(!capabilities.authLogin);
    }
};

QTEST_GUILESS_MAIN(TestSmtpCapabilities)
#include "tst_smtpcapabilities.moc"
