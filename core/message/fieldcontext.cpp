#include "fieldcontext.h"

#include <algorithm>

namespace diffusion {

namespace {

std::string trimmed(std::string_view text)
{
    const size_t first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    const size_t last = text.find_last_not_of(" \t");
    return std::string(text.substr(first, last - first + 1));
}

} // namespace

void FieldContext::begin(const FieldValues &values)
{
    m_values = &values;
    m_stack.clear();
    m_unknown.clear();
    m_handedOut.clear();
}

const FieldContext::Lookup &FieldContext::lookup(const std::string &name) const
{
    auto it = m_lookups.find(name);
    if (it != m_lookups.end())
        return it->second;
    Lookup parsed;
    const size_t bar = name.find('|');
    if (const auto slot = m_fields.slot(trimmed(std::string_view(name).substr(0, bar))))
        parsed.slot = *slot;
    if (bar != std::string::npos) {
        parsed.hasFallback = true;
        parsed.fallback = trimmed(std::string_view(name).substr(bar + 1));
    }
    return m_lookups.emplace(name, std::move(parsed)).first->second;
}

const FieldContext::Data *FieldContext::get(const std::string &name) const
{
    if (name == ".")
        return m_stack.empty() ? nullptr : m_stack.back();
    const Lookup &found = lookup(name);
    if (found.slot < 0) {
        std::string field = trimmed(std::string_view(name).substr(0, name.find('|')));
        if (std::find(m_unknown.begin(), m_unknown.end(), field) == m_unknown.end())
            m_unknown.push_back(std::move(field));
        return nullptr;
    }
    const std::string &value = (*m_values)[size_t(found.slot)];
    if (!value.empty())
        return &m_handedOut.emplace_back(value);
    if (found.hasFallback && !found.fallback.empty())
        return &m_handedOut.emplace_back(found.fallback);
    return &m_false;
}

} // namespace diffusion
