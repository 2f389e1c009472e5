#pragma once

#include "fieldset.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace diffusion {

// How a value is inserted: as it is (text part, headers, which sanitize later), HTML-escaped
// (HTML part), or percent-encoded (unsubscribe URLs, links).
enum class Escaping { None, Html, Url };

// What a tag stands for: a field's value, or the fallback when that value is empty.
// Slot -1 is always empty ({{.}} outside a shown section).
struct FieldRef {
    int slot = -1;
    std::string_view fallback;
};

// A template compiled to a flat list of operations, built in source order by MessageTemplate and
// rendered once per recipient by a loop that appends to the message: no lookup, no allocation
// per tag. Rendering keeps no state in the program, so threads may share one.
class TemplateProgram final
{
public:
    explicit TemplateProgram(Escaping escaping = Escaping::None) : m_escaping(escaping) {}

    void addText(std::string_view text);
    void addValue(const FieldRef &field, bool escaped);
    // A section is shown when its value is not empty (inverted: when it is). Returns the index
    // that endSection takes.
    size_t beginSection(const FieldRef &field, bool inverted);
    void endSection(size_t section);

    // Appends the text for one recipient; values missing at the end of the vector are empty.
    void render(const FieldValues &values, std::string &out) const;

    // The fields whose empty value leaves a hole in the text: shown without a fallback and not
    // inside a section on that same field. Analysis counts the recipients concerned.
    std::vector<int> bareSlots() const;

private:
    enum class Kind : uint8_t { Text, LineEnd, Value, RawValue, Section, InvertedSection, SectionEnd };
    struct Op {
        Kind kind;
        int slot = -1;    // Value, RawValue, sections
        size_t begin = 0; // in m_text: the text (Text, LineEnd) or the fallback (values, sections)
        size_t size = 0;
        // Text: bytes after its last line break, or NoBreak. Sections: the index after their end.
        size_t after = 0;
    };
    static constexpr size_t NoBreak = SIZE_MAX;

    size_t keep(std::string_view text);
    std::string_view valueOf(const Op &op, const FieldValues &values) const;

    Escaping m_escaping;
    std::vector<Op> m_ops;
    std::string m_text; // the literal text and the fallbacks, which ops point into
    bool m_afterSectionTag = false; // no line break added since the last section tag
};

} // namespace diffusion
