// The quarantine rules (docs/quarantine.md) on a real workspace, with the times given by the test.
#include "quarantine/quarantinebook.h"
#include "store/connection.h"
#include "tempworkspace.h"

#include <QRegularExpression>
#include <QTest>
#include <functional>
#include <memory>

using namespace diffusion;

namespace {

constexpr qint64 t0 = 1'700'000'000;
constexpr qint64 day = 24 * 60 * 60;

} // namespace

class TestQuarantineBook final : public QObject
{
    Q_OBJECT

private:
    // Runs fn in one writer job with a book built for it, as the feedback service will.
    template <typename Fn> auto withBook(Fn fn)
    {
        return m_temp->writer().submit([fn](QSqlDatabase &db) {
            QuarantineBook book(db);
            return fn(book);
        }).result();
    }

    void write(const std::function<void(QuarantineBook &)> &fn)
    {
        m_temp->writer().submit([&fn](QSqlDatabase &db) {
            QuarantineBook book(db);
            fn(book);
        }).waitForFinished();
    }

    void sql(const QString &statement)
    {
        m_temp->writer().submit([statement](QSqlDatabase &db) { execute(db, statement); }).waitForFinished();
    }

    // "status|errors|reason" as the sqlite3 user reads them; empty when the address has no row.
    QString row(const QString &address)
    {
        ReadConnection reader(m_temp->path());
        return queryValue(reader.db(), u"SELECT status || '|' || error_count || '|' || IFNULL(reason, '') "
                                       "FROM v_quarantine WHERE address = '%1'"_qs.arg(address)).toString();
    }

    qint64 column(const QString &address, const QString &name)
    {
        ReadConnection reader(m_temp->path());
        return queryValue(reader.db(), u"SELECT %1 FROM quarantine WHERE address = '%2'"_qs.arg(name, address)).toLongLong();
    }

    // count soft errors, one a day from start.
    void softErrors(const QString &address, FailureReason reason, int count, qint64 start = t0)
    {
        write([&](QuarantineBook &book) {
            for (int i = 0; i < count; ++i)
                book.recordFailure(address, FailureType::Soft, reason, u"452 4.2.2 try later"_qs, start + i * day);
        });
    }

    void hard(const QString &address, qint64 at = t0)
    {
        write([&](QuarantineBook &book) {
            book.recordFailure(address, FailureType::Hard, FailureReason::UserUnknown, u"550 5.1.1 unknown"_qs, at);
        });
    }

    qint64 releaseExpired(qint64 now)
    {
        return withBook([now](QuarantineBook &book) { return book.releaseExpired(now); });
    }

