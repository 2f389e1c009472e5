#include "deliveryanalysis.h"

#include "contenthash.h"
#include "controlrules.h"
#include "personalizationcheck.h"
#include "recipientfilter.h"
#include "senderdomaincheck.h"
#include "targetselection.h"
#include "delivery/deliverymessages.h"
#include "delivery/deliveryrepository.h"
#include "engine/mxrules.h"
#include "import/emailaddress.h"
#include "routing/mxresolver.h"
#include "routing/resolversettings.h"
#include "routing/routetable.h"
#include "routing/txtresolver.h"
#include "store/connection.h"
#include "store/sqlstatement.h"
#include "store/storeerror.h"

#include <QDateTime>
#include <QSemaphore>
#include <QThreadPool>
#include <deque>

namespace diffusion {

namespace {

constexpr int ChunkSize = 1000;
constexpr qsizetype MaxExamples = 5;

QByteArray bytes(const SqlStatement &statement, int column)
{
    const std::string_view text = statement.columnUtf8(column);
    return QByteArray(text.data(), qsizetype(text.size()));
}

std::optional<int> nullableInt(const SqlStatement &statement, int column)
{
    return statement.columnIsNull(column) ? std::nullopt : std::optional<int>(int(statement.columnInt64(column)));
}

// The sentence for each reason recipients are left out for, %Ln their number.
const char *exclusionSentence(FailureReason reason)
{
    switch (reason) {
    case FailureReason::AddressNotSpecified:
        return QT_TRANSLATE_N_NOOP("Analysis", "%Ln recipient(s) left out: no address (Address not specified).");
    case FailureReason::BadQualityAddress:
        return QT_TRANSLATE_N_NOOP("Analysis", "%Ln recipient(s) left out: the address is not valid (Bad-quality address).");
    case FailureReason::Denylisted:
        return QT_TRANSLATE_N_NOOP("Analysis", "%Ln recipient(s) left out: on the denylist.");
    case FailureReason::Quarantined:
        return QT_TRANSLATE_N_NOOP("Analysis", "%Ln recipient(s) left out: in quarantine.");
    case FailureReason::ExcludedByRule:
        return QT_TRANSLATE_N_NOOP("Analysis", "%Ln recipient(s) left out by the delivery's exclusion lists.");
    case FailureReason::Duplicate:
        return QT_TRANSLATE_N_NOOP("Analysis", "%Ln duplicate(s) left out: the same address comes earlier in the list.");
    case FailureReason::TargetLimited:
        return QT_TRANSLATE_N_NOOP("Analysis", "%Ln recipient(s) left out at random by the target limit.");
    case FailureReason::ControlAddress:
        return QT_TRANSLATE_N_NOOP("Analysis", "%Ln recipient(s) kept aside as the control group (Control address).");
    default:
        return QT_TRANSLATE_N_NOOP("Analysis", "%Ln recipient(s) left out.");
    }
}

AnalysisStep stepOf(FailureReason reason)
{
    return reason == FailureReason::TargetLimited || reason == FailureReason::ControlAddress ? AnalysisStep::Targeting
                                                                                           : AnalysisStep::Filtering;
}

// Personalization chunks on the thread pool, at most a few in flight so that memory stays flat,
// merged in list order.
class PersonalizationPipeline final
{
public:
    explicit PersonalizationPipeline(const PersonalizationCheck &check)
        : m_check(check), m_maxInFlight(std::max(2, 2 * QThreadPool::globalInstance()->maxThreadCount())) {}
    ~PersonalizationPipeline() { drain(); }

    void submit(QList<PersonalizationRow> rows)
    {
        while (m_jobs.size() >= size_t(m_maxInFlight))
            takeOldest();
        auto job = std::make_shared<Job>();
        m_jobs.push_back(job);
        QThreadPool::globalInstance()->start([job, rows = std::move(rows), &check = m_check] {
            job->tally = check.check(rows);
            job->done.release();
        });
    }

