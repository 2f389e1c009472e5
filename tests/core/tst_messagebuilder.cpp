// Message bytes: headers, MIME structure and personalization, checked by parsing the result
// back with Python's e-mail package, and with hostile values that try to inject headers or parts.
#include "message/messagebuilder.h"
#include "mimeparser.h"

#include <QJsonArray>
#include <QTest>

using namespace diffusion;

namespace {

constexpr qint64 someTime = 1795000000; // date -u -d @1795000000 -R

MessageDefinition basicDefinition()
{
    MessageDefinition definition;
    definition.fromAddress = u"news@shop.example"_qs;
    definition.fromName = u"Boutique Été"_qs;
    definition.replyTo = u"help@shop.example"_qs;
    definition.subject = u"Bonjour {{firstName | client}}, nos offres d'été ☀"_qs;
    definition.text = u"Bonjour {{firstName}} {{lastName}},\nVille : {{city}}\nSe désinscrire : {{unsubscribeUrl}}\n"_qs;
    definition.html = u"<p>Bonjour {{firstName}} de {{city}}</p><a href=\"{{unsubscribeUrl}}\">stop</a>"_qs;
    definition.customHeaders = {{u"X-Campaign"_qs, u"summer-{{deliveryId}}"_qs}};
    definition.unsubscribeUrl = u"https://shop.example/u?m={{messageId}}&e={{email}}"_qs;
    definition.unsubscribeMailto = u"unsubscribe@shop.example?subject=u{{messageId}}"_qs;
    return definition;
}

MessageRecipient recipient(const QString &first, const QString &last, const QString &city)
{
    MessageRecipient r;
    r.deliveryId = 7;
    r.broadlogId = 42;
    r.address = "jean@example.test";
    r.values = {"jean@example.test", first.toStdString(), last.toStdString(), {}, {}, {}, {}, city.toStdString()};
    return r;
}

BuiltMessage build(const MessageDefinition &definition, MessageRecipient r)
{
    MessageBuilder builder(definition, FieldSet({u"city"_qs}));
    BuiltMessage built;
    QString error;
    if (!builder.build(r, someTime, built, &error))
        qWarning("build failed: %s", qPrintable(error));
    return built;
}

// Line ends as LF, and no final line break: the CRLF before a boundary belongs to the boundary
// (RFC 2046 §5.1.1), and parsers differ on whether they give it back with the content.
QString normalizedNewlines(QString text)
{
    text.replace(u"\r\n"_qs, u"\n"_qs);
    while (text.endsWith(u'\n'))
        text.chop(1);
    return text;
}

// Structural rules every message must follow, whatever went into it.
void checkWireForm(const std::string &data)
{
    size_t lineStart = 0;
    for (size_t i = 0; i < data.size(); ++i) {
        if (data[i] == '\r') {
            QVERIFY2(i + 1 < data.size() && data[i + 1] == '\n', "bare CR");
        } else if (data[i] == '\n') {
            QVERIFY2(i > 0 && data[i - 1] == '\r', "bare LF");
            QVERIFY2(i - 1 - lineStart <= 998, "line over 998 octets");
            lineStart = i + 1;
        }
    }
    QVERIFY(data.size() >= 2 && data.compare(data.size() - 2, 2, "\r\n") == 0);
}

} // namespace

