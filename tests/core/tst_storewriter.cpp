// The writer thread: batching, isolation of failing jobs, durability before completion,
// concurrent readers and writers with no lost write.
#include "store/connection.h"
#include "store/storeerror.h"
#include "tempworkspace.h"

#include <QSemaphore>
#include <QTest>
#include <QThread>
#include <atomic>

using namespace diffusion;

namespace {

void insertSetting(QSqlDatabase &db, const QString &key)
{
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO setting (key, value) VALUES (?, 'v')"_qs);
    query.addBindValue(key);
    if (!query.exec())
        throw StoreError(u"insert failed: "_qs + key);
}

qint64 countSettings(QSqlDatabase &db, const QString &likePattern = u"%"_qs)
{
    return queryValue(db, u"SELECT count(*) FROM setting WHERE key LIKE '%1'"_qs.arg(likePattern)).toLongLong();
}

} // namespace

class TestStoreWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void returnsJobResults()
    {
        test::TempWorkspace temp;
        auto future = temp.writer().submit([](QSqlDatabase &db) {
            insertSetting(db, u"a"_qs);
            return countSettings(db);
        });
        QCOMPARE(future.result(), 1);
    }

    void failingJobIsRolledBackAloneAndReportsItsError()
    {
        test::TempWorkspace temp;
        QSemaphore started;
        QSemaphore gate;
        // Hold the writer inside a job so that the three jobs below queue up and run as one
        // batch, in one transaction.
        temp.writer().submit([&](QSqlDatabase &) {
            started.release();
            gate.acquire();
        });
        started.acquire();
        auto first = temp.writer().submit([](QSqlDatabase &db) { insertSetting(db, u"first"_qs); });
        auto failing = temp.writer().submit([](QSqlDatabase &db) {
            insertSetting(db, u"half-done"_qs);
            throw StoreError(u"refused on purpose"_qs);
        });
        auto third = temp.writer().submit([](QSqlDatabase &db) { insertSetting(db, u"third"_qs); });
        const quint64 before = temp.writer().committedTransactions();
        gate.release();
        third.waitForFinished();
        // The holding job's transaction, then one for the three.
        QCOMPARE(temp.writer().committedTransactions(), before + 2);

        first.waitForFinished();
        try {
            failing.waitForFinished();
            QFAIL("the failing job's error did not reach its future");
        } catch (const StoreError &error) {
            QCOMPARE(error.message(), u"refused on purpose"_qs);
        }
        ReadConnection reader(temp.path());
        QCOMPARE(countSettings(reader.db(), u"first"_qs), 1);
        QCOMPARE(countSettings(reader.db(), u"half-done"_qs), 0);
        QCOMPARE(countSettings(reader.db(), u"third"_qs), 1);
    }

    void failingJobAloneIsRolledBack()
    {
        // A job alone in its batch runs without a savepoint: the transaction's rollback undoes it.
        test::TempWorkspace temp;
        auto failing = temp.writer().submit([](QSqlDatabase &db) {
            insertSetting(db, u"half-done"_qs);
            throw StoreError(u"refused on purpose"_qs);
        });
        QVERIFY_THROWS_EXCEPTION(StoreError, failing.waitForFinished());
        temp.writer().submit([](QSqlDatabase &db) { insertSetting(db, u"next"_qs); }).waitForFinished();
        ReadConnection reader(temp.path());
        QCOMPARE(countSettings(reader.db(), u"half-done"_qs), 0);
        QCOMPARE(countSettings(reader.db(), u"next"_qs), 1);
    }

    void queuedJobsShareTransactions()
    {
        test::TempWorkspace temp;
        QSemaphore started;
        QSemaphore gate;
        temp.writer().submit([&](QSqlDatabase &) {
            started.release();
            gate.acquire();
        });
        started.acquire();
        QFuture<void> last;
        for (int i = 0; i < 500; ++i)
            last = temp.writer().submit([i](QSqlDatabase &db) { insertSetting(db, QString::number(i)); });
        const quint64 before = temp.writer().committedTransactions();
        gate.release();
        last.waitForFinished();
        // The holding job's transaction, then one for the 500 jobs queued meanwhile.
        QCOMPARE(temp.writer().committedTransactions(), before + 2);
        ReadConnection reader(temp.path());
        QCOMPARE(countSettings(reader.db()), 500);
    }

    void completionMeansCommitted()
    {
        test::TempWorkspace temp;
        const QString path = temp.path();
        std::atomic<qint64> seenAtCompletion{-1};
        // The continuation runs on the writer thread the moment the job's future completes:
        // another connection must already see the row.
        auto done = temp.writer()
                        .submit([](QSqlDatabase &db) { insertSetting(db, u"durable"_qs); })
                        .then([path, &seenAtCompletion] {
                            ReadConnection reader(path);
                            seenAtCompletion = countSettings(reader.db(), u"durable"_qs);
                        });
        done.waitForFinished();
        QCOMPARE(seenAtCompletion.load(), 1);
    }

    void closingRunsQueuedJobs()
    {
        test::TempWorkspace temp;
        for (int i = 0; i < 100; ++i)
            temp.writer().submit([i](QSqlDatabase &db) { insertSetting(db, u"late-%1"_qs.arg(i)); });
        temp.close();
        ReadConnection reader(temp.path());
        QCOMPARE(countSettings(reader.db(), u"late-%"_qs), 100);
    }

    void concurrentWritersAndReadersLoseNothing()
    {
        test::TempWorkspace temp;
        constexpr int writers = 4;
        constexpr int jobsPerWriter = 500;
        std::atomic<bool> readerFailed{false};
        std::atomic<bool> writing{true};
        std::atomic<int> reads{0};

        QThread *reader = QThread::create([&] {
            ReadConnection connection(temp.path());
            qint64 last = 0;
            while (writing) {
                const qint64 now = countSettings(connection.db());
                if (now < last)
                    readerFailed = true; // a committed row disappeared from a reader's view
                last = now;
                ++reads;
            }
        });
        reader->start();

        QList<QThread *> threads;
        for (int w = 0; w < writers; ++w) {
            threads.append(QThread::create([&temp, w] {
                for (int i = 0; i < jobsPerWriter; ++i)
                    temp.writer().submit([w, i](QSqlDatabase &db) { insertSetting(db, u"%1-%2"_qs.arg(w).arg(i)); });
            }));
            threads.last()->start();
        }
        for (QThread *thread : threads) {
            thread->wait();
            delete thread;
        }
        temp.writer().sync();
        writing = false;
        reader->wait();
        delete reader;

        QVERIFY(!readerFailed);
        QVERIFY(reads > 0);
        ReadConnection check(temp.path());
        QCOMPARE(countSettings(check.db()), writers * jobsPerWriter);
    }
};

QTEST_GUILESS_MAIN(TestStoreWriter)
#include "tst_storewriter.moc"
