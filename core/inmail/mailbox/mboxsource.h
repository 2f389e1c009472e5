#pragma once

#include "mailboxsource.h"

#include <QList>
#include <QSet>

namespace diffusion {

// A local mbox file (mboxo or mboxrd: a line "From …" starts each message, ">From " in a body
// loses one ">"). A message's key is the byte offset of its "From " line.
//
// Delete and Move are applied by close(), under the locks of MboxLock, by rewriting the file in
// place rather than writing a copy and renaming it: a delivery agent that opened the file before
// the rewrite and waits for its lock (Postfix's virtual(8) and Dovecot's LDA open first, then
// lock) appends to the file it holds, which after a rename would be the old, unlinked one, and
// the message would be lost. In place, it appends to the rewritten file. The price is a short
// window, one write() long, in which a crash leaves the file half rewritten. The part of the
// file read in the session is checked first: a file that another program rewrote meanwhile is
// left untouched (its messages come back next time). Moved messages are appended to the
// moveTo mbox before they leave this one, so a failure can duplicate a message, never lose it.
class MboxSource final : public MailboxSource
{
    Q_DECLARE_TR_FUNCTIONS(MboxSource)

public:
    explicit MboxSource(const MailboxSpec &spec);
    ~MboxSource() override;

    QList<MailboxMessage> fetch() override;
    void dispose(const MailboxMessage &message) override;
    void close() override;

    // A message as stored: from its "From " line to the next one, its offset in the file.
    struct Stored {
        qint64 offset = 0;
        QByteArray bytes;
    };

private:
    void appendToMoveTarget() const;
    QString moveTargetPath() const;

    MailboxSpec m_spec;
    QList<Stored> m_fetched;
    QList<Stored> m_toRemove;
    QSet<QString> m_disposed;
    bool m_closed = false;
};

} // namespace diffusion
