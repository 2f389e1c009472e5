#include "inmailsession.h"

#include "inmail/bouncequalifier.h"
#include "store/connection.h"
#include "store/storeerror.h"
#include "store/storewriter.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace diffusion {

QString InMailSession::mailboxName(const MailboxSpec &spec)
{
    switch (spec.kind) {
    case MailboxSpec::Kind::Maildir:
    case MailboxSpec::Kind::Mbox:
        return QFileInfo(spec.path).absoluteFilePath();
    case MailboxSpec::Kind::Pop3:
    case MailboxSpec::Kind::Imap:
        break;
    }
    return spec.url.toString(QUrl::RemovePassword);
}

InMailTally InMailSession::run(StoreWriter &writer, const QString &workspacePath, MailboxSpec spec)
{
    const QString mailbox = mailboxName(spec);
    std::optional<BounceQualifier> qualifier;
    {
        ReadConnection reader(workspacePath);
        qualifier = BounceQualifier::load(reader.db());
        if (spec.after == AfterProcessing::Keep) {
            QSqlQuery query(reader.db());
            query.prepare(u"SELECT mailbox_key FROM inmail_message WHERE mailbox = ?"_qs);
            query.addBindValue(mailbox);
            if (!query.exec())
                throw StoreError(tr("The workspace could not be read: %1").arg(query.lastError().text()));
            while (query.next())
                spec.skipKeys.insert(query.value(0).toString());
        }
    }
    const std::unique_ptr<MailboxSource> source = openMailbox(spec);
    const QList<MailboxMessage> fetched = source->fetch();
    QList<InMailMessage> messages;
    messages.reserve(fetched.size());
    for (const MailboxMessage &message : fetched)
        messages.append(InMailMessage::read(mailbox, message.key, message.raw, *qualifier));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const InMailTally tally = writer.submit([messages, now](QSqlDatabase &db) { return InMailRecord::apply(db, messages, now); }).result();
    // Durable now: the mailbox may forget them.
    for (const MailboxMessage &message : fetched)
        source->dispose(message);
    source->close();
    return tally;
}

} // namespace diffusion
