// Reading a bounce mailbox (core/inmail/mailbox, docs/inmail.md "Reading the mailbox"): local
// Maildir and mbox files, and a real Dovecot over POP3 and IMAP with TLS (tests/support/
// dovecotserver.h). What a source returns is checked against the bytes the test put in the
// mailbox; what disposing does is checked in the files the server keeps, not through the source.
#include "dovecotserver.h"
#include "inmail/mailbox/mailboxsource.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace diffusion;
using namespace diffusion::test;
using Kind = MailboxSpec::Kind;

namespace {

// A message with what a transport may change: a line that POP3 dot-stuffs, a folded header.
QByteArray message(int number)
{
    const QByteArray n = QByteArray::number(number);
    return "From: MAILER-DAEMON@example.test\r\n"
           "To: bounces@bounce.test\r\n"
           "Subject: bounce " + n + "\r\n"
           "Message-ID: <bounce." + n + "@example.test>\r\n"
           "X-Folded: one,\r\n two\r\n"
           "\r\n"
           "Body of bounce " + n + "\r\n"
           ".a line that starts with a dot\r\n"
           "..and one with two\r\n";
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

bool appendFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::Append) && file.write(content) == content.size();
}

QList<QByteArray> raws(const QList<MailboxMessage> &messages)
{
    QList<QByteArray> result;
    for (const MailboxMessage &message : messages)
        result.append(message.raw);
    return result;
}

QStringList keys(const QList<MailboxMessage> &messages)
{
    QStringList result;
    for (const MailboxMessage &message : messages)
        result.append(message.key);
    return result;
}

// The error openMailbox(), fetch(), dispose() or close() threw, or an empty string.
template<typename Action>
QString errorOf(Action &&action)
{
    try {
        action();
    } catch (const MailboxError &error) {
        return error.message();
    }
    return {};
}

// A local Maildir with new/, cur/ and tmp/.
struct LocalMaildir {
    QTemporaryDir dir;
    QString path = dir.filePath(u"Maildir"_qs);

    LocalMaildir()
    {
        for (const QString &sub : {u"new"_qs, u"cur"_qs, u"tmp"_qs})
            QDir().mkpath(path + u'/' + sub);
    }
    // Files are dated one second apart, oldest first, as the deliveries of a real mailbox.
    void put(const QString &relativePath, const QByteArray &content, int ageSeconds)
    {
        QVERIFY(writeFile(path + u'/' + relativePath, content));
        QFile file(path + u'/' + relativePath);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-ageSeconds), QFileDevice::FileModificationTime));
    }
    MailboxSpec spec(AfterProcessing after = AfterProcessing::Delete) const
    {
        MailboxSpec spec;
        spec.kind = Kind::Maildir;
        spec.path = path;
        spec.after = after;
        spec.moveTo = u"Processed"_qs;
        return spec;
    }
};

// mbox text: each message after a "From " line, a blank line between them.
QByteArray mboxOf(const QList<QByteArray> &stored)
{
    QByteArray text;
    for (const QByteArray &message : stored)
        text += "From MAILER-DAEMON  Thu Nov 27 10:00:00 2025\n" + message + "\n";
    return text;
}

} // namespace

class TestMailboxSources : public QObject
{
    Q_OBJECT

private slots:
    void specFromUrl_data();
    void specFromUrl();
    void specFromPath();
    void badSpecsAreRefused();

    void maildirReadsNewAndCurNotTmp();
    void maildirDeletes();
    void maildirMovesIntoSubFolder();
    void maildirCapsEachFetch();
    void maildirFindsAMessageAReaderRenamed();
    void maildirKeepSkipsKnownKeys();

    void mboxSplitsAndUnescapes();
    void mboxDeleteRewritesTheRest();
    void mboxKeepLeavesTheFile();
    void mboxMoveAppendsToTarget();
    void mboxKeepsWhatArrivesDuringTheSession();
    void mboxKeepsWhatAnAgentAppendsThroughAnEarlierOpening();
    void mboxLeavesAFileRewrittenByAnother();
    void mboxWaitsForTheLocksOfOthers_data();
    void mboxWaitsForTheLocksOfOthers();

    void serverFetchesEverything_data();
    void serverFetchesEverything();
    void serverCapsAndDeletes_data();
    void serverCapsAndDeletes();
    void serverKeepsWithKeep_data();
    void serverKeepsWithKeep();
    void imapMovesToAFolder_data();
    void imapMovesToAFolder();
    void imapMissingFolderIsNamed();
    void pop3DeletesSurviveALostConnection();
    void wrongPasswordIsALoginError_data();
    void wrongPasswordIsALoginError();
    void untrustedCertificateIsRefused_data();
    void untrustedCertificateIsRefused();
    void silentServerTimesOut_data();
    void silentServerTimesOut();
    void pop3CannotMove();
};

