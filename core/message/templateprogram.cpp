#include "templateprogram.h"

#include <algorithm>
#include <array>

namespace diffusion {

namespace {

using CharSet = std::array<bool, 256>;

constexpr CharSet charSet(std::string_view members)
{
    CharSet set{};
    for (const char c : members)
        set[static_cast<unsigned char>(c)] = true;
    return set;
}

// The five characters of kainjow::mustache's html_escape, which templates were written against.
constexpr CharSet htmlSpecial = charSet("&<>\"'");
// RFC 3986: everything but the unreserved characters.
constexpr CharSet urlSpecial = [] {
    CharSet set = charSet("-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
    for (bool &member : set)
        member = !member;
    return set;
}();

// Copies value into out in runs, with write(out, c) for each character of special.
template <typename Write>
void appendEscaped(std::string &out, std::string_view value, const CharSet &special, Write write)
{
    const char *plain = value.data(); // start of the run not yet copied
    const char *const end = value.data() + value.size();
    for (const char *c = plain; c != end; ++c) {
        if (!special[static_cast<unsigned char>(*c)])
            continue;
        out.append(plain, size_t(c - plain));
        write(out, *c);
        plain = c + 1;
    }
    out.append(plain, size_t(end - plain));
}

void writeEntity(std::string &out, char c)
{
    switch (c) {
    case '&': out.append("&amp;"); break;
    case '<': out.append("&lt;"); break;
    case '>': out.append("&gt;"); break;
    case '"': out.append("&quot;"); break;
    default: out.append("&apos;"); break;
    }
}

void writePercentEncoded(std::string &out, char c)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    const auto u = static_cast<unsigned char>(c);
    const char encoded[] = {'%', hex[u >> 4], hex[u & 15]};
    out.append(encoded, 3);
}

bool isLineBreak(char c)
{
    return c == '\n' || c == '\r';
}

} // namespace

size_t TemplateProgram::keep(std::string_view text)
{
    const size_t begin = m_text.size();
    m_text.append(text);
    return begin;
}

// Mustache's "standalone" rule as kainjow applies it: a line on which a section was shown and that
// rendered nothing but spaces and tabs disappears with its line break (a hidden section's lines
// stay). Only the first line break after a section tag can end such a line, since a hidden
// section is skipped from tag to tag, so only that one is an op of its own; other line breaks stay
// in the text and just mark where a line begins.
void TemplateProgram::addText(std::string_view text)
{
    if (m_afterSectionTag) {
        const auto lineBreak = std::find_if(text.begin(), text.end(), isLineBreak);
        if (lineBreak != text.end()) {
            const size_t at = size_t(lineBreak - text.begin());
            const size_t length = text.substr(at, 2) == "\r\n" ? 2 : 1;
            m_afterSectionTag = false;
            addText(text.substr(0, at));
            m_ops.push_back({Kind::LineEnd, -1, keep(text.substr(at, length)), length});
            text.remove_prefix(at + length);
        }
    }
    if (text.empty())
        return;
    const auto lastBreak = std::find_if(text.rbegin(), text.rend(), isLineBreak);
    const size_t tail = lastBreak == text.rend() ? NoBreak : size_t(lastBreak - text.rbegin());
    m_ops.push_back({Kind::Text, -1, keep(text), text.size(), tail});
}

void TemplateProgram::addValue(const FieldRef &field, bool escaped)
{
    const bool raw = !escaped || m_escaping == Escaping::None;
    m_ops.push_back({raw ? Kind::RawValue : Kind::Value, field.slot, keep(field.fallback), field.fallback.size()});
}

size_t TemplateProgram::beginSection(const FieldRef &field, bool inverted)
{
    m_afterSectionTag = true;
    m_ops.push_back({inverted ? Kind::InvertedSection : Kind::Section, field.slot, keep(field.fallback), field.fallback.size()});
    return m_ops.size() - 1;
}

void TemplateProgram::endSection(size_t section)
{
    m_afterSectionTag = true;
    m_ops.push_back({Kind::SectionEnd});
    m_ops[section].after = m_ops.size();
}

std::string_view TemplateProgram::valueOf(const Op &op, const FieldValues &values) const
{
    if (op.slot >= 0 && size_t(op.slot) < values.size() && !values[size_t(op.slot)].empty())
        return values[size_t(op.slot)];
    return std::string_view(m_text).substr(op.begin, op.size);
}

void TemplateProgram::render(const FieldValues &values, std::string &out) const
{
    out.reserve(out.size() + m_text.size() + m_text.size() / 4);
    size_t lineStart = out.size();
    bool lineShowsSection = false;
    const auto lineIsBlank = [&] { return out.find_first_not_of(" \t", lineStart) == std::string::npos; };
    for (size_t i = 0; i < m_ops.size(); ++i) {
        const Op &op = m_ops[i];
        switch (op.kind) {
        case Kind::Text:
            out.append(m_text.data() + op.begin, op.size);
            if (op.after != NoBreak)
                lineStart = out.size() - op.after;
            break;
        case Kind::LineEnd:
            if (lineShowsSection && lineIsBlank())
                out.resize(lineStart);
            else
                out.append(m_text.data() + op.begin, op.size);
            lineStart = out.size();
            lineShowsSection = false;
            break;
        case Kind::Value:
            if (m_escaping == Escaping::Html)
                appendEscaped(out, valueOf(op, values), htmlSpecial, writeEntity);
            else
                appendEscaped(out, valueOf(op, values), urlSpecial, writePercentEncoded);
            break;
        case Kind::RawValue:
            out.append(valueOf(op, values));
            break;
        case Kind::Section:
        case Kind::InvertedSection:
            if (valueOf(op, values).empty() == (op.kind == Kind::Section)) {
                i = op.after - 1; // hidden: go on after its end, which then is not shown either
                break;
            }
            lineShowsSection = true;
            break;
        case Kind::SectionEnd:
            lineShowsSection = true;
            break;
        }
    }
    if (lineShowsSection && lineIsBlank())
        out.resize(lineStart);
}

std::vector<int> TemplateProgram::bareSlots() const
{
    std::vector<int> bare;
    std::vector<std::pair<int, size_t>> shownSections; // slot, index after the section's end
    for (size_t i = 0; i < m_ops.size(); ++i) {
        while (!shownSections.empty() && i >= shownSections.back().second)
            shownSections.pop_back();
        const Op &op = m_ops[i];
        if (op.kind == Kind::Section) {
            shownSections.push_back({op.slot, op.after});
        } else if ((op.kind == Kind::Value || op.kind == Kind::RawValue) && op.size == 0 && op.slot >= 0
                   && std::none_of(shownSections.begin(), shownSections.end(), [&op](const auto &s) { return s.first == op.slot; })
                   && std::find(bare.begin(), bare.end(), op.slot) == bare.end()) {
            bare.push_back(op.slot);
        }
    }
    return bare;
}

} // namespace diffusion
