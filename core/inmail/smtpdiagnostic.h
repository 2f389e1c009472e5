#pragma once

#include <QString>
#include <QStringView>

namespace diffusion {

// The SMTP reply a bounce reports (a DSN's Diagnostic-Code, or the reply quoted in a plain-text
// bounce), taken apart.
struct SmtpDiagnostic {
    int code = 0;       // 200-599; 0 when the text carries no reply code
    QString enhanced;   // RFC 3463 code agreeing with the reply's class, or one found alone ("#5.1.1"); may be empty
    QString text;       // the words, without the codes and the prefixes of a multi-line reply's lines

    // Reads "550 5.1.1 <a@b>: User unknown", Gmail's unfolded "550-5.1.1 The email account …
    // 550-5.1.1 … 550 5.1.1 https://…", a reply after some words ("host x said: 550 …"), or
    // a text with an enhanced code alone.
    static SmtpDiagnostic read(QStringView diagnostic);

    // The RFC 3463 status this reply stands for: its enhanced code, else its class ("5.0.0"
    // for a 550); empty when it has neither.
    QString status() const;
};

// Where the first RFC 3463 code of class 2, 4 or 5 starts in `text` (with its length in
// *length), or -1: "5.1.1", "(#5.1.1)", but not the middle of an IP address or a version.
qsizetype findEnhancedCode(QStringView text, qsizetype from, qsizetype *length);

// Where the first reply code followed by an enhanced code of the same class ("550 5.1.1",
// "550-5.1.1") starts in `text`, or -1. Only 4xx and 5xx codes when failuresOnly.
qsizetype findCodedReply(QStringView text, qsizetype from, bool failuresOnly);

// Where a reply code of a failure starts in `text` ("550 Requested action not taken", "554
// delivery error"): three digits from 421 to 599 after a space, a quote, a bracket or a colon
// and before a space and a letter or an enhanced code; -1 when none.
qsizetype findFailureCode(QStringView text, qsizetype from);

} // namespace diffusion