void TestMailboxSources::specFromUrl_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("url");     // the spec's URL, empty when refused
    QTest::addColumn<QString>("refusal"); // a word of the sentence when refused

    QTest::newRow("imaps") << Kind::Imap << u"imaps://bounces@127.0.0.1:9933/INBOX"_qs
                           << u"imaps://bounces@127.0.0.1:9933/INBOX"_qs << QString();
    QTest::newRow("imap, folder by default") << Kind::Imap << u"IMAP://b%40example.com@mail.example.com"_qs
                                             << u"imap://b%40example.com@mail.example.com/INBOX"_qs << QString();
    QTest::newRow("pop3s") << Kind::Pop3 << u"pop3s://bounces@mail.example.com:995"_qs
                           << u"pop3s://bounces@mail.example.com:995"_qs << QString();
    QTest::newRow("password in the URL") << Kind::Imap << u"imaps://bounces:secret@mail.example.com/INBOX"_qs << QString()
                                         << u"password"_qs;
    QTest::newRow("no user") << Kind::Pop3 << u"pop3s://mail.example.com"_qs << QString() << u"user name"_qs;
    QTest::newRow("wrong scheme") << Kind::Pop3 << u"imaps://bounces@mail.example.com"_qs << QString() << u"pop3s://"_qs;
    QTest::newRow("http") << Kind::Imap << u"https://bounces@mail.example.com"_qs << QString() << u"imaps://"_qs;
    QTest::newRow("POP3 folder") << Kind::Pop3 << u"pop3s://bounces@mail.example.com/INBOX"_qs << QString() << u"folders"_qs;
    QTest::newRow("curl options") << Kind::Imap << u"imaps://bounces@mail.example.com/INBOX;UID=3"_qs << QString()
                                  << u"“;”"_qs;
    QTest::newRow("not a URL") << Kind::Imap << u"mail.example.com"_qs << QString() << u"imaps://"_qs;
    QTest::newRow("folder as typed") << Kind::Imap << u"imaps://bounces@mail.example.com/Retours traités"_qs
                                     << u"imaps://bounces@mail.example.com/Retours traités"_qs << QString();
}

void TestMailboxSources::specFromUrl()
{
    QFETCH(Kind, kind);
    QFETCH(QString, text);
    QFETCH(QString, url);
    QFETCH(QString, refusal);
    QString error;
    const std::optional<MailboxSpec> spec = mailboxSpecFromUrl(kind, text, &error);
    if (url.isEmpty()) {
        QVERIFY(!spec);
        QVERIFY2(error.contains(refusal), qPrintable(error));
        QVERIFY2(!error.contains(u"secret"_qs), qPrintable(error));
        return;
    }
    QVERIFY2(spec, qPrintable(error));
    QCOMPARE(spec->kind, kind);
    QCOMPARE(spec->url.toString(), url);
    QVERIFY(spec->password.isEmpty());
}

void TestMailboxSources::specFromPath()
{
    QString error;
    QCOMPARE(mailboxSpecFromUrl(Kind::Maildir, u"file:///var/mail/bounces/"_qs, &error)->path, u"/var/mail/bounces"_qs);
    QCOMPARE(mailboxSpecFromUrl(Kind::Mbox, u" /var/mail//bounces "_qs, &error)->path, u"/var/mail/bounces"_qs);
    QVERIFY(!mailboxSpecFromUrl(Kind::Mbox, u" "_qs, &error));
    QCOMPARE(error, u"Give the path of the mbox file."_qs);
}

void TestMailboxSources::badSpecsAreRefused()
{
    LocalMaildir maildir;
    MailboxSpec spec = maildir.spec(AfterProcessing::Move);
    spec.moveTo = u"../elsewhere"_qs;
    QVERIFY(errorOf([&] { openMailbox(spec); }).contains(u"sub-folder"_qs));
    spec.path = maildir.dir.path(); // no new/ and cur/
    QVERIFY(errorOf([&] { openMailbox(spec); }).contains(u"not a Maildir"_qs));

    MailboxSpec mbox;
    mbox.kind = Kind::Mbox;
    mbox.path = maildir.dir.filePath(u"missing.mbox"_qs);
    QVERIFY(errorOf([&] { openMailbox(mbox); }).contains(u"does not exist"_qs));

    MailboxSpec imap = *mailboxSpecFromUrl(Kind::Imap, u"imaps://bounces@127.0.0.1:1/INBOX"_qs, nullptr);
    QVERIFY(errorOf([&] { openMailbox(imap); }).contains(u"password"_qs));
    imap.password = u"x"_qs;
    imap.maxMessages = 0;
    QVERIFY(errorOf([&] { openMailbox(imap); }).contains(u"cap"_qs));
}

