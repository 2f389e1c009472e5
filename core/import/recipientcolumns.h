#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <string>
#include <string_view>
#include <vector>

namespace diffusion {

// What each column of a recipient file holds, from its header: the e-mail address, the first and
// last names (recognized by their usual English and French names), and custom fields for the
// others, stored as one JSON object keyed by the header name.
class RecipientColumns final
{
    Q_DECLARE_TR_FUNCTIONS(RecipientColumns)

public:
    using Fields = std::vector<std::string_view>;

    // Throws StoreError when a column has no name, two columns have the same name or the same
    // meaning, or no column holds the e-mail address.
    explicit RecipientColumns(const Fields &header);

    size_t count() const { return m_count; }
    QStringList customNames() const { return m_customNames; }

    // The fields of a row with count() fields; empty text for a column the file does not have.
    std::string_view email(const Fields &row) const { return field(row, m_email); }
    std::string_view firstName(const Fields &row) const { return field(row, m_firstName); }
    std::string_view lastName(const Fields &row) const { return field(row, m_lastName); }
    // The custom fields of a row as a JSON object; the text is valid until the next call.
    std::string_view customFields(const Fields &row);

private:
    static std::string_view field(const Fields &row, int column) { return column < 0 ? "" : row[size_t(column)]; }

    size_t m_count;
    int m_email = -1;
    int m_firstName = -1;
    int m_lastName = -1;
    std::vector<size_t> m_customColumns;
    std::vector<std::string> m_customKeys; // "name": in JSON, ready to append
    QStringList m_customNames;
    std::string m_json;
};

} // namespace diffusion
