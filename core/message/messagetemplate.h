#pragma once

#include "fieldset.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <memory>
#include <string>

namespace diffusion {

// How a value is inserted: as it is (text part, headers, which sanitize later), HTML-escaped
// (HTML part), or percent-encoded (unsubscribe URLs, links).
enum class Escaping { None, Html, Url };

// A problem found in a template: an unknown field or a syntax error, and where.
struct TemplateIssue {
    QString part;       // which template: filled in by the message builder ("Subject", "HTML" …)
    QString field;      // empty for a syntax error
    int line = 0;       // 1-based, in the template source
    int column = 0;     // 1-based, in characters
    QString message;    // a translated sentence naming the field (or the error) and the place
};

// A Mustache template (kainjow::mustache) compiled once per delivery and rendered per recipient.
// {{field}}, {{{field}}} / {{&field}} (raw), {{#field}}…{{/field}} (shown when not empty),
// {{^field}}…{{/field}} (shown when empty), and {{field | fallback}} (fallback when empty).
// See docs/personalization.md.
class MessageTemplate final
{
    Q_DECLARE_TR_FUNCTIONS(MessageTemplate)

public:
    MessageTemplate(const QString &source, Escaping escaping, const FieldSet &fields);
    ~MessageTemplate();
    MessageTemplate(MessageTemplate &&) noexcept;
    MessageTemplate &operator=(MessageTemplate &&) noexcept;

    // Problems found at compile time, each naming the field and the place. Empty when usable.
    const QList<TemplateIssue> &issues() const { return m_issues; }
    bool isValid() const { return m_issues.isEmpty(); }
    bool isEmpty() const { return m_empty; }

    // Appends the rendered text to out. The library keeps render state in the compiled template,
    // so a template must not be rendered from two threads at once: give each thread its copy.
    // Returns false, with a sentence in *error, when this recipient's values cannot be rendered.
    bool render(const FieldValues &values, std::string &out, QString *error);

private:
    struct Compiled;
    std::unique_ptr<Compiled> m_compiled;
    QList<TemplateIssue> m_issues;
    bool m_empty = true;
};

} // namespace diffusion
