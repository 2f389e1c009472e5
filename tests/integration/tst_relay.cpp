// `diffusion-cli relay` as a process, driven by clients that are not Diffusion's: Python's
// smtplib (embedded below) and Postfix's smtp-source. The default profile's answers, dot-unstuffing
// checked in the Maildir file byte for byte, pipelined commands in one packet, STARTTLS with a
// certificate made by openssl, the event log against what smtp-source did, every fault as the
// client sees it, the errors at start-up, and SIGTERM/SIGINT ending it with exit code 0.
#include "process.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace diffusion;

namespace {

const QString python = u"/usr/bin/python3"_qs;
const QString smtpSource = u"/usr/sbin/smtp-source"_qs;

// An SMTP client made of smtplib's low-level commands, so that every reply is seen: one JSON
// line per step ({"step": "rcpt", "code": 550, "text": …}), then {"step": "error", "at": STEP,
// "error": "timeout" | "closed" | "tls" | …} when the conversation stopped early. A 421 reply
// ends the conversation as it ends a real client's. --raw instead reads the greeting, sends
// standard input in one write (one packet on loopback) and prints everything received until
// the server closes. --starttls CAFILE trusts that certificate alone; --starttls "" the system's.
const char clientScript[] = R"PY(
import argparse, json, smtplib, socket, ssl, sys, time
p = argparse.ArgumentParser()
p.add_argument('--port', type=int, required=True)
p.add_argument('--timeout', type=float, default=20)
p.add_argument('--from', dest='sender', default='sender@example.test')
p.add_argument('--to', action='append', default=[])
p.add_argument('--messages', type=int, default=1)
p.add_argument('--starttls')
p.add_argument('--raw', action='store_true')
a = p.parse_args()
body = sys.stdin.buffer.read()
if a.raw:
    s = socket.create_connection(('127.0.0.1', a.port), timeout=a.timeout)
    f = s.makefile('rb')
    received = f.readline()
    s.sendall(body)
    try:
        received += f.read()
    except OSError:
        received += b'(timeout)'
    sys.stdout.buffer.write(received)
    sys.exit(0)
start = time.monotonic()
def emit(step, code=None, text=b'', **more):
    line = dict(step=step, code=code, ms=int((time.monotonic() - start) * 1000), **more)
    line['text'] = text.decode('utf-8', 'replace') if isinstance(text, bytes) else str(text)
    print(json.dumps(line), flush=True)
class Stop(Exception):
    pass
step = 'greeting'
try:
    c = smtplib.SMTP(local_hostname='client.test', timeout=a.timeout)
    code, text = c.connect('127.0.0.1', a.port)
    emit('greeting', code, text)
    step = 'ehlo'
    code, text = c.ehlo()
    emit('ehlo', code, text, starttls=c.has_extn('starttls'))
    if a.starttls is not None:
        step = 'starttls'
        c._host = '127.0.0.1'  # the name starttls() checks; connect() does not set it
        code, text = c.starttls(context=ssl.create_default_context(cafile=a.starttls or None))
        emit('starttls', code, text, tls=c.sock.version())
        step = 'ehlo'
        code, text = c.ehlo()
        emit('ehlo', code, text, starttls=c.has_extn('starttls'))
    for i in range(a.messages):
        step = 'mail'
        code, text = c.mail(a.sender)
        emit('mail', code, text)
        accepted = 0
        for to in a.to:
            step = 'rcpt'
            code, text = c.rcpt(to)
            emit('rcpt', code, text, to=to)
            if code == 421:
                raise Stop()
            accepted += 200 <= code < 300
        step = 'data' if accepted else 'rset'
        code, text = c.data(body) if accepted else c.rset()
        emit(step, code, text)
        if code == 421:
            raise Stop()
    step = 'quit'
    code, text = c.quit()
    emit('quit', code, text)
except Stop:
    pass
except smtplib.SMTPServerDisconnected as e:
    emit('error', at=step, error='timeout' if 'timed out' in str(e) else 'closed', text=str(e))
except ssl.SSLError as e:
    emit('error', at=step, error='tls', text=str(e))
except smtplib.SMTPResponseException as e:
    emit('error', e.smtp_code, e.smtp_error, at=step, error=type(e).__name__)
except (OSError, smtplib.SMTPException) as e:
    emit('error', at=step, error='timeout' if isinstance(e, TimeoutError) else type(e).__name__, text=str(e))
)PY";

