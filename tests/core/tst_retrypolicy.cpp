#include "engine/retrypolicy.h"
#include "store/connection.h"
#include "store/storeerror.h"
#include "store/storewriter.h"
#include "tempworkspace.h"

#include <QTest>

using namespace diffusion;

class TestRetryPolicy final : public QObject
{
    Q_OBJECT

    static constexpr qint64 now = 1'800'000'000;

private Q_SLOTS:
    void delaysDoubleUpToTheCap()
    {
        RetryPolicy policy;
        policy.jitter = 0;
        const qint64 far = now + 100 * 86400;
        QList<qint64> delays;
        for (int retries = 0; retries < 8; ++retries)
            delays.append(policy.nextAttempt(now, retries, far) - now);
        QCOMPARE(delays, (QList<qint64>{1200, 2400, 4800, 9600, 19200, 38400, 43200, 43200}));
    }

    void neverPastTheValidityEnd()
    {
        RetryPolicy policy;
        policy.jitter = 0;
        QCOMPARE(policy.nextAttempt(now, 0, now + 1201), now + 1200);
        QCOMPARE(policy.nextAttempt(now, 0, now + 1200), 0);
        QCOMPARE(policy.nextAttempt(now, 3, now + 9000), 0);
    }

    void jitterSpreadsWithinItsBounds()
    {
        RetryPolicy policy; // ±10 %
        QSet<qint64> seen;
        for (int i = 0; i < 500; ++i) {
            const qint64 delay = policy.nextAttempt(now, 0, now + 86400) - now;
            QVERIFY2(delay >= 1080 && delay <= 1320, qPrintable(QString::number(delay)));
            seen.insert(delay);
        }
        QVERIFY(seen.size() > 50); // spread, not one value
    }

    void settingsReplaceTheDefaults()
    {
        test::TempWorkspace temp;
        temp.writer().submit([](QSqlDatabase &db) {
            execute(db, u"INSERT INTO setting (key, value) VALUES ('retry.first_delay_s', '300'), "
                        "('retry.max_delay_s', '4000'), ('retry.jitter_percent', '0')"_qs);
        }).waitForFinished();
        ReadConnection reader(temp.path());
        const RetryPolicy policy = RetryPolicy().withSettings(reader.db());
        QCOMPARE(policy.nextAttempt(now, 0, now + 86400), now + 300);
        QCOMPARE(policy.nextAttempt(now, 4, now + 86400), now + 4000); // 4800 capped
    }

    void aBadSettingIsASentence()
    {
        test::TempWorkspace temp;
        temp.writer().submit([](QSqlDatabase &db) {
            execute(db, u"INSERT INTO setting (key, value) VALUES ('retry.first_delay_s', 'soon')"_qs);
        }).waitForFinished();
        ReadConnection reader(temp.path());
        try {
            RetryPolicy().withSettings(reader.db());
            QFAIL("a bad setting was accepted");
        } catch (const StoreError &error) {
            QVERIFY(error.message().contains(u"retry.first_delay_s"_qs));
            QVERIFY(error.message().contains(u"soon"_qs));
        }
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
