#pragma once

#include <QString>
#include <stdexcept>

namespace diffusion {

// Raised when the relay cannot start as asked: a profile that does not parse, a certificate or key
// that cannot be read, a Maildir or log that cannot be created. The message is a translated
// sentence for the operator that names the file and what is wrong with it.
class RelayError final : public std::runtime_error
{
public:
    explicit RelayError(const QString &message)
        : std::runtime_error(message.toStdString()), m_message(message) {}
    QString message() const { return m_message; }

private:
    QString m_message;
};

} // namespace diffusion