    const PersonalizationTally &finish()
    {
        drain();
        return m_tally;
    }

private:
    struct Job {
        QSemaphore done;
        PersonalizationTally tally;
    };

    void takeOldest()
    {
        std::shared_ptr<Job> job = m_jobs.front();
        m_jobs.pop_front();
        job->done.acquire();
        m_tally.merge(job->tally);
    }

    void drain()
    {
        while (!m_jobs.empty())
            takeOldest();
    }

    const PersonalizationCheck &m_check;
    const int m_maxInFlight;
    std::deque<std::shared_ptr<Job>> m_jobs;
    PersonalizationTally m_tally;
};

// How a left-out recipient is shown: its address as imported, else its name, else its line in
// the CSV file ("#12"). Nothing in it depends on the language, since the log keeps it.
QString exampleOf(const SqlStatement &rows)
{
    if (const QString email = rows.columnText(2); !email.isEmpty())
        return email;
    if (const QString name = QString(rows.columnText(3) + u' ' + rows.columnText(4)).trimmed(); !name.isEmpty())
        return name;
    return u"#%1"_qs.arg(rows.columnInt64(8));
}

PersonalizationRow personalizationRow(const SqlStatement &rows)
{
    return {rows.columnInt64(0), std::string(rows.columnUtf8(1)), std::string(rows.columnUtf8(2)), std::string(rows.columnUtf8(3)),
            std::string(rows.columnUtf8(4)), bytes(rows, 5)};
}

QList<AnalysisEntry> dkimEntries(QSqlDatabase &db, const Delivery &delivery, QList<SenderDomainKey> &keys)
{
    const std::optional<SigningSettings> signing = DeliveryMessages::signingSettings(db, delivery);
    if (!signing) {
        return {AnalysisEntry::make(AnalysisStep::EndRules, Severity::Warning, "dkim_missing",
                                    QT_TRANSLATE_NOOP("Analysis", "No DKIM key signs this delivery: many providers will "
                                                                  "file unsigned messages as spam. Add a key for the sender's domain."))};
    }
    QString error;
    if (!DeliveryMessages::loadSigner(signing, &error)) {
        return {AnalysisEntry::make(AnalysisStep::EndRules, Severity::Error, "dkim_key_unusable",
                                    QT_TRANSLATE_NOOP("Analysis", "The DKIM key cannot be used: %1"), {error})};
    }
    QStringList selectors;
    for (const auto &[path, selector] : signing->keys) {
        keys.append({signing->domain, selector, path});
        selectors.append(selector);
    }
    return {AnalysisEntry::make(AnalysisStep::EndRules, Severity::Information, "dkim_ready",
                                QT_TRANSLATE_NOOP("Analysis", "Messages are DKIM-signed for %1 (selector %2)."),
                                {signing->domain, selectors.join(u", "_qs)})};
}

QString domainOf(const QString &address)
{
    const QByteArray utf8 = address.trimmed().toUtf8();
    const EmailAddress parsed(std::string_view(utf8.constData(), size_t(utf8.size())));
    return QString::fromUtf8(parsed.domain().data(), qsizetype(parsed.domain().size()));
}

} // namespace

QString analysisPhaseName(DeliveryAnalysis::Phase phase)
{
    switch (phase) {
    case DeliveryAnalysis::Phase::StartRules: return DeliveryAnalysis::tr("Control rules");
    case DeliveryAnalysis::Phase::Filtering: return DeliveryAnalysis::tr("Filtering");
    case DeliveryAnalysis::Phase::Targeting: return DeliveryAnalysis::tr("Target limit and control group");
    case DeliveryAnalysis::Phase::Personalization: return DeliveryAnalysis::tr("Personalization");
    case DeliveryAnalysis::Phase::EndRules: return DeliveryAnalysis::tr("Content checks");
    case DeliveryAnalysis::Phase::SenderDomain: return DeliveryAnalysis::tr("Sender domain");
    case DeliveryAnalysis::Phase::Estimate: return DeliveryAnalysis::tr("Sending time");
    case DeliveryAnalysis::Phase::Writing: return DeliveryAnalysis::tr("Saving");
    }
    return {};
}

DeliveryAnalysis::DeliveryAnalysis(QString workspacePath, AnalysisServices services)
    : m_path(std::move(workspacePath)), m_services(std::move(services))
{
}

std::optional<AnalysisOutcome> DeliveryAnalysis::run(qint64 deliveryId, const std::atomic_bool &canceled, const Progress &progress) const
{
    const auto tell = [&progress](Phase phase, qint64 done, qint64 total) {
        if (progress)
            progress(phase, total > 0 ? int(std::min<qint64>(100, done * 100 / total)) : 0);
    };
    ReadConnection reader(m_path);
    QSqlDatabase &db = reader.db();
    const std::optional<Delivery> loaded = DeliveryRepository::load(db, deliveryId);
    if (!loaded)
        throw StoreError(tr("There is no delivery %1.").arg(deliveryId));
    const Delivery &delivery = *loaded;
    if (!DeliveryRepository::isEditable(delivery.state))
        throw StoreError(tr("The delivery %1 is being sent or was sent: it cannot be analyzed again. Duplicate it to send "
                            "another version.").arg(deliveryId));

    AnalysisOutcome outcome;
    AnalysisReport &report = outcome.report;
    report.deliveryId = deliveryId;
    report.startedAt = QDateTime::currentSecsSinceEpoch();
    report.contentHash = deliveryContentHash(db, delivery);

    // 1. Control rules at the start.
    tell(Phase::StartRules, 0, 1);
    report.entries += startRules(delivery);
    bool controlValid = true;
    const std::optional<ControlGroup> control = ControlGroup::parse(delivery.controlGroup, &controlValid);
    if (!controlValid) {
        report.entries.append(AnalysisEntry::make(AnalysisStep::Targeting, Severity::Error, "control_group_invalid",
                                                  QT_TRANSLATE_NOOP("Analysis", "The control group \"%1\" is neither a number of "
                                                                                "recipients (500) nor a share (5%)."),
                                                  {delivery.controlGroup}));
    }
    if (delivery.targetLimit && *delivery.targetLimit <= 0) {
        report.entries.append(AnalysisEntry::make(AnalysisStep::Targeting, Severity::Error, "target_limit_invalid",
                                                  QT_TRANSLATE_NOOP("Analysis", "The target limit must be at least 1 recipient.")));
    }

    // 2. Filtering, in list order. Without a target limit or a control group, every recipient
    // that filtering keeps is to deliver, so the same pass personalizes it; otherwise a second
    // pass personalizes those the random draw kept.
    report.recipients = queryValue(db, u"SELECT count(*) FROM recipient WHERE list_id = %1"_qs.arg(delivery.listId)).toLongLong();
    RecipientFilter filter(db, delivery, size_t(report.recipients));
    report.entries += filter.entries();
    const FieldSet fields = DeliveryRepository::fieldsOfList(db, delivery.listId);
    const PersonalizationCheck check(delivery, fields);
    report.entries += check.templateEntries();
    const bool targeting = (delivery.targetLimit && *delivery.targetLimit > 0) || (control && controlValid);
    PersonalizationPipeline pipeline(check);
    std::optional<PersonalizationRow> first;
    QList<PersonalizationRow> chunk;
    const auto personalize = [&](const SqlStatement &row) {
        chunk.append(personalizationRow(row));
        if (!first)
            first = chunk.constLast();
        if (chunk.size() == ChunkSize)
            pipeline.submit(std::exchange(chunk, {}));
    };

    QMap<FailureReason, QStringList> examples;
    std::vector<qint64> kept;
    std::vector<int> keptDomain; // index in `domains`
    QHash<QByteArray, int> domainIndex;
    QList<QByteArray> domains;
    std::vector<int> excludedDomain; // parallel to outcome.exclusions
    const auto internDomain = [&](const QByteArray &domain) {
        auto index = domainIndex.constFind(domain);
        if (index == domainIndex.constEnd()) {
            index = domainIndex.insert(domain, int(domains.size()));
            domains.append(domain);
        }
        return *index;
    };
    kept.reserve(size_t(report.recipients));
    keptDomain.reserve(size_t(report.recipients));
    {
        SqlStatement rows(sqliteHandle(db), "SELECT id, email_ascii, email, first_name, last_name, custom_fields, domain, "
                                            "address_issue, source_line FROM recipient WHERE list_id = ? ORDER BY id");
        rows.bind(1, delivery.listId);
        qint64 done = 0;
        while (rows.step()) {
            if ((++done & 4095) == 0) {
                if (canceled)
                    return std::nullopt;
                tell(targeting ? Phase::Filtering : Phase::Personalization, done, report.recipients);
            }
            const FilterRow row{bytes(rows, 1), bytes(rows, 6), nullableInt(rows, 7)};
            if (const std::optional<FailureReason> reason = filter.exclusion(row)) {
                outcome.exclusions.push_back({rows.columnInt64(0), *reason});
                excludedDomain.push_back(internDomain(row.domain));
                if (QStringList &list = examples[*reason]; list.size() < MaxExamples)
                    list.append(exampleOf(rows));
                continue;
            }
            kept.push_back(rows.columnInt64(0));
            keptDomain.push_back(internDomain(row.domain));
            if (!targeting && check.templatesUsable())
                personalize(rows);
        }
    }
    if (canceled)
        return std::nullopt;

    // 3. Target limit (random N), then the control group out of what remains.
    tell(Phase::Targeting, 0, 1);
    std::mt19937_64 random(m_services.seed.value_or(std::random_device()()));
    const auto setAside = [&](const std::vector<size_t> &chosen, bool chosenStay, FailureReason reason) {
        std::vector<bool> leave(kept.size(), chosenStay);
        for (const size_t i : chosen)
            leave[i] = !chosenStay;
        size_t to = 0;
        for (size_t i = 0; i < kept.size(); ++i) {
            if (leave[i]) {
                outcome.exclusions.push_back({kept[i], reason});
                excludedDomain.push_back(keptDomain[i]);
                continue;
            }
            kept[to] = kept[i];
            keptDomain[to] = keptDomain[i];
            ++to;
        }
        kept.resize(to);
        keptDomain.resize(to);
    };
    if (delivery.targetLimit && *delivery.targetLimit > 0 && qint64(kept.size()) > *delivery.targetLimit)
        setAside(randomSample(kept.size(), size_t(*delivery.targetLimit), random), true, FailureReason::TargetLimited);
    if (control && controlValid) {
        if (const qint64 size = control->sizeFor(qint64(kept.size())); size > 0)
            setAside(randomSample(kept.size(), size_t(size), random), false, FailureReason::ControlAddress);
    }
    for (size_t i = 0; i < outcome.exclusions.size(); ++i) {
        const FailureReason reason = outcome.exclusions[i].second;
        ++report.excluded[reason];
        ++outcome.domains[domains.at(excludedDomain[i])].ignored[reason];
    }
    for (const int index : keptDomain)
        ++outcome.domains[domains.at(index)].pending;
    std::sort(outcome.exclusions.begin(), outcome.exclusions.end());
    for (auto it = report.excluded.cbegin(); it != report.excluded.cend(); ++it) {
        AnalysisEntry entry = AnalysisEntry::make(stepOf(it.key()), Severity::Information, "", exclusionSentence(it.key()));
        entry.code = stableId(failureReasonCodes(), it.key());
        entry.count = it.value();
        entry.examples = examples.value(it.key());
        report.entries.append(entry);
    }
    report.toDeliver = qint64(kept.size());
    if (report.toDeliver == 0) {
        report.entries.append(AnalysisEntry::make(AnalysisStep::Targeting, Severity::Error, "nothing_to_deliver",
                                                  QT_TRANSLATE_NOOP("Analysis", "No recipient is left to deliver to.")));
    }

    // 4. Personalization of every message to deliver: what the first pass did not do.
    if (targeting && check.templatesUsable() && !kept.empty()) {
        SqlStatement rows(sqliteHandle(db), "SELECT id, email_ascii, email, first_name, last_name, custom_fields FROM recipient "
                                            "WHERE list_id = ? ORDER BY id");
        rows.bind(1, delivery.listId);
        size_t next = 0; // in kept, which is in id order as the rows are
        while (next < kept.size() && rows.step()) {
            if (rows.columnInt64(0) != kept[next])
                continue;
            personalize(rows);
            if ((++next & 4095) == 0) {
                if (canceled)
                    return std::nullopt;
                tell(Phase::Personalization, qint64(next), qint64(kept.size()));
            }
        }
    }
    if (!chunk.isEmpty())
        pipeline.submit(std::exchange(chunk, {}));
    const PersonalizationTally tally = pipeline.finish();
    if (canceled)
        return std::nullopt;
    report.entries += check.entries(tally);

    // 5. Control rules at the end, on the first message and the largest one.
    tell(Phase::EndRules, 0, 1);
    PersonalizationCheck::Sample sample;
    qint64 largestBytes = 0;
    if (first) {
        sample = check.sample(*first);
        largestBytes = sample.bytes;
        if (tally.largestId != 0 && tally.largestId != first->id) {
            SqlStatement largest(sqliteHandle(db), "SELECT id, email_ascii, email, first_name, last_name, custom_fields FROM recipient WHERE id = ?");
            largest.bind(1, tally.largestId);
            if (largest.step())
                largestBytes = std::max(largestBytes, check.sample(personalizationRow(largest)).bytes);
        }
        report.largestMessageBytes = largestBytes;
        report.entries += contentEndRules(delivery, sample.parts, largestBytes);
    }
    QList<SenderDomainKey> keys;
    report.entries += dkimEntries(db, delivery, keys);
    if (canceled)
        return std::nullopt;

    // 6. The sender domain's records in DNS; warnings only.
    tell(Phase::SenderDomain, 0, 1);
    const QString fromDomain = domainOf(delivery.senderAddress);
    if (!fromDomain.isEmpty()) {
        const std::shared_ptr<TxtResolver> txt = m_services.txt ? m_services.txt : txtResolverFromSettings(db);
        const QString returnPath = delivery.envelopeSender.isEmpty() ? fromDomain : domainOf(delivery.envelopeSender);
        report.entries += checkSenderDomain(fromDomain, returnPath, keys, *txt);
    }
    if (canceled)
        return std::nullopt;

    // 7. Sending time under the MX rules, against the validity period.
    tell(Phase::Estimate, 0, 1);
    QHash<QString, qint64> byDomain;
    for (auto it = outcome.domains.cbegin(); it != outcome.domains.cend(); ++it) {
        if (it->pending > 0)
            byDomain.insert(QString::fromUtf8(it.key()), it->pending);
    }
    const std::shared_ptr<MxResolver> mx = m_services.mx ? m_services.mx : resolverFromSettings(db);
    const SendingEstimate estimate = estimateSendingTime(byDomain, RouteTable::load(db), MxRules::load(db), *mx,
                                                         delivery.validitySeconds, m_services.estimate);
    report.entries += estimate.entries;
    report.estimate = estimate.toJson();
    report.estimatedSeconds = estimate.seconds;
    report.finishedAt = QDateTime::currentSecsSinceEpoch();
    return outcome;
}

} // namespace diffusion
