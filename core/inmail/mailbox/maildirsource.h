#pragma once

#include "mailboxsource.h"

#include <QHash>
#include <QSet>

namespace diffusion {

// A local Maildir: the messages of new/ and cur/ (tmp/ holds deliveries still being written).
// A message's key is its file name without the ":2,flags" info, which a mail reader may change
// by renaming the file between new/ and cur/; the file is looked for again when that happened.
// Delete unlinks; Move renames into the Maildir++ sub-folder ".<moveTo>/cur/", created when
// missing with the Maildir's owner, so that the delivery agent and an IMAP server serving the
// folder keep their access. Both happen at once: close() has nothing to commit.
class MaildirSource final : public MailboxSource
{
    Q_DECLARE_TR_FUNCTIONS(MaildirSource)

public:
    explicit MaildirSource(const MailboxSpec &spec);

    QList<MailboxMessage> fetch() override;
    void dispose(const MailboxMessage &message) override;
    void close() override { m_closed = true; }

private:
    QString locate(const QString &key);
    QString prepareMoveFolder();

    MailboxSpec m_spec;
    QHash<QString, QString> m_paths; // key → file, as last seen
    QSet<QString> m_disposed;
    bool m_closed = false;
};

} // namespace diffusion
