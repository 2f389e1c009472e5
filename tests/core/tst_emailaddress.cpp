// Address checking and normalization: what is sent, what is refused.
#include "import/emailaddress.h"

#include <QTest>

using namespace diffusion;

namespace {

QByteArray bytes(std::string_view text)
{
    return QByteArray(text.data(), qsizetype(text.size()));
}

// A domain of the given length in octets, made of 63-character labels.
QByteArray longDomain(qsizetype size)
{
    QByteArray domain = "com";
    while (domain.size() < size) {
        const qsizetype label = std::min<qsizetype>(63, size - domain.size() - 1);
        domain.prepend('.').prepend(QByteArray(label, 'd'));
    }
    return domain;
}

} // namespace

class TestEmailAddress final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("ascii");
        QTest::addColumn<QByteArray>("domain");

        QTest::newRow("plain") << QByteArray("user@example.com") << QByteArray("user@example.com") << QByteArray("example.com");
        QTest::newRow("domain lower-cased, local part kept")
            << QByteArray("John.Doe@EXAMPLE.Com") << QByteArray("John.Doe@example.com") << QByteArray("example.com");
        // Punycode checked against Python's encodings.idna: 'exämple'.encode('idna') == b'xn--exmple-cua'.
        QTest::newRow("IDN") << QByteArray("Jean@Exämple.FR") << QByteArray("Jean@xn--exmple-cua.fr") << QByteArray("xn--exmple-cua.fr");
        QTest::newRow("IDN umlaut") << QByteArray("a@münchen.de") << QByteArray("a@xn--mnchen-3ya.de") << QByteArray("xn--mnchen-3ya.de");
        QTest::newRow("IDN CJK") << QByteArray("a@日本.jp") << QByteArray("a@xn--wgv71a.jp") << QByteArray("xn--wgv71a.jp");
        // UTS #46 non-transitional processing, as browsers do: ß is kept, not mapped to "ss".
        QTest::newRow("IDN sharp s") << QByteArray("a@straße.de") << QByteArray("a@xn--strae-oqa.de") << QByteArray("xn--strae-oqa.de");
        QTest::newRow("IDN already ASCII") << QByteArray("a@XN--exmple-cua.fr") << QByteArray("a@xn--exmple-cua.fr") << QByteArray("xn--exmple-cua.fr");
        QTest::newRow("subdomains and hyphens") << QByteArray("a+tag@mail.my-host.example.co.uk")
                                                << QByteArray("a+tag@mail.my-host.example.co.uk") << QByteArray("mail.my-host.example.co.uk");
        QTest::newRow("every atext symbol") << QByteArray("!#$%&'*+-/=?^_`{|}~@example.org")
                                            << QByteArray("!#$%&'*+-/=?^_`{|}~@example.org") << QByteArray("example.org");
        QTest::newRow("digits in labels") << QByteArray("1@123.example4.c0m") << QByteArray("1@123.example4.c0m") << QByteArray("123.example4.c0m");
        QTest::newRow("quoted local part") << QByteArray("\"john doe\"@Example.com")
                                           << QByteArray("\"john doe\"@example.com") << QByteArray("example.com");
        QTest::newRow("quoted @ and escapes") << QByteArray("\"a@b\\\"c\\\\\"@example.com")
                                              << QByteArray("\"a@b\\\"c\\\\\"@example.com") << QByteArray("example.com");
        const QByteArray local64(64, 'l');
        QTest::newRow("64-octet local part") << local64 + "@example.com" << local64 + "@example.com" << QByteArray("example.com");
        const QByteArray label63(63, 'x');
        QTest::newRow("63-octet label") << "a@" + label63 + ".com" << "a@" + label63 + ".com" << label63 + ".com";
        const QByteArray longest = local64 + '@' + longDomain(254 - 65);
        QCOMPARE(longest.size(), 254);
        QTest::newRow("254 octets") << longest << longest << longDomain(254 - 65);
    }

    void valid()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, ascii);
        QFETCH(QByteArray, domain);
        const EmailAddress address(input.toStdString());
        QCOMPARE(address.issue(), EmailAddress::Issue::None);
        QCOMPARE(bytes(address.ascii()), ascii);
        QCOMPARE(bytes(address.domain()), domain);
    }

    void notSpecified()
    {
        const EmailAddress address("");
        QCOMPARE(address.issue(), EmailAddress::Issue::NotSpecified);
        QVERIFY(address.ascii().empty());
        QVERIFY(address.domain().empty());
    }

    void badQuality_data()
    {
        QTest::addColumn<QByteArray>("input");

        QTest::newRow("no @") << QByteArray("plainaddress");
        QTest::newRow("empty local part") << QByteArray("@example.com");
        QTest::newRow("empty domain") << QByteArray("user@");
        QTest::newRow("two @") << QByteArray("user@@example.com");
        QTest::newRow("@ in local part") << QByteArray("us@er@example.com");
        QTest::newRow("domain without dot") << QByteArray("user@localhost");
        QTest::newRow("leading dot") << QByteArray(".user@example.com");
        QTest::newRow("trailing dot") << QByteArray("user.@example.com");
        QTest::newRow("double dot") << QByteArray("us..er@example.com");
        QTest::newRow("space") << QByteArray("us er@example.com");
        QTest::newRow("untrimmed") << QByteArray(" user@example.com");
        QTest::newRow("space in domain") << QByteArray("user@exa mple.com");
        QTest::newRow("tab") << QByteArray("user\t@example.com");
        QTest::newRow("control character") << QByteArray("user@exam\x01ple.com");
        QTest::newRow("control in quotes") << QByteArray("\"a\x01\"@example.com");
        QTest::newRow("comma") << QByteArray("a,b@example.com");
        QTest::newRow("angle brackets") << QByteArray("<user@example.com>");
        QTest::newRow("display name") << QByteArray("Jean <jean@example.com>");
        QTest::newRow("unclosed quote") << QByteArray("\"abc@example.com");
        QTest::newRow("text after quote") << QByteArray("\"a\"b@example.com");
        QTest::newRow("unescaped quote") << QByteArray("\"a\"b\"@example.com");
        QTest::newRow("escape at end of quotes") << QByteArray("\"a\\\"@example.com");
        QTest::newRow("non-ASCII local part") << QByteArray("jösé@example.com");
        QTest::newRow("label starts with hyphen") << QByteArray("user@-example.com");
        QTest::newRow("label ends with hyphen") << QByteArray("user@example-.com");
        QTest::newRow("underscore in domain") << QByteArray("user@exa_mple.com");
        QTest::newRow("empty label") << QByteArray("user@example..com");
        QTest::newRow("leading dot in domain") << QByteArray("user@.example.com");
        QTest::newRow("final dot") << QByteArray("user@example.com.");
        QTest::newRow("IP address") << QByteArray("user@192.168.0.1");
        QTest::newRow("address literal") << QByteArray("user@[192.168.0.1]");
        QTest::newRow("IDN with empty label") << QByteArray("user@exämple..com");
        QTest::newRow("IDN with space") << QByteArray("user@ex ämple.com");
        QTest::newRow("IDN with underscore") << QByteArray("user@ex_ämple.com");
        QTest::newRow("IDN with final dot") << QByteArray("user@exämple.com.");
        QTest::newRow("65-octet local part") << QByteArray(65, 'l') + "@example.com";
        QTest::newRow("64-octet label") << "a@" + QByteArray(64, 'x') + ".com";
        const QByteArray tooLong = QByteArray(64, 'l') + '@' + longDomain(255 - 65);
        QCOMPARE(tooLong.size(), 255);
        QTest::newRow("255 octets") << tooLong;
    }

    void badQuality()
    {
        QFETCH(QByteArray, input);
        const EmailAddress address(input.toStdString());
        QCOMPARE(address.issue(), EmailAddress::Issue::BadQuality);
        QVERIFY(address.ascii().empty());
        QVERIFY(address.domain().empty());
    }
};

QTEST_GUILESS_MAIN(TestEmailAddress)
#include "tst_emailaddress.moc"
