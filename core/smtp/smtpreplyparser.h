#pragma once

#include "smtptypes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace diffusion {

// Cuts SMTP replies (RFC 5321 §4.2) out of the bytes a server sends, as they arrive: a reply may
// span several reads and one read may hold several replies (pipelining). Lines end with CRLF or
// a bare LF. The RFC 3463 enhanced code ("5.1.1") is taken out of each line when it matches the
// reply's class. A line that is not "NNN", "NNN text" or "NNN-text", a multi-line reply whose
// lines carry different codes, an overlong line or an overlong reply is an error, after which the
// parser refuses everything: a session cannot trust what follows.
class SmtpReplyParser final
{
    Q_DECLARE_TR_FUNCTIONS(SmtpReplyParser)

public:
    static constexpr qsizetype maxLineLength = 4096;   // line end excluded
    static constexpr qsizetype maxReplySize = 65536;   // every line of one reply, line ends included

    enum class Status { Incomplete, Reply, Error };

    // Adds received bytes. Invalidates rawReply().
    void append(const QByteArray &bytes);

    // Parses the next complete reply; on Reply, reply() and rawReply() describe it.
    Status next();

    const SmtpReply &reply() const { return m_reply; }
    // The reply's bytes as received, line ends included, valid until the next append().
    QByteArrayView rawReply() const;
    // On Error: what is wrong, as a sentence.
    const QString &errorText() const { return m_error; }
    // Bytes received and not yet part of a returned reply.
    qsizetype pendingBytes() const { return m_buffer.size() - m_replyStart; }

private:
    Status fail(const QString &error);
    // Adds one line to the reply being parsed; false (and an error) when it is not a reply line.
    bool takeLine(QByteArrayView line, bool *last);

    QByteArray m_buffer;
    qsizetype m_replyStart = 0;  // first byte of the reply being parsed
    qsizetype m_lineStart = 0;   // first byte of the next line to parse
    qsizetype m_lastReplyStart = 0;
    qsizetype m_lastReplyEnd = 0;
    SmtpReply m_reply;           // the reply being parsed, then the one returned
    bool m_replyComplete = false;
    QString m_error;
};

} // namespace diffusion
