#pragma once

#include "gmimesupport.h"

#include <QString>

namespace diffusion {

// The parts of a message that say what a bounce is about, found by walking its MIME tree (not
// into the message it returns): depth and part count capped, the first part of each kind kept.
struct BounceParts {
    static constexpr int maxDepth = 8;
    static constexpr int maxParts = 64;
    static constexpr qsizetype maxTextChars = 64 * 1024;

    GMimePart *deliveryStatus = nullptr;   // message/delivery-status (or global-delivery-status)
    GMimePart *feedbackReport = nullptr;   // message/feedback-report
    GMimePart *returnedHeaders = nullptr;  // text/rfc822-headers (or message/rfc822-headers, global-headers)
    GMimeMessage *returnedMessage = nullptr; // message/rfc822 (or message/global)
    bool inReport = false;                 // a multipart/report holds them
    QString text;                          // the human-readable text parts, in order, at most maxTextChars

    // The pointers belong to `message`, which must outlive the result.
    static BounceParts find(GMimeMessage *message);

private:
    void walk(GMimeObject *object, int depth);
    void addText(GMimePart *part);

    int m_parts = 0;
};

} // namespace diffusion
