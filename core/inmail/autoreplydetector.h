#pragma once

#include <QString>

namespace diffusion {

// The signs of an auto-reply (RFC 3834) in a message's header.
struct AutoReplySigns {
    QString autoSubmitted;      // Auto-Submitted, lower case
    QString precedence;         // Precedence or X-Precedence, lower case
    bool autoReplyHeader = false; // X-Autoreply, X-Autorespond, X-Autoresponder or X-Vacation present
    QString subject;            // decoded

    // Auto-Submitted: auto-replied, an X-Autoreply-like header or Precedence: auto_reply are
    // enough. Otherwise (Auto-Submitted: auto-generated is also what notifications carry) the
    // subject must start as auto-replies do ("Automatic reply:", "Out of Office", "Absence",
    // "Réponse automatique"…), not after "Re:", and Auto-Submitted must not be "no". Only asked
    // about messages that are not bounces: MTAs mark their bounces auto-replied too.
    bool isAutoReply() const;

    static bool hasAutoReplySubject(const QString &subject);
};

} // namespace diffusion