void TestMailboxSources::maildirReadsNewAndCurNotTmp()
{
    LocalMaildir maildir;
    maildir.put(u"new/1700000001.A.host"_qs, message(1), 30);
    maildir.put(u"cur/1700000002.B.host:2,S"_qs, message(2), 20);
    maildir.put(u"tmp/1700000003.C.host"_qs, message(3), 10); // still being delivered
    const auto source = openMailbox(maildir.spec());
    const QList<MailboxMessage> messages = source->fetch();
    QCOMPARE(keys(messages), (QStringList{u"1700000001.A.host"_qs, u"1700000002.B.host"_qs}));
    QCOMPARE(raws(messages), (QList<QByteArray>{message(1), message(2)}));
}

void TestMailboxSources::maildirDeletes()
{
    LocalMaildir maildir;
    maildir.put(u"new/1.A.host"_qs, message(1), 30);
    maildir.put(u"cur/2.B.host:2,"_qs, message(2), 20);
    const auto source = openMailbox(maildir.spec());
    const QList<MailboxMessage> messages = source->fetch();
    QCOMPARE(messages.size(), 2);
    source->dispose(messages.at(1));
    QVERIFY(!QFile::exists(maildir.path + u"/cur/2.B.host:2,"_qs));
    QVERIFY(QFile::exists(maildir.path + u"/new/1.A.host"_qs));
    QCOMPARE(keys(source->fetch()), QStringList{u"1.A.host"_qs});
    source->close();
    QCOMPARE(keys(openMailbox(maildir.spec())->fetch()), QStringList{u"1.A.host"_qs});
}

void TestMailboxSources::maildirMovesIntoSubFolder()
{
    LocalMaildir maildir;
    maildir.put(u"new/1.A.host"_qs, message(1), 30);
    maildir.put(u"cur/2.B.host:2,S"_qs, message(2), 20);
    const auto source = openMailbox(maildir.spec(AfterProcessing::Move));
    for (const MailboxMessage &fetched : source->fetch())
        source->dispose(fetched);
    source->close();
    const QString processed = maildir.path + u"/.Processed"_qs;
    QCOMPARE(readFile(processed + u"/cur/1.A.host:2,"_qs), message(1)); // into cur/, with an info part
    QCOMPARE(readFile(processed + u"/cur/2.B.host:2,S"_qs), message(2)); // its flags kept
    QVERIFY(QFile::exists(processed + u"/maildirfolder"_qs));
    QVERIFY(QDir(processed + u"/new"_qs).exists() && QDir(processed + u"/tmp"_qs).exists());
    QVERIFY(openMailbox(maildir.spec())->fetch().isEmpty());
}

void TestMailboxSources::maildirCapsEachFetch()
{
    LocalMaildir maildir;
    for (int i = 1; i <= 5; ++i)
        maildir.put(u"new/%1.M.host"_qs.arg(i), message(i), 60 - i);
    MailboxSpec spec = maildir.spec();
    spec.maxMessages = 2;
    const auto source = openMailbox(spec);
    QList<MailboxMessage> first = source->fetch();
    QCOMPARE(keys(first), (QStringList{u"1.M.host"_qs, u"2.M.host"_qs}));
    for (const MailboxMessage &fetched : first)
        source->dispose(fetched);
    QCOMPARE(keys(source->fetch()), (QStringList{u"3.M.host"_qs, u"4.M.host"_qs}));
    source->close();
    QCOMPARE(keys(openMailbox(spec)->fetch()), (QStringList{u"3.M.host"_qs, u"4.M.host"_qs}));
}

void TestMailboxSources::maildirFindsAMessageAReaderRenamed()
{
    LocalMaildir maildir;
    maildir.put(u"new/1.A.host"_qs, message(1), 30);
    const auto source = openMailbox(maildir.spec());
    const QList<MailboxMessage> messages = source->fetch();
    QCOMPARE(messages.size(), 1);
    // A mail reader saw it: new/ to cur/, flags added.
    QVERIFY(QFile::rename(maildir.path + u"/new/1.A.host"_qs, maildir.path + u"/cur/1.A.host:2,S"_qs));
    source->dispose(messages.at(0));
    QVERIFY(QDir(maildir.path + u"/cur"_qs).isEmpty());
    QVERIFY(QDir(maildir.path + u"/new"_qs).isEmpty());
}

