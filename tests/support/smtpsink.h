#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace diffusion::test {

// Postfix's smtp-sink (/usr/sbin/smtp-sink) on 127.0.0.1 and a free port: an SMTP server that
// accepts everything, or refuses what its options say (see smtp-sink(1) and
// ../shared/spec/real-servers.md):
//
//     SmtpSink sink({u"-r"_qs, u"RCPT"_qs});   // every RCPT gets "450 4.3.0 Error: command failed"
//     QVERIFY2(sink.start(), qPrintable(sink.errorString()));
//     ... send to 127.0.0.1:sink.port() ...
//     QVERIFY(sink.waitForMessages(3));
//
// As root it runs with "-u postfix" (smtp-sink refuses to keep root). Unless the options already
// hold -d or -D, every transaction that reaches DATA is captured in its own file (-d), complete by
// the time the client has the reply to its final ".". The process, its files and the port
// reservation go away in stop() and the destructor; if this process dies first, a detached
// watchdog ends smtp-sink and removes its folder within a second or two.
class SmtpSink final
{
public:
    enum class Capture { EachMessage, None };

    explicit SmtpSink(const QStringList &options = {}, Capture capture = Capture::EachMessage);
    ~SmtpSink();
    SmtpSink(const SmtpSink &) = delete;
    SmtpSink &operator=(const SmtpSink &) = delete;

    // Starts smtp-sink and waits until it listens; false, with errorString(), when it cannot.
    // After stop() it starts again on the same port.
    bool start(int timeoutMs = 20000);
    void stop();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 port() const { return m_port; }
    QString errorString() const { return m_error; }
    // A folder for this sink's files, writable by smtp-sink (owned by postfix when root): where
    // an -D dump file given in the options must live.
    QString folder() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    QByteArray standardError() const;

    // The captured transactions, oldest first: smtp-sink's X-Client-Addr, X-Mail-Args, one
    // X-Rcpt-Args per accepted recipient and Received lines, then the message as received
    // (dot-unstuffed, LF line ends), then an empty line.
    QList<QByteArray> messages() const;
    qsizetype messageCount() const;
    // Waits (bounded) until at least `count` transactions have been captured.
    bool waitForMessages(qsizetype count, int timeoutMs = 20000) const;

private:
    bool startOnce(int timeoutMs, bool &portProblem);
    QString capturePath() const { return m_dir.filePath(QStringLiteral("messages")); }

    QStringList m_options;
    Capture m_capture;
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace diffusion::test