class TestMessageBuilder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsThroughAnIndependentParser()
    {
        const BuiltMessage built = build(basicDefinition(), recipient(u"Jean"_qs, u"Dupont"_qs, u"Besançon"_qs));
        checkWireForm(built.data);
        const QJsonObject parsed = test::parseWithPython(built.data);
        QVERIFY(!parsed.isEmpty());
        QCOMPARE(parsed.value(u"defects"_qs).toArray().size(), 0);
        QCOMPARE(test::headerValues(parsed, u"Subject"_qs), QStringList{u"Bonjour Jean, nos offres d'été ☀"_qs});
        QCOMPARE(test::headerValues(parsed, u"From"_qs), QStringList{u"Boutique Été <news@shop.example>"_qs});
        QCOMPARE(test::headerValues(parsed, u"To"_qs), QStringList{u"jean@example.test"_qs});
        QCOMPARE(test::headerValues(parsed, u"Reply-To"_qs), QStringList{u"help@shop.example"_qs});
        QCOMPARE(test::headerValues(parsed, u"MIME-Version"_qs), QStringList{u"1.0"_qs});
        QCOMPARE(test::headerValues(parsed, u"X-Campaign"_qs), QStringList{u"summer-7"_qs});
        QCOMPARE(test::headerValues(parsed, u"Date"_qs), QStringList{u"Wed, 18 Nov 2026 11:06:40 +0000"_qs});
        const QStringList messageId = test::headerValues(parsed, u"Message-ID"_qs);
        QCOMPARE(messageId.size(), 1);
        QVERIFY2(messageId.first().startsWith(u"<d7.m42."_qs) && messageId.first().endsWith(u"@shop.example>"_qs),
                 qPrintable(messageId.first()));
        QCOMPARE(test::headerValues(parsed, u"List-Unsubscribe"_qs),
                 QStringList{u"<https://shop.example/u?m=42&e=jean%40example.test>, <mailto:unsubscribe@shop.example?subject=u42>"_qs});
        QCOMPARE(test::headerValues(parsed, u"List-Unsubscribe-Post"_qs), QStringList{u"List-Unsubscribe=One-Click"_qs});

        QCOMPARE(parsed.value(u"contentType"_qs).toString(), u"multipart/alternative"_qs);
        const QJsonArray parts = parsed.value(u"parts"_qs).toArray();
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts[0][u"contentType"_qs].toString(), u"text/plain"_qs);
        QCOMPARE(parts[0][u"charset"_qs].toString(), u"utf-8"_qs);
        QCOMPARE(normalizedNewlines(parts[0][u"content"_qs].toString()),
                 u"Bonjour Jean Dupont,\nVille : Besançon\nSe désinscrire : https://shop.example/u?m=42&e=jean%40example.test"_qs);
        QCOMPARE(parts[1][u"contentType"_qs].toString(), u"text/html"_qs);
        QCOMPARE(normalizedNewlines(parts[1][u"content"_qs].toString()),
                 u"<p>Bonjour Jean de Besançon</p><a href=\"https://shop.example/u?m=42&amp;e=jean%40example.test\">stop</a>"_qs);
        QCOMPARE(built.envelopeSender, std::string("news@shop.example"));
        QCOMPARE(built.recipient, std::string("jean@example.test"));
    }

    void hostileValuesNeverCreateHeadersOrParts_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("CRLF header") << u"Eve\r\nBcc: victim@evil.test"_qs;
        QTest::newRow("LF header") << u"Eve\nBcc: victim@evil.test"_qs;
        QTest::newRow("CR header") << u"Eve\rBcc: victim@evil.test"_qs;
        QTest::newRow("blank line then body") << u"Eve\r\n\r\nInjected body"_qs;
        QTest::newRow("boundary") << u"x\r\n--=_diffusion_d7_m42\r\nContent-Type: text/html\r\n\r\n<script>"_qs;
        QTest::newRow("closing boundary") << u"\r\n--=_diffusion_d7_m42--\r\n"_qs;
        QTest::newRow("NUL and controls") << QString::fromUtf8("Eve\0\x01\x1b[31m\x7f", 10);
        QTest::newRow("encoded-word lookalike") << u"=?UTF-8?B?QmNjOiB4QHkK?="_qs;
        QTest::newRow("dot line") << u"a\r\n.\r\nMAIL FROM:<x@y>"_qs;
    }

    void hostileValuesNeverCreateHeadersOrParts()
    {
        QFETCH(QString, value);
        MessageDefinition definition = basicDefinition();
        definition.fromName = u"{{firstName}}"_qs;
        definition.subject = u"Hi {{firstName}}"_qs;
        definition.customHeaders = {{u"X-Name"_qs, u"{{firstName}}"_qs}};
        const BuiltMessage built = build(definition, recipient(value, value, value));
        checkWireForm(built.data);
        const QJsonObject parsed = test::parseWithPython(built.data);

        QStringList names;
        for (const QJsonValue &header : parsed.value(u"headers"_qs).toArray())
            names.append(header.toArray().at(0).toString());
        QCOMPARE(names, (QStringList{u"Date"_qs, u"From"_qs, u"Reply-To"_qs, u"To"_qs, u"Subject"_qs, u"Message-ID"_qs,
                                     u"MIME-Version"_qs, u"List-Unsubscribe"_qs, u"List-Unsubscribe-Post"_qs,
                                     u"X-Name"_qs, u"Content-Type"_qs}));
        const QJsonArray parts = parsed.value(u"parts"_qs).toArray();
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts[0][u"contentType"_qs].toString(), u"text/plain"_qs);
        QCOMPARE(parts[1][u"contentType"_qs].toString(), u"text/html"_qs);
        for (const QString &header : {u"Subject"_qs, u"From"_qs, u"X-Name"_qs}) {
            const QString decoded = test::headerValues(parsed, header).value(0);
            QVERIFY2(!decoded.contains(u'\r') && !decoded.contains(u'\n'), qPrintable(header));
        }
        // The text part keeps the value as it is (line breaks normalized), the HTML part escapes it.
        QVERIFY(!parts[1][u"content"_qs].toString().contains(u"<script>"_qs));
    }

    void singlePartMessages_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("expectedType");
        QTest::newRow("text only") << u"Hello {{firstName}}"_qs << QString() << u"text/plain"_qs;
        QTest::newRow("html only") << QString() << u"<b>{{firstName}}</b>"_qs << u"text/html"_qs;
        QTest::newRow("empty") << QString() << QString() << u"text/plain"_qs;
    }

    void singlePartMessages()
    {
        QFETCH(QString, text);
        QFETCH(QString, html);
        QFETCH(QString, expectedType);
        MessageDefinition definition = basicDefinition();
        definition.text = text;
        definition.html = html;
        const BuiltMessage built = build(definition, recipient(u"Ann"_qs, u"Lee"_qs, u"Oslo"_qs));
        checkWireForm(built.data);
        const QJsonObject parsed = test::parseWithPython(built.data);
        QCOMPARE(parsed.value(u"multipart"_qs).toBool(), false);
        QCOMPARE(parsed.value(u"contentType"_qs).toString(), expectedType);
        QCOMPARE(parsed.value(u"defects"_qs).toArray().size(), 0);
    }

    void asciiTextGoesAsItIs()
    {
        MessageDefinition definition = basicDefinition();
        definition.text = u"Hello {{firstName}},\n.\nSee you = soon.\n"_qs;
        const BuiltMessage built = build(definition, recipient(u"Ann"_qs, u"Lee"_qs, u"Oslo"_qs));
        checkWireForm(built.data);
        const QJsonObject parsed = test::parseWithPython(built.data);
        const QJsonArray parts = parsed.value(u"parts"_qs).toArray();
        QCOMPARE(parts[0][u"transferEncoding"_qs].toString(), u"7bit"_qs);
        QCOMPARE(normalizedNewlines(parts[0][u"content"_qs].toString()), u"Hello Ann,\n.\nSee you = soon."_qs);
        // Dot-stuffing belongs to the SMTP layer: the message itself keeps its dot line.
        QVERIFY(built.data.find("\r\n.\r\nSee you = soon.\r\n") != std::string::npos);
    }

    void longContentStaysWithinLineLimits()
    {
        MessageDefinition definition = basicDefinition();
        definition.subject = QString(300, u'é') + u" {{firstName}} "_qs + QString(200, u'a');
        definition.html = u"<p>"_qs + QString(5000, u'x') + u"</p>"_qs;
        definition.text = QString(3000, u'ж') + u"   \n"_qs; // mostly non-ASCII: base64; trailing spaces
        const BuiltMessage built = build(definition, recipient(u"Ann"_qs, u"Lee"_qs, u"Oslo"_qs));
        checkWireForm(built.data);
        // Headers are folded under 78 characters.
        const std::string headers = built.data.substr(0, built.data.find("\r\n\r\n"));
        size_t start = 0;
        for (size_t end = headers.find("\r\n"); start < headers.size(); end = headers.find("\r\n", start)) {
            end = end == std::string::npos ? headers.size() : end;
            QVERIFY2(end - start <= 78, headers.substr(start, end - start).c_str());
            start = end + 2;
        }
        const QJsonObject parsed = test::parseWithPython(built.data);
        QCOMPARE(test::headerValues(parsed, u"Subject"_qs).value(0), QString(300, u'é') + u" Ann "_qs + QString(200, u'a'));
        const QJsonArray parts = parsed.value(u"parts"_qs).toArray();
        QCOMPARE(parts[0][u"transferEncoding"_qs].toString(), u"base64"_qs);
        QCOMPARE(normalizedNewlines(parts[0][u"content"_qs].toString()), QString(3000, u'ж') + u"   "_qs);
        QCOMPARE(parts[1][u"transferEncoding"_qs].toString(), u"quoted-printable"_qs);
        QCOMPARE(normalizedNewlines(parts[1][u"content"_qs].toString()), u"<p>"_qs + QString(5000, u'x') + u"</p>"_qs);
    }

    void verpPutsTheMessageInTheEnvelope()
    {
        MessageDefinition definition = basicDefinition();
        definition.envelopeSender = u"bounce@mail.shop.example"_qs;
        definition.verp = true;
        QCOMPARE(build(definition, recipient(u"A"_qs, u"B"_qs, u"C"_qs)).envelopeSender, std::string("bounce+42@mail.shop.example"));
        definition.verp = false;
        QCOMPARE(build(definition, recipient(u"A"_qs, u"B"_qs, u"C"_qs)).envelopeSender, std::string("bounce@mail.shop.example"));
    }

    void unsubscribeHeadersCanBeTurnedOff()
    {
        MessageDefinition definition = basicDefinition();
        definition.unsubscribeHeaders = false;
        const QJsonObject parsed = test::parseWithPython(build(definition, recipient(u"A"_qs, u"B"_qs, u"C"_qs)).data);
        QVERIFY(test::headerValues(parsed, u"List-Unsubscribe"_qs).isEmpty());
        QVERIFY(test::headerValues(parsed, u"List-Unsubscribe-Post"_qs).isEmpty());
    }

    void oneClickNeedsHttps()
    {
        MessageDefinition definition = basicDefinition();
        definition.unsubscribeUrl.clear();
        const QJsonObject parsed = test::parseWithPython(build(definition, recipient(u"A"_qs, u"B"_qs, u"C"_qs)).data);
        QCOMPARE(test::headerValues(parsed, u"List-Unsubscribe"_qs), QStringList{u"<mailto:unsubscribe@shop.example?subject=u42>"_qs});
        QVERIFY(test::headerValues(parsed, u"List-Unsubscribe-Post"_qs).isEmpty());
    }

    void internationalizedUnsubscribeTargetsBecomeAscii()
    {
        MessageDefinition definition = basicDefinition();
        definition.unsubscribeUrl = u"https://exämple.test/désabonner?m={{messageId}}"_qs;
        definition.unsubscribeMailto = u"stop@exämple.test?subject=u{{messageId}}"_qs;
        const BuiltMessage built = build(definition, recipient(u"A"_qs, u"B"_qs, u"C"_qs));
        checkWireForm(built.data);
        const std::string headers = built.data.substr(0, built.data.find("\r\n\r\n"));
        QVERIFY2(std::all_of(headers.begin(), headers.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }),
                 headers.c_str());
        const QJsonObject parsed = test::parseWithPython(built.data);
        QCOMPARE(test::headerValues(parsed, u"List-Unsubscribe"_qs),
                 QStringList{u"<https://xn--exmple-cua.test/d%C3%A9sabonner?m=42>, <mailto:stop@xn--exmple-cua.test?subject=u42>"_qs});
    }

    void badCustomHeadersAreIssues()
    {
        MessageDefinition definition = basicDefinition();
        definition.customHeaders = {{u"Subject"_qs, u"x"_qs}, {u"Bad Name"_qs, u"x"_qs}, {u"X-Ok"_qs, u"1"_qs}, {u"x-ok"_qs, u"2"_qs}};
        MessageBuilder builder(definition, FieldSet({u"city"_qs}));
        const QList<TemplateIssue> issues = builder.issues();
        QCOMPARE(issues.size(), 3);
        QVERIFY(issues[0].message.contains(u"written by Diffusion"_qs));
        QVERIFY(issues[1].message.contains(u"not a valid header name"_qs));
        QVERIFY(issues[2].message.contains(u"set twice"_qs));
    }

    void templateIssuesNameThePart()
    {
        MessageDefinition definition = basicDefinition();
        definition.html = u"<p>\n  {{town}}</p>"_qs;
        MessageBuilder builder(definition, FieldSet({u"city"_qs}));
        const QList<TemplateIssue> issues = builder.issues();
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues[0].part, u"HTML content"_qs);
        QCOMPARE(issues[0].field, u"town"_qs);
        QCOMPARE(issues[0].line, 2);
        QCOMPARE(issues[0].column, 3);
    }
};

QTEST_GUILESS_MAIN(TestMessageBuilder)
#include "tst_messagebuilder.moc"