void TestMailboxSources::maildirKeepSkipsKnownKeys()
{
    LocalMaildir maildir;
    for (int i = 1; i <= 3; ++i)
        maildir.put(u"new/%1.K.host"_qs.arg(i), message(i), 60 - i);
    MailboxSpec spec = maildir.spec(AfterProcessing::Keep);
    spec.maxMessages = 2;
    auto source = openMailbox(spec);
    const QList<MailboxMessage> first = source->fetch();
    for (const MailboxMessage &fetched : first)
        source->dispose(fetched);
    QCOMPARE(keys(source->fetch()), QStringList{u"3.K.host"_qs}); // the session goes on past the cap
    source->close();
    QCOMPARE(QDir(maildir.path + u"/new"_qs).count() - 2, 3); // nothing removed ("." and "..")
    spec.skipKeys = {first.at(0).key, first.at(1).key};
    QCOMPARE(keys(openMailbox(spec)->fetch()), QStringList{u"3.K.host"_qs});
}

void TestMailboxSources::mboxSplitsAndUnescapes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bounces.mbox"_qs);
    const QByteArray first = "From MAILER-DAEMON  Thu Nov 27 10:00:00 2025\n"
                             "Subject: one\n\n>From here\n>>From there\n> From not escaped\n\n";
    const QByteArray second = "From MAILER-DAEMON  Thu Nov 27 10:00:01 2025\r\n"
                              "Subject: two\r\n\r\nCRLF body\r\n\r\n";
    const QByteArray third = "From MAILER-DAEMON  Thu Nov 27 10:00:02 2025\n"
                             "Subject: three, no final newline";
    QVERIFY(writeFile(path, first + second + third));
    MailboxSpec spec;
    spec.kind = Kind::Mbox;
    spec.path = path;
    const QList<MailboxMessage> messages = openMailbox(spec)->fetch();
    QCOMPARE(raws(messages), (QList<QByteArray>{"Subject: one\n\nFrom here\n>From there\n> From not escaped\n",
                                                "Subject: two\r\n\r\nCRLF body\r\n", "Subject: three, no final newline"}));
    QCOMPARE(keys(messages), (QStringList{u"0"_qs, QString::number(first.size()), QString::number(first.size() + second.size())}));

    QVERIFY(writeFile(path, "Subject: no From line\n\nbody\n"));
    QVERIFY(errorOf([&] { openMailbox(spec)->fetch(); }).contains(u"not an mbox"_qs));
}

void TestMailboxSources::mboxDeleteRewritesTheRest()
{
    QTemporaryDir dir;
    MailboxSpec spec;
    spec.kind = Kind::Mbox;
    spec.path = dir.filePath(u"bounces.mbox"_qs);
    QVERIFY(writeFile(spec.path, mboxOf({message(1), message(2), message(3)})));
    const auto source = openMailbox(spec);
    const QList<MailboxMessage> messages = source->fetch();
    QCOMPARE(raws(messages), (QList<QByteArray>{message(1), message(2), message(3)}));
    source->dispose(messages.at(1));
    QCOMPARE(readFile(spec.path), mboxOf({message(1), message(2), message(3)})); // nothing before close()
    source->close();
    QCOMPARE(readFile(spec.path), mboxOf({message(1), message(3)}));
    QVERIFY(!QFile::exists(spec.path + u".lock"_qs));
}

void TestMailboxSources::mboxKeepLeavesTheFile()
{
    QTemporaryDir dir;
    MailboxSpec spec;
    spec.kind = Kind::Mbox;
    spec.path = dir.filePath(u"bounces.mbox"_qs);
    spec.after = AfterProcessing::Keep;
    QVERIFY(writeFile(spec.path, mboxOf({message(1), message(2)})));
    const auto source = openMailbox(spec);
    for (const MailboxMessage &fetched : source->fetch())
        source->dispose(fetched);
    QVERIFY(source->fetch().isEmpty());
    source->close();
    QCOMPARE(readFile(spec.path), mboxOf({message(1), message(2)}));
}

