#pragma once

#include "analysisentry.h"
#include "delivery/delivery.h"
#include "message/fieldset.h"
#include "message/messagebuilder.h"

#include <QCoreApplication>
#include <QList>
#include <vector>

namespace diffusion {

// One recipient as the personalization dry run reads it.
// Texts in UTF-8 as SQLite gives them.
struct PersonalizationRow {
    qint64 id = 0;
    std::string address; // ASCII, as sent
    std::string email;   // as displayed
    std::string firstName;
    std::string lastName;
    QByteArray custom;   // JSON
};

// What the dry run found in some recipients; tallies of consecutive chunks merge in order, so
// that examples are the first recipients concerned.
struct PersonalizationTally {
    std::vector<qint64> empty;             // by bare field (PersonalizationCheck::bareFields order)
    std::vector<QStringList> emptyExamples;
    qint64 lineBreaks = 0;                 // values with line breaks that reach a header
    QStringList lineBreakExamples;
    qint64 failures = 0;
    QStringList failureExamples;           // "address: sentence"
    size_t largestSize = 0;                // of the personalized parts
    qint64 largestId = 0;                  // recipient id
    qint64 rendered = 0;

    void merge(const PersonalizationTally &other);
};

// The personalization step of analysis (../shared/spec/email-delivery.md §8.4): every message's
// parts are personalized exactly as sending will do it, and what would go wrong is counted per
// field, with examples: a field shown empty (no fallback, no section around it), a value whose
// line breaks would reach a header (they are turned into spaces there), a message that cannot be
// personalized at all.
class PersonalizationCheck final
{
    Q_DECLARE_TR_FUNCTIONS(PersonalizationCheck)

public:
    PersonalizationCheck(const Delivery &delivery, const FieldSet &fields);

    // Errors in the templates themselves; when there is one, no message can be personalized.
    QList<AnalysisEntry> templateEntries() const;
    bool templatesUsable() const { return m_usable; }

    // Thread-safe: each call compiles its own builder (well under a millisecond).
    PersonalizationTally check(const QList<PersonalizationRow> &rows) const;

    QList<AnalysisEntry> entries(const PersonalizationTally &tally) const;

    // One recipient's message, personalized and built (not signed): its parts for the end rules
    // (links, subject length) and its size.
    struct Sample {
        RenderedParts parts;
        qint64 bytes = 0;
    };
    Sample sample(const PersonalizationRow &row) const;

private:
    void fill(MessageRecipient &recipient, const PersonalizationRow &row) const;

    Delivery m_delivery;
    FieldSet m_fields;
    QList<TemplateIssue> m_issues;
    std::vector<std::pair<int, QStringList>> m_bareFields;
    bool m_usable = true;
};

} // namespace diffusion
