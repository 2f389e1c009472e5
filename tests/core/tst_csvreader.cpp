// The RFC 4180 reader: fields, quoting, line ends, line numbers, malformed records, UTF-8.
#include "import/csvreader.h"
#include "store/storeerror.h"

#include <QBuffer>
#include <QLocale>
#include <QTest>

using namespace diffusion;

namespace {

// Hands its data out one byte per read, as a slow pipe would: every record then straddles reads,
// including between the two quotes of a "" pair and between the CR and LF of a line end.
class TrickleBuffer final : public QBuffer
{
protected:
    qint64 readData(char *data, qint64 maxSize) override { return QBuffer::readData(data, std::min<qint64>(maxSize, 1)); }
};

QString faultName(CsvReader::Fault fault)
{
    switch (fault) {
    case CsvReader::Fault::QuoteInUnquotedField:
        return u"quote-in-field"_qs;
    case CsvReader::Fault::TextAfterClosingQuote:
        return u"text-after-quote"_qs;
    case CsvReader::Fault::UnterminatedQuotedField:
        return u"unterminated"_qs;
    case CsvReader::Fault::None:
        break;
    }
    return u"none"_qs;
}

QByteArray bytes(std::string_view text)
{
    return QByteArray(text.data(), qsizetype(text.size()));
}

struct Read {
    QStringList records; // "line:field|field", or "line!fault" for a malformed record
    char separator = 0;
    qint64 bytesRead = 0;
};

Read readAll(QBuffer &buffer, const QByteArray &data)
{
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    CsvReader reader(buffer);
    Read read{{}, reader.separator()};
    for (CsvReader::Status status; (status = reader.next()) != CsvReader::Status::End;) {
        if (status == CsvReader::Status::Malformed) {
            const QString fault = reader.faultText().isEmpty() ? u"no reason"_qs : faultName(reader.fault());
            read.records << u"%1!%2"_qs.arg(reader.line()).arg(fault);
            continue;
        }
        QStringList fields;
        for (std::string_view field : reader.fields())
            fields << QString::fromUtf8(bytes(field));
        read.records << u"%1:%2"_qs.arg(reader.line()).arg(fields.join(u'|'));
    }
    read.bytesRead = reader.bytesRead();
    return read;
}

Read readAll(const QByteArray &data)
{
    QBuffer buffer;
    return readAll(buffer, data);
}

QString utf8Error(const QByteArray &data)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    try {
        CsvReader reader(buffer);
        while (reader.next() != CsvReader::Status::End) {
        }
    } catch (const StoreError &error) {
        return error.message();
    }
    return {};
}

} // namespace

class TestCsvReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void records_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("LF") << QByteArray("a,b\n1,2\n") << QStringList{u"1:a|b"_qs, u"2:1|2"_qs};
        QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << QStringList{u"1:a|b"_qs, u"2:1|2"_qs};
        QTest::newRow("CR") << QByteArray("a,b\r1,2\r") << QStringList{u"1:a|b"_qs, u"2:1|2"_qs};
        QTest::newRow("no final line end") << QByteArray("a,b\n1,2") << QStringList{u"1:a|b"_qs, u"2:1|2"_qs};
        QTest::newRow("empty file") << QByteArray() << QStringList{};
        QTest::newRow("empty fields") << QByteArray(",,\n,") << QStringList{u"1:||"_qs, u"2:|"_qs};
        QTest::newRow("spaces kept") << QByteArray(" a , b \n") << QStringList{u"1: a | b "_qs};
        QTest::newRow("quoted separator") << QByteArray("\"x,y\",z\n") << QStringList{u"1:x,y|z"_qs};
        QTest::newRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",\"\"\"\"\n")
                                        << QStringList{u"1:say \"hi\"|\""_qs};
        QTest::newRow("empty quoted field") << QByteArray("\"\",x,\"\"") << QStringList{u"1:|x|"_qs};
        QTest::newRow("quoted LF") << QByteArray("h,i\n\"a\nb\",c\nd,e\n")
                                   << QStringList{u"1:h|i"_qs, u"2:a\nb|c"_qs, u"4:d|e"_qs};
        QTest::newRow("quoted CRLF") << QByteArray("\"a\r\nb\",c\r\nd,e")
                                     << QStringList{u"1:a\r\nb|c"_qs, u"3:d|e"_qs};
        QTest::newRow("quoted CR") << QByteArray("\"a\rb\",c\nd,e") << QStringList{u"1:a\rb|c"_qs, u"3:d|e"_qs};
        QTest::newRow("several quoted line ends") << QByteArray("\"1\n2\r\n3\r4\",\"5\n\n6\"\nx,y")
                                                  << QStringList{u"1:1\n2\r\n3\r4|5\n\n6"_qs, u"7:x|y"_qs};
        QTest::newRow("blank lines") << QByteArray("\na\n\n\r\n\rb\n\n") << QStringList{u"2:a"_qs, u"6:b"_qs};
        QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF" "email,x\n1,2\n")
                                         << QStringList{u"1:email|x"_qs, u"2:1|2"_qs};
        QTest::newRow("UTF-8 text") << QByteArray("prénom,ß\n日本,😀\n") << QStringList{u"1:prénom|ß"_qs, u"2:日本|😀"_qs};
        QTest::newRow("semicolons") << QByteArray("a;b;c\n1;2,5;\"x;y\"\n") << QStringList{u"1:a|b|c"_qs, u"2:1|2,5|x;y"_qs};

        QTest::newRow("quote inside unquoted field")
            << QByteArray("a,b\nx\"y,z\n1,2\n") << QStringList{u"1:a|b"_qs, u"2!quote-in-field"_qs, u"3:1|2"_qs};
        QTest::newRow("quote at the end of an unquoted field")
            << QByteArray("a,b\r\n1,2\"\r\n3,4") << QStringList{u"1:a|b"_qs, u"2!quote-in-field"_qs, u"3:3|4"_qs};
        QTest::newRow("text after closing quote")
            << QByteArray("\"a\"b,c\n1,2") << QStringList{u"1!text-after-quote"_qs, u"2:1|2"_qs};
        QTest::newRow("space after closing quote")
            << QByteArray("x,y\n\"a\" ,b\n1,2") << QStringList{u"1:x|y"_qs, u"2!text-after-quote"_qs, u"3:1|2"_qs};
        QTest::newRow("fault after a quoted line end")
            << QByteArray("h\n\"a\nb\"x,c\n1,2\n") << QStringList{u"1:h"_qs, u"2!text-after-quote"_qs, u"4:1|2"_qs};
        QTest::newRow("unterminated quoted field")
            << QByteArray("h\n1,2\n\"abc\n3,4\n") << QStringList{u"1:h"_qs, u"2:1|2"_qs, u"3!unterminated"_qs};
        QTest::newRow("unterminated after a doubled quote")
            << QByteArray("h\n\"a\"\"") << QStringList{u"1:h"_qs, u"2!unterminated"_qs};
        QTest::newRow("faults in a row")
            << QByteArray("a\"\nb\"\n\"c\"d\nok\n") << QStringList{u"1!quote-in-field"_qs, u"2!quote-in-field"_qs,
                                                                u"3!text-after-quote"_qs, u"4:ok"_qs};
    }

    void records()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, expected);
        const Read read = readAll(input);
        QCOMPARE(read.records, expected);
        QCOMPARE(read.bytesRead, qint64(input.size()));
        TrickleBuffer trickle;
        QCOMPARE(readAll(trickle, input).records, expected);
    }

    void separator_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<char>("separator");

        QTest::newRow("commas") << QByteArray("a,b,c\n") << ',';
        QTest::newRow("semicolons") << QByteArray("a;b;c\n") << ';';
        QTest::newRow("more semicolons") << QByteArray("a;b,c;d\n") << ';';
        QTest::newRow("more commas") << QByteArray("a,b;c,d\n") << ',';
        QTest::newRow("tie") << QByteArray("a;b,c\n") << ',';
        QTest::newRow("single column") << QByteArray("email\n") << ',';
        QTest::newRow("quoted commas ignored") << QByteArray("\"a,b,c\";d;e\n1;2;3") << ';';
        QTest::newRow("quoted semicolons ignored") << QByteArray("\"a;b;c\",d\n") << ',';
        QTest::newRow("quoted line end in header") << QByteArray("\"a\n,,,\";b;c\n") << ';';
        QTest::newRow("first line only") << QByteArray("a;b\n1,2,3,4,5\n") << ';';
        QTest::newRow("after blank lines") << QByteArray("\r\n\na;b\n") << ';';
        QTest::newRow("after a byte order mark") << QByteArray("\xEF\xBB\xBF" "a;b\n") << ';';
    }

    void separator()
    {
        QFETCH(QByteArray, input);
        QFETCH(char, separator);
        QCOMPARE(readAll(input).separator, separator);
        TrickleBuffer trickle;
        QCOMPARE(readAll(trickle, input).separator, separator);
    }

    void invalidUtf8_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<qint64>("line");

        QTest::newRow("stray byte") << QByteArray("a\n\xff\n") << qint64(2);
        QTest::newRow("Latin-1") << QByteArray("nom\r\nH\xe9l\xe8ne\r\n") << qint64(2);
        QTest::newRow("overlong") << QByteArray("\xc0\xaf") << qint64(1);
        QTest::newRow("overlong 3 bytes") << QByteArray("a\nb\n\xe0\x80\xaf") << qint64(3);
        QTest::newRow("surrogate") << QByteArray("a\n\xed\xa0\x80") << qint64(2);
        QTest::newRow("above U+10FFFF") << QByteArray("a\n\xf4\x90\x80\x80") << qint64(2);
        QTest::newRow("truncated at the end") << QByteArray("a\nabc\xe2\x82") << qint64(2);
        QTest::newRow("truncated before a line end") << QByteArray("a\xe2\x82\nb\n") << qint64(1);
        QTest::newRow("in a quoted multi-line field") << QByteArray("h\n\"a\nb\r\nc\xff\"\n") << qint64(4);
        QTest::newRow("after ASCII runs") << QByteArray("0123456789abcdef,0123456789\n0123456789abcdef\x80") << qint64(2);
        QTest::newRow("in a malformed record") << QByteArray("h\nx\"\xff\n") << qint64(2);
        QTest::newRow("after a malformed record") << QByteArray("h\nx\"\n\"a\"\xff\n") << qint64(3);
    }

    void invalidUtf8()
    {
        QFETCH(QByteArray, input);
        QFETCH(qint64, line);
        const QString error = utf8Error(input);
        QVERIFY2(error.contains(u"UTF-8"_qs), qPrintable(error));
        QVERIFY2(error.contains(u"line %1 "_qs.arg(QLocale().toString(line))), qPrintable(error));
    }

    // Records across many reads, with the reader's own chunk size: every kind of record ends up
    // straddling two chunks somewhere, and line numbers must stay exact.
    void largeInput()
    {
        const int count = 60000;
        const auto multiLine = [](int i) { return i % 3 == 0; };
        const auto text = [&](int i) -> QByteArray {
            if (multiLine(i))
                return "two\r\nlines \"" + QByteArray(i % 17, 'x') + '"';
            return "plain " + QByteArray(i % 29, 'y');
        };
        QByteArray data = "id;text\r\n";
        for (int i = 0; i < count; ++i) {
            data += QByteArray::number(i) + ';';
            if (multiLine(i))
                data += '"' + text(i).replace('"', "\"\"") + "\"\r\n";
            else
                data += text(i) + '\n';
        }
        QBuffer buffer;
        buffer.setData(data);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(buffer);
        QCOMPARE(reader.separator(), ';');
        QCOMPARE(reader.next(), CsvReader::Status::Record);
        qint64 line = 2;
        for (int i = 0; i < count; ++i) {
            QCOMPARE(reader.next(), CsvReader::Status::Record);
            QCOMPARE(reader.line(), line);
            QCOMPARE(reader.fields().size(), size_t(2));
            QCOMPARE(bytes(reader.fields()[0]), QByteArray::number(i));
            QCOMPARE(bytes(reader.fields()[1]), text(i));
            line += multiLine(i) ? 2 : 1;
        }
        QCOMPARE(reader.next(), CsvReader::Status::End);
        QCOMPARE(reader.bytesRead(), qint64(data.size()));
        QCOMPARE(reader.bytesTotal(), qint64(data.size()));
    }

    void trimmed()
    {
        QCOMPARE(bytes(CsvReader::trimmed(" \t a b \r\n")), QByteArray("a b"));
        QCOMPARE(bytes(CsvReader::trimmed("ab")), QByteArray("ab"));
        QCOMPARE(bytes(CsvReader::trimmed("  ")), QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