void TestMailboxSources::mboxMoveAppendsToTarget()
{
    QTemporaryDir dir;
    MailboxSpec spec;
    spec.kind = Kind::Mbox;
    spec.path = dir.filePath(u"bounces.mbox"_qs);
    spec.after = AfterProcessing::Move;
    spec.moveTo = u"done.mbox"_qs; // next to the source
    const QByteArray old = "From someone  Wed Nov 26 09:00:00 2025\nSubject: old\n"; // no blank line at its end
    QVERIFY(writeFile(dir.filePath(u"done.mbox"_qs), old));
    QVERIFY(writeFile(spec.path, mboxOf({message(1), message(2), message(3)})));
    const auto source = openMailbox(spec);
    const QList<MailboxMessage> messages = source->fetch();
    source->dispose(messages.at(0));
    source->dispose(messages.at(2));
    source->close();
    QCOMPARE(readFile(spec.path), mboxOf({message(2)}));
    QCOMPARE(readFile(dir.filePath(u"done.mbox"_qs)), old + "\n" + mboxOf({message(1), message(3)}));
}

void TestMailboxSources::mboxKeepsWhatArrivesDuringTheSession()
{
    QTemporaryDir dir;
    MailboxSpec spec;
    spec.kind = Kind::Mbox;
    spec.path = dir.filePath(u"bounces.mbox"_qs);
    QVERIFY(writeFile(spec.path, mboxOf({message(1), message(2)})));
    const auto source = openMailbox(spec);
    for (const MailboxMessage &fetched : source->fetch())
        source->dispose(fetched);
    QVERIFY(appendFile(spec.path, mboxOf({message(3)}))); // a delivery meanwhile
    source->close();
    QCOMPARE(readFile(spec.path), mboxOf({message(3)}));
}

void TestMailboxSources::mboxKeepsWhatAnAgentAppendsThroughAnEarlierOpening()
{
    // A delivery agent that opened the file before the rewrite and appends after it (it waited
    // for the lock): with a copy renamed over the file, its message would go to the old file.
    QTemporaryDir dir;
    MailboxSpec spec;
    spec.kind = Kind::Mbox;
    spec.path = dir.filePath(u"bounces.mbox"_qs);
    QVERIFY(writeFile(spec.path, mboxOf({message(1), message(2)})));
    const auto source = openMailbox(spec);
    source->dispose(source->fetch().at(0));
    QFile agent(spec.path);
    QVERIFY(agent.open(QIODevice::Append));
    source->close();
    QCOMPARE(agent.write(mboxOf({message(3)})), mboxOf({message(3)}).size());
    agent.close();
    QCOMPARE(readFile(spec.path), mboxOf({message(2), message(3)}));
}

void TestMailboxSources::mboxLeavesAFileRewrittenByAnother()
{
    QTemporaryDir dir;
    MailboxSpec spec;
    spec.kind = Kind::Mbox;
    spec.path = dir.filePath(u"bounces.mbox"_qs);
    QVERIFY(writeFile(spec.path, mboxOf({message(1), message(2), message(3)})));
    const auto source = openMailbox(spec);
    source->dispose(source->fetch().at(1));
    QVERIFY(writeFile(spec.path, mboxOf({message(2), message(3)}))); // another reader removed the first
    QVERIFY(errorOf([&] { source->close(); }).contains(u"rewrote"_qs));
    QCOMPARE(readFile(spec.path), mboxOf({message(2), message(3)}));
}

void TestMailboxSources::mboxWaitsForTheLocksOfOthers_data()
{
    QTest::addColumn<QString>("lock");
    QTest::newRow("dot-lock") << u"dot-lock"_qs;
    QTest::newRow("flock") << u"flock"_qs;
    QTest::newRow("fcntl") << u"fcntl"_qs;
}

