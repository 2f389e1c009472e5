#pragma once

#include "curlsession.h"
#include "mailboxsource.h"

#include <QList>
#include <QSet>

namespace diffusion {

// An IMAP folder (imaps://, or imap:// with STARTTLS) through libcurl. Messages are found with
// UID SEARCH UNDELETED and read by UID; their key is "UIDVALIDITY:UID", and every SELECT checks
// that UIDVALIDITY, so a folder re-created during the session cannot make a UID name another
// message. Delete flags \Deleted and expunges at close(); Move uses MOVE when the server has
// it, else COPY then delete. Folder names go in modified UTF-7 (RFC 3501 §5.1.3).
class ImapSource final : public MailboxSource
{
    Q_DECLARE_TR_FUNCTIONS(ImapSource)

public:
    explicit ImapSource(const MailboxSpec &spec);
    ~ImapSource() override;

    QList<MailboxMessage> fetch() override;
    void dispose(const MailboxMessage &message) override;
    void close() override;

private:
    void open();
    void prepareMoveFolder();
    QByteArray folderPath() const;
    void checkOpen() const;

    MailboxSpec m_spec;
    CurlSession m_session;
    QString m_folder;
    QByteArray m_uidValidity;
    QSet<QByteArray> m_capabilities;
    QList<QByteArray> m_toExpunge; // UIDs flagged \Deleted in this session
    QSet<QString> m_disposed;
    bool m_opened = false;
    bool m_moveFolderReady = false;
    bool m_closed = false;
};

} // namespace diffusion
