#include "mailboxsource.h"

#include "imapsource.h"
#include "maildirsource.h"
#include "mboxsource.h"
#include "pop3source.h"

#include <QDir>
#include <QFileInfo>

namespace diffusion {

namespace {

void checkMaildir(const MailboxSpec &spec)
{
    const QDir maildir(spec.path);
    if (spec.path.isEmpty() || !maildir.exists(u"new"_qs) || !maildir.exists(u"cur"_qs))
        throw MailboxError(MailboxSource::tr("%1 is not a Maildir: it has no new and cur folders. Check the path.").arg(spec.path));
    const QString name = spec.moveTo;
    if (spec.after == AfterProcessing::Move
        && (name.contains(u'/') || name.startsWith(u'.') || name == u"new"_qs || name == u"cur"_qs || name == u"tmp"_qs))
        throw MailboxError(MailboxSource::tr("“%1” cannot be the name of a Maildir sub-folder: give a name without “/” "
                                             "that does not start with a dot, such as Processed.")
                               .arg(name));
}

void checkMbox(const MailboxSpec &spec)
{
    const QFileInfo file(spec.path);
    if (spec.path.isEmpty() || !file.isFile())
        throw MailboxError(MailboxSource::tr("The mbox file %1 does not exist: check the path.").arg(spec.path));
    if (spec.after == AfterProcessing::Move
        && QFileInfo(file.dir().absoluteFilePath(spec.moveTo)).absoluteFilePath() == file.absoluteFilePath())
        throw MailboxError(MailboxSource::tr("The handled messages cannot be moved to the mbox they come from (%1): give "
                                             "another file.")
                               .arg(spec.path));
}

void checkServer(const MailboxSpec &spec)
{
    QString problem;
    const std::optional<MailboxSpec> parsed = mailboxSpecFromUrl(spec.kind, spec.url.toString(QUrl::FullyEncoded), &problem);
    if (!parsed)
        throw MailboxError(problem);
    if (spec.kind == MailboxSpec::Kind::Pop3 && spec.after == AfterProcessing::Move)
        throw MailboxError(MailboxSource::tr("A POP3 server has no folders to move the handled messages to: choose to "
                                             "delete or to keep them, or read %1 over IMAP.")
                               .arg(spec.url.toDisplayString(QUrl::RemovePassword)));
    if (spec.kind == MailboxSpec::Kind::Imap && spec.after == AfterProcessing::Move
        && spec.moveTo == parsed->url.path().mid(1))
        throw MailboxError(MailboxSource::tr("The handled messages cannot be moved to the folder they come from (%1): "
                                             "give another folder.")
                               .arg(spec.moveTo));
    if (spec.password.isEmpty())
        throw MailboxError(MailboxSource::tr("Give the password of %1.").arg(spec.url.toDisplayString(QUrl::RemovePassword)));
}

} // namespace

std::unique_ptr<MailboxSource> openMailbox(const MailboxSpec &spec)
{
    if (spec.maxMessages < 1)
        throw MailboxError(MailboxSource::tr("Give a cap of at least one message per session."));
    if (spec.timeoutSeconds < 1)
        throw MailboxError(MailboxSource::tr("Give a timeout of at least one second."));
    if (spec.after == AfterProcessing::Move && spec.moveTo.trimmed().isEmpty() && spec.kind != MailboxSpec::Kind::Pop3)
        throw MailboxError(MailboxSource::tr("Give the folder to move the handled messages to."));
    switch (spec.kind) {
    case MailboxSpec::Kind::Maildir:
        checkMaildir(spec);
        return std::make_unique<MaildirSource>(spec);
    case MailboxSpec::Kind::Mbox:
        checkMbox(spec);
        return std::make_unique<MboxSource>(spec);
    case MailboxSpec::Kind::Pop3:
        checkServer(spec);
        return std::make_unique<Pop3Source>(spec);
    case MailboxSpec::Kind::Imap:
        checkServer(spec);
        return std::make_unique<ImapSource>(spec);
    }
    Q_UNREACHABLE();
}

} // namespace diffusion
