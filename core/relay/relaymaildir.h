#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace diffusion {

// Where the relay keeps what it accepts: a Maildir (tmp/, new/, cur/), one file per message in
// new/, written in tmp/ first and renamed so that a reader never sees half a message. The file
// holds X-Diffusion-Envelope-From: and one X-Diffusion-Envelope-To: per recipient, then the
// message exactly as the client sent it, dot-unstuffed, CRLF line ends kept (a byte comparison
// or a DKIM check on the file then works).
class RelayMaildir final
{
public:
    // Creates the folders when missing; throws RelayError when it cannot.
    explicit RelayMaildir(const QString &path);

    QString path() const { return m_path; }

    // Stores one message; returns a sentence saying what failed, empty when it is stored.
    QString store(const QByteArray &queueId, const QByteArray &from, const QList<QByteArray> &to,
                  const QByteArray &content) const;

private:
    QString m_path;
    QString m_uniqueSuffix; // ".P<pid>.<host>": with the queue id, unique across relays sharing the folder
};

} // namespace diffusion
