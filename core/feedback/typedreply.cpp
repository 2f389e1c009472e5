#include "typedreply.h"

#include "smtp/smtpreplyparser.h"

namespace diffusion {

std::optional<SmtpReply> TypedReply::parse(const QString &text, QString *problem)
{
    problem->clear();
    QString typed = text;
    typed.replace(u"\\n"_qs, u"\n"_qs);
    QByteArray bytes;
    for (const QString &line : typed.split(u'\n')) {
        if (const QString trimmed = line.trimmed(); !trimmed.isEmpty())
            bytes += trimmed.toUtf8() + "\r\n";
    }
    if (bytes.isEmpty())
        return std::nullopt;
    SmtpReplyParser parser;
    parser.append(bytes);
    switch (parser.next()) {
    case SmtpReplyParser::Status::Error:
        *problem = tr("“%1” is not an SMTP reply: each line starts with a three-digit code, as in \"550 5.1.1 User unknown\".")
                       .arg(text.trimmed());
        return std::nullopt;
    case SmtpReplyParser::Status::Incomplete:
        *problem = tr("The reply ends with a continuation line (“NNN-text”); its last line is “NNN text”.");
        return std::nullopt;
    case SmtpReplyParser::Status::Reply:
        break;
    }
    if (parser.pendingBytes() > 0) {
        *problem = tr("The text holds more than one reply; give one at a time.");
        return std::nullopt;
    }
    if (parser.reply().code < 400) {
        *problem = tr("A %1 reply is not a failure: there is nothing to qualify.").arg(parser.reply().code);
        return std::nullopt;
    }
    return parser.reply();
}

SmtpOutcome TypedReply::atRecipient(const SmtpReply &reply)
{
    SmtpOutcome outcome;
    outcome.kind = reply.isPermanent() ? SmtpOutcome::Kind::Rejected : SmtpOutcome::Kind::Deferred;
    outcome.phase = SmtpPhase::RcptTo;
    outcome.reply = reply;
    return outcome;
}

} // namespace diffusion