QList<QJsonObject> jsonLines(const QByteArray &output)
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : output.split('\n')) {
        if (!line.trimmed().isEmpty())
            objects.append(QJsonDocument::fromJson(line).object());
    }
    return objects;
}

QString compact(const QList<QJsonObject> &objects)
{
    QStringList lines;
    for (const QJsonObject &object : objects)
        lines.append(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    return lines.join(u'\n');
}

// "step code" for each step, "error at:kind" for an early stop: what a client saw, in short.
QStringList steps(const QList<QJsonObject> &objects)
{
    QStringList result;
    for (const QJsonObject &object : objects) {
        if (object[u"step"_qs] == u"error"_qs)
            result.append(u"error "_qs + object[u"at"_qs].toString() + u':' + object[u"error"_qs].toString());
        else
            result.append(object[u"step"_qs].toString() + u' ' + QString::number(object[u"code"_qs].toInt()));
    }
    return result;
}

QList<QJsonObject> events(const QString &logPath, const QString &kind)
{
    QFile file(logPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QJsonObject> selected;
    for (const QJsonObject &event : jsonLines(file.readAll())) {
        if (event[u"event"_qs] == kind)
            selected.append(event);
    }
    return selected;
}

// One relay process; SIGTERM at the end, whose exit code stop() checks.
class Relay final
{
public:
    ~Relay()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    bool start(const QStringList &options)
    {
        QSignalSpy output(&m_process, &QProcess::readyReadStandardOutput);
        m_process.start(QStringLiteral(DIFFUSION_CLI_PATH), QStringList{u"relay"_qs, u"--listen"_qs, u"127.0.0.1:0"_qs} + options);
        while (!m_process.canReadLine() && m_process.state() != QProcess::NotRunning) {
            if (!output.wait(20000))
                break;
        }
        static const QRegularExpression listening(u"^listening on 127\\.0\\.0\\.1:(\\d+)\n$"_qs);
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(m_process.readLine()));
        m_port = match.hasMatch() ? match.captured(1).toUShort() : 0;
        if (m_port == 0)
            m_error = u"the relay did not start: "_qs + QString::fromUtf8(m_process.readAllStandardError());
        return m_port != 0;
    }

    quint16 port() const { return m_port; }
    QString error() const { return m_error; }
    qint64 pid() const { return m_process.processId(); }

    // Sends the signal and returns the exit code (-1 for a crash or no end within 20 s).
    int stop(int signal = SIGTERM)
    {
        QSignalSpy finished(&m_process, &QProcess::finished);
        ::kill(pid_t(m_process.processId()), signal);
        if (m_process.state() != QProcess::NotRunning && !finished.wait(20000))
            return -1;
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }

    QByteArray errorOutput() { return m_process.readAllStandardError(); }

private:
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};

QList<QJsonObject> send(quint16 port, const QStringList &options, const QByteArray &message = "Subject: t\r\n\r\nbody\r\n")
{
    const test::ProcessResult result = test::runProcess(
        python, QStringList{u"-c"_qs, QString::fromUtf8(clientScript), u"--port"_qs, QString::number(port)} + options, message);
    if (result.exitCode != 0)
        QTest::qFail(result.err.constData(), __FILE__, __LINE__);
    return jsonLines(result.out);
}

QList<QByteArray> maildirFiles(const QString &path, QStringList *names = nullptr)
{
    QList<QByteArray> contents;
    const QDir folder(path + u"/new"_qs);
    for (const QString &name : folder.entryList(QDir::Files, QDir::Name)) {
        QFile file(folder.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            contents.append(file.readAll());
        if (names)
            names->append(name);
    }
    return contents;
}

// Every byte value a line can hold, lines that start with dots, a lone "." line: what
// dot-stuffing and unstuffing must carry unchanged.
QByteArray awkwardMessage()
{
    QByteArray message = "From: a@example.test\r\nTo: b@example.test\r\nSubject: dots\r\n\r\n"
                         ".\r\n..\r\n...\r\n.leading dot\r\n. \r\nmiddle.dot\r\n\r\n.\r\n";
    for (int c = 1; c < 256; ++c) {
        if (c != '\r' && c != '\n')
            message.append(char(c));
    }
    message.append("\r\nlast line\r\n");
    return message;
}

} // namespace

class TestRelay final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(python).isExecutable(), "python3 is missing: scripts/install-deps.sh installs it");
        QVERIFY2(QFileInfo(smtpSource).isExecutable(), "smtp-source is missing: scripts/install-deps.sh installs postfix");
        QVERIFY(m_dir.isValid());
    }

    void defaultProfileAnswersPerDomain()
    {
        const QString maildir = m_dir.filePath(u"default-maildir"_qs);
        Relay relay;
        QVERIFY2(relay.start({u"--maildir"_qs, maildir}), qPrintable(relay.error()));
        const QByteArray message = awkwardMessage();
        const QList<QJsonObject> replies = send(relay.port(), {u"--to"_qs, u"ann@example.test"_qs, u"--to"_qs, u"bob@nowhere.invalid"_qs,
                                                               u"--to"_qs, u"cy@mailbox-full.test"_qs}, message);
        QCOMPARE(steps(replies), (QStringList{u"greeting 220"_qs, u"ehlo 250"_qs, u"mail 250"_qs, u"rcpt 250"_qs, u"rcpt 550"_qs,
                                              u"rcpt 452"_qs, u"data 250"_qs, u"quit 221"_qs}));
        QCOMPARE(replies[1][u"starttls"_qs].toBool(), false); // no certificate
        QCOMPARE(replies[4][u"text"_qs], u"5.1.1 <bob@nowhere.invalid>: Recipient address rejected: User unknown"_qs);
        QCOMPARE(replies[5][u"text"_qs], u"4.2.2 <cy@mailbox-full.test>: Mailbox full"_qs);
        static const QRegularExpression queued(u"^2\\.0\\.0 Ok: queued as ([0-9A-F]+)$"_qs);
        const QRegularExpressionMatch id = queued.match(replies[6][u"text"_qs].toString());
        QVERIFY2(id.hasMatch(), qPrintable(compact(replies)));

        // Byte for byte: smtplib dot-stuffed it, the relay unstuffed it.
        QStringList names;
        const QList<QByteArray> files = maildirFiles(maildir, &names);
        QCOMPARE(files.size(), 1);
        QCOMPARE(files[0], "X-Diffusion-Envelope-From: <sender@example.test>\r\nX-Diffusion-Envelope-To: <ann@example.test>\r\n" + message);
        QVERIFY2(names[0].contains(u".Q"_qs + id.captured(1) + u'.'), qPrintable(names[0]));
        QVERIFY(QDir(maildir + u"/tmp"_qs).isEmpty());
        QCOMPARE(relay.stop(), 0);
    }

    void throttleThreeTimesThenAccepts()
    {
        Relay relay;
        QVERIFY2(relay.start({}), qPrintable(relay.error()));
        const QStringList throttled{u"greeting 220"_qs, u"ehlo 250"_qs, u"mail 250"_qs, u"rcpt 421"_qs};
        for (int attempt = 1; attempt <= 3; ++attempt) {
            const QList<QJsonObject> replies = send(relay.port(), {u"--to"_qs, u"t@throttle.test"_qs});
            QCOMPARE(steps(replies), throttled);
            QCOMPARE(replies[3][u"text"_qs], u"4.7.0 Rate limited, try again later"_qs);
            // The relay closed the connection after its 421, as RFC 5321 §3.8 has it.
            const QList<QJsonObject> after = send(relay.port(), {u"--to"_qs, u"other-"_qs + QString::number(attempt) + u"@throttle.test"_qs});
            QCOMPARE(steps(after), throttled);
        }
        QCOMPARE(steps(send(relay.port(), {u"--to"_qs, u"t@throttle.test"_qs})),
                 (QStringList{u"greeting 220"_qs, u"ehlo 250"_qs, u"mail 250"_qs, u"rcpt 250"_qs, u"data 250"_qs, u"quit 221"_qs}));
        QCOMPARE(relay.stop(), 0);
    }

    void pipelinedCommandsInOnePacket()
    {
        Relay relay;
        QVERIFY2(relay.start({}), qPrintable(relay.error()));
        const QByteArray commands = "EHLO client.test\r\nMAIL FROM:<a@example.test>\r\nRCPT TO:<b@example.test>\r\n"
                                    "RCPT TO:<c@d.invalid>\r\nRSET\r\nMAIL FROM:<>\r\nRCPT TO:<e@example.test>\r\nDATA\r\n"
                                    "..one\r\n.\r\nNOOP\r\nQUIT\r\n";
        const test::ProcessResult result = test::runProcess(
            python, {u"-c"_qs, QString::fromUtf8(clientScript), u"--raw"_qs, u"--timeout"_qs, u"20"_qs, u"--port"_qs, QString::number(relay.port())},
            commands);
        QCOMPARE(result.exitCode, 0);
        QString received = QString::fromUtf8(result.out);
        received.replace(QRegularExpression(u"^220 \\S+ ESMTP"_qs), u"220 HOST ESMTP"_qs)
            .replace(QRegularExpression(u"250-\\S+\r\n250-PIPELINING"_qs), u"250-HOST\r\n250-PIPELINING"_qs)
            .replace(QRegularExpression(u"queued as [0-9A-F]+"_qs), u"queued as ID"_qs);
        QCOMPARE(received, u"220 HOST ESMTP Diffusion relay\r\n"
                           "250-HOST\r\n250-PIPELINING\r\n250-SIZE 52428800\r\n250-8BITMIME\r\n250 ENHANCEDSTATUSCODES\r\n"
                           "250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n550 5.1.1 <c@d.invalid>: Recipient address rejected: User unknown\r\n"
                           "250 2.0.0 Ok\r\n250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n354 End data with <CR><LF>.<CR><LF>\r\n"
                           "250 2.0.0 Ok: queued as ID\r\n250 2.0.0 Ok\r\n221 2.0.0 Bye\r\n"_qs);
        QCOMPARE(relay.stop(), 0);
    }

    void startTlsWithAGeneratedCertificate()
    {
        const QString certificate = m_dir.filePath(u"cert.pem"_qs);
        const QString key = m_dir.filePath(u"key.pem"_qs);
        const test::ProcessResult openssl = test::runProcess(u"openssl"_qs,
            {u"req"_qs, u"-x509"_qs, u"-newkey"_qs, u"ec"_qs, u"-pkeyopt"_qs, u"ec_paramgen_curve:P-256"_qs, u"-nodes"_qs,
             u"-keyout"_qs, key, u"-out"_qs, certificate, u"-days"_qs, u"2"_qs, u"-subj"_qs, u"/CN=127.0.0.1"_qs,
             u"-addext"_qs, u"subjectAltName=IP:127.0.0.1"_qs});
        QVERIFY2(openssl.exitCode == 0, openssl.err.constData());

        const QString maildir = m_dir.filePath(u"tls-maildir"_qs);
        Relay relay;
        QVERIFY2(relay.start({u"--tls-cert"_qs, certificate, u"--tls-key"_qs, key, u"--maildir"_qs, maildir}), qPrintable(relay.error()));
        const QList<QJsonObject> replies = send(relay.port(), {u"--starttls"_qs, certificate, u"--to"_qs, u"ann@example.test"_qs});
        QCOMPARE(steps(replies), (QStringList{u"greeting 220"_qs, u"ehlo 250"_qs, u"starttls 220"_qs, u"ehlo 250"_qs,
                                              u"mail 250"_qs, u"rcpt 250"_qs, u"data 250"_qs, u"quit 221"_qs}));
        QCOMPARE(replies[1][u"starttls"_qs].toBool(), true);
        QVERIFY2(replies[2][u"tls"_qs].toString().startsWith(u"TLSv1."_qs), qPrintable(compact(replies)));
        QCOMPARE(replies[3][u"starttls"_qs].toBool(), false); // not offered twice
        QCOMPARE(maildirFiles(maildir).size(), 1);

        // A client that does not trust the certificate fails the handshake, and the relay goes on.
        const QList<QJsonObject> untrusted = send(relay.port(), {u"--starttls"_qs, QString(), u"--to"_qs, u"a@b.test"_qs});
        QCOMPARE(steps(untrusted), (QStringList{u"greeting 220"_qs, u"ehlo 250"_qs, u"error starttls:tls"_qs}));
        QVERIFY2(untrusted.last()[u"text"_qs].toString().contains(u"CERTIFICATE_VERIFY_FAILED"_qs), qPrintable(compact(untrusted)));
        QCOMPARE(steps(send(relay.port(), {u"--to"_qs, u"ann@example.test"_qs})).last(), u"quit 221"_qs);
        QCOMPARE(relay.stop(), 0);
    }

    void logCountsWhatSmtpSourceDid_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("connections");
        QTest::newRow("a connection per message") << QStringList{} << 200;
        QTest::newRow("connections reused (-d)") << QStringList{u"-d"_qs} << 4;
    }

    void logCountsWhatSmtpSourceDid()
    {
        QFETCH(QStringList, options);
        QFETCH(int, connections);
        const QString log = m_dir.filePath(u"smtp-source-%1.log"_qs.arg(connections));
        Relay relay;
        QVERIFY2(relay.start({u"--log"_qs, log}), qPrintable(relay.error()));
        const test::ProcessResult source = test::runProcess(smtpSource,
            options + QStringList{u"-s"_qs, u"4"_qs, u"-m"_qs, u"200"_qs, u"-c"_qs, u"-f"_qs, u"from@x"_qs, u"-t"_qs,
                                  u"to@example.test"_qs, u"127.0.0.1:"_qs + QString::number(relay.port())});
        QVERIFY2(source.exitCode == 0, source.err.constData());

        // smtp-source ends each session with QUIT, and the relay logs the close before its 221.
        QTRY_COMPARE_WITH_TIMEOUT(events(log, u"close"_qs).size(), connections, 20000);
        const QList<QJsonObject> opened = events(log, u"open"_qs);
        const QList<QJsonObject> closed = events(log, u"close"_qs);
        const QList<QJsonObject> transactions = events(log, u"transaction"_qs);
        QCOMPARE(opened.size(), connections);
        QCOMPARE(transactions.size(), 200);
        QHash<qint64, int> perConnection;
        for (const QJsonObject &transaction : transactions) {
            const qint64 connection = transaction[u"connection"_qs].toInteger();
            QCOMPARE(transaction[u"index"_qs].toInt(), ++perConnection[connection]);
            QCOMPARE(transaction[u"code"_qs].toInt(), 250);
            QCOMPARE(transaction[u"end"_qs], u"dot"_qs);
            QCOMPARE(transaction[u"from"_qs], u"from@x"_qs);
            QCOMPARE(transaction[u"to"_qs].toVariant().toStringList(), QStringList{u"to@example.test"_qs});
            QVERIFY(transaction[u"size"_qs].toInt() > 0);
        }
        QCOMPARE(perConnection.size(), connections);
        int busiest = 0;
        int lastOpen = -1;
        QFile file(log);
        QVERIFY(file.open(QIODevice::ReadOnly));
        for (const QJsonObject &event : jsonLines(file.readAll())) {
            if (event[u"event"_qs] == u"open"_qs || event[u"event"_qs] == u"close"_qs) {
                lastOpen = event[u"open"_qs].toInt();
                busiest = std::max(busiest, lastOpen);
            }
        }
        QVERIFY2(busiest >= 1 && busiest <= 4, qPrintable(QString::number(busiest)));
        QCOMPARE(lastOpen, 0);
        for (const QJsonObject &close : closed) {
            QCOMPARE(close[u"reason"_qs], u"quit"_qs);
            QCOMPARE(close[u"transactions"_qs].toInt(), perConnection.value(close[u"connection"_qs].toInteger()));
        }
        if (connections == 200)
            QVERIFY(std::all_of(perConnection.cbegin(), perConnection.cend(), [](int count) { return count == 1; }));
        QCOMPARE(relay.stop(), 0);
        const QList<QJsonObject> stopped = events(log, u"stopped"_qs);
        QCOMPARE(stopped.size(), 1);
    }

    void faultsAsTheClientSeesThem()
    {
        const QString profile = writeFile(u"faults.json"_qs, R"({"faults": [
            {"fault": "reject-connection", "connections": 1},
            {"fault": "delay", "phase": "greeting", "ms": 1500, "connections": 3},
            {"fault": "stall", "phase": "rcpt", "match": "*@stall.test"},
            {"fault": "garbage", "phase": "rcpt", "match": "*@garbage.test"},
            {"fault": "drop", "phase": "content", "match": "*@drop.test", "after_bytes": 100},
            {"fault": "stall", "phase": "dot", "match": "*@stall-dot.test"},
            {"fault": "tls-failure"}]})");
        const QString log = m_dir.filePath(u"faults.log"_qs);
        Relay relay;
        QVERIFY2(relay.start({u"--profile"_qs, profile, u"--log"_qs, log}), qPrintable(relay.error()));
        const QString port = QString::number(relay.port());
        const QStringList upToRcpt{u"greeting 220"_qs, u"ehlo 250"_qs, u"mail 250"_qs};

        // Connection 1: 421 at connect, then the connection is closed.
        QList<QJsonObject> replies = send(relay.port(), {u"--to"_qs, u"a@example.test"_qs});
        QCOMPARE(steps(replies), (QStringList{u"greeting 421"_qs, u"error ehlo:closed"_qs}));
        // Connections 2 and 3: the greeting comes after 1.5 s; a client waiting 0.5 s gives up.
        replies = send(relay.port(), {u"--timeout"_qs, u"0.5"_qs, u"--to"_qs, u"a@example.test"_qs});
        QCOMPARE(steps(replies), QStringList{u"error greeting:timeout"_qs});
        replies = send(relay.port(), {u"--to"_qs, u"a@example.test"_qs});
        QCOMPARE(steps(replies).first(), u"greeting 220"_qs);
        QVERIFY2(replies.first()[u"ms"_qs].toInt() >= 1400, qPrintable(compact(replies)));
        QCOMPARE(steps(replies).last(), u"quit 221"_qs);

        replies = send(relay.port(), {u"--timeout"_qs, u"1"_qs, u"--to"_qs, u"a@example.test"_qs, u"--to"_qs, u"b@stall.test"_qs});
        QCOMPARE(steps(replies), upToRcpt + QStringList({u"rcpt 250"_qs, u"error rcpt:timeout"_qs}));

        replies = send(relay.port(), {u"--to"_qs, u"b@garbage.test"_qs});
        QCOMPARE(steps(replies), upToRcpt + QStringList({u"rcpt -1"_qs, u"rset 250"_qs, u"quit 221"_qs}));
        QCOMPARE(replies[3][u"text"_qs], u"this is not an SMTP reply ***"_qs); // smtplib took "*** " for a code

        replies = send(relay.port(), {u"--to"_qs, u"b@drop.test"_qs}, "Subject: t\r\n\r\n" + QByteArray(4000, 'x') + "\r\n");
        QCOMPARE(steps(replies), upToRcpt + QStringList({u"rcpt 250"_qs, u"error data:closed"_qs}));

        replies = send(relay.port(), {u"--timeout"_qs, u"1"_qs, u"--to"_qs, u"b@stall-dot.test"_qs});
        QCOMPARE(steps(replies), upToRcpt + QStringList({u"rcpt 250"_qs, u"error data:timeout"_qs}));

        replies = send(relay.port(), {u"--starttls"_qs, QString(), u"--to"_qs, u"a@example.test"_qs});
        QCOMPARE(steps(replies), (QStringList{u"greeting 220"_qs, u"ehlo 250"_qs, u"error starttls:tls"_qs}));
        QVERIFY2(replies.last()[u"text"_qs].toString().contains(u"HANDSHAKE_FAILURE"_qs), qPrintable(compact(replies)));

        // Still serving: the faults were for those recipients and connections only.
        QCOMPARE(steps(send(relay.port(), {u"--to"_qs, u"a@example.test"_qs})).last(), u"quit 221"_qs);

        // The log tells the same story. A client's own close may be noticed after the next
        // connection opened, hence the order of the connections rather than of the lines.
        QTRY_COMPARE_WITH_TIMEOUT(events(log, u"close"_qs).size(), 9, 20000);
        QMap<qint64, QString> reasons;
        for (const QJsonObject &close : events(log, u"close"_qs))
            reasons.insert(close[u"connection"_qs].toInteger(), close[u"reason"_qs].toString());
        QCOMPARE(reasons.values(), (QStringList{u"refused"_qs, u"client"_qs, u"quit"_qs, u"client"_qs, u"quit"_qs, u"fault"_qs,
                                                u"client"_qs, u"fault"_qs, u"quit"_qs}));
        QCOMPARE(relay.stop(), 0);
    }

    void stopsOnSigintWithOpenConnections()
    {
        const QString profile = writeFile(u"stall.json"_qs, R"({"faults": [{"fault": "stall", "phase": "greeting"}]})");
        const QString log = m_dir.filePath(u"sigint.log"_qs);
        Relay relay;
        QVERIFY2(relay.start({u"--profile"_qs, profile, u"--log"_qs, log}), qPrintable(relay.error()));
        QProcess client;
        client.start(python, {u"-c"_qs, QString::fromUtf8(clientScript), u"--port"_qs, QString::number(relay.port())});
        client.closeWriteChannel();
        QTRY_COMPARE_WITH_TIMEOUT(events(log, u"open"_qs).size(), 1, 20000);
        QCOMPARE(relay.stop(SIGINT), 0);
        const QList<QJsonObject> closed = events(log, u"close"_qs);
        QCOMPARE(closed.size(), 1);
        QCOMPARE(closed[0][u"reason"_qs], u"stop"_qs);
        QCOMPARE(closed[0][u"open"_qs].toInt(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), QProcess::NotRunning, 20000);
        QCOMPARE(steps(jsonLines(client.readAllStandardOutput())), QStringList{u"error greeting:closed"_qs});
    }

    void refusesToStartWithASentence_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("because");
        const QString badJson = writeFile(u"bad.json"_qs, "{\"rules\": [\n  {\"match\": \"*\" \"reply\": \"250 Ok\"}\n]}");
        const QString notPem = writeFile(u"not.pem"_qs, "not a certificate\n");
        QTest::newRow("no --listen") << QStringList{u"relay"_qs} << 2 << u"The option --listen ADDRESS:PORT is required"_qs;
        QTest::newRow("bad --listen") << QStringList{u"relay"_qs, u"--listen"_qs, u"127.0.0.1"_qs} << 2
                                      << u"\"127.0.0.1\" is not an address and port"_qs;
        QTest::newRow("certificate without key") << QStringList{u"relay"_qs, u"--listen"_qs, u"127.0.0.1:0"_qs, u"--tls-cert"_qs, notPem}
                                                 << 2 << u"Give --tls-cert and --tls-key together, or neither."_qs;
        QTest::newRow("profile not JSON") << QStringList{u"relay"_qs, u"--listen"_qs, u"127.0.0.1:0"_qs, u"--profile"_qs, badJson} << 1
                                          << u"Cannot use the relay profile "_qs + badJson + u": it is not valid JSON: "_qs;
        QTest::newRow("profile missing") << QStringList{u"relay"_qs, u"--listen"_qs, u"127.0.0.1:0"_qs, u"--profile"_qs, m_dir.filePath(u"none.json"_qs)}
                                         << 1 << u"Cannot read the relay profile "_qs;
        QTest::newRow("certificate not PEM") << QStringList{u"relay"_qs, u"--listen"_qs, u"127.0.0.1:0"_qs, u"--tls-cert"_qs, notPem, u"--tls-key"_qs, notPem}
                                             << 1 << u"The file "_qs + notPem + u" holds no PEM certificate."_qs;
        QTest::newRow("address not ours") << QStringList{u"relay"_qs, u"--listen"_qs, u"192.0.2.1:0"_qs} << 1 << u"Cannot listen on 192.0.2.1:0: "_qs;
    }

    void refusesToStartWithASentence()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, because);
        const test::ProcessResult result = test::runCli(arguments);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(result.err).contains(because), result.err.constData());
        QVERIFY(result.out.isEmpty());
    }

    void portInUse()
    {
        Relay first;
        QVERIFY2(first.start({}), qPrintable(first.error()));
        const QString address = u"127.0.0.1:"_qs + QString::number(first.port());
        const test::ProcessResult second = test::runCli({u"relay"_qs, u"--listen"_qs, address});
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(QString::fromUtf8(second.err).contains(u"Cannot listen on "_qs + address + u": "_qs), second.err.constData());
        QCOMPARE(first.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRelay)
#include "tst_relay.moc"
