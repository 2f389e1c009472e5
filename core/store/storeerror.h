#pragma once

#include <QString>
#include <stdexcept>

namespace diffusion {

// Raised by store code and by jobs run on the writer thread. The message is a sentence meant for
// the user (already translated where it comes from tr()).
class StoreError final : public std::runtime_error
{
public:
    explicit StoreError(const QString &message)
        : std::runtime_error(message.toStdString()), m_message(message) {}
    QString message() const { return m_message; }

private:
    QString m_message;
};

} // namespace diffusion