void TestMailboxSources::mboxWaitsForTheLocksOfOthers()
{
    QFETCH(QString, lock);
    QTemporaryDir dir;
    MailboxSpec spec;
    spec.kind = Kind::Mbox;
    spec.path = dir.filePath(u"bounces.mbox"_qs);
    spec.timeoutSeconds = 1;
    QVERIFY(writeFile(spec.path, mboxOf({message(1), message(2)})));
    const auto source = openMailbox(spec);
    source->dispose(source->fetch().at(0));

    const QByteArray path = QFile::encodeName(spec.path);
    int held = -1;
    QProcess holder; // fcntl locks only keep out other processes
    if (lock == u"dot-lock"_qs) {
        QVERIFY(writeFile(spec.path + u".lock"_qs, {}));
    } else if (lock == u"flock"_qs) {
        held = ::open(path.constData(), O_RDONLY);
        QCOMPARE(::flock(held, LOCK_EX), 0);
    } else {
        holder.start(u"/usr/bin/python3"_qs,
                     {u"-c"_qs, u"import fcntl, sys\nf = open(sys.argv[1], 'r+')\nfcntl.lockf(f, fcntl.LOCK_EX)\n"
                                "print('locked', flush=True)\nsys.stdin.read()\n"_qs,
                      spec.path});
        QVERIFY(holder.waitForReadyRead(10000));
        QCOMPARE(holder.readAllStandardOutput().trimmed(), QByteArray("locked"));
    }
    QElapsedTimer clock;
    clock.start();
    const QString error = errorOf([&] { source->close(); });
    QVERIFY2(error.contains(u"locked"_qs), qPrintable(error));
    QVERIFY2(clock.elapsed() >= 900 && clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(readFile(spec.path), mboxOf({message(1), message(2)}));
    if (held >= 0)
        ::close(held);
    holder.closeWriteChannel();
    holder.waitForFinished(10000);
}

namespace {

void addServerRows(bool withStartTls = true)
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("startTls");
    QTest::newRow("pop3s") << Kind::Pop3 << false;
    QTest::newRow("imaps") << Kind::Imap << false;
    if (withStartTls) {
        QTest::newRow("pop3 STARTTLS") << Kind::Pop3 << true;
        QTest::newRow("imap STARTTLS") << Kind::Imap << true;
    }
}

} // namespace

void TestMailboxSources::serverFetchesEverything_data()
{
    addServerRows();
}

void TestMailboxSources::serverFetchesEverything()
{
    QFETCH(Kind, kind);
    QFETCH(bool, startTls);
    DovecotServer dovecot;
    QVERIFY2(dovecot.start(), qPrintable(dovecot.errorString()));
    for (int i = 1; i <= 3; ++i)
        QVERIFY(!dovecot.deliver(message(i)).isEmpty());
    const auto source = openMailbox(dovecot.mailboxSpec(kind, startTls));
    const QList<MailboxMessage> messages = source->fetch();
    source->close();
    QCOMPARE(raws(messages), (QList<QByteArray>{message(1), message(2), message(3)}));
    const QStringList found = keys(messages);
    QCOMPARE(QSet<QString>(found.begin(), found.end()).size(), 3);
    const QRegularExpression keyForm(kind == Kind::Imap ? u"^[0-9]+:[0-9]+$"_qs : u"^[!-~]+$"_qs);
    for (const QString &key : found)
        QVERIFY2(keyForm.match(key).hasMatch(), qPrintable(key));
    QCOMPARE(dovecot.messageCount(), 3); // Delete, but nothing was disposed of
    // Dovecot logs each login with ", TLS" when it happened over TLS.
    const QByteArray login = kind == Kind::Imap ? "imap-login: Info: Login: user=<bounces>" : "pop3-login: Info: Login: user=<bounces>";
    const QList<QByteArray> lines = dovecot.log().split('\n');
    QVERIFY(std::any_of(lines.begin(), lines.end(), [&](const QByteArray &line) { return line.contains(login) && line.contains(", TLS"); }));
}

void TestMailboxSources::serverCapsAndDeletes_data()
{
    addServerRows();
}

void TestMailboxSources::serverCapsAndDeletes()
{
    QFETCH(Kind, kind);
    QFETCH(bool, startTls);
    DovecotServer dovecot;
    QVERIFY2(dovecot.start(), qPrintable(dovecot.errorString()));
    for (int i = 1; i <= 5; ++i)
        QVERIFY(!dovecot.deliver(message(i)).isEmpty());
    MailboxSpec spec = dovecot.mailboxSpec(kind, startTls);
    spec.maxMessages = 2;
    const auto source = openMailbox(spec);
    const QList<MailboxMessage> first = source->fetch();
    QCOMPARE(raws(first), (QList<QByteArray>{message(1), message(2)}));
    for (const MailboxMessage &fetched : first)
        source->dispose(fetched);
    QCOMPARE(raws(source->fetch()), (QList<QByteArray>{message(3), message(4)}));
    QCOMPARE(dovecot.messageCount(), 5); // deletions are committed by close() (QUIT, EXPUNGE)
    source->close();
    QCOMPARE(dovecot.messageCount(), 3);

    spec.maxMessages = 500;
    const auto next = openMailbox(spec);
    const QList<MailboxMessage> rest = next->fetch();
    QCOMPARE(raws(rest), (QList<QByteArray>{message(3), message(4), message(5)}));
    for (const MailboxMessage &fetched : first)
        QVERIFY(!keys(rest).contains(fetched.key));
}

