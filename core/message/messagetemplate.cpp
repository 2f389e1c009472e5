#include "messagetemplate.h"

#include "fieldcontext.h"

#include <kainjow/mustache.hpp>

namespace diffusion {

namespace {

using Mustache = kainjow::mustache::mustache;

std::string percentEncode(const std::string &value)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(value.size() * 3);
    for (const char c : value) {
        const auto u = static_cast<unsigned char>(c);
        if ((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-' || u == '.' || u == '_' || u == '~') {
            out += c;
        } else {
            out += '%';
            out += hex[u >> 4];
            out += hex[u & 15];
        }
    }
    return out;
}

Mustache::escape_handler escapeFor(Escaping escaping)
{
    switch (escaping) {
    case Escaping::Html:
        return kainjow::mustache::html_escape<std::string>;
    case Escaping::Url:
        return percentEncode;
    case Escaping::None:
        break;
    }
    return [](const std::string &value) { return value; };
}

// Line and column (1-based, in characters) of a byte offset in UTF-8 text.
std::pair<int, int> position(const std::string &source, size_t offset)
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

// Where a tag naming the field first appears (the library does not say where lookups happen).
size_t findTag(const std::string &source, const std::string &name)
{
    for (size_t open = source.find("{{"); open != std::string::npos; open = source.find("{{", open + 2)) {
        const size_t close = source.find("}}", open + 2);
        if (close == std::string::npos)
            break;
        std::string_view inside(source.data() + open + 2, close - open - 2);
        while (!inside.empty() && std::string_view("{#^/&> ").find(inside.front()) != std::string_view::npos)
            inside.remove_prefix(1);
        if (inside.substr(0, name.size()) == name)
            return open;
    }
    return 0;
}

// Lets the library write straight into the message instead of a string stream.
struct Appender {
    std::string &out;
    Appender &operator<<(const std::string &piece)
    {
        out += piece;
        return *this;
    }
};

} // namespace

struct MessageTemplate::Compiled {
    std::string source;
    Mustache mustache;
    FieldContext context;

    Compiled(std::string text, const FieldSet &fields)
        : source(std::move(text)), mustache(source), context(fields) {}
};

MessageTemplate::MessageTemplate(const QString &source, Escaping escaping, const FieldSet &fields)
    : m_compiled(std::make_unique<Compiled>(source.toStdString(), fields)), m_empty(source.isEmpty())
{
    Mustache &mustache = m_compiled->mustache;
    const std::string &text = m_compiled->source;
    if (!mustache.is_valid()) {
        // The library's messages end with the byte offset: "Unclosed tag at 12".
        const std::string &what = mustache.error_message();
        const size_t digits = what.find_last_not_of("0123456789");
        const size_t offset = digits + 1 < what.size() ? std::stoul(what.substr(digits + 1)) : 0;
        const auto [line, column] = position(text, offset);
        m_issues.append({QString(), QString(), line, column,
                         tr("Template syntax error at line %1, column %2: %3.")
                             .arg(line).arg(column).arg(QString::fromStdString(what))});
        return;
    }
    mustache.set_custom_escape(escapeFor(escaping));

    // Render once with every field filled and once with every field empty, so that both sides
    // of each section are visited, and collect the names that are not fields.
    std::string scratch;
    Appender appender{scratch};
    std::vector<std::string> unknown;
    for (const bool filled : {true, false}) {
        const FieldValues probe(size_t(fields.size()), filled ? std::string("x") : std::string());
        m_compiled->context.begin(probe);
        mustache.render(m_compiled->context, appender);
        for (const std::string &name : m_compiled->context.unknownNames()) {
            if (std::find(unknown.begin(), unknown.end(), name) == unknown.end())
                unknown.push_back(name);
        }
    }
    for (const std::string &name : unknown) {
        const auto [line, column] = position(text, findTag(text, name));
        m_issues.append({QString(), QString::fromStdString(name), line, column,
                         tr("Unknown field \"%1\" at line %2, column %3. Known fields: %4.")
                             .arg(QString::fromStdString(name)).arg(line).arg(column)
                             .arg(fields.names().join(u", "_qs))});
    }
}

MessageTemplate::~MessageTemplate() = default;
MessageTemplate::MessageTemplate(MessageTemplate &&) noexcept = default;
MessageTemplate &MessageTemplate::operator=(MessageTemplate &&) noexcept = default;

bool MessageTemplate::render(const FieldValues &values, std::string &out, QString *error)
{
    if (!isValid()) {
        if (error)
            *error = m_issues.constFirst().message;
        return false;
    }
    FieldContext &context = m_compiled->context;
    context.begin(values);
    Mustache &mustache = m_compiled->mustache;
    Appender appender{out};
    mustache.render(context, appender);
    if (!context.unknownNames().empty() || !mustache.is_valid()) {
        if (error) {
            *error = context.unknownNames().empty()
                ? QString::fromStdString(mustache.error_message())
                : tr("Unknown field \"%1\".").arg(QString::fromStdString(context.unknownNames().front()));
        }
        return false;
    }
    return true;
}

} // namespace diffusion
