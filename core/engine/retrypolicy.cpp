#include "retrypolicy.h"

#include "store/connection.h"
#include "store/storeerror.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <algorithm>

namespace diffusion {

qint64 RetryPolicy::nextAttempt(qint64 now, int retriesSoFar, qint64 validUntil) const
{
    qint64 delay = firstDelayS;
    for (int i = 0; i < retriesSoFar && delay < maxDelayS; ++i)
        delay *= 2;
    delay = std::min(delay, maxDelayS);
    const double spread = (QRandomGenerator::global()->generateDouble() * 2 - 1) * jitter;
    const qint64 at = now + std::max<qint64>(1, qint64(double(delay) * (1 + spread)));
    return at < validUntil ? at : 0;
}

RetryPolicy RetryPolicy::withSettings(QSqlDatabase &db) const
{
    RetryPolicy policy = *this;
    QSqlQuery settings = runQuery(db, u"SELECT key, value FROM setting WHERE key LIKE 'retry.%'"_qs);
    while (settings.next()) {
        const QString key = settings.value(0).toString();
        bool isNumber = false;
        const qint64 value = settings.value(1).toString().trimmed().toLongLong(&isNumber);
        const auto check = [&](qint64 low, qint64 high) {
            if (!isNumber || value < low || value > high) {
                throw StoreError(tr("The workspace setting %1 is \"%2\", which is not a whole number from %3 to %4. "
                                    "Correct it, or remove it to use the default.")
                                     .arg(key, settings.value(1).toString()).arg(low).arg(high));
            }
        };
        if (key == u"retry.first_delay_s"_qs) {
            check(1, 30LL * 86400);
            policy.firstDelayS = value;
        } else if (key == u"retry.max_delay_s"_qs) {
            check(1, 30LL * 86400);
            policy.maxDelayS = value;
        } else if (key == u"retry.jitter_percent"_qs) {
            check(0, 50);
            policy.jitter = double(value) / 100;
        }
    }
    return policy;
}

} // namespace diffusion
