// Personalization templates: the syntax of docs/personalization.md, escaping by context, and
// errors that name the field and the place.
#include "message/messagetemplate.h"

#include <QTest>

using namespace diffusion;

namespace {

const FieldSet fields({u"city"_qs, u"loyalty tier"_qs});

FieldValues values(const std::string &first, const std::string &city = "Paris", const std::string &tier = "")
{
    FieldValues v(size_t(fields.size()));
    v[FieldSet::Email] = "ann@example.test";
    v[FieldSet::FirstName] = first;
    v[FieldSet::LastName] = "Lee";
    v[FieldSet::FirstCustomSlot] = city;
    v[FieldSet::FirstCustomSlot + 1] = tier;
    return v;
}

QString render(const QString &source, Escaping escaping, const FieldValues &v)
{
    MessageTemplate compiled(source, escaping, fields);
    std::string out;
    QString error;
    if (!compiled.render(v, out, &error))
        return u"ERROR: "_qs + error;
    return QString::fromStdString(out);
}

} // namespace

class TestMessageTemplate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void renders_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("escaping");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("expected");
        const int none = int(Escaping::None), html = int(Escaping::Html), url = int(Escaping::Url);
        QTest::newRow("fields") << u"{{firstName}} {{lastName}} <{{email}}> {{city}}"_qs << none << u"Ann"_qs << u"Ann Lee <ann@example.test> Paris"_qs;
        QTest::newRow("spaces in tag") << u"{{ firstName }}"_qs << none << u"Ann"_qs << u"Ann"_qs;
        QTest::newRow("custom field with a space") << u"tier: {{loyalty tier | none}}"_qs << none << u"Ann"_qs << u"tier: none"_qs;
        QTest::newRow("fallback when empty") << u"Hello {{firstName | there}}!"_qs << none << QString() << u"Hello there!"_qs;
        QTest::newRow("fallback unused") << u"Hello {{firstName | there}}!"_qs << none << u"Ann"_qs << u"Hello Ann!"_qs;
        QTest::newRow("section shown") << u"{{#firstName}}Dear {{firstName}},{{/firstName}}"_qs << none << u"Ann"_qs << u"Dear Ann,"_qs;
        QTest::newRow("section hidden") << u"{{#firstName}}Dear {{firstName}},{{/firstName}}"_qs << none << QString() << QString();
        QTest::newRow("inverted") << u"{{^firstName}}Dear customer,{{/firstName}}"_qs << none << QString() << u"Dear customer,"_qs;
        QTest::newRow("html escaped") << u"<b>{{firstName}}</b>"_qs << html << u"<i>A&B \"q\" 'x'"_qs
                                      << u"<b>&lt;i&gt;A&amp;B &quot;q&quot; &apos;x&apos;</b>"_qs;
        QTest::newRow("html raw triple") << u"{{{firstName}}}"_qs << html << u"<i>x</i>"_qs << u"<i>x</i>"_qs;
        QTest::newRow("html raw ampersand") << u"{{&firstName}}"_qs << html << u"<i>x</i>"_qs << u"<i>x</i>"_qs;
        QTest::newRow("text not escaped") << u"{{firstName}}"_qs << none << u"<i>A&B</i>"_qs << u"<i>A&B</i>"_qs;
        QTest::newRow("url encoded") << u"https://x.test/?n={{firstName}}&e={{email}}"_qs << url << u"Zoé & Co"_qs
                                     << u"https://x.test/?n=Zo%C3%A9%20%26%20Co&e=ann%40example.test"_qs;
        QTest::newRow("unicode") << u"Grüße {{firstName}} 🌍"_qs << none << u"Zoë"_qs << u"Grüße Zoë 🌍"_qs;
        QTest::newRow("template is not re-read from values") << u"{{firstName}}"_qs << none << u"{{email}}"_qs << u"{{email}}"_qs;
    }

    void renders()
    {
        QFETCH(QString, source);
        QFETCH(int, escaping);
        QFETCH(QString, first);
        QFETCH(QString, expected);
        QCOMPARE(render(source, Escaping(escaping), values(first.toStdString())), expected);
    }

    void compiledOnceRenderedMany()
    {
        MessageTemplate compiled(u"{{#firstName}}Hi {{firstName}}{{/firstName}}{{^firstName}}Hi you{{/firstName}} from {{city}}"_qs,
                                 Escaping::None, fields);
        QVERIFY(compiled.isValid());
        for (int i = 0; i < 1000; ++i) {
            const std::string name = i % 3 ? "P" + std::to_string(i) : std::string();
            std::string out;
            QVERIFY(compiled.render(values(name, "C" + std::to_string(i)), out, nullptr));
            const std::string expected = (name.empty() ? "Hi you" : "Hi " + name) + " from C" + std::to_string(i);
            QCOMPARE(out, expected);
        }
    }

    void unknownFieldIsNamedWithItsPlace()
    {
        MessageTemplate compiled(u"line one\n  ok {{firstName}} then {{frstName}}\n{{#city}}{{zip}}{{/city}}"_qs, Escaping::Html, fields);
        QCOMPARE(compiled.issues().size(), 2);
        const TemplateIssue first = compiled.issues().at(0);
        QCOMPARE(first.field, u"frstName"_qs);
        QCOMPARE(first.line, 2);
        QCOMPARE(first.column, 25);
        QVERIFY(first.message.contains(u"frstName"_qs) && first.message.contains(u"line 2"_qs));
        QCOMPARE(compiled.issues().at(1).field, u"zip"_qs);
        QCOMPARE(compiled.issues().at(1).line, 3);
        std::string out;
        QString error;
        QVERIFY(!compiled.render(values("Ann"), out, &error));
        QVERIFY(error.contains(u"frstName"_qs));
    }

    void unknownFieldInsideAnInvertedSectionIsFound()
    {
        MessageTemplate compiled(u"{{^firstName}}{{nickname}}{{/firstName}}"_qs, Escaping::None, fields);
        QCOMPARE(compiled.issues().size(), 1);
        QCOMPARE(compiled.issues().at(0).field, u"nickname"_qs);
    }

    void syntaxErrorsHaveAPlace_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("unclosed tag") << u"Hello\n{{firstName"_qs << 2 << 1;
        QTest::newRow("unclosed section") << u"{{#city}} x"_qs << 1 << 1;
        QTest::newRow("unopened section") << u"ab {{/city}}"_qs << 1 << 4;
    }

    void syntaxErrorsHaveAPlace()
    {
        QFETCH(QString, source);
        QFETCH(int, line);
        QFETCH(int, column);
        MessageTemplate compiled(source, Escaping::None, fields);
        QCOMPARE(compiled.issues().size(), 1);
        QCOMPARE(compiled.issues().at(0).line, line);
        QCOMPARE(compiled.issues().at(0).column, column);
        QVERIFY(compiled.issues().at(0).field.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMessageTemplate)
#include "tst_messagetemplate.moc"
