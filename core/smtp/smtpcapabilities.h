#pragma once

#include "smtptypes.h"

namespace diffusion {

// What a server announces in its EHLO reply (RFC 5321 §4.1.1.1) among the extensions this client
// uses. After HELO, or before any EHLO, nothing is announced.
struct SmtpCapabilities {
    bool pipelining = false;           // RFC 2920
    qint64 sizeLimit = 0;              // RFC 1870 SIZE; 0 when no limit is announced
    bool eightBitMime = false;         // RFC 6152
    bool smtpUtf8 = false;             // RFC 6531
    bool startTls = false;             // RFC 3207
    bool authPlain = false;            // RFC 4954 with RFC 4616
    bool authLogin = false;            // the common non-standard LOGIN mechanism
    bool enhancedStatusCodes = false;  // RFC 2034

    // Reads the lines of a positive EHLO reply; the first one is the server's name. Keywords are
    // case-insensitive, and "AUTH=" (the form of some old servers) counts as "AUTH".
    static SmtpCapabilities fromEhloReply(const SmtpReply &reply);
};

} // namespace diffusion
