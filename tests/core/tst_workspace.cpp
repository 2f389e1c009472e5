// Opening, creating and migrating workspace files, and refusing the ones this program must not touch.
#include "domain/codes.h"
#include "store/connection.h"
#include "store/migrations.h"
#include "store/storeerror.h"
#include "store/workspace.h"
#include "tempworkspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace diffusion;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Writes with a plain connection, behind the program's back, as another tool would.
void rawExecute(const QString &path, const QString &sql)
{
    QSqlDatabase db = openConnection(path, ConnectionMode::ReadWrite);
    execute(db, sql);
    closeConnection(db);
}

QString openError(const QString &path, Workspace::OpenMode mode)
{
    try {
        Workspace::open(path, mode);
    } catch (const StoreError &error) {
        return error.message();
    }
    return {};
}

} // namespace

class TestWorkspace final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newWorkspaceHasCurrentSchemaAndPragmas()
    {
        test::TempWorkspace temp;
        QCOMPARE(temp.workspace().schemaVersionFound(), 0);
        ReadConnection reader(temp.path());
        QCOMPARE(queryValue(reader.db(), u"PRAGMA user_version"_qs).toInt(), knownSchemaVersion());
        QVERIFY(knownSchemaVersion() >= 1);
        QCOMPARE(queryValue(reader.db(), u"PRAGMA journal_mode"_qs).toString(), u"wal"_qs);
        QCOMPARE(queryValue(reader.db(), u"PRAGMA application_id"_qs).toInt(), workspaceApplicationId);
    }

    void writerEnforcesForeignKeys()
    {
        test::TempWorkspace temp;
        auto insertOrphan = temp.writer().submit([](QSqlDatabase &db) {
            execute(db, u"INSERT INTO recipient (list_id, email, email_ascii, domain) VALUES (999, 'a@b.c', 'a@b.c', 'b.c')"_qs);
        });
        QVERIFY_THROWS_EXCEPTION(StoreError, insertOrphan.waitForFinished());
    }

    void reopeningKeepsVersionAndData()
    {
        test::TempWorkspace temp;
        temp.writer().submit([](QSqlDatabase &db) {
            execute(db, u"INSERT INTO setting (key, value) VALUES ('probe', 'kept')"_qs);
        }).waitForFinished();
        temp.reopen();
        QCOMPARE(temp.workspace().schemaVersionFound(), knownSchemaVersion());
        ReadConnection reader(temp.path());
        QCOMPARE(queryValue(reader.db(), u"SELECT value FROM setting WHERE key = 'probe'"_qs).toString(), u"kept"_qs);
    }

    void migratesAnEmptyFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"empty.diffusion"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting);
        QCOMPARE(workspace->schemaVersionFound(), 0);
    }

    void codeTablesMatchTheProgram_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<int>("which");
        QTest::newRow("delivery states") << u"ref_delivery_state"_qs << 0;
        QTest::newRow("message statuses") << u"ref_message_status"_qs << 1;
        QTest::newRow("failure types") << u"ref_failure_type"_qs << 2;
        QTest::newRow("failure reasons") << u"ref_failure_reason"_qs << 3;
        QTest::newRow("address statuses") << u"ref_address_status"_qs << 4;
    }

    void codeTablesMatchTheProgram()
    {
        QFETCH(QString, table);
        QFETCH(int, which);
        const std::span<const CodeInfo> tables[] = {deliveryStateCodes(), messageStatusCodes(), failureTypeCodes(),
                                                    failureReasonCodes(), addressStatusCodes()};
        const std::span<const CodeInfo> codes = tables[which];
        test::TempWorkspace temp;
        ReadConnection reader(temp.path());
        QSqlQuery query = runQuery(reader.db(), u"SELECT value, id FROM %1 ORDER BY value"_qs.arg(table));
        qsizetype rows = 0;
        while (query.next()) {
            const CodeInfo *code = findCode(codes, query.value(0).toInt());
            QVERIFY2(code, qPrintable(query.value(1).toString()));
            QCOMPARE(query.value(1).toString(), QString::fromLatin1(code->id));
            ++rows;
        }
        QCOMPARE(rows, qsizetype(codes.size()));
    }

    void specValuesAreStable()
    {
        // The values the spec fixes, which the file format must keep forever.
        QCOMPARE(findCode(failureReasonCodes(), u"user_unknown")->value, 1);
        QCOMPARE(findCode(failureReasonCodes(), u"mailbox_full")->value, 5);
        QCOMPARE(findCode(failureReasonCodes(), u"bad_quality_address")->value, 14);
        QCOMPARE(findCode(failureReasonCodes(), u"control_address")->value, 127);
        QCOMPARE(findCode(deliveryStateCodes(), u"in_progress")->value, 55);
        QCOMPARE(findCode(deliveryStateCodes(), u"finished")->value, 95);
        QCOMPARE(findCode(failureReasonCodes(), u"no_such_reason"), nullptr);
    }

    void refusesNewerSchemaAndLeavesFileUntouched()
    {
        test::TempWorkspace temp;
        temp.close();
        rawExecute(temp.path(), u"PRAGMA user_version = %1"_qs.arg(knownSchemaVersion() + 1));
        // Fold the WAL into the main file so that the file alone holds everything.
        rawExecute(temp.path(), u"PRAGMA wal_checkpoint(TRUNCATE)"_qs);
        const QByteArray before = fileHash(temp.path());

        const QString error = openError(temp.path(), Workspace::OpenMode::OpenExisting);
        QVERIFY2(error.contains(u"newer version"_qs), qPrintable(error));
        QVERIFY(error.contains(QString::number(knownSchemaVersion() + 1)));
        QCOMPARE(fileHash(temp.path()), before);
    }

    void refusesAnotherSqliteDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"other.sqlite"_qs);
        rawExecute(path, u"CREATE TABLE something (x)"_qs);
        const QByteArray before = fileHash(path);
        QVERIFY(openError(path, Workspace::OpenMode::OpenExisting).contains(u"not a Diffusion workspace"_qs));
        QCOMPARE(fileHash(path), before);
    }

    void refusesAFileThatIsNotSqlite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"notes.txt"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        const QByteArray before = fileHash(path);
        QVERIFY(openError(path, Workspace::OpenMode::OpenExisting).contains(u"not a Diffusion workspace"_qs));
        QCOMPARE(fileHash(path), before);
    }

    void missingFileIsAnErrorUnlessCreating()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/new.diffusion"_qs);
        QVERIFY(openError(path, Workspace::OpenMode::OpenExisting).contains(u"diffusion-cli init"_qs));
        QVERIFY(!QFile::exists(path));
        QVERIFY(openError(path, Workspace::OpenMode::CreateIfMissing).isEmpty());
        QVERIFY(QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