void TestMailboxSources::serverKeepsWithKeep_data()
{
    addServerRows(false);
}

void TestMailboxSources::serverKeepsWithKeep()
{
    QFETCH(Kind, kind);
    QFETCH(bool, startTls);
    DovecotServer dovecot;
    QVERIFY2(dovecot.start(), qPrintable(dovecot.errorString()));
    for (int i = 1; i <= 3; ++i)
        QVERIFY(!dovecot.deliver(message(i)).isEmpty());
    MailboxSpec spec = dovecot.mailboxSpec(kind, startTls);
    spec.after = AfterProcessing::Keep;
    spec.maxMessages = 2;
    const auto source = openMailbox(spec);
    const QList<MailboxMessage> first = source->fetch();
    for (const MailboxMessage &fetched : first)
        source->dispose(fetched);
    QCOMPARE(raws(source->fetch()), QList<QByteArray>{message(3)}); // the session goes on past the cap
    source->close();
    QCOMPARE(dovecot.messageCount(), 3);
    spec.skipKeys = {first.at(0).key, first.at(1).key};
    QCOMPARE(raws(openMailbox(spec)->fetch()), QList<QByteArray>{message(3)});
}

void TestMailboxSources::imapMovesToAFolder_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("maildirFolder"); // Dovecot's Maildir++ name: modified UTF-7
    QTest::addColumn<QByteArray>("capability");
    QTest::newRow("MOVE") << u"Processed"_qs << u"Processed"_qs << QByteArray();
    QTest::newRow("non-ASCII name") << u"Traités & co"_qs << u"Trait&AOk-s &- co"_qs << QByteArray();
    QTest::newRow("COPY, UID EXPUNGE") << u"Processed"_qs << u"Processed"_qs << QByteArray("IMAP4rev1 LITERAL+ UIDPLUS");
    QTest::newRow("COPY, EXPUNGE") << u"Processed"_qs << u"Processed"_qs << QByteArray("IMAP4rev1 LITERAL+");
}

void TestMailboxSources::imapMovesToAFolder()
{
    QFETCH(QString, folder);
    QFETCH(QString, maildirFolder);
    QFETCH(QByteArray, capability);
    DovecotServer dovecot(DovecotServer::Options{{}, capability});
    QVERIFY2(dovecot.start(), qPrintable(dovecot.errorString()));
    for (int i = 1; i <= 3; ++i)
        QVERIFY(!dovecot.deliver(message(i)).isEmpty());
    MailboxSpec spec = dovecot.mailboxSpec(Kind::Imap);
    spec.after = AfterProcessing::Move;
    spec.moveTo = folder;
    const auto source = openMailbox(spec);
    const QList<MailboxMessage> messages = source->fetch();
    source->dispose(messages.at(0));
    source->dispose(messages.at(2));
    source->close();
    QCOMPARE(dovecot.messageCount(), 1);
    QCOMPARE(dovecot.messageCount(maildirFolder), 2);
    QCOMPARE(raws(openMailbox(dovecot.mailboxSpec(Kind::Imap, false, folder))->fetch()),
             (QList<QByteArray>{message(1), message(3)}));
    QCOMPARE(raws(openMailbox(dovecot.mailboxSpec(Kind::Imap))->fetch()), QList<QByteArray>{message(2)});
}

void TestMailboxSources::imapMissingFolderIsNamed()
{
    DovecotServer dovecot;
    QVERIFY2(dovecot.start(), qPrintable(dovecot.errorString()));
    const QString error = errorOf([&] { openMailbox(dovecot.mailboxSpec(Kind::Imap, false, u"Nope"_qs))->fetch(); });
    QVERIFY2(error.contains(u"folder “Nope”"_qs), qPrintable(error));
}

void TestMailboxSources::pop3DeletesSurviveALostConnection()
{
    // POP3 forgets the DELEs of a connection that ends without QUIT, and numbers messages per
    // connection: after the server drops the session, the source must delete again what it
    // deleted, and by the numbers of the new connection.
    DovecotServer dovecot;
    QVERIFY2(dovecot.start(), qPrintable(dovecot.errorString()));
    for (int i = 1; i <= 4; ++i)
        QVERIFY(!dovecot.deliver(message(i)).isEmpty());
    const auto source = openMailbox(dovecot.mailboxSpec(Kind::Pop3));
    const QList<MailboxMessage> messages = source->fetch();
    QCOMPARE(messages.size(), 4);
    source->dispose(messages.at(0));
    QVERIFY2(dovecot.kickUser(), qPrintable(dovecot.errorString()));
    QTRY_VERIFY(dovecot.log().contains("Disconnected: Server shutting down")); // what a kicked session logs
    source->dispose(messages.at(2));
    source->close();
    QCOMPARE(dovecot.log().count("pop3-login: Info: Login: user=<bounces>"), 2);
    QCOMPARE(raws(openMailbox(dovecot.mailboxSpec(Kind::Pop3))->fetch()), (QList<QByteArray>{message(2), message(4)}));
}

