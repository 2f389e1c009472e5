// The workspace is plain SQLite: the sqlite3 command-line tool reads what the program wrote,
// through the documented views (docs/schema.md).
#include "process.h"
#include "store/connection.h"
#include "store/workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace diffusion;

class TestSqliteCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sqliteReadsWhatTheProgramWrote()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ws.diffusion"_qs);
        QCOMPARE(test::runCli({u"init"_qs, u"--workspace"_qs, path}).exitCode, 0);

        const QString csv = dir.filePath(u"people.csv"_qs);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("email;first name;city\n"
                   "ann@example.com;Ann;Paris\n"
                   "bob@Example.COM;Bob;Lyon\n"
                   ";Nobody;Nice\n"
                   "not an address;Bad;Brest\n");
        file.close();
        const test::ProcessResult import = test::runCli({u"import"_qs, u"--workspace"_qs, path, u"--list"_qs, u"people"_qs, csv});
        QVERIFY2(import.exitCode == 0, import.err.constData());

        // A delivery with a log as the engine leaves it: 3 sent, 1 hard bounce, 1 soft bounce
        // still taken into account, 2 ignored at analysis.
        {
            auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting);
            workspace->writer().submit([](QSqlDatabase &db) {
                execute(db, u"INSERT INTO delivery (id, label, state, created_at, updated_at) VALUES (7, 'Spring', 95, 0, 0)"_qs);
                execute(db, u"INSERT INTO broadlog (delivery_id, address, domain, status, failure_type, failure_reason, created_at, updated_at) VALUES "
                            "(7, 'a@x.test', 'x.test', 2, NULL, NULL, 0, 0),"
                            "(7, 'b@x.test', 'x.test', 2, NULL, NULL, 0, 0),"
                            "(7, 'c@x.test', 'x.test', 2, NULL, NULL, 0, 0),"
                            "(7, 'd@x.test', 'x.test', 3, 2, 1, 0, 0),"
                            "(7, 'e@y.test', 'y.test', 1, 1, 5, 0, 0),"
                            "(7, 'f@y.test', 'y.test', 4, 3, 10, 0, 0),"
                            "(7, 'g@y.test', 'y.test', 4, 2, 9, 0, 0)"_qs);
            }).waitForFinished();
        }

        QCOMPARE(test::sqliteValue(path, u"PRAGMA integrity_check"_qs), u"ok"_qs);
        QCOMPARE(test::sqliteValue(path, u"PRAGMA journal_mode"_qs), u"wal"_qs);
        QCOMPARE(test::sqliteValue(path, u"SELECT name, recipients, usable, address_not_specified, bad_quality FROM v_list_summary"_qs),
                 u"people|4|2|1|1"_qs);
        QCOMPARE(test::sqliteValue(path, u"SELECT email_ascii, json_extract(custom_fields, '$.city') FROM recipient WHERE first_name = 'Bob'"_qs),
                 u"bob@example.com|Lyon"_qs);
        QCOMPARE(test::sqliteValue(path, u"SELECT state, to_deliver, pending, taken_into_account, sent, failed, ignored, "
                               "hard_bounces, soft_bounces, processed, success_rate FROM v_delivery_kpi"_qs),
                 u"finished|5|0|1|3|1|2|1|1|5|60.0"_qs);
        QCOMPARE(test::sqliteValue(path, u"SELECT address, status, failure_type, failure_reason FROM v_broadlog WHERE failure_reason IS NOT NULL ORDER BY address"_qs),
                 u"d@x.test|failed|hard|user_unknown\n"
                 "e@y.test|taken_into_account|soft|mailbox_full\n"
                 "f@y.test|ignored|ignored|duplicate\n"
                 "g@y.test|ignored|hard|quarantined"_qs);
    }
};

QTEST_GUILESS_MAIN(TestSqliteCli)
#include "tst_sqlitecli.moc"
