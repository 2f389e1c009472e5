#pragma once

#include "templateprogram.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <string>

namespace diffusion {

// A problem found in a template: an unknown field or a syntax error, and where.
struct TemplateIssue {
    QString part;       // which template: filled in by the message builder ("Subject", "HTML" …)
    QString field;      // empty for a syntax error
    int line = 0;       // 1-based, in the template source
    int column = 0;     // 1-based, in characters
    QString message;    // a translated sentence naming the field (or the error) and the place
};

// A Mustache template compiled once per delivery and rendered per recipient.
// {{field}}, {{{field}}} / {{&field}} (raw), {{#field}}…{{/field}} (shown when not empty),
// {{^field}}…{{/field}} (shown when empty), and {{field | fallback}} (fallback when empty).
// Output is the same as the kainjow::mustache library's, which templates were first written
// against (docs/personalization.md).
class MessageTemplate final
{
    Q_DECLARE_TR_FUNCTIONS(MessageTemplate)

public:
    MessageTemplate(const QString &source, Escaping escaping, const FieldSet &fields);

    // Problems found at compile time, each naming the field and the place. Empty when usable.
    const QList<TemplateIssue> &issues() const { return m_issues; }
    bool isValid() const { return m_issues.isEmpty(); }
    bool isEmpty() const { return m_empty; }

    // Appends the rendered text to out. Returns false, with a sentence in *error, when the
    // template is not valid (fields are checked at compile time, so values cannot fail).
    bool render(const FieldValues &values, std::string &out, QString *error) const;

    // See TemplateProgram::bareSlots.
    std::vector<int> bareSlots() const { return m_program.bareSlots(); }

private:
    TemplateProgram m_program;
    QList<TemplateIssue> m_issues;
    bool m_empty = true;
};

} // namespace diffusion
