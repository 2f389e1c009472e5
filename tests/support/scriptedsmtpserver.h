#pragma once

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QStringList>
#include <QTcpServer>

class QSslSocket;

namespace diffusion::test {

// An SMTP server on 127.0.0.1 (port 0) that plays a script, in the thread that creates it, for
// the first connection it accepts (later ones are closed at once):
//
//     ScriptedSmtpServer server;
//     server.send("220 test ESMTP\r\n")
//         .expect(u"EHLO .*"_qs, "250-test\r\n250 PIPELINING\r\n")
//         .expect(u"MAIL FROM:<a@example.org>"_qs)        // no answer yet
//         .expect(u"RCPT TO:<b@example.org>"_qs)
//         .expect(u"DATA"_qs, "250 ok\r\n250 ok\r\n354 go\r\n")
//         .expectData("250 2.0.0 queued\r\n")
//         .expect(u"QUIT"_qs, "221 bye\r\n")
//         .closeConnection();
//     QVERIFY(server.start());
//
// Commands are matched whole (without their CRLF), case-insensitively. A command that does not
// match is recorded in errors() and the connection is closed. When the script ends, the server
// answers nothing more but keeps reading: a script that ends early is a server that stalls.
// Faults are written as steps: send() garbage, closeConnection() anywhere, startTls() after a
// "220" answer to STARTTLS, or send() non-TLS bytes there instead of a handshake.
class ScriptedSmtpServer final : public QTcpServer
{
    Q_OBJECT

public:
    explicit ScriptedSmtpServer(QObject *parent = nullptr);

    // Writes bytes as soon as the script reaches this step.
    ScriptedSmtpServer &send(const QByteArray &bytes);
    // Reads one command line that matches `pattern`, then writes `answer` (may be empty).
    ScriptedSmtpServer &expect(const QString &pattern, const QByteArray &answer = {});
    // Reads message data up to the "." line, keeps it in messages(), then writes `answer`.
    ScriptedSmtpServer &expectData(const QByteArray &answer = {});
    // Starts the server side of a TLS handshake; the script goes on once it is done.
    ScriptedSmtpServer &startTls(const QSslConfiguration &configuration);
    // Closes the connection (after writing what is pending).
    ScriptedSmtpServer &closeConnection();

    bool start();

    // Every byte received (decrypted after STARTTLS), and the same cut as each read returned it.
    QByteArray received() const { return m_received; }
    QList<QByteArray> reads() const { return m_reads; }
    // The data of each expectData() step as it arrived: dot-stuffed, without the "." line.
    QList<QByteArray> messages() const { return m_messages; }
    QStringList errors() const { return m_errors; }
    // Every step was played.
    bool isFinished() const { return m_next == m_steps.size(); }
    // TLS was established on the connection.
    bool wasEncrypted() const { return m_encrypted; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct Step {
        enum class Kind { Send, Expect, ExpectData, StartTls, Close } kind;
        QByteArray bytes;            // to write (Send), or the answer (Expect, ExpectData)
        QRegularExpression pattern;  // Expect
        QSslConfiguration tls;       // StartTls
    };

    ScriptedSmtpServer &add(Step step);
    void onReadyRead();
    void play();
    void takeLine(const QByteArray &line);

    QList<Step> m_steps;
    qsizetype m_next = 0;
    QSslSocket *m_socket = nullptr;
    bool m_encrypted = false;
    QByteArray m_pending;  // received, not yet a complete line
    QByteArray m_data;     // of the expectData() step being read
    QByteArray m_received;
    QList<QByteArray> m_reads;
    QList<QByteArray> m_messages;
    QStringList m_errors;
};

} // namespace diffusion::test
