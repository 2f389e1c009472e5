#pragma once

#include <QStringList>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace diffusion {

// The personalization fields a delivery's templates may use, each with a slot number. The
// recipient's values travel as a FieldValues vector indexed by slot, so that rendering looks a
// field up once per template, not once per message.
class FieldSet final
{
public:
    enum Slot : int {
        Email,          // {{email}}: the address as displayed (Unicode domain)
        FirstName,      // {{firstName}}
        LastName,       // {{lastName}}
        UnsubscribeUrl, // {{unsubscribeUrl}}: the delivery's personalized one-click URL
        UnsubscribeMailto,
        DeliveryId,     // {{deliveryId}}
        MessageId,      // {{messageId}}: the broadlog id, for tracking links
        FirstCustomSlot,
    };

    // customColumns: the CSV columns stored in the list's custom fields, named as in the header.
    explicit FieldSet(const QStringList &customColumns = {});

    std::optional<int> slot(std::string_view name) const;
    int size() const { return int(m_names.size()); }
    const std::string &name(int slot) const { return m_names.at(size_t(slot)); }
    QStringList names() const;

private:
    std::vector<std::string> m_names;
    std::unordered_map<std::string, int> m_slots;
};

// One recipient's values, by slot, in UTF-8.
using FieldValues = std::vector<std::string>;

} // namespace diffusion
