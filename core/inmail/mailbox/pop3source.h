#pragma once

#include "curlsession.h"
#include "mailboxsource.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace diffusion {

// A POP3 mailbox (pop3s://, or pop3:// with STARTTLS) through libcurl: UIDL lists, RETR reads,
// DELE marks, QUIT commits. POP3 numbers messages per connection, and a connection that is
// lost forgets its DELEs: when libcurl had to reconnect, the list is read again and the
// deletions of the session are sent again before any number is used.
class Pop3Source final : public MailboxSource
{
    Q_DECLARE_TR_FUNCTIONS(Pop3Source)

public:
    explicit Pop3Source(const MailboxSpec &spec);
    ~Pop3Source() override;

    QList<MailboxMessage> fetch() override;
    void dispose(const MailboxMessage &message) override;
    void close() override;

private:
    void synchronize();
    void list();
    QByteArray retrieve(const QString &uid);
    [[noreturn]] void failUnstable() const;

    MailboxSpec m_spec;
    CurlSession m_session;
    QList<QString> m_uids;       // in message-number order: the oldest first
    QHash<QString, int> m_numbers; // UIDL → number on the current connection
    QSet<QString> m_deleted;
    QSet<QString> m_kept;
    bool m_closed = false;
};

} // namespace diffusion
