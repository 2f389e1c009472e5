#include "quarantinebook.h"

#include "quarantineaddress.h"
#include "store/connection.h"
#include "store/storewriter.h"

#include <sqlite3.h>

namespace diffusion {

namespace {

// An address back to Valid starts afresh; its last error stays as history. ?1 is the time.
constexpr const char *backToValid = "status = 0, error_count = 0, reason = NULL, first_error_at = NULL, "
                                    "last_counted_error_at = NULL, note = '', updated_at = ?1 ";

} // namespace

QuarantineBook::QuarantineBook(QSqlDatabase &db)
    : m_settings(QuarantineSettings::load(db))
    , m_handle(sqliteHandle(db))
    , m_find(m_handle, "SELECT status, error_count, COALESCE(?2 - last_counted_error_at >= ?3, 1), "
                       "COALESCE(first_error_at, ?2) FROM quarantine WHERE address = ?1")
    // A NULL reason or last counted time keeps the stored one.
    , m_store(m_handle, "INSERT INTO quarantine (address, status, error_count, last_error, reason, first_error_at, "
                        "last_error_at, last_counted_error_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?7) "
                        "ON CONFLICT (address) DO UPDATE SET status = excluded.status, error_count = excluded.error_count, "
                        "last_error = excluded.last_error, reason = COALESCE(excluded.reason, reason), "
                        "first_error_at = excluded.first_error_at, last_error_at = excluded.last_error_at, "
                        "last_counted_error_at = COALESCE(excluded.last_counted_error_at, last_counted_error_at), "
                        "updated_at = excluded.updated_at")
    , m_succeed(m_handle, std::string("UPDATE quarantine SET ") + backToValid + "WHERE address = ?2 AND status = 1")
{
}

void QuarantineBook::recordFailure(const QString &address, FailureType type, FailureReason reason, const QString &reply,
                                   qint64 at)
{
    const QString key = quarantineAddress(address);
    if (type == FailureType::Ignored || key.isEmpty())
        return;
    m_find.bind(1, key);
    m_find.bind(2, at);
    m_find.bind(3, m_settings.significantErrorInterval);
    const bool known = m_find.step();
    auto status = known ? AddressStatus(m_find.columnInt64(0)) : AddressStatus::Valid;
    qint64 errors = known ? m_find.columnInt64(1) : 0;
    const bool significant = !known || m_find.columnInt64(2) != 0;
    const qint64 firstErrorAt = known ? m_find.columnInt64(3) : at;
    m_find.reset();

    const bool hard = type == FailureType::Hard;
    const bool counts = hard || significant;
    if (counts)
        ++errors;
    // The reason that quarantined or denylisted an address stays, unless a hard failure
    // replaces a quarantine's soft reason (a full mailbox that is now unknown is not released).
    bool newReason = true;
    switch (status) {
    case AddressStatus::Valid:
    case AddressStatus::WithErrors:
        status = hard || errors >= m_settings.threshold ? AddressStatus::Quarantine : AddressStatus::WithErrors;
        break;
    case AddressStatus::Quarantine:
        newReason = hard;
        break;
    case AddressStatus::Denylisted:
        newReason = false;
        break;
    case AddressStatus::Allowlisted:
        break;
    }

    m_store.bind(1, key);
    m_store.bind(2, qint64(status));
    m_store.bind(3, errors);
    m_store.bind(4, reply);
    if (newReason)
        m_store.bind(5, qint64(reason));
    else
        m_store.bindNull(5);
    m_store.bind(6, firstErrorAt);
    m_store.bind(7, at);
    if (counts)
        m_store.bind(8, at);
    else
        m_store.bindNull(8);
    m_store.run();
    m_withErrors = true;
}

void QuarantineBook::recordSuccess(const QString &address, qint64 at)
{
    if (!m_withErrors) {
        SqlStatement any(m_handle, "SELECT EXISTS (SELECT 1 FROM quarantine WHERE status = 1)");
        m_withErrors = any.step() && any.columnInt64(0) != 0;
    }
    if (!*m_withErrors)
        return;
    const QString key = quarantineAddress(address);
    if (key.isEmpty())
        return;
    m_succeed.bind(1, at);
    m_succeed.bind(2, key);
    m_succeed.run();
}

qint64 QuarantineBook::releaseExpired(qint64 now)
{
    SqlStatement release(m_handle, std::string("UPDATE quarantine SET ") + backToValid
                                       + "WHERE (status = 1 AND last_error_at < ?1 - ?2) "
                                         "OR (status = 2 AND reason = 5 AND last_error_at < ?1 - ?3)");
    release.bind(1, now);
    release.bind(2, m_settings.withErrorsRelease);
    release.bind(3, m_settings.mailboxFullRelease);
    release.run();
    return changes();
}

bool QuarantineBook::release(const QString &address, qint64 at)
{
    SqlStatement release(m_handle, std::string("UPDATE quarantine SET ") + backToValid
                                       + "WHERE address = ?2 AND status IN (1, 2, 3)");
    release.bind(1, at);
    release.bind(2, quarantineAddress(address));
    release.run();
    return changes() > 0;
}

bool QuarantineBook::deny(const QString &address, const QString &note, qint64 at)
{
    const QString key = quarantineAddress(address);
    if (key.isEmpty())
        return false;
    SqlStatement deny(m_handle, "INSERT INTO quarantine (address, status, reason, note, updated_at) VALUES (?1, 3, 8, ?2, ?3) "
                                "ON CONFLICT (address) DO UPDATE SET status = 3, reason = 8, note = excluded.note, "
                                "updated_at = excluded.updated_at WHERE status <> 3");
    deny.bind(1, key);
    deny.bind(2, note);
    deny.bind(3, at);
    deny.run();
    return changes() > 0;
}

qint64 QuarantineBook::changes() const
{
    return sqlite3_changes(m_handle);
}

QFuture<QList<bool>> decideEach(StoreWriter &writer, const QStringList &addresses,
                       const std::function<bool(QuarantineBook &, const QString &)> &decision)
{
    return writer.submit([addresses, decision](QSqlDatabase &db) {
        QuarantineBook book(db);
        QList<bool> changed;
        for (const QString &address : addresses)
            changed.append(decision(book, address));
        return changed;
    });
}

} // namespace diffusion
