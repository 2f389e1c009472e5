#pragma once

#include "fieldset.h"

#include <kainjow/mustache.hpp>

#include <deque>
#include <string>
#include <unordered_map>
#include <vector>

namespace diffusion {

// What the template library asks when it meets a tag: the value of a name for the recipient
// being rendered. Names are parsed once ("field | fallback") and kept; an empty value is "false"
// so that {{#field}} sections disappear; names that are not fields are collected as errors.
class FieldContext final : public kainjow::mustache::basic_context<std::string>
{
public:
    using Data = kainjow::mustache::data;

    explicit FieldContext(const FieldSet &fields) : m_fields(fields) {}

    // Starts a render for one recipient; values must outlive it.
    void begin(const FieldValues &values);
    const std::vector<std::string> &unknownNames() const { return m_unknown; }

    void push(const Data *data) override { m_stack.push_back(data); }
    void pop() override { m_stack.pop_back(); }
    const Data *get(const std::string &name) const override;
    const Data *get_partial(const std::string &) const override { return nullptr; }

private:
    struct Lookup {
        int slot = -1; // -1: not a field
        std::string fallback;
        bool hasFallback = false;
    };
    const Lookup &lookup(const std::string &name) const;

    const FieldSet &m_fields;
    const FieldValues *m_values = nullptr;
    std::vector<const Data *> m_stack;
    mutable std::unordered_map<std::string, Lookup> m_lookups;
    mutable std::vector<std::string> m_unknown;
    // Values handed out during one render; a deque keeps their addresses stable.
    mutable std::deque<Data> m_handedOut;
    const Data m_false{false};
};

} // namespace diffusion
