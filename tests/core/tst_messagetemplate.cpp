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
        // The rows below pin kainjow::mustache's output, which templates were written against.
        QTest::newRow("spaces in section tags") << u"{{# firstName }}x{{/ firstName }}"_qs << none << u"Ann"_qs << u"x"_qs;
        QTest::newRow("nested sections") << u"{{#firstName}}{{^loyalty tier}}{{firstName}} has no tier{{/loyalty tier}}{{/firstName}}"_qs
                                         << none << u"Ann"_qs << u"Ann has no tier"_qs;
        QTest::newRow("fallback escaped") << u"{{firstName | <you>}}"_qs << html << QString() << u"&lt;you&gt;"_qs;
        QTest::newRow("fallback in a raw tag") << u"{{{firstName | <b>you</b>}}}"_qs << html << QString() << u"<b>you</b>"_qs;
        QTest::newRow("fallback url encoded") << u"{{firstName | a b}}"_qs << url << QString() << u"a%20b"_qs;
        QTest::newRow("section with a fallback") << u"{{#firstName | x}}[{{.}}]{{/firstName | x}}"_qs << none << QString() << u"[x]"_qs;
        QTest::newRow("dot is the section's value") << u"{{#city}}<{{.}}>{{/city}}"_qs << none << u"Ann"_qs << u"<Paris>"_qs;
        QTest::newRow("dot outside a section") << u"[{{.}}]"_qs << none << u"Ann"_qs << u"[]"_qs;
        QTest::newRow("comment") << u"a{{! note\n }}b"_qs << none << u"Ann"_qs << u"ab"_qs;
        QTest::newRow("comment line stays") << u"a\n{{! note }}\nb"_qs << none << u"Ann"_qs << u"a\n\nb"_qs;
        QTest::newRow("shown section lines removed") << u"a\n{{#firstName}}\nb\n{{/firstName}}\nc"_qs << none << u"Ann"_qs << u"a\nb\nc"_qs;
        QTest::newRow("hidden section lines stay blank") << u"a\n{{#firstName}}\nb\n{{/firstName}}\nc"_qs << none << QString() << u"a\n\nc"_qs;
        QTest::newRow("shown inverted section lines removed") << u"a\n{{^firstName}}\nb\n{{/firstName}}\nc"_qs << none << QString() << u"a\nb\nc"_qs;
        QTest::newRow("CRLF section lines removed") << u"a\r\n{{#firstName}}\r\nb\r\n{{/firstName}}\r\nc"_qs << none << u"Ann"_qs
                                                    << u"a\r\nb\r\nc"_qs;
        QTest::newRow("blank section line removed") << u"  {{#firstName}}{{/firstName}}  \nx"_qs << none << u"Ann"_qs << u"x"_qs;
        QTest::newRow("text keeps its section line") << u"a {{#firstName}}\n{{/firstName}}"_qs << none << u"Ann"_qs << u"a \n"_qs;
        QTest::newRow("blank value on a section line") << u"{{#firstName}}{{firstName}}{{/firstName}}\nz"_qs << none << u"  "_qs << u"z"_qs;
        QTest::newRow("line break in a value ends no line") << u"{{#firstName}}{{firstName}}{{/firstName}}\nz"_qs << none << u"\n"_qs
                                                            << u"\n\nz"_qs;
        QTest::newRow("delimiters changed") << u"{{=<% %>=}}<%firstName%> {{firstName}}"_qs << none << u"Ann"_qs << u"Ann {{firstName}}"_qs;
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

    void unknownFieldsInEveryBranchAreFoundOnce_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("column");
        QTest::newRow("in a branch no values can show") << u"{{#city}}{{^city}}{{zip}}{{/city}}{{/city}}"_qs << u"zip"_qs << 19;
        QTest::newRow("used twice") << u"{{zip}} {{#zip}}{{/zip}}"_qs << u"zip"_qs << 1;
        QTest::newRow("with a fallback") << u"a {{ zip | none }}"_qs << u"zip"_qs << 3;
        QTest::newRow("raw") << u"ab{{{zip}}}"_qs << u"zip"_qs << 3;
        QTest::newRow("empty tag") << u"x{{ }}"_qs << QString() << 2;
    }

    void unknownFieldsInEveryBranchAreFoundOnce()
    {
        QFETCH(QString, source);
        QFETCH(QString, field);
        QFETCH(int, column);
        MessageTemplate compiled(source, Escaping::None, fields);
        QCOMPARE(compiled.issues().size(), 1);
        QCOMPARE(compiled.issues().at(0).field, field);
        QCOMPARE(compiled.issues().at(0).column, column);
        QVERIFY(compiled.issues().at(0).message.startsWith(u"Unknown field"_qs));
    }

    void missingValuesAreEmpty()
    {
        MessageTemplate compiled(u"{{firstName}} {{city | nowhere}}{{#loyalty tier}}!{{/loyalty tier}}"_qs, Escaping::Html, fields);
        std::string out;
        QVERIFY(compiled.render({"ann@example.test", "Ann"}, out, nullptr));
        QCOMPARE(out, "Ann nowhere");
    }

    void syntaxErrorsHaveAPlace_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("unclosed tag") << u"Hello\n{{firstName"_qs << 2 << 1;
        QTest::newRow("unclosed section") << u"{{#city}} x"_qs << 1 << 1;
        QTest::newRow("unopened section") << u"ab {{/city}}"_qs << 1 << 4;
        QTest::newRow("unclosed raw tag") << u"{{{firstName}}"_qs << 1 << 1;
        QTest::newRow("closed by another name") << u"{{#city}}x{{/firstName}}"_qs << 1 << 1;
        QTest::newRow("misclosed after a closed one") << u"{{#city}}{{/city}}\n{{#firstName}}{{/lastName}}"_qs << 2 << 1;
        QTest::newRow("the first of two misclosed") << u"{{#city}}{{/x}}\n{{#firstName}}{{/y}}"_qs << 1 << 1;
        QTest::newRow("the outer of two misclosed") << u"{{#city}}{{#firstName}}{{/x}}{{/y}}"_qs << 1 << 1;
        QTest::newRow("misclosed inside") << u"{{#city}}{{#firstName}}{{/x}}{{/city}}"_qs << 1 << 10;
        QTest::newRow("unclosed tag before misclosed section") << u"{{#city}}{{/x}} {{oops"_qs << 1 << 17;
        QTest::newRow("bad delimiters") << u"ab\n{{=<%%>=}}"_qs << 2 << 1;
        QTest::newRow("unclosed with other delimiters") << u"{{=<% %>=}}\n<%city"_qs << 2 << 1;
        QTest::newRow("partial") << u"Hi {{> footer}}"_qs << 1 << 4;
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
