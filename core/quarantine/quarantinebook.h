#pragma once

#include "domain/codes.h"
#include "quarantinesettings.h"
#include "store/sqlstatement.h"

#include <QFuture>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace diffusion {

// Applies the quarantine rules (../shared/spec/email-delivery.md §7, docs/quarantine.md) to the
// quarantine table. It runs inside a StoreWriter job and opens no transaction: build one per job,
// then call it for every outcome of the batch (the settings are read and the statements
// prepared once). Addresses may be given in any spelling (quarantineAddress()); text that is
// not an address is ignored. Times are Unix seconds, given by the caller.
class QuarantineBook final
{
public:
    explicit QuarantineBook(QSqlDatabase &db);

    const QuarantineSettings &settings() const { return m_settings; }

    // A hard failure quarantines at once; a soft one counts when the significant-error interval
    // has passed since the last counted error, and quarantines at the threshold. Ignored-type
    // failures change nothing; denylisted and allowlisted addresses keep their status.
    void recordFailure(const QString &address, FailureType type, FailureReason reason, const QString &reply, qint64 at);
    // With errors → Valid. One indexed update; nothing when no address has errors (looked up
    // once per book: most batches of a send meet none, and a success is the commonest outcome).
    void recordSuccess(const QString &address, qint64 at);
    // With errors past the release delay and Mailbox-full quarantines past theirs → Valid.
    // Returns how many addresses were released.
    qint64 releaseExpired(qint64 now);

    // The operator's decisions. release: With errors, Quarantine or Denylisted → Valid with the
    // counters reset; deny: → Denylisted, with the operator's note. Each returns whether the
    // address changed.
    bool release(const QString &address, qint64 at);
    bool deny(const QString &address, const QString &note, qint64 at);

private:
    qint64 changes() const;

    QuarantineSettings m_settings;
    sqlite3 *m_handle;
    SqlStatement m_find;
    SqlStatement m_store;
    SqlStatement m_succeed;
    std::optional<bool> m_withErrors; // whether some address may be With errors
};

class StoreWriter;

// The operator's decision (release or deny) for each address, in one writer job; whether each
// address changed, once the job has committed.
QFuture<QList<bool>> decideEach(StoreWriter &writer, const QStringList &addresses,
                       const std::function<bool(QuarantineBook &, const QString &)> &decision);

} // namespace diffusion
