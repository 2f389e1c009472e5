#include "personalizationcheck.h"

#include "delivery/deliveryrepository.h"
#include "delivery/recipientfields.h"

namespace diffusion {

namespace {

constexpr qsizetype MaxExamples = 5;

void addExample(QStringList &examples, const QString &example)
{
    if (examples.size() < MaxExamples)
        examples.append(example);
}

void mergeExamples(QStringList &into, const QStringList &from)
{
    for (const QString &example : from)
        addExample(into, example);
}

bool hasLineBreak(const std::string &value)
{
    return value.find_first_of("\r\n") != std::string::npos;
}

} // namespace

void PersonalizationTally::merge(const PersonalizationTally &other)
{
    empty.resize(std::max(empty.size(), other.empty.size()));
    emptyExamples.resize(empty.size());
    for (size_t i = 0; i < other.empty.size(); ++i) {
        empty[i] += other.empty[i];
        mergeExamples(emptyExamples[i], other.emptyExamples[i]);
    }
    lineBreaks += other.lineBreaks;
    mergeExamples(lineBreakExamples, other.lineBreakExamples);
    failures += other.failures;
    mergeExamples(failureExamples, other.failureExamples);
    if (other.largestSize > largestSize) {
        largestSize = other.largestSize;
        largestId = other.largestId;
    }
    rendered += other.rendered;
}

PersonalizationCheck::PersonalizationCheck(const Delivery &delivery, const FieldSet &fields)
    : m_delivery(delivery), m_fields(fields)
{
    const MessageBuilder builder(messageDefinition(delivery), fields);
    m_issues = builder.issues();
    m_usable = m_issues.isEmpty();
    m_bareFields = builder.bareFields();
}

QList<AnalysisEntry> PersonalizationCheck::templateEntries() const
{
    QList<AnalysisEntry> entries;
    for (const TemplateIssue &issue : m_issues) {
        AnalysisEntry entry = AnalysisEntry::make(AnalysisStep::Personalization, Severity::Error, "template_error",
                                                  QT_TRANSLATE_NOOP("Analysis", "%1: %2"), {issue.part, issue.message});
        entry.details = {{u"part"_qs, issue.part}, {u"field"_qs, issue.field}, {u"line"_qs, issue.line}, {u"column"_qs, issue.column}};
        entries.append(entry);
    }
    return entries;
}

void PersonalizationCheck::fill(MessageRecipient &recipient, const PersonalizationRow &row) const
{
    recipient.deliveryId = m_delivery.id;
    recipient.broadlogId = 0;
    recipient.address = row.address;
    recipient.values = recipientFieldValues(m_fields, row.email, row.firstName, row.lastName, row.custom);
}

PersonalizationTally PersonalizationCheck::check(const QList<PersonalizationRow> &rows) const
{
    PersonalizationTally tally;
    tally.empty.resize(m_bareFields.size());
    tally.emptyExamples.resize(m_bareFields.size());
    if (!m_usable)
        return tally;
    MessageBuilder builder(messageDefinition(m_delivery), m_fields);
    MessageRecipient recipient;
    RenderedParts parts;
    for (const PersonalizationRow &row : rows) {
        fill(recipient, row);
        for (size_t i = 0; i < m_bareFields.size(); ++i) {
            if (recipient.values[size_t(m_bareFields[i].first)].empty()) {
                ++tally.empty[i];
                addExample(tally.emptyExamples[i], QString::fromStdString(row.address));
            }
        }
        QString error;
        if (!builder.renderParts(recipient, parts, &error)) {
            ++tally.failures;
            addExample(tally.failureExamples, QString::fromStdString(row.address) + u": "_qs + error);
            continue;
        }
        ++tally.rendered;
        if (hasLineBreak(parts.subject) || hasLineBreak(parts.fromName)
            || std::any_of(parts.headers.begin(), parts.headers.end(), hasLineBreak)) {
            ++tally.lineBreaks;
            addExample(tally.lineBreakExamples, QString::fromStdString(row.address));
        }
        if (const size_t size = parts.size(); size > tally.largestSize) {
            tally.largestSize = size;
            tally.largestId = row.id;
        }
    }
    return tally;
}

QList<AnalysisEntry> PersonalizationCheck::entries(const PersonalizationTally &tally) const
{
    QList<AnalysisEntry> entries;
    // A tally of no recipient (nothing to deliver, or templates in error) has no counts.
    for (size_t i = 0; i < std::min(m_bareFields.size(), tally.empty.size()); ++i) {
        if (tally.empty[i] == 0)
            continue;
        const auto &[slot, parts] = m_bareFields[i];
        AnalysisEntry entry = AnalysisEntry::make(
            AnalysisStep::Personalization, Severity::Warning, "field_empty",
            QT_TRANSLATE_N_NOOP("Analysis", "The field %1 is empty for %Ln recipient(s), and %2 shows it without a fallback: "
                                            "write {{%1 | text}} or put it in a {{#%1}}…{{/%1}} section."),
            {QString::fromStdString(m_fields.name(slot)), parts.join(u", "_qs)});
        entry.count = tally.empty[i];
        entry.examples = tally.emptyExamples[i];
        entry.details = {{u"field"_qs, QString::fromStdString(m_fields.name(slot))}};
        entries.append(entry);
    }
    if (tally.lineBreaks > 0) {
        AnalysisEntry entry = AnalysisEntry::make(
            AnalysisStep::Personalization, Severity::Warning, "header_line_break",
            QT_TRANSLATE_N_NOOP("Analysis", "For %Ln recipient(s), a value with a line break goes into the subject, the sender "
                                            "name or a header; it is sent with spaces instead."));
        entry.count = tally.lineBreaks;
        entry.examples = tally.lineBreakExamples;
        entries.append(entry);
    }
    if (tally.failures > 0) {
        AnalysisEntry entry = AnalysisEntry::make(AnalysisStep::Personalization, Severity::Error, "personalization_failed",
                                                  QT_TRANSLATE_N_NOOP("Analysis", "%Ln message(s) cannot be personalized."));
        entry.count = tally.failures;
        entry.examples = tally.failureExamples;
        entries.append(entry);
    }
    if (m_usable) {
        AnalysisEntry entry = AnalysisEntry::make(AnalysisStep::Personalization, Severity::Information, "personalized",
                                                  QT_TRANSLATE_N_NOOP("Analysis", "%Ln message(s) personalized."));
        entry.count = tally.rendered;
        entries.append(entry);
    }
    return entries;
}

PersonalizationCheck::Sample PersonalizationCheck::sample(const PersonalizationRow &row) const
{
    Sample sample;
    if (!m_usable)
        return sample;
    MessageBuilder builder(messageDefinition(m_delivery), m_fields);
    MessageRecipient recipient;
    fill(recipient, row);
    QString error;
    BuiltMessage built;
    if (builder.build(recipient, 0, built, &error))
        sample.bytes = qint64(built.data.size());
    builder.renderParts(recipient, sample.parts, &error);
    return sample;
}

} // namespace diffusion
