#pragma once

#include "fieldset.h"
#include "messagedefinition.h"
#include "messagetemplate.h"

#include <QCoreApplication>
#include <QList>
#include <optional>
#include <string>

namespace diffusion {

// The recipient side of one message.
struct MessageRecipient {
    qint64 deliveryId = 0;
    qint64 broadlogId = 0;
    std::string address;  // ASCII form, for the envelope and the To header
    FieldValues values;   // by FieldSet slot; unsubscribe and id slots are filled by the builder
};

struct BuiltMessage {
    std::string envelopeSender; // MAIL FROM
    std::string recipient;      // RCPT TO
    std::string data;           // the whole message, CRLF line ends, not dot-stuffed
};

// The personalized texts of one message, before MIME: what analysis checks for every recipient.
struct RenderedParts {
    std::string fromName;
    std::string subject;
    std::string text;
    std::string html;
    std::string unsubscribeUrl;    // ASCII
    std::string unsubscribeMailto; // as written; values[UnsubscribeMailto] holds its mailto: URL
    std::vector<std::string> headers; // the custom headers' values, in order

    size_t size() const;
};

// Turns a delivery's definition and one recipient into the exact bytes of the message: RFC 5322
// headers, multipart/alternative MIME (RFC 2045–2047), one-click unsubscribe (RFC 8058). Compiled
// once per delivery; build() is cheap and must be called from one thread at a time (each worker
// thread keeps its own builder). DKIM signing is applied to the result by the caller.
class MessageBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(MessageBuilder)

public:
    MessageBuilder(const MessageDefinition &definition, const FieldSet &fields);

    // Every problem of every template and header, each naming its part; empty when usable.
    QList<TemplateIssue> issues() const;

    // Returns false with a sentence in *error when this recipient cannot be personalized (the
    // message then fails with a personalization error; the delivery goes on).
    bool build(MessageRecipient &recipient, qint64 unixTime, BuiltMessage &out, QString *error);

    // Personalizes the parts without building the message (the analysis dry run); the recipient's
    // delivery, broadlog and unsubscribe slots are filled in its values as build() does.
    bool renderParts(MessageRecipient &recipient, RenderedParts &out, QString *error);

    // The recipient fields whose empty value leaves a hole in some part (TemplateProgram::bareSlots),
    // the built-in unsubscribe and id fields left out; with the parts' names.
    std::vector<std::pair<int, QStringList>> bareFields() const;

    // The same text for every recipient, for the Message-ID and the envelope: the sender domain.
    const std::string &senderDomain() const { return m_senderDomain; }

private:
    struct Header {
        std::string name;
        MessageTemplate value;
    };

    bool renderInto(MessageTemplate &part, const FieldValues &values, std::string &out, QString *error);
    template <typename Visit> void forEachPart(Visit visit) const;
    void appendBody(std::string &out, const MessageRecipient &recipient, const std::string &text, const std::string &html) const;

    MessageDefinition m_definition;
    std::string m_fromAddress;
    std::string m_replyTo;
    std::string m_senderDomain;
    MessageTemplate m_fromName;
    MessageTemplate m_subject;
    MessageTemplate m_html;
    MessageTemplate m_text;
    MessageTemplate m_unsubscribeUrl;
    MessageTemplate m_unsubscribeMailto;
    std::vector<Header> m_headers;
    QList<TemplateIssue> m_headerIssues;
    RenderedParts m_parts;
    // The Date header of the last second seen: formatting a date costs more than a message's headers.
    qint64 m_dateOf = -1;
    std::string m_date;
};

} // namespace diffusion
