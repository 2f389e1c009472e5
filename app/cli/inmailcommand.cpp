#include "command.h"
#include "commandline.h"
#include "common/stopsignals.h"
#include "delivery/duration.h"
#include "inmail/processing/inmailsession.h"
#include "inmail/processing/inmailsettings.h"
#include "store/connection.h"
#include "store/storeerror.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTimer>
#include <termios.h>
#include <unistd.h>

namespace diffusion::cli {

namespace {

const QString passwordVariable = u"DIFFUSION_INMAIL_PASSWORD"_qs;

// The server's password: from the environment (scripts, services), else asked on the terminal
// without echo. It is never written anywhere.
std::optional<QString> mailboxPassword(const MailboxSpec &spec)
{
    if (qEnvironmentVariableIsSet(qPrintable(passwordVariable)))
        return qEnvironmentVariable(qPrintable(passwordVariable));
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    err() << Cli::tr("Password of %1: ").arg(spec.url.toDisplayString(QUrl::RemovePassword)) << Qt::flush;
    termios saved{};
    tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    QTextStream in(stdin);
    const QString password = in.readLine();
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    err() << '\n';
    return password;
}

QJsonObject tallyJson(const InMailTally &tally)
{
    return {{u"read"_qs, tally.read},           {u"bounces"_qs, tally.bounces},   {u"complaints"_qs, tally.complaints},
            {u"autoReplies"_qs, tally.autoReplies}, {u"unmatched"_qs, tally.unmatched}, {u"notBounces"_qs, tally.notBounces},
            {u"alreadyRead"_qs, tally.duplicates}};
}

void printTally(const InMailTally &tally, const QString &mailbox)
{
    out() << QDateTime::currentDateTime().toString(Qt::ISODate) << ' '
          << Cli::tr("%1: %Ln message(s) read", nullptr, tally.read).arg(mailbox) << " — "
          << Cli::tr("%Ln bounce(s) applied", nullptr, tally.bounces) << ", "
          << Cli::tr("%Ln complaint(s)", nullptr, tally.complaints) << ", "
          << Cli::tr("%Ln auto-reply(-ies)", nullptr, tally.autoReplies) << ", "
          << Cli::tr("%Ln unmatched", nullptr, tally.unmatched) << ", "
          << Cli::tr("%Ln not a bounce", nullptr, tally.notBounces) << ", "
          << Cli::tr("%Ln already read", nullptr, tally.duplicates) << '\n'
          << Qt::flush;
}

int runUnmatched(const QStringList &arguments)
{
    CommandLine line(Cli::tr("Lists the bounces inMail could not tie to a message we sent, newest first."), true);
    line.parser().addOption({u"json"_qs, Cli::tr("Print JSON, for scripts.")});
    if (auto exit = line.parse(arguments))
        return *exit;
    auto workspace = line.openWorkspace(Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return Failure;
    try {
        ReadConnection reader(workspace->path());
        QSqlQuery query = runQuery(reader.db(), u"SELECT id, read_at, kind, sender, subject, COALESCE(recipients, ''), "
                                                 "COALESCE(statuses, '') FROM v_inmail_unmatched"_qs);
        QJsonArray rows;
        while (query.next()) {
            if (line.parser().isSet(u"json"_qs)) {
                rows.append(QJsonObject{{u"id"_qs, query.value(0).toLongLong()}, {u"readAt"_qs, query.value(1).toString()},
                                        {u"kind"_qs, query.value(2).toString()},  {u"from"_qs, query.value(3).toString()},
                                        {u"subject"_qs, query.value(4).toString()}, {u"recipients"_qs, query.value(5).toString()},
                                        {u"statuses"_qs, query.value(6).toString()}});
            } else {
                out() << query.value(0).toLongLong() << '\t' << query.value(1).toString() << '\t' << query.value(2).toString() << '\t'
                      << query.value(3).toString() << '\t' << query.value(4).toString() << '\t' << query.value(5).toString() << '\n';
            }
        }
        if (line.parser().isSet(u"json"_qs))
            out() << QJsonDocument(rows).toJson(QJsonDocument::Indented);
    } catch (const StoreError &error) {
        return reportFailure(error.message());
    }
    return Success;
}

int runRead(const QStringList &arguments)
{
    CommandLine line(Cli::tr("Reads the bounce mailbox: DSNs, complaints (ARF) and auto-replies are qualified and applied to "
                             "the messages they are about; then they are deleted from the mailbox, or moved, or kept. Without "
                             "a mailbox option, the one set in the console's settings is read. The server's password comes "
                             "from %1, or is asked on the terminal.").arg(passwordVariable), true);
    QCommandLineParser &parser = line.parser();
    parser.addOptions({
        {u"maildir"_qs, Cli::tr("Read a local Maildir folder."), Cli::tr("folder")},
        {u"mbox"_qs, Cli::tr("Read a local mbox file."), Cli::tr("file")},
        {u"pop3"_qs, Cli::tr("Read a POP3 mailbox over TLS: pop3s://user@host:995, or pop3://… with STARTTLS."), Cli::tr("url")},
        {u"imap"_qs, Cli::tr("Read an IMAP folder over TLS: imaps://user@host:993/INBOX, or imap://… with STARTTLS."), Cli::tr("url")},
        {u"keep"_qs, Cli::tr("Leave the messages in the mailbox (they are not read twice).")},
        {u"move-to"_qs, Cli::tr("Move the messages to this folder (IMAP folder, Maildir sub-folder or mbox file)."), Cli::tr("folder")},
        {u"max"_qs, Cli::tr("Read at most this many messages a session (default 500)."), Cli::tr("count")},
        {u"ca-file"_qs, Cli::tr("Trust the server certificates this authority (PEM) signed."), Cli::tr("file")},
        {u"no-verify"_qs, Cli::tr("Do not check the server's certificate (tests only).")},
        {u"timeout"_qs, Cli::tr("Give up on a server that does not answer within this many seconds (default 60)."), Cli::tr("seconds"), u"60"_qs},
        {u"every"_qs, Cli::tr("Read the mailbox again every DURATION (5m, 1h) until Ctrl+C or SIGTERM."), Cli::tr("duration")},
        {u"json"_qs, Cli::tr("Print one JSON object a session, for scripts.")},
    });
    if (auto exit = line.parse(arguments))
        return *exit;

    const QList<std::pair<QString, MailboxSpec::Kind>> kinds{{u"maildir"_qs, MailboxSpec::Kind::Maildir}, {u"mbox"_qs, MailboxSpec::Kind::Mbox},
                                                            {u"pop3"_qs, MailboxSpec::Kind::Pop3}, {u"imap"_qs, MailboxSpec::Kind::Imap}};
    std::optional<MailboxSpec> spec;
    for (const auto &[option, kind] : kinds) {
        if (!parser.isSet(option))
            continue;
        if (spec)
            return line.usageError(Cli::tr("Give one mailbox: --maildir, --mbox, --pop3 or --imap."));
        QString problem;
        spec = mailboxSpecFromUrl(kind, parser.value(option), &problem);
        if (!spec)
            return line.usageError(problem);
    }
    if (parser.isSet(u"keep"_qs) && parser.isSet(u"move-to"_qs))
        return line.usageError(Cli::tr("Choose --keep or --move-to, not both."));
    std::optional<qint64> every;
    if (parser.isSet(u"every"_qs)) {
        every = parseDuration(parser.value(u"every"_qs));
        if (!every)
            return line.usageError(Cli::tr("--every takes a duration such as 5m or 1h."));
    }
    auto workspace = line.openWorkspace(Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return Failure;
    if (!spec) {
        // The mailbox the console's settings name.
        QString problem;
        try {
            ReadConnection reader(workspace->path());
            spec = InMailSettings::load(reader.db()).spec(&problem);
        } catch (const StoreError &error) {
            return reportFailure(error.message());
        }
        if (!spec)
            return line.usageError(Cli::tr("Give the mailbox to read (--maildir, --mbox, --pop3 or --imap), or set one in the "
                                           "console's settings. %1").arg(problem));
    }
    if (parser.isSet(u"keep"_qs) || parser.isSet(u"move-to"_qs)) {
        spec->after = parser.isSet(u"keep"_qs) ? AfterProcessing::Keep : AfterProcessing::Move;
        spec->moveTo = parser.value(u"move-to"_qs);
    }
    bool ok = false;
    if (parser.isSet(u"max"_qs)) {
        spec->maxMessages = parser.value(u"max"_qs).toInt(&ok);
        if (!ok || spec->maxMessages < 1)
            return line.usageError(Cli::tr("--max takes a number of messages, at least 1."));
    }
    spec->timeoutSeconds = parser.value(u"timeout"_qs).toInt(&ok);
    if (!ok || spec->timeoutSeconds < 1)
        return line.usageError(Cli::tr("--timeout takes a number of seconds, at least 1."));
    if (parser.isSet(u"ca-file"_qs))
        spec->caFile = parser.value(u"ca-file"_qs);
    spec->verifyPeer = !parser.isSet(u"no-verify"_qs);
    if (spec->kind == MailboxSpec::Kind::Pop3 || spec->kind == MailboxSpec::Kind::Imap) {
        const auto password = mailboxPassword(*spec);
        if (!password)
            return reportFailure(Cli::tr("Give the password of %1 in the environment variable %2.")
                                     .arg(spec->url.toDisplayString(QUrl::RemovePassword), passwordVariable));
        spec->password = *password;
    }

    const QString mailbox = InMailSession::mailboxName(*spec);
    StopSignals stopSignals;
    bool stop = false;
    int code = Success;
    while (true) {
        try {
            const InMailTally tally = InMailSession::run(workspace->writer(), workspace->path(), *spec);
            if (parser.isSet(u"json"_qs))
                out() << QJsonDocument(tallyJson(tally)).toJson(QJsonDocument::Compact) << '\n' << Qt::flush;
            else
                printTally(tally, mailbox);
            code = Success;
        } catch (const MailboxError &error) {
            code = reportFailure(error.message());
        } catch (const StoreError &error) {
            return reportFailure(error.message());
        }
        if (!every || stop)
            return code;
        // A server that failed once is tried again at the next period: the job keeps going.
        QEventLoop wait;
        QTimer::singleShot(std::chrono::seconds(*every), &wait, &QEventLoop::quit);
        QObject::connect(&stopSignals, &StopSignals::stopRequested, &wait, [&] {
            stop = true;
            wait.quit();
        });
        wait.exec();
        if (stop)
            return code;
    }
}

} // namespace

int runInMailRule(const QStringList &arguments); // inboundrulecommand.cpp

int runInMail(const QStringList &arguments)
{
    if (arguments.value(1) == u"rule"_qs)
        return runInMailRule(arguments.mid(1));
    if (arguments.value(1) == u"unmatched"_qs)
        return runUnmatched(arguments.mid(1));
    return runRead(arguments);
}

} // namespace diffusion::cli
