#include "recipientfilter.h"

#include "store/sqlstatement.h"
#include "store/connection.h"

namespace diffusion {

namespace {

// Lower-case, ASCII fast; a UTF-8 local part (SMTPUTF8) is case-folded as Unicode text.
void foldInto(const QByteArray &address, QByteArray &out)
{
    const bool ascii = std::all_of(address.begin(), address.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    out = ascii ? address.toLower() : QString::fromUtf8(address).toCaseFolded().toUtf8();
}

} // namespace

RecipientFilter::RecipientFilter(QSqlDatabase &db, const Delivery &delivery, size_t expected)
    : m_deduplicate(delivery.deduplicate),
      m_denylisted(size_t(queryValue(db, u"SELECT count(*) FROM quarantine WHERE status = 3"_qs).toLongLong())),
      m_quarantined(size_t(queryValue(db, u"SELECT count(*) FROM quarantine WHERE status = 2"_qs).toLongLong())),
      m_seen(delivery.deduplicate ? expected : 0)
{
    SqlStatement quarantine(sqliteHandle(db), "SELECT address, status FROM quarantine WHERE status IN (2, 3)");
    QByteArray key;
    while (quarantine.step()) {
        const std::string_view address = quarantine.columnUtf8(0);
        foldInto(QByteArray(address.data(), qsizetype(address.size())), key);
        (quarantine.columnInt64(1) == int(AddressStatus::Denylisted) ? m_denylisted : m_quarantined).insert(key);
    }
    SqlStatement listExists(sqliteHandle(db), "SELECT 1 FROM recipient_list WHERE name = ?");
    SqlStatement listAddresses(sqliteHandle(db), "SELECT r.email_ascii FROM recipient r JOIN recipient_list l ON l.id = r.list_id "
                                                 "WHERE l.name = ? AND r.address_issue IS NULL");
    for (const Exclusion &exclusion : delivery.exclusions) {
        QByteArray folded;
        switch (exclusion.kind) {
        case Exclusion::Kind::Address:
            foldInto(exclusion.value.toUtf8(), folded);
            m_addresses.insert(folded);
            break;
        case Exclusion::Kind::Domain:
            m_domains.insert(exclusion.value.toLower().toUtf8());
            break;
        case Exclusion::Kind::List: {
            listExists.reset();
            listExists.bind(1, exclusion.value);
            listAddresses.reset();
            listAddresses.bind(1, exclusion.value);
            bool any = false;
            while (listAddresses.step()) {
                any = true;
                const std::string_view address = listAddresses.columnUtf8(0);
                foldInto(QByteArray(address.data(), qsizetype(address.size())), folded);
                m_addresses.insert(folded);
            }
            if (!listExists.step()) {
                m_entries.append(AnalysisEntry::make(AnalysisStep::Filtering, Severity::Error, "exclusion_list_missing",
                                                     QT_TRANSLATE_NOOP("Analysis", "The exclusion list \"%1\" does not exist. "
                                                                                   "Import it or remove it from the delivery."),
                                                     {exclusion.value}));
            } else if (!any) {
                m_entries.append(AnalysisEntry::make(AnalysisStep::Filtering, Severity::Warning, "exclusion_list_empty",
                                                     QT_TRANSLATE_NOOP("Analysis", "The exclusion list \"%1\" has no usable address."),
                                                     {exclusion.value}));
            }
            break;
        }
        }
    }
}

bool RecipientFilter::excludedByRule(const FilterRow &row) const
{
    return (!m_domains.isEmpty() && m_domains.contains(row.domain)) || (!m_addresses.isEmpty() && m_addresses.contains(m_key));
}

std::optional<FailureReason> RecipientFilter::exclusion(const FilterRow &row)
{
    if (row.addressIssue)
        return FailureReason(*row.addressIssue);
    foldInto(row.address, m_key);
    if (m_denylisted.contains(m_key))
        return FailureReason::Denylisted;
    if (m_quarantined.contains(m_key))
        return FailureReason::Quarantined;
    if (excludedByRule(row))
        return FailureReason::ExcludedByRule;
    if (m_deduplicate && !m_seen.insert(m_key))
        return FailureReason::Duplicate;
    return std::nullopt;
}

} // namespace diffusion
