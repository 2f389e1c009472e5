#pragma once

#include <QList>
#include <QString>
#include <utility>

namespace diffusion {

// What a delivery says about its messages, before personalization. Addresses are in their ASCII
// form (internationalized domains converted). Text fields are templates (docs/personalization.md).
struct MessageDefinition {
    QString fromAddress;
    QString fromName;               // template
    QString replyTo;                // empty: none
    QString subject;                // template
    QString html;                   // template; empty: no HTML part
    QString text;                   // template; empty: no text part
    QList<std::pair<QString, QString>> customHeaders; // name, value template
    QString unsubscribeUrl;         // template, https: for one-click (RFC 8058)
    QString unsubscribeMailto;      // template, the address (and ?subject=…) after "mailto:"
    bool unsubscribeHeaders = true; // List-Unsubscribe and List-Unsubscribe-Post
    QString envelopeSender;         // MAIL FROM; empty: fromAddress
    bool verp = false;              // MAIL FROM local+<broadlog id>@domain, so bounces name the message
};

} // namespace diffusion
