#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace diffusion {

// What a message in the bounce mailbox is (docs/inmail.md): a delivery status notification
// (RFC 3464, or an MTA's own plain-text bounce), a complaint from a feedback loop (ARF, RFC 5965),
// an auto-reply (RFC 3834), or none of these.
enum class BounceKind { Dsn, Arf, AutoReply, Unknown };

QString bounceKindId(BounceKind kind); // "dsn" "arf" "autoreply" "unknown"
std::optional<BounceKind> bounceKindFromId(QStringView id);

// One recipient a bounce is about.
struct BounceRecipient {
    QString recipient;   // Final-Recipient address (type "rfc822;" removed), or found by heuristics; as written
    QString action;      // failed|delayed|delivered|relayed|expanded (lower case); empty for arf/autoreply
    QString status;      // "5.1.1"; empty when unknown
    QString diagnostic;  // Diagnostic-Code without its type ("smtp;"), unfolded: "550 5.1.1 <a@b>: User unknown"
    QString remoteMta;   // Remote-MTA without its type ("dns;")

    bool operator==(const BounceRecipient &) const = default;
};

struct BounceReport {
    BounceKind kind = BounceKind::Unknown;
    QList<BounceRecipient> recipients;
    QString feedbackType;            // ARF: abuse, fraud, virus, other, not-spam, auth-failure…
    QString messageId;               // the bounce's own Message-ID, without <>
    QString subject;                 // decoded
    QString from;                    // the bounce's From address
    // Where a VERP return path (bounces+<id>@domain) lands: Delivered-To, X-Original-To,
    // Envelope-To, X-Envelope-To, then To, each address once.
    QStringList envelopeRecipients;
    // Message-IDs of the message the bounce is about, without <>: from the returned headers
    // (text/rfc822-headers, message/rfc822, ARF's message part, headers quoted in a plain-text
    // bounce), or In-Reply-To and References for an auto-reply.
    QStringList originalMessageIds;
    QString originalTo;              // the returned message's To address
    QString humanText;               // the human-readable text, decoded, at most humanTextLimit characters

    static constexpr qsizetype humanTextLimit = 16 * 1024;
};

} // namespace diffusion
