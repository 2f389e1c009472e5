#include "messagetemplate.h"

#include <algorithm>
#include <utility>

namespace diffusion {

namespace {

// Tag contents are trimmed of what std::isspace calls space; the parts around "|" of spaces and tabs.
bool isSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

std::string_view trimmed(std::string_view text, bool (*trim)(char) = isSpace)
{
    while (!text.empty() && trim(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && trim(text.back()))
        text.remove_suffix(1);
    return text;
}

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// Line and column (1-based, in characters) of a byte offset in UTF-8 text.
std::pair<int, int> position(std::string_view source, size_t offset)
{
    int line = 1;
    int column = 1;
    for (size_t i = 0; i < offset && i < source.size(); ++i) {
        const auto c = static_cast<unsigned char>(source[i]);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

struct Delimiters {
    std::string open = "{{";
    std::string close = "}}";
};

// {{=<% %>=}}: two new delimiters, neither with blanks nor "=".
bool parseDelimiters(std::string_view contents, Delimiters &delimiters)
{
    if (contents.size() < 5 || contents.back() != '=')
        return false;
    const std::string_view inner = trimmed(contents.substr(1, contents.size() - 2));
    const size_t space = inner.find(' ');
    if (space == std::string_view::npos)
        return false;
    const std::string_view open = inner.substr(0, space);
    const std::string_view close = inner.substr(inner.find_first_not_of(' ', space));
    const auto valid = [](std::string_view delimiter) {
        return std::none_of(delimiter.begin(), delimiter.end(), [](char c) { return c == '=' || isSpace(c); });
    };
    if (!valid(open) || !valid(close))
        return false;
    delimiters = {std::string(open), std::string(close)};
    return true;
}

struct Compiled {
    size_t errorAt = 0;
    QString error; // the first syntax error, if any
    std::vector<std::pair<std::string, size_t>> unknownFields; // each once, where first used
};

// Reads the source as kainjow::mustache did, so that templates keep their output: a tag runs to
// the first closing delimiter, "{{{" opens a raw tag closed by "}}}", and a closing tag closes the
// innermost section whatever its name; a section not closed by its own name is reported once the
// whole source is read, the first in the source.
Compiled compile(std::string_view source, const FieldSet &fields, TemplateProgram &program)
{
    Compiled result;
    const auto fail = [&result](size_t at, const QString &reason) {
        result.errorAt = at;
        result.error = reason;
        return result;
    };
    struct Section {
        std::string_view name;
        size_t at;
        size_t index;
        FieldRef value; // what {{.}} shows inside
    };
    std::vector<Section> sections;
    size_t misclosedAt = std::string_view::npos;
    std::string_view misclosedName;
    const auto resolve = [&](std::string_view name, size_t at) -> FieldRef {
        if (name == ".") // the innermost section's value; nothing outside a shown section
            return sections.empty() ? FieldRef() : sections.back().value;
        const size_t bar = name.find('|');
        const std::string_view field = trimmed(name.substr(0, bar), isBlank);
        const std::string_view fallback = bar == std::string_view::npos ? std::string_view() : trimmed(name.substr(bar + 1), isBlank);
        if (const auto slot = fields.slot(field))
            return {*slot, fallback};
        auto &unknown = result.unknownFields;
        if (std::none_of(unknown.begin(), unknown.end(), [field](const auto &known) { return known.first == field; }))
            unknown.emplace_back(std::string(field), at);
        return {};
    };

    Delimiters delimiters;
    for (size_t pos = 0; pos < source.size();) {
        const size_t tag = source.find(delimiters.open, pos);
        program.addText(source.substr(pos, tag - pos));
        if (tag == std::string_view::npos)
            break;
        const bool braces = delimiters.open == "{{" && delimiters.close == "}}";
        const bool raw = braces && tag + 2 < source.size() && source[tag + 2] == '{';
        const size_t inside = tag + delimiters.open.size() + (raw ? 1 : 0);
        const std::string_view closing = raw ? std::string_view("}}}") : std::string_view(delimiters.close);
        const size_t end = source.find(closing, inside);
        if (end == std::string_view::npos)
            return fail(tag, MessageTemplate::tr("the tag is not closed by \"%1\"").arg(fromUtf8(closing)));
        const std::string_view contents = trimmed(source.substr(inside, end - inside));
        pos = end + closing.size();

        if (contents.starts_with('=')) {
            if (!parseDelimiters(contents, delimiters))
                return fail(tag, MessageTemplate::tr("a change of delimiters is written {{=<% %>=}}, "
                                                     "two delimiters without spaces or \"=\""));
            continue;
        }
        const char sigil = raw || contents.empty() ? ' ' : contents.front(); // a raw tag is all name
        const bool hasSigil = std::string_view("#^/>&!").find(sigil) != std::string_view::npos;
        const std::string_view name = hasSigil ? trimmed(contents.substr(1)) : contents;
        switch (sigil) {
        case '#':
        case '^': {
            const FieldRef value = resolve(name, tag);
            const bool inverted = sigil == '^';
            sections.push_back({name, tag, program.beginSection(value, inverted), inverted ? FieldRef() : value});
            break;
        }
        case '/':
            if (sections.empty())
                return fail(tag, MessageTemplate::tr("\"%1\" closes a section that is not open").arg(fromUtf8(name)));
            if (sections.back().name != name && sections.back().at < misclosedAt) {
                misclosedAt = sections.back().at;
                misclosedName = sections.back().name;
            }
            program.endSection(sections.back().index);
            sections.pop_back();
            break;
        case '>':
            return fail(tag, MessageTemplate::tr("partials ({{> name}}) are not supported"));
        case '!':
            break;
        default:
            program.addValue(resolve(name, tag), !raw && sigil != '&');
            break;
        }
    }
    if (!sections.empty() && sections.front().at < misclosedAt) {
        misclosedAt = sections.front().at;
        misclosedName = sections.front().name;
    }
    if (misclosedAt != std::string_view::npos)
        return fail(misclosedAt, MessageTemplate::tr("the section \"%1\" is not closed by {{/%1}}").arg(fromUtf8(misclosedName)));
    return result;
}

} // namespace

MessageTemplate::MessageTemplate(const QString &source, Escaping escaping, const FieldSet &fields)
    : m_program(escaping), m_empty(source.isEmpty())
{
    const std::string text = source.toStdString();
    const Compiled compiled = compile(text, fields, m_program);
    if (!compiled.error.isEmpty()) {
        const auto [line, column] = position(text, compiled.errorAt);
        m_issues.append({QString(), QString(), line, column,
                         tr("Template syntax error at line %1, column %2: %3.")
                             .arg(QString::number(line), QString::number(column), compiled.error)});
        return;
    }
    for (const auto &[name, at] : compiled.unknownFields) {
        const auto [line, column] = position(text, at);
        m_issues.append({QString(), QString::fromStdString(name), line, column,
                         tr("Unknown field \"%1\" at line %2, column %3. Known fields: %4.")
                             .arg(QString::fromStdString(name), QString::number(line), QString::number(column),
                                  fields.names().join(u", "_qs))});
    }
}

bool MessageTemplate::render(const FieldValues &values, std::string &out, QString *error) const
{
    if (!isValid()) {
        if (error)
            *error = m_issues.constFirst().message;
        return false;
    }
    m_program.render(values, out);
    return true;
}

} // namespace diffusion
