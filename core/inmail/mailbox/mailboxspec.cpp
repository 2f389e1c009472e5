#include "mailboxsource.h"

#include <QDir>

namespace diffusion {

namespace {

QStringList schemesOf(MailboxSpec::Kind kind)
{
    return kind == MailboxSpec::Kind::Pop3 ? QStringList{u"pop3s"_qs, u"pop3"_qs} : QStringList{u"imaps"_qs, u"imap"_qs};
}

std::optional<MailboxSpec> refuse(QString *error, const QString &sentence)
{
    if (error)
        *error = sentence;
    return std::nullopt;
}

} // namespace

std::optional<MailboxSpec> mailboxSpecFromUrl(MailboxSpec::Kind kind, const QString &text, QString *error)
{
    MailboxSpec spec;
    spec.kind = kind;
    const QString trimmed = text.trimmed();
    if (kind == MailboxSpec::Kind::Maildir || kind == MailboxSpec::Kind::Mbox) {
        if (trimmed.isEmpty())
            return refuse(error, kind == MailboxSpec::Kind::Maildir
                                     ? MailboxSource::tr("Give the path of the Maildir folder.")
                                     : MailboxSource::tr("Give the path of the mbox file."));
        const QUrl asUrl(trimmed);
        spec.path = QDir::cleanPath(asUrl.isLocalFile() ? asUrl.toLocalFile() : trimmed);
        return spec;
    }

    const QStringList schemes = schemesOf(kind);
    const QString example = kind == MailboxSpec::Kind::Pop3 ? u"pop3s://bounces@mail.example.com:995"_qs
                                                            : u"imaps://bounces@mail.example.com:993/INBOX"_qs;
    const QUrl url(trimmed); // tolerant: a folder name typed with spaces or accents is fine
    if (trimmed.isEmpty() || !url.isValid() || url.host().isEmpty())
        return refuse(error, MailboxSource::tr("“%1” is not a mailbox address: write it like %2.").arg(trimmed, example));
    if (!schemes.contains(url.scheme().toLower()))
        return refuse(error, MailboxSource::tr("“%1” does not start with %2:// or %3:// (%3 uses STARTTLS): write it like %4.")
                                 .arg(trimmed, schemes.at(0), schemes.at(1), example));
    if (url.userName().isEmpty())
        return refuse(error, MailboxSource::tr("“%1” has no user name: write it before the server, like %2.").arg(trimmed, example));
    if (!url.password().isEmpty())
        return refuse(error, MailboxSource::tr("Remove the password from “%1”: a password in an address ends up in "
                                               "histories and logs. Give it separately.")
                                 .arg(url.toDisplayString(QUrl::RemovePassword)));
    if (url.hasQuery() || url.hasFragment() || url.path().contains(u';'))
        return refuse(error, MailboxSource::tr("“%1” has parts that a mailbox address does not have (“?”, “#” or “;”): "
                                               "write it like %2.")
                                 .arg(trimmed, example));
    const QString folder = url.path().mid(1);
    if (kind == MailboxSpec::Kind::Pop3 && !folder.isEmpty())
        return refuse(error, MailboxSource::tr("A POP3 server has no folders: remove “/%1” from “%2”.").arg(folder, trimmed));

    spec.url = url.adjusted(QUrl::RemovePassword);
    spec.url.setScheme(url.scheme().toLower());
    if (kind == MailboxSpec::Kind::Imap && folder.isEmpty())
        spec.url.setPath(u"/INBOX"_qs);
    return spec;
}

} // namespace diffusion