    std::unique_ptr<test::TempWorkspace> m_temp;

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<test::TempWorkspace>();
    }

    void cleanup()
    {
        m_temp.reset();
    }

    void hardBounceQuarantinesAtOnce()
    {
        hard(u"ann@example.com"_qs);
        QCOMPARE(row(u"ann@example.com"_qs), u"quarantine|1|user_unknown"_qs);
        QCOMPARE(column(u"ann@example.com"_qs, u"first_error_at"_qs), t0);
        ReadConnection reader(m_temp->path());
        QCOMPARE(queryValue(reader.db(), u"SELECT last_error FROM quarantine"_qs).toString(), u"550 5.1.1 unknown"_qs);
    }

    void softErrorsCountOncePerInterval()
    {
        const QString address = u"bob@example.com"_qs;
        write([&](QuarantineBook &book) {
            for (const qint64 at : {t0, t0 + 60, t0 + day - 1})
                book.recordFailure(address, FailureType::Soft, FailureReason::MailboxFull, u"452 full"_qs, at);
        });
        QCOMPARE(row(address), u"with_errors|1|mailbox_full"_qs);
        // The uncounted errors still move the last error, not the counted one.
        QCOMPARE(column(address, u"last_error_at"_qs), t0 + day - 1);
        QCOMPARE(column(address, u"last_counted_error_at"_qs), t0);
        write([&](QuarantineBook &book) {
            book.recordFailure(address, FailureType::Soft, FailureReason::Unreachable, u"421 busy"_qs, t0 + day);
        });
        QCOMPARE(row(address), u"with_errors|2|unreachable"_qs);
        QCOMPARE(column(address, u"first_error_at"_qs), t0);
    }

    void thresholdQuarantines()
    {
        const QString address = u"cid@example.com"_qs;
        for (int errors = 1; errors < 5; ++errors) {
            softErrors(address, FailureReason::Refused, 1, t0 + (errors - 1) * day);
            QCOMPARE(row(address), u"with_errors|%1|refused"_qs.arg(errors));
        }
        softErrors(address, FailureReason::Refused, 1, t0 + 4 * day);
        QCOMPARE(row(address), u"quarantine|5|refused"_qs);
    }

    void successMakesWithErrorsValid()
    {
        softErrors(u"dan@example.com"_qs, FailureReason::MailboxFull, 2);
        hard(u"eve@example.com"_qs);
        write([](QuarantineBook &book) {
            book.recordSuccess(u"dan@example.com"_qs, t0 + 2 * day);
            book.recordSuccess(u"eve@example.com"_qs, t0 + 2 * day);
        });
        QCOMPARE(row(u"dan@example.com"_qs), u"valid|0|"_qs);
        QCOMPARE(row(u"eve@example.com"_qs), u"quarantine|1|user_unknown"_qs);
        // A new error after the success starts a new count, at once.
        softErrors(u"dan@example.com"_qs, FailureReason::MailboxFull, 1, t0 + 2 * day + 1);
        QCOMPARE(row(u"dan@example.com"_qs), u"with_errors|1|mailbox_full"_qs);
        QCOMPARE(column(u"dan@example.com"_qs, u"first_error_at"_qs), t0 + 2 * day + 1);
    }

    void successAfterAnErrorInTheSameBook()
    {
        // The book found no address with errors at its first success; an error it records later
        // must still be reset by a success.
        write([](QuarantineBook &book) {
            book.recordSuccess(u"ivy@example.com"_qs, t0);
            book.recordFailure(u"ivy@example.com"_qs, FailureType::Soft, FailureReason::MailboxFull, u"452 full"_qs, t0 + 1);
            book.recordSuccess(u"ivy@example.com"_qs, t0 + 2);
        });
        QCOMPARE(row(u"ivy@example.com"_qs), u"valid|0|"_qs);
    }

    void withErrorsReleasedAfterTenDays()
    {
        softErrors(u"fay@example.com"_qs, FailureReason::Unreachable, 2);
        const qint64 lastError = t0 + day;
        QCOMPARE(releaseExpired(lastError + 10 * day), 0);
        QCOMPARE(row(u"fay@example.com"_qs), u"with_errors|2|unreachable"_qs);
        QCOMPARE(releaseExpired(lastError + 10 * day + 1), 1);
        QCOMPARE(row(u"fay@example.com"_qs), u"valid|0|"_qs);
    }

    void mailboxFullQuarantineReleasedAfterThirtyDays()
    {
        softErrors(u"gus@example.com"_qs, FailureReason::MailboxFull, 5);
        QCOMPARE(row(u"gus@example.com"_qs), u"quarantine|5|mailbox_full"_qs);
        const qint64 lastError = t0 + 4 * day;
        QCOMPARE(releaseExpired(lastError + 30 * day), 0);
        QCOMPARE(releaseExpired(lastError + 30 * day + 1), 1);
        QCOMPARE(row(u"gus@example.com"_qs), u"valid|0|"_qs);
    }

    void otherQuarantinesAndDenylistNeverReleasedAutomatically()
    {
        hard(u"hal@example.com"_qs);
        softErrors(u"ida@example.com"_qs, FailureReason::Unreachable, 5);
        // A mailbox full, then unknown: the hard reason replaces the one that would be released.
        softErrors(u"jon@example.com"_qs, FailureReason::MailboxFull, 5);
        hard(u"jon@example.com"_qs, t0 + 5 * day);
        // A soft error on a quarantine keeps the reason that put it there.
        softErrors(u"hal@example.com"_qs, FailureReason::MailboxFull, 1, t0 + day);
        QVERIFY(withBook([](QuarantineBook &book) { return book.deny(u"kim@example.com"_qs, u"asked us"_qs, t0); }));

        QCOMPARE(releaseExpired(t0 + 1000 * day), 0);
        QCOMPARE(row(u"hal@example.com"_qs), u"quarantine|2|user_unknown"_qs);
        QCOMPARE(row(u"ida@example.com"_qs), u"quarantine|5|unreachable"_qs);
        QCOMPARE(row(u"jon@example.com"_qs), u"quarantine|6|user_unknown"_qs);
        QCOMPARE(row(u"kim@example.com"_qs), u"denylisted|0|denylisted"_qs);
    }

    void denylistedKeepsItsStatusAndReason()
    {
        QVERIFY(withBook([](QuarantineBook &book) { return book.deny(u"lea@example.com"_qs, QString(), t0); }));
        hard(u"lea@example.com"_qs, t0 + 1);
        QCOMPARE(row(u"lea@example.com"_qs), u"denylisted|1|denylisted"_qs);
    }

    void allowlistedNeverQuarantined()
    {
        sql(u"INSERT INTO quarantine (address, status, updated_at) VALUES ('max@example.com', 4, 0)"_qs);
        hard(u"max@example.com"_qs);
        softErrors(u"max@example.com"_qs, FailureReason::MailboxFull, 6, t0 + day);
        QCOMPARE(row(u"max@example.com"_qs), u"allowlisted|7|mailbox_full"_qs);
        QCOMPARE(releaseExpired(t0 + 1000 * day), 0);
        QCOMPARE(row(u"max@example.com"_qs), u"allowlisted|7|mailbox_full"_qs);
    }

    void ignoredTypeChangesNothing()
    {
        softErrors(u"ned@example.com"_qs, FailureReason::MailboxFull, 1);
        write([](QuarantineBook &book) {
            for (const QString &address : {u"ned@example.com"_qs, u"oli@example.com"_qs})
                book.recordFailure(address, FailureType::Ignored, FailureReason::NotConnected, u"timeout"_qs, t0 + 2 * day);
        });
        QCOMPARE(row(u"ned@example.com"_qs), u"with_errors|1|mailbox_full"_qs);
        QCOMPARE(column(u"ned@example.com"_qs, u"last_error_at"_qs), t0);
        QCOMPARE(row(u"oli@example.com"_qs), QString());
    }

    void customSettingsHonoured()
    {
        sql(u"INSERT INTO setting (key, value) VALUES ('quarantine.significant_error_interval_s', '3600'), "
            "('quarantine.threshold', '2'), ('quarantine.with_errors_release_s', '100'), "
            "('quarantine.mailbox_full_release_s', '200')"_qs);
        write([](QuarantineBook &book) {
            for (const qint64 at : {t0, t0 + 3599, t0 + 3600})
                book.recordFailure(u"pam@example.com"_qs, FailureType::Soft, FailureReason::MailboxFull, u"452"_qs, at);
            book.recordFailure(u"quy@example.com"_qs, FailureType::Soft, FailureReason::Refused, u"421"_qs, t0 + 3600);
        });
        QCOMPARE(row(u"pam@example.com"_qs), u"quarantine|2|mailbox_full"_qs);
        QCOMPARE(row(u"quy@example.com"_qs), u"with_errors|1|refused"_qs);
        QCOMPARE(releaseExpired(t0 + 3600 + 101), 1);
        QCOMPARE(row(u"quy@example.com"_qs), u"valid|0|"_qs);
        QCOMPARE(releaseExpired(t0 + 3600 + 201), 1);
        QCOMPARE(row(u"pam@example.com"_qs), u"valid|0|"_qs);
    }

    void unusableSettingKeepsTheDefault()
    {
        sql(u"INSERT INTO setting (key, value) VALUES ('quarantine.threshold', 'five')"_qs);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"quarantine\\.threshold.*five"_qs));
        QCOMPARE(withBook([](QuarantineBook &book) { return book.settings().threshold; }), QuarantineSettings().threshold);
    }

    void manualReleaseAndDeny()
    {
        const auto deny = [this](const QString &address, const QString &note) {
            return withBook([=](QuarantineBook &book) { return book.deny(address, note, t0); });
        };
        const auto release = [this](const QString &address) {
            return withBook([=](QuarantineBook &book) { return book.release(address, t0 + day); });
        };
        QVERIFY(deny(u"Rob@Example.COM"_qs, u"complained"_qs));
        QCOMPARE(row(u"Rob@example.com"_qs), u"denylisted|0|denylisted"_qs);
        QVERIFY(!deny(u"Rob@example.com"_qs, u"again"_qs));
        {
            ReadConnection reader(m_temp->path());
            QCOMPARE(queryValue(reader.db(), u"SELECT note FROM quarantine"_qs).toString(), u"complained"_qs);
        }
        QVERIFY(release(u"Rob@EXAMPLE.com"_qs));
        QCOMPARE(row(u"Rob@example.com"_qs), u"valid|0|"_qs);
        QVERIFY(!release(u"Rob@example.com"_qs));
        QVERIFY(!release(u"nobody@example.com"_qs));

        softErrors(u"sue@example.com"_qs, FailureReason::MailboxFull, 5);
        QVERIFY(release(u"sue@example.com"_qs));
        QCOMPARE(row(u"sue@example.com"_qs), u"valid|0|"_qs);
        QCOMPARE(column(u"sue@example.com"_qs, u"last_counted_error_at IS NULL"_qs), 1);
    }

    void manySuccessesOnUnknownAddresses()
    {
        softErrors(u"user5000@example.com"_qs, FailureReason::MailboxFull, 1);
        write([](QuarantineBook &book) {
            for (int i = 0; i < 10000; ++i)
                book.recordSuccess(u"user%1@example.com"_qs.arg(i), t0 + day);
        });
        ReadConnection reader(m_temp->path());
        QCOMPARE(queryValue(reader.db(), u"SELECT count(*) FROM quarantine"_qs).toInt(), 1);
        QCOMPARE(row(u"user5000@example.com"_qs), u"valid|0|"_qs);
    }
};

QTEST_GUILESS_MAIN(TestQuarantineBook)
#include "tst_quarantinebook.moc"
