#pragma once

#include <QString>
#include <stdexcept>

namespace diffusion {

// Raised by DKIM key loading and signing. The message is a translated sentence for the operator
// that names the key or the message part at fault.
class DkimError final : public std::runtime_error
{
public:
    explicit DkimError(const QString &message)
        : std::runtime_error(message.toStdString()), m_message(message) {}
    QString message() const { return m_message; }

private:
    QString m_message;
};

} // namespace diffusion
