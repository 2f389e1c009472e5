// Importing recipient files into a workspace: what is stored, what is reported, and that a refused
// or canceled import leaves the list as it was.
#include "import/recipientimport.h"
#include "store/connection.h"
#include "store/storeerror.h"
#include "tempworkspace.h"

#include <QFile>
#include <QLocale>
#include <QSqlRecord>
#include <QTest>

using namespace diffusion;

namespace {

QString writeFile(test::TempWorkspace &temp, const QString &name, const QByteArray &data)
{
    const QString path = temp.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

ImportResult import(test::TempWorkspace &temp, const QString &list, const QString &path, bool replace = false,
                    ImportProgress progress = {})
{
    return submitImport(temp.writer(), {list, path, replace}, std::move(progress)).result();
}

QString importError(test::TempWorkspace &temp, const QString &list, const QString &path, bool replace = false,
                    ImportProgress progress = {})
{
    try {
        import(temp, list, path, replace, std::move(progress));
    } catch (const StoreError &error) {
        return error.message();
    }
    return {};
}

// Rows of a query, NULL as "NULL".
QList<QStringList> select(test::TempWorkspace &temp, const QString &sql)
{
    ReadConnection reader(temp.path());
    QSqlQuery query = runQuery(reader.db(), sql);
    QList<QStringList> rows;
    while (query.next()) {
        QStringList row;
        for (int i = 0; i < query.record().count(); ++i)
            row << (query.isNull(i) ? u"NULL"_qs : query.value(i).toString());
        rows << row;
    }
    return rows;
}

QString selectValue(test::TempWorkspace &temp, const QString &sql)
{
    return select(temp, sql).value(0).value(0);
}

// address,first,last,rank: `count` recipients user<i>@example.com.
QByteArray generatedFile(int count, int firstNumber = 0)
{
    QByteArray data = "email,first name,last name,rank\n";
    for (int i = firstNumber; i < firstNumber + count; ++i) {
        const QByteArray n = QByteArray::number(i);
        data += "user" + n + "@example.com,First" + n + ",Last" + n + ',' + n + '\n';
    }
    return data;
}

void setUpdatedAt(test::TempWorkspace &temp, qint64 value)
{
    temp.writer().submit([value](QSqlDatabase &db) {
        execute(db, u"UPDATE recipient_list SET updated_at = %1"_qs.arg(value));
    }).waitForFinished();
}

} // namespace

class TestRecipientImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storesRecipients()
    {
        test::TempWorkspace temp;
        const QString path = writeFile(temp, u"r.csv"_qs,
            "\xEF\xBB\xBF" " E-Mail ;Prénom;Nom;Ville;Code\r\n"
            "  Jean@Exämple.FR ;  Jean ; Dupont ;Paris;75\r\n"
            ";Sans;Adresse;Lyon;69\r\n"
            "\r\n"
            "pas une adresse;Mal;Formée;\"Nice; Côte d'Azur\";06\r\n"
            "\"marie@example.com\";Marie;\"Curie\";\"Var\r\nsud\";83\r\n"
            "paul@example.org;Paul;;;\r\n");
        const ImportResult result = import(temp, u"clients"_qs, path);
        QCOMPARE(result.imported, 5);
        QCOMPARE(result.addressNotSpecified, 1);
        QCOMPARE(result.badQuality, 1);
        QCOMPARE(result.rejected, 0);
        QVERIFY(result.issues.isEmpty());
        QCOMPARE(result.customColumns, (QStringList{u"Ville"_qs, u"Code"_qs}));
        QCOMPARE(selectValue(temp, u"SELECT id FROM recipient_list WHERE name = 'clients'"_qs), QString::number(result.listId));

        const QList<QStringList> rows = select(temp,
            u"SELECT email, email_ascii, domain, first_name, last_name, json_extract(custom_fields, '$.Ville'), "
            "json_extract(custom_fields, '$.Code'), address_issue, source_line FROM recipient ORDER BY id"_qs);
        const QList<QStringList> expected{
            {u"Jean@Exämple.FR"_qs, u"Jean@xn--exmple-cua.fr"_qs, u"xn--exmple-cua.fr"_qs, u"Jean"_qs, u"Dupont"_qs, u"Paris"_qs, u"75"_qs, u"NULL"_qs, u"2"_qs},
            {u""_qs, u""_qs, u""_qs, u"Sans"_qs, u"Adresse"_qs, u"Lyon"_qs, u"69"_qs, u"7"_qs, u"3"_qs},
            {u"pas une adresse"_qs, u""_qs, u""_qs, u"Mal"_qs, u"Formée"_qs, u"Nice; Côte d'Azur"_qs, u"06"_qs, u"14"_qs, u"5"_qs},
            {u"marie@example.com"_qs, u"marie@example.com"_qs, u"example.com"_qs, u"Marie"_qs, u"Curie"_qs, u"Var\r\nsud"_qs, u"83"_qs, u"NULL"_qs, u"6"_qs},
            {u"paul@example.org"_qs, u"paul@example.org"_qs, u"example.org"_qs, u"Paul"_qs, u""_qs, u""_qs, u""_qs, u"NULL"_qs, u"8"_qs},
        };
        QCOMPARE(rows, expected);
        QCOMPARE(select(temp, u"SELECT name, recipients, usable, address_not_specified, bad_quality FROM v_list_summary"_qs),
                 (QList<QStringList>{{u"clients"_qs, u"5"_qs, u"3"_qs, u"1"_qs, u"1"_qs}}));
    }

