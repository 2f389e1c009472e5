#include "fieldset.h"

namespace diffusion {

FieldSet::FieldSet(const QStringList &customColumns)
    : m_names{"email", "firstName", "lastName", "unsubscribeUrl", "unsubscribeMailto", "deliveryId", "messageId"}
{
    for (const QString &column : customColumns)
        m_names.push_back(column.toStdString());
    for (size_t i = 0; i < m_names.size(); ++i)
        m_slots.emplace(m_names[i], int(i)); // a custom column named like a built-in field loses
}

std::optional<int> FieldSet::slot(std::string_view name) const
{
    const auto it = m_slots.find(std::string(name));
    if (it == m_slots.end())
        return std::nullopt;
    return it->second;
}

QStringList FieldSet::names() const
{
    QStringList result;
    for (const std::string &name : m_names)
        result.append(QString::fromStdString(name));
    return result;
}

} // namespace diffusion
