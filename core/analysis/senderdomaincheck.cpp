#include "senderdomaincheck.h"

#include "dkim/dkimerror.h"
#include "dkim/dkimkey.h"
#include "routing/txtresolver.h"

#include <QJsonArray>
#include <QUrl>
#include <algorithm>
#include <optional>

namespace diffusion {

namespace {

AnalysisEntry finding(Severity severity, const char *code, const char *source, QVariantList args, QJsonObject details)
{
    AnalysisEntry entry;
    entry.step = AnalysisStep::SenderDomain;
    entry.severity = severity;
    entry.code = QString::fromLatin1(code);
    entry.source = source;
    entry.args = std::move(args);
    entry.details = std::move(details);
    return entry;
}

QString asciiDomain(const QString &domain)
{
    const QString trimmed = domain.trimmed();
    const QByteArray ace = QUrl::toAce(trimmed);
    return ace.isEmpty() ? trimmed.toLower() : QString::fromLatin1(ace);
}

QJsonArray jsonRecords(const QList<QByteArray> &records)
{
    QJsonArray array;
    for (const QByteArray &record : records)
        array.append(QString::fromUtf8(record));
    return array;
}

// The value of a tag of a DKIM or DMARC record ("name=value; …", RFC 6376 §3.2).
std::optional<QByteArray> tagValue(const QByteArray &record, QByteArrayView name)
{
    for (const QByteArray &tag : record.split(';')) {
        const qsizetype equals = tag.indexOf('=');
        if (equals > 0 && tag.first(equals).trimmed() == name)
            return tag.sliced(equals + 1).trimmed();
    }
    return std::nullopt;
}

bool isDkimRecord(const QByteArray &record)
{
    return record.trimmed().startsWith("v=DKIM1") || tagValue(record, "p").has_value();
}

// "v=spf1" then a space or the end (RFC 7208 §4.5); "v=spf10" is something else.
bool isSpfRecord(const QByteArray &record)
{
    const QByteArray text = record.trimmed();
    return text.first(qMin<qsizetype>(6, text.size())).compare("v=spf1", Qt::CaseInsensitive) == 0
        && (text.size() == 6 || text.at(6) == ' ');
}

// v=DMARC1 as the first tag, exactly (RFC 7489 §6.4).
bool isDmarcRecord(const QByteArray &record)
{
    const QByteArray first = record.split(';').constFirst();
    const qsizetype equals = first.indexOf('=');
    return equals > 0 && first.first(equals).trimmed() == "v" && first.sliced(equals + 1).trimmed() == "DMARC1";
}

QList<QByteArray> matching(const QList<QByteArray> &records, bool (*test)(const QByteArray &))
{
    QList<QByteArray> out;
    for (const QByteArray &record : records) {
        if (test(record))
            out.append(record);
    }
    return out;
}

// Asks until DNS fails to answer once, then answers the same for every other name without
// asking: each question to a silent server waits for the whole timeout, and the analysis would
// stall for as many timeouts as there are checks.
class Lookups final
{
public:
    explicit Lookups(TxtResolver &resolver) : m_resolver(resolver) {}

