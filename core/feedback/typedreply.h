#pragma once

#include "smtp/smtptypes.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace diffusion {

// A server's reply as a person types it, to see how the rules qualify it (`diffusion-cli
// qualify`, the console's "Test this reply" box).
class TypedReply final
{
    Q_DECLARE_TR_FUNCTIONS(TypedReply)

public:
    // Reads the reply as a server would send it; "\n" (typed as two characters) or a line break
    // separates the lines of a multi-line reply. A text that is not one reply, or a 2xx/3xx
    // reply, gives nothing and a sentence in *problem; a blank text gives nothing and no sentence.
    static std::optional<SmtpReply> parse(const QString &text, QString *problem);

    // The outcome a session reports when a server gives this reply to RCPT TO: refused for good
    // (5xx) or deferred (4xx).
    static SmtpOutcome atRecipient(const SmtpReply &reply);
};

} // namespace diffusion
