#pragma once

#include "addressset.h"
#include "analysisentry.h"
#include "delivery/delivery.h"
#include "domain/codes.h"

#include <QSet>
#include <QSqlDatabase>
#include <optional>

namespace diffusion {

// One recipient as filtering sees it.
struct FilterRow {
    QByteArray address;                 // email_ascii
    QByteArray domain;
    std::optional<int> addressIssue;    // from the import: address not specified, bad quality
};

// The filtering step (../shared/spec/email-delivery.md §8.2): each recipient is left out by the
// first rule that applies, in this order — address not specified, bad-quality address,
// denylisted, quarantined, the delivery's exclusion lists, duplicate. So a quarantined duplicate
// counts once, as quarantined. Recipients must come in list order: the first of duplicates stays.
//
// Addresses are compared as duplicates are, so the quarantine and the exclusion lists catch an
// address written in another case.
//
// Duplicates: two addresses are the same when their sending forms (domain lower-case and in
// ASCII, IDN as punycode, as the import stores them) are equal ignoring case, local part
// included; providers treat the local part without case, and two messages to one mailbox are
// worse than none.
class RecipientFilter final
{
public:
    // Reads the exclusion lists; `expected`: how many recipients will come, to size the tables.
    // The quarantine's Quarantine and Denylisted addresses are held in memory (16 bytes each).
    RecipientFilter(QSqlDatabase &db, const Delivery &delivery, size_t expected);

    std::optional<FailureReason> exclusion(const FilterRow &row);

    // What filtering wants the operator to know about its own setup (an exclusion list that
    // does not exist).
    const QList<AnalysisEntry> &entries() const { return m_entries; }

private:
    bool excludedByRule(const FilterRow &row) const;

    bool m_deduplicate;
    AddressSet m_denylisted;
    AddressSet m_quarantined;
    QSet<QByteArray> m_addresses; // excluded addresses, lower-case
    QSet<QByteArray> m_domains;
    AddressSet m_seen;
    QByteArray m_key;
    QList<AnalysisEntry> m_entries;
};

} // namespace diffusion