    TxtAnswer lookup(const QString &name)
    {
        if (m_failure)
            return *m_failure;
        TxtAnswer answer = m_resolver.lookup(name);
        if (answer.status == TxtAnswer::Status::Unreachable)
            m_failure = answer;
        return answer;
    }

private:
    TxtResolver &m_resolver;
    std::optional<TxtAnswer> m_failure;
};

AnalysisEntry notChecked(const char *source, const QString &subject, const TxtAnswer &answer, QJsonObject details)
{
    details.insert(u"error"_qs, answer.error);
    return finding(Severity::Warning, "dns_unreachable", source, {subject}, std::move(details));
}

AnalysisEntry checkDkim(const SenderDomainKey &key, Lookups &lookups)
{
    const QString name = key.selector.trimmed() + u"._domainkey."_qs + asciiDomain(key.domain);
    QJsonObject details{{u"check"_qs, u"dkim"_qs}, {u"name"_qs, name}, {u"domain"_qs, key.domain},
                        {u"selector"_qs, key.selector}, {u"key"_qs, key.keyPath}};
    std::optional<DkimKey> signingKey;
    try {
        signingKey = DkimKey::fromFile(key.keyPath);
        details.insert(u"expected"_qs, QString::fromLatin1(signingKey->dnsRecord()));
    } catch (const DkimError &error) {
        details.insert(u"key_error"_qs, error.message());
    }

    const TxtAnswer answer = lookups.lookup(name);
    if (answer.status == TxtAnswer::Status::Unreachable)
        return notChecked(QT_TRANSLATE_NOOP("Analysis", "DNS did not answer, so the DKIM record at %1 was not checked."), name, answer, details);
    const QList<QByteArray> candidates = matching(answer.records, isDkimRecord);
    if (candidates.isEmpty()) {
        details.insert(u"records"_qs, jsonRecords(answer.records));
        return finding(Severity::Warning, "dkim_record_missing",
                       QT_TRANSLATE_NOOP("Analysis", "No DKIM record is published at %1, so receivers cannot verify the "
                                                     "messages' DKIM signatures."),
                       {name}, details);
    }
    if (!signingKey) {
        details.insert(u"record"_qs, QString::fromUtf8(candidates.constFirst()));
        return finding(Severity::Warning, "dkim_record_not_compared",
                       QT_TRANSLATE_NOOP("Analysis", "The DKIM record at %1 was not compared with the key %2, which cannot be read."),
                       {name, key.keyPath}, details);
    }

    // Several records at one name are a mistake (RFC 6376 §3.6.2.2 leaves the result open):
    // the one that matches counts, else the first.
    const auto matches = std::find_if(candidates.cbegin(), candidates.cend(), [&signingKey](const QByteArray &candidate) {
        return signingKey->checkRecord(candidate) == DkimKey::RecordCheck::Matches;
    });
    const QByteArray record = matches != candidates.cend() ? *matches : candidates.constFirst();
    const DkimKey::RecordCheck check = signingKey->checkRecord(record);
    details.insert(u"record"_qs, QString::fromUtf8(record));
    switch (check) {
    case DkimKey::RecordCheck::Matches:
        return finding(Severity::Information, "dkim_record_matches",
                       QT_TRANSLATE_NOOP("Analysis", "The DKIM record at %1 matches the signing key."), {name}, details);
    case DkimKey::RecordCheck::DifferentKey:
        return finding(Severity::Warning, "dkim_record_different",
                       QT_TRANSLATE_NOOP("Analysis", "The DKIM record at %1 publishes another key than %2: receivers will "
                                                     "find the signatures invalid."),
                       {name, key.keyPath}, details);
    case DkimKey::RecordCheck::Revoked:
        return finding(Severity::Warning, "dkim_record_revoked",
                       QT_TRANSLATE_NOOP("Analysis", "The DKIM record at %1 revokes its key (empty p=): receivers will find "
                                                     "the signatures invalid."),
                       {name}, details);
    case DkimKey::RecordCheck::Malformed:
        break;
    }
    return finding(Severity::Warning, "dkim_record_malformed",
                   QT_TRANSLATE_NOOP("Analysis", "The DKIM record at %1 is not a valid key record: receivers cannot verify "
                                                 "the signatures."),
                   {name}, details);
}

AnalysisEntry checkSpf(const QString &domain, const QString &role, Lookups &lookups)
{
    QJsonObject details{{u"check"_qs, u"spf"_qs}, {u"name"_qs, domain}, {u"role"_qs, role}};
    const TxtAnswer answer = lookups.lookup(domain);
    if (answer.status == TxtAnswer::Status::Unreachable)
        return notChecked(QT_TRANSLATE_NOOP("Analysis", "DNS did not answer, so the SPF record of %1 was not checked."), domain, answer, details);
    const QList<QByteArray> records = matching(answer.records, isSpfRecord);
    if (records.isEmpty()) {
        details.insert(u"records"_qs, jsonRecords(answer.records));
        return finding(Severity::Warning, "spf_missing",
                       QT_TRANSLATE_NOOP("Analysis", "The domain %1 publishes no SPF record, so receivers cannot check that "
                                                     "this server may send its mail."),
                       {domain}, details);
    }
    if (records.size() > 1) {
        details.insert(u"records"_qs, jsonRecords(records));
        return finding(Severity::Warning, "spf_multiple",
                       QT_TRANSLATE_NOOP("Analysis", "The domain %1 publishes %2 SPF records: receivers treat that as an "
                                                     "error (RFC 7208) and may reject the mail. Merge them into one."),
                       {domain, qint64(records.size())}, details);
    }
    const QString record = QString::fromUtf8(records.constFirst());
    details.insert(u"record"_qs, record);
    return finding(Severity::Information, "spf_found", QT_TRANSLATE_NOOP("Analysis", "The domain %1 publishes the SPF record “%2”."),
                   {domain, record}, details);
}

AnalysisEntry checkDmarc(const QString &fromDomain, Lookups &lookups)
{
    // Without a record of its own, the organizational domain's applies (RFC 7489 §6.6.3). That
    // domain should come from the Public Suffix List; the last two labels are a simple
    // approximation, wrong under suffixes like co.uk, where it finds nothing and warns.
    const QString organizational = fromDomain.section(u'.', -2);
    QString domain = fromDomain;
    TxtAnswer answer = lookups.lookup(u"_dmarc."_qs + domain);
    QList<QByteArray> records = matching(answer.records, isDmarcRecord);
    if (answer.status != TxtAnswer::Status::Unreachable && records.isEmpty() && organizational != fromDomain) {
        domain = organizational;
        answer = lookups.lookup(u"_dmarc."_qs + domain);
        records = matching(answer.records, isDmarcRecord);
    }
    QJsonObject details{{u"check"_qs, u"dmarc"_qs}, {u"domain"_qs, fromDomain}, {u"name"_qs, QString(u"_dmarc."_qs + domain)}};
    if (answer.status == TxtAnswer::Status::Unreachable)
        return notChecked(QT_TRANSLATE_NOOP("Analysis", "DNS did not answer, so the DMARC record of %1 was not checked."), domain, answer, details);

    if (records.isEmpty()) {
        return finding(Severity::Warning, "dmarc_missing",
                       QT_TRANSLATE_NOOP("Analysis", "The domain %1 publishes no DMARC record: the large mailbox providers "
                                                     "require one from bulk senders."),
                       {fromDomain}, details);
    }
    if (records.size() > 1) {
        details.insert(u"records"_qs, jsonRecords(records));
        return finding(Severity::Warning, "dmarc_multiple",
                       QT_TRANSLATE_NOOP("Analysis", "The domain %1 publishes %2 DMARC records: receivers ignore them all "
                                                     "(RFC 7489). Keep only one."),
                       {domain, qint64(records.size())}, details);
    }
    const QByteArray &record = records.constFirst();
    // A subdomain gets sp= when the organizational domain gives one; p= is required, and a
    // record without it counts as "none" (RFC 7489 §6.6.3).
    const std::optional<QByteArray> subdomainPolicy = domain != fromDomain ? tagValue(record, "sp") : std::nullopt;
    const QString policy = QString::fromUtf8(subdomainPolicy.value_or(tagValue(record, "p").value_or("none")));
    details.insert(u"record"_qs, QString::fromUtf8(record));
    details.insert(u"policy"_qs, policy);
    if (domain != fromDomain) {
        return finding(Severity::Information, "dmarc_found",
                       QT_TRANSLATE_NOOP("Analysis", "The domain %1 has no DMARC record of its own; the one of %2 applies, "
                                                     "with the policy p=%3."),
                       {fromDomain, domain, policy}, details);
    }
    return finding(Severity::Information, "dmarc_found",
                   QT_TRANSLATE_NOOP("Analysis", "The domain %1 publishes a DMARC record with the policy p=%2."),
                   {fromDomain, policy}, details);
}

} // namespace

QList<AnalysisEntry> checkSenderDomain(const QString &fromDomain, const QString &returnPathDomain,
                                       const QList<SenderDomainKey> &keys, TxtResolver &resolver)
{
    Lookups lookups(resolver);
    QList<AnalysisEntry> entries;
    for (const SenderDomainKey &key : keys)
        entries.append(checkDkim(key, lookups));

    const QString from = asciiDomain(fromDomain);
    const QString returnPath = asciiDomain(returnPathDomain);
    if (!returnPath.isEmpty())
        entries.append(checkSpf(returnPath, u"return_path"_qs, lookups));
    if (!from.isEmpty() && from != returnPath)
        entries.append(checkSpf(from, u"from"_qs, lookups));
    if (!from.isEmpty())
        entries.append(checkDmarc(from, lookups));
    return entries;
}

} // namespace diffusion