    void headerNames_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QStringList>("custom");

        QTest::newRow("English") << QByteArray("email,firstName,lastName") << QStringList{};
        QTest::newRow("snake case") << QByteArray("E_MAIL,first_name,last_name") << QStringList{};
        QTest::newRow("spaced") << QByteArray("Email Address,First Name,Last Name") << QStringList{};
        QTest::newRow("French") << QByteArray("Adresse e-mail;Prénom;Nom") << QStringList{};
        QTest::newRow("French without accent") << QByteArray("courriel;prenom;NOM") << QStringList{};
        QTest::newRow("mail, and other columns") << QByteArray("id,Mail,Given name,Surname,Name") << QStringList{u"id"_qs, u"Name"_qs};
    }

    void headerNames()
    {
        QFETCH(QByteArray, header);
        QFETCH(QStringList, custom);
        test::TempWorkspace temp;
        const char separator = header.contains(';') ? ';' : ',';
        QByteArray row;
        for (const QByteArray &name : header.split(separator)) {
            const QByteArray key = name.toLower();
            row += (key.contains("mail") || key.contains("courriel") ? QByteArray("a@example.com") : "v-" + name) + separator;
        }
        row.chop(1);
        const ImportResult result = import(temp, u"l"_qs, writeFile(temp, u"h.csv"_qs, header + '\n' + row + '\n'));
        QCOMPARE(result.imported, 1);
        QCOMPARE(result.customColumns, custom);
        const QStringList stored = select(temp, u"SELECT email_ascii, first_name <> '', last_name <> '', "
                                                 "(SELECT count(*) FROM json_each(custom_fields)) FROM recipient"_qs).value(0);
        QCOMPARE(stored, (QStringList{u"a@example.com"_qs, u"1"_qs, u"1"_qs, QString::number(custom.size())}));
    }

    void missingNameColumnsAreEmpty()
    {
        test::TempWorkspace temp;
        import(temp, u"l"_qs, writeFile(temp, u"e.csv"_qs, "email\na@example.com\n"));
        QCOMPARE(select(temp, u"SELECT first_name, last_name, custom_fields FROM recipient"_qs),
                 (QList<QStringList>{{u""_qs, u""_qs, u"{}"_qs}}));
    }

    void customFieldsAreJson()
    {
        test::TempWorkspace temp;
        import(temp, u"l"_qs, writeFile(temp, u"j.csv"_qs,
            "email,\"note \"\"x\"\"\",path,multi,emoji\n"
            "a@example.com,\"say \"\"hi\"\"\",C:\\dir,\"one\ntwo\ttab\",😀\n"));
        QCOMPARE(selectValue(temp, u"SELECT json_valid(custom_fields) FROM recipient"_qs), u"1"_qs);
        QCOMPARE(select(temp, u"SELECT j.key, j.value FROM recipient, json_each(recipient.custom_fields) AS j ORDER BY j.id"_qs),
                 (QList<QStringList>{{u"note \"x\""_qs, u"say \"hi\""_qs},
                                     {u"path"_qs, u"C:\\dir"_qs},
                                     {u"multi"_qs, u"one\ntwo\ttab"_qs},
                                     {u"emoji"_qs, u"😀"_qs}}));
    }

    void listKeepsItsCustomColumns()
    {
        test::TempWorkspace temp;
        const QString columns = u"SELECT custom_columns FROM recipient_list"_qs;
        import(temp, u"l"_qs, writeFile(temp, u"a.csv"_qs, "email,Ville,Code\n"));
        QCOMPARE(selectValue(temp, columns), u"[\"Ville\",\"Code\"]"_qs);
        import(temp, u"l"_qs, writeFile(temp, u"b.csv"_qs, "Pays,email,Code\n"));
        QCOMPARE(selectValue(temp, columns), u"[\"Ville\",\"Code\",\"Pays\"]"_qs);
        import(temp, u"l"_qs, writeFile(temp, u"c.csv"_qs, "email,\"Né \"\"le\"\"\"\n"), true);
        QCOMPARE(selectValue(temp, columns), u"[\"Né \\\"le\\\"\"]"_qs);
    }

    void malformedRowsAreReported()
    {
        test::TempWorkspace temp;
        const QString path = writeFile(temp, u"m.csv"_qs,
            "email,first name\n"            // 1
            "a@example.com,A\n"             // 2
            "b@example.com\n"               // 3: too few fields
            "\"c@example.com\",C,extra\n"   // 4: too many fields
            "d@example.com,\"D\nD\"\n"      // 5-6
            "e\"@example.com,E\n"           // 7: quote inside an unquoted field
            "\"f@example.com\"x,F\n"        // 8: text after the closing quote
            "g@example.com,G\n"             // 9
            "\"h@example.com,H\n"           // 10: never closed
            "i@example.com,I\n");
        const ImportResult result = import(temp, u"l"_qs, path);
        QCOMPARE(result.imported, 3);
        QCOMPARE(result.rejected, 5);
        QList<qint64> lines;
        for (const ImportIssue &issue : result.issues) {
            lines << issue.line;
            QVERIFY(!issue.reason.isEmpty());
        }
        QCOMPARE(lines, (QList<qint64>{3, 4, 7, 8, 10}));
        QVERIFY2(result.issues.at(0).reason.contains(u"1 field"_qs), qPrintable(result.issues.at(0).reason));
        QVERIFY2(result.issues.at(1).reason.contains(u"3 field"_qs), qPrintable(result.issues.at(1).reason));
        QCOMPARE(select(temp, u"SELECT email, first_name, source_line FROM recipient ORDER BY id"_qs),
                 (QList<QStringList>{{u"a@example.com"_qs, u"A"_qs, u"2"_qs},
                                     {u"d@example.com"_qs, u"D\nD"_qs, u"5"_qs},
                                     {u"g@example.com"_qs, u"G"_qs, u"9"_qs}}));
    }

    void reportedIssuesAreCapped()
    {
        test::TempWorkspace temp;
        QByteArray data = "email,x\n";
        for (int i = 0; i < ImportResult::maxReportedIssues + 10; ++i)
            data += "bad\n";
        const ImportResult result = import(temp, u"l"_qs, writeFile(temp, u"c.csv"_qs, data));
        QCOMPARE(result.rejected, ImportResult::maxReportedIssues + 10);
        QCOMPARE(result.issues.size(), ImportResult::maxReportedIssues);
        QCOMPARE(result.issues.last().line, ImportResult::maxReportedIssues + 1);
    }

    void refusedFiles_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QStringList>("expected"); // words of the message

        QTest::newRow("no e-mail column") << QByteArray("name,phone\nx,y\n") << QStringList{u"name, phone"_qs};
        QTest::newRow("unnamed column") << QByteArray("email,,city\n") << QStringList{u"Column 2"_qs};
        QTest::newRow("blank column name") << QByteArray("email,city,  \n") << QStringList{u"Column 3"_qs};
        QTest::newRow("duplicate column") << QByteArray("email,city,city\n") << QStringList{u"\"city\""_qs, u"2"_qs, u"3"_qs};
        QTest::newRow("two e-mail columns") << QByteArray("email,Courriel\n") << QStringList{u"\"email\""_qs, u"\"Courriel\""_qs};
        QTest::newRow("empty file") << QByteArray() << QStringList{u"empty"_qs};
        QTest::newRow("only a byte order mark") << QByteArray("\xEF\xBB\xBF\r\n") << QStringList{u"empty"_qs};
        QTest::newRow("malformed header") << QByteArray("em\"ail,x\n") << QStringList{u"line 1"_qs};
        QTest::newRow("not UTF-8") << QByteArray("email,nom\na@example.com,H\xe9l\xe8ne\n") << QStringList{u"UTF-8"_qs, u"line 2"_qs};
    }

    void refusedFiles()
    {
        QFETCH(QByteArray, data);
        QFETCH(QStringList, expected);
        test::TempWorkspace temp;
        const QString error = importError(temp, u"l"_qs, writeFile(temp, u"f.csv"_qs, data));
        for (const QString &word : expected)
            QVERIFY2(error.contains(word), qPrintable(error));
        QCOMPARE(selectValue(temp, u"SELECT count(*) FROM recipient_list"_qs), u"0"_qs);
    }

    void unreadableFile()
    {
        test::TempWorkspace temp;
        const QString error = importError(temp, u"l"_qs, temp.filePath(u"missing.csv"_qs));
        QVERIFY2(error.contains(u"missing.csv"_qs), qPrintable(error));
    }

    // The invalid byte comes after thousands of rows already inserted: they must go too.
    void notUtf8LeavesListAsItWas()
    {
        test::TempWorkspace temp;
        import(temp, u"l"_qs, writeFile(temp, u"a.csv"_qs, generatedFile(3)));
        setUpdatedAt(temp, 1);
        QByteArray data = generatedFile(10000, 100);
        data += "late@example.com,Ren\xe9,X,1\n";
        const QString error = importError(temp, u"l"_qs, writeFile(temp, u"b.csv"_qs, data));
        QVERIFY2(error.contains(u"line %1 "_qs.arg(QLocale().toString(10002))), qPrintable(error));
        QCOMPARE(selectValue(temp, u"SELECT count(*) FROM recipient"_qs), u"3"_qs);
        QCOMPARE(selectValue(temp, u"SELECT updated_at FROM recipient_list"_qs), u"1"_qs);
    }

    void replaceEmptiesOnlyThatList()
    {
        test::TempWorkspace temp;
        import(temp, u"l"_qs, writeFile(temp, u"a.csv"_qs, generatedFile(3)));
        import(temp, u"other"_qs, writeFile(temp, u"o.csv"_qs, generatedFile(4)));
        setUpdatedAt(temp, 1);
        const ImportResult replaced = import(temp, u"l"_qs, writeFile(temp, u"b.csv"_qs, generatedFile(2, 50)), true);
        QCOMPARE(replaced.imported, 2);
        QCOMPARE(select(temp, u"SELECT l.name, (SELECT count(*) FROM recipient r WHERE r.list_id = l.id), l.updated_at > 1 "
                               "FROM recipient_list l ORDER BY l.name"_qs),
                 (QList<QStringList>{{u"l"_qs, u"2"_qs, u"1"_qs}, {u"other"_qs, u"4"_qs, u"0"_qs}}));
        import(temp, u"l"_qs, writeFile(temp, u"c.csv"_qs, generatedFile(5, 60)));
        QCOMPARE(selectValue(temp, u"SELECT count(*) FROM recipient WHERE list_id = "_qs + QString::number(replaced.listId)), u"7"_qs);
    }

    void cancelLeavesListAsItWas_data()
    {
        QTest::addColumn<bool>("replace");
        QTest::newRow("append") << false;
        QTest::newRow("replace") << true;
    }

    void cancelLeavesListAsItWas()
    {
        QFETCH(bool, replace);
        test::TempWorkspace temp;
        import(temp, u"l"_qs, writeFile(temp, u"a.csv"_qs, generatedFile(3)));
        setUpdatedAt(temp, 1);
        int calls = 0;
        const QString error = importError(temp, u"l"_qs, writeFile(temp, u"b.csv"_qs, generatedFile(10000, 100)), replace,
                                          [&calls](qint64, qint64) { return ++calls < 2; });
        QCOMPARE(calls, 2);
        QVERIFY2(error.contains(u"canceled"_qs), qPrintable(error));
        QCOMPARE(select(temp, u"SELECT email FROM recipient ORDER BY id"_qs),
                 (QList<QStringList>{{u"user0@example.com"_qs}, {u"user1@example.com"_qs}, {u"user2@example.com"_qs}}));
        QCOMPARE(selectValue(temp, u"SELECT updated_at FROM recipient_list"_qs), u"1"_qs);
    }

    void progressIsReported()
    {
        test::TempWorkspace temp;
        const QByteArray data = generatedFile(20000);
        QList<qint64> read;
        QList<qint64> totals;
        import(temp, u"l"_qs, writeFile(temp, u"p.csv"_qs, data), false, [&](qint64 bytesRead, qint64 bytesTotal) {
            read << bytesRead;
            totals << bytesTotal;
            return true;
        });
        QCOMPARE(read.size(), 20000 / 4096);
        QCOMPARE(totals, QList<qint64>(read.size(), data.size()));
        QVERIFY(std::is_sorted(read.begin(), read.end()) && read.first() > 0 && read.last() < data.size());
    }

    void largeFile()
    {
        test::TempWorkspace temp;
        const int count = 200000;
        QByteArray data = generatedFile(count);
        data += "no address here,x,y,z\n,empty,address,1\ntoo,few\n";
        const ImportResult result = import(temp, u"big"_qs, writeFile(temp, u"big.csv"_qs, data));
        QCOMPARE(result.imported, count + 2);
        QCOMPARE(result.badQuality, 1);
        QCOMPARE(result.addressNotSpecified, 1);
        QCOMPARE(result.rejected, 1);
        QCOMPARE(result.issues.constFirst().line, count + 4);
        QCOMPARE(select(temp, u"SELECT count(*), count(DISTINCT email_ascii), min(source_line), max(source_line), "
                               "sum(json_extract(custom_fields, '$.rank')) FROM recipient WHERE address_issue IS NULL"_qs),
                 (QList<QStringList>{{QString::number(count), QString::number(count), u"2"_qs, QString::number(count + 1),
                                      QString::number(qint64(count) * (count - 1) / 2)}}));
    }
};

QTEST_GUILESS_MAIN(TestRecipientImport)
#include "tst_recipientimport.moc"
