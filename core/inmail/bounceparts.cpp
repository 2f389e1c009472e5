#include "bounceparts.h"

namespace diffusion {

namespace {

bool isType(GMimeContentType *type, const char *media, const char *subtype)
{
    return type && g_mime_content_type_is_type(type, media, subtype);
}

bool isTextPart(GMimeObject *object)
{
    GMimeContentType *type = g_mime_object_get_content_type(object);
    return GMIME_IS_PART(object) && (isType(type, "text", "plain") || isType(type, "text", "html"));
}

} // namespace

BounceParts BounceParts::find(GMimeMessage *message)
{
    BounceParts parts;
    if (GMimeObject *body = g_mime_message_get_mime_part(message))
        parts.walk(body, 0);
    return parts;
}

void BounceParts::walk(GMimeObject *object, int depth)
{
    if (depth > maxDepth || ++m_parts > maxParts)
        return;
    GMimeContentType *type = g_mime_object_get_content_type(object);
    if (GMIME_IS_MULTIPART(object)) {
        GMimeMultipart *multipart = GMIME_MULTIPART(object);
        const int count = g_mime_multipart_get_count(multipart);
        inReport = inReport || isType(type, "multipart", "report");
        if (isType(type, "multipart", "alternative")) {
            // One rendering of the text is enough: the plain one when there is one.
            for (int i = 0; i < count; ++i) {
                if (GMimeObject *part = g_mime_multipart_get_part(multipart, i); isTextPart(part)
                    && isType(g_mime_object_get_content_type(part), "text", "plain")) {
                    walk(part, depth + 1);
                    return;
                }
            }
        }
        for (int i = 0; i < count && m_parts <= maxParts; ++i)
            walk(g_mime_multipart_get_part(multipart, i), depth + 1);
        return;
    }
    if (GMIME_IS_MESSAGE_PART(object)) {
        if (!returnedMessage)
            returnedMessage = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
        return; // what the returned message holds is not about the bounce
    }
    if (!GMIME_IS_PART(object))
        return;
    GMimePart *part = GMIME_PART(object);
    if (isType(type, "message", "delivery-status") || isType(type, "message", "global-delivery-status")) {
        if (!deliveryStatus)
            deliveryStatus = part;
    } else if (isType(type, "message", "feedback-report")) {
        if (!feedbackReport)
            feedbackReport = part;
    } else if (isType(type, "text", "rfc822-headers") || isType(type, "message", "rfc822-headers")
               || isType(type, "message", "global-headers")) {
        if (!returnedHeaders)
            returnedHeaders = part;
    } else if (isTextPart(object)) {
        addText(part);
    }
}

void BounceParts::addText(GMimePart *part)
{
    if (text.size() >= maxTextChars)
        return;
    // A character takes at most 4 bytes in UTF-8; HTML is longer than its text.
    QString partText = gmime::partText(part, (maxTextChars - text.size()) * 4);
    if (!text.isEmpty())
        text += u"\n\n"_qs;
    text += QStringView(partText).left(maxTextChars - text.size());
}

} // namespace diffusion
