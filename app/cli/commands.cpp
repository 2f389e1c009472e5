#include "command.h"

#include <QCoreApplication>

namespace diffusion::cli {

int runInit(const QStringList &arguments);
int runImport(const QStringList &arguments);
int runLists(const QStringList &arguments);
int runDkim(const QStringList &arguments);
int runDelivery(const QStringList &arguments);
int runAnalyze(const QStringList &arguments);
int runProof(const QStringList &arguments);
int runRender(const QStringList &arguments);
int runRelay(const QStringList &arguments);
int runRoute(const QStringList &arguments);
int runSend(const QStringList &arguments);
int runStatus(const QStringList &arguments);
int runEngine(const QStringList &arguments);
int runLogs(const QStringList &arguments);
int runQualify(const QStringList &arguments);
int runQuarantine(const QStringList &arguments);
int runMxRule(const QStringList &arguments);
int runInMail(const QStringList &arguments);
int runBounce(const QStringList &arguments);

const QList<Command> &commands()
{
    static const QList<Command> all{
        {"init", QT_TRANSLATE_NOOP("Cli", "Create a workspace, or migrate an existing one."), runInit},
        {"import", QT_TRANSLATE_NOOP("Cli", "Import recipients from a CSV file into a list."), runImport},
        {"lists", QT_TRANSLATE_NOOP("Cli", "Show the recipient lists with their counts."), runLists},
        {"dkim", QT_TRANSLATE_NOOP("Cli", "Sign a message with DKIM, or print a key's DNS record."), runDkim},
        {"delivery", QT_TRANSLATE_NOOP("Cli", "Create, edit, duplicate or delete a delivery, or pause, resume or stop one (delivery create|edit|duplicate|delete|pause|resume|stop)."), runDelivery},
        {"analyze", QT_TRANSLATE_NOOP("Cli", "Analyze a delivery and print what confirming it will do (analyze --json for scripts)."), runAnalyze},
        {"proof", QT_TRANSLATE_NOOP("Cli", "Send a proof of a delivery to at most 100 test addresses."), runProof},
        {"render", QT_TRANSLATE_NOOP("Cli", "Write the signed message a recipient of a delivery would receive."), runRender},
        {"relay", QT_TRANSLATE_NOOP("Cli", "Run a local SMTP relay that answers by a profile, for demos and fault tests."), runRelay},
        {"send", QT_TRANSLATE_NOOP("Cli", "Send a delivery and record every outcome (send --help)."), runSend},
        {"engine", QT_TRANSLATE_NOOP("Cli", "Run the workspace's engine for every confirmed delivery until stopped."), runEngine},
        {"status", QT_TRANSLATE_NOOP("Cli", "Show a delivery's KPIs (status --json for scripts)."), runStatus},
        {"logs", QT_TRANSLATE_NOOP("Cli", "Print a delivery's log, one line per message (logs --json for scripts)."), runLogs},
        {"route", QT_TRANSLATE_NOOP("Cli", "Send a domain's mail to given hosts, or set the relay (route set|list|remove)."), runRoute},
        {"qualify", QT_TRANSLATE_NOOP("Cli", "Tell how a server's reply is qualified, list the replies no rule matched, or edit the rules (qualify rule list|add|edit|remove|move)."), runQualify},
        {"quarantine", QT_TRANSLATE_NOOP("Cli", "Show, release or denylist addresses (quarantine list|release|deny)."), runQuarantine},
        {"mx-rule", QT_TRANSLATE_NOOP("Cli", "Show or change the MX rules, the sending limits per destination (mx-rule list|set|remove)."), runMxRule},
        {"inmail", QT_TRANSLATE_NOOP("Cli", "Read the bounce mailbox and apply its bounces, complaints and auto-replies (inmail unmatched lists what matched nothing; inmail rule list|add|edit|remove|move edits the inbound rules)."), runInMail},
        {"bounce", QT_TRANSLATE_NOOP("Cli", "Tell what a message from the bounce mailbox is and how its recipients are qualified (bounce parse FILE)."), runBounce},
    };
    return all;
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace diffusion::cli
