#include "quarantinesettings.h"

#include "store/connection.h"

#include <QSqlQuery>

namespace diffusion {

QuarantineSettings QuarantineSettings::load(const QSqlDatabase &db)
{
    QuarantineSettings settings;
    const struct {
        const char16_t *key;
        qint64 *value;
        qint64 minimum;
    } known[] = {
        {u"quarantine.significant_error_interval_s", &settings.significantErrorInterval, 0},
        {u"quarantine.threshold", &settings.threshold, 1},
        {u"quarantine.with_errors_release_s", &settings.withErrorsRelease, 0},
        {u"quarantine.mailbox_full_release_s", &settings.mailboxFullRelease, 0},
    };
    QSqlQuery query = runQuery(db, u"SELECT key, value FROM setting WHERE key LIKE 'quarantine.%'"_qs);
    while (query.next()) {
        const QString key = query.value(0).toString();
        for (const auto &setting : known) {
            if (key != QStringView(setting.key))
                continue;
            bool ok = false;
            const qint64 value = query.value(1).toString().trimmed().toLongLong(&ok);
            // A typo must not stop the feedback of a running delivery: say so and keep the default.
            if (ok && value >= setting.minimum) {
                *setting.value = value;
            } else {
                qWarning("%s", qPrintable(tr("The workspace setting %1 is \"%2\", which is not a whole number of at least %3. "
                                             "The default, %4, is used; correct the setting or remove it.")
                                              .arg(key, query.value(1).toString()).arg(setting.minimum).arg(*setting.value)));
            }
        }
    }
    return settings;
}

} // namespace diffusion