void TestMailboxSources::wrongPasswordIsALoginError_data()
{
    addServerRows(false);
}

void TestMailboxSources::wrongPasswordIsALoginError()
{
    QFETCH(Kind, kind);
    QFETCH(bool, startTls);
    DovecotServer dovecot;
    QVERIFY2(dovecot.start(), qPrintable(dovecot.errorString()));
    MailboxSpec spec = dovecot.mailboxSpec(kind, startTls);
    spec.password = u"not-the-password"_qs;
    const QString error = errorOf([&] { openMailbox(spec)->fetch(); });
    QVERIFY2(error.startsWith(u"Could not log in to "_qs + spec.url.toDisplayString()), qPrintable(error));
    QVERIFY2(error.contains(u"user name or password"_qs), qPrintable(error));
    QVERIFY(!error.contains(spec.password));
}

void TestMailboxSources::untrustedCertificateIsRefused_data()
{
    addServerRows();
}

void TestMailboxSources::untrustedCertificateIsRefused()
{
    QFETCH(Kind, kind);
    QFETCH(bool, startTls);
    DovecotServer dovecot;
    QVERIFY2(dovecot.start(), qPrintable(dovecot.errorString()));
    QVERIFY(!dovecot.deliver(message(1)).isEmpty());
    MailboxSpec spec = dovecot.mailboxSpec(kind, startTls);
    spec.caFile.clear(); // the system's authorities do not know the test one
    const QString error = errorOf([&] { openMailbox(spec)->fetch(); });
    QVERIFY2(error.startsWith(u"The certificate of 127.0.0.1 is not trusted"_qs), qPrintable(error));
    QVERIFY2(error.contains(u"--ca-file"_qs), qPrintable(error));
    QVERIFY(!dovecot.log().contains("Login: user=<bounces>")); // the password was never sent

    spec.verifyPeer = false; // only when asked explicitly
    QCOMPARE(raws(openMailbox(spec)->fetch()), QList<QByteArray>{message(1)});
}

void TestMailboxSources::silentServerTimesOut_data()
{
    // Silent during the TLS handshake, and silent instead of the greeting.
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("startTls");
    QTest::newRow("pop3s") << Kind::Pop3 << false;
    QTest::newRow("imap STARTTLS") << Kind::Imap << true;
}

void TestMailboxSources::silentServerTimesOut()
{
    QFETCH(Kind, kind);
    QFETCH(bool, startTls);
    // Accepts connections (the kernel does, for the listen backlog) and never says a word.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    const QString scheme = kind == Kind::Pop3 ? (startTls ? u"pop3"_qs : u"pop3s"_qs) : (startTls ? u"imap"_qs : u"imaps"_qs);
    MailboxSpec spec = *mailboxSpecFromUrl(kind, u"%1://bounces@127.0.0.1:%2"_qs.arg(scheme).arg(silent.serverPort()), nullptr);
    spec.password = u"secret"_qs;
    spec.timeoutSeconds = 2;
    QElapsedTimer clock;
    clock.start();
    const QString error = errorOf([&] { openMailbox(spec)->fetch(); });
    QVERIFY2(error.contains(u"did not answer within 2 second"_qs), qPrintable(error));
    QVERIFY2(clock.elapsed() >= 1500 && clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
}

void TestMailboxSources::pop3CannotMove()
{
    MailboxSpec spec = *mailboxSpecFromUrl(Kind::Pop3, u"pop3s://bounces@127.0.0.1:995"_qs, nullptr);
    spec.password = u"secret"_qs;
    spec.after = AfterProcessing::Move;
    spec.moveTo = u"Processed"_qs;
    const QString error = errorOf([&] { openMailbox(spec); });
    QVERIFY2(error.startsWith(u"A POP3 server has no folders"_qs), qPrintable(error));
    QVERIFY2(error.contains(u"IMAP"_qs), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestMailboxSources)
#include "tst_mailboxsources.moc"
