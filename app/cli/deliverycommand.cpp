#include "command.h"
#include "commandline.h"
#include "delivery/deliveryrepository.h"
#include "delivery/duration.h"
#include "store/connection.h"
#include "store/storeerror.h"

#include <QFile>
#include <QStringDecoder>

namespace diffusion::cli {

namespace {

// Reads a content file as UTF-8; a missing file or invalid UTF-8 is a sentence in *error.
std::optional<QString> readContent(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Cli", "Cannot read %1: %2.").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        *error = QCoreApplication::translate("Cli", "%1 is not UTF-8 text. Save it as UTF-8 and try again.").arg(path);
        return std::nullopt;
    }
    return text;
}

// The options that define a delivery, shared by create and edit.
void addDefinitionOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"list"_qs, QCoreApplication::translate("Cli", "The target recipient list."), QCoreApplication::translate("Cli", "name")},
        {u"from"_qs, QCoreApplication::translate("Cli", "The sender address."), QCoreApplication::translate("Cli", "address")},
        {u"from-name"_qs, QCoreApplication::translate("Cli", "The sender's display name (may be personalized)."), QCoreApplication::translate("Cli", "name")},
        {u"reply-to"_qs, QCoreApplication::translate("Cli", "The reply-to address."), QCoreApplication::translate("Cli", "address")},
        {u"subject"_qs, QCoreApplication::translate("Cli", "The subject (may be personalized)."), QCoreApplication::translate("Cli", "text")},
        {u"label"_qs, QCoreApplication::translate("Cli", "A name for the delivery in the console."), QCoreApplication::translate("Cli", "text")},
        {u"html"_qs, QCoreApplication::translate("Cli", "A UTF-8 file with the HTML content."), QCoreApplication::translate("Cli", "file")},
        {u"text"_qs, QCoreApplication::translate("Cli", "A UTF-8 file with the text content."), QCoreApplication::translate("Cli", "file")},
        {u"validity"_qs, QCoreApplication::translate("Cli", "How long messages may be retried, e.g. 5d, 36h, 90m, 30s (default 5d)."), QCoreApplication::translate("Cli", "duration")},
        {u"dkim-key"_qs, QCoreApplication::translate("Cli", "The PEM private key to sign with."), QCoreApplication::translate("Cli", "file")},
        {u"dkim-selector"_qs, QCoreApplication::translate("Cli", "The DKIM selector the key is published under."), QCoreApplication::translate("Cli", "selector")},
        {u"dkim-domain"_qs, QCoreApplication::translate("Cli", "The DKIM signing domain (default: the sender's domain)."), QCoreApplication::translate("Cli", "domain")},
        {u"dkim-canonicalization"_qs, Cli::tr("relaxed (the default) or simple, for header and body."), Cli::tr("name")},
        {u"dkim-oversign-from"_qs, Cli::tr("List From once more than it appears, so that no From can be added.")},
        {u"header"_qs, QCoreApplication::translate("Cli", "An extra header, 'Name: value' (repeatable)."), QCoreApplication::translate("Cli", "header")},
        {u"unsubscribe-url"_qs, QCoreApplication::translate("Cli", "The one-click unsubscribe URL (https, may be personalized)."), QCoreApplication::translate("Cli", "url")},
        {u"unsubscribe-mailto"_qs, QCoreApplication::translate("Cli", "The unsubscribe address (may be personalized)."), QCoreApplication::translate("Cli", "address")},
        {u"no-unsubscribe-headers"_qs, QCoreApplication::translate("Cli", "Leave out the List-Unsubscribe headers.")},
        {u"envelope-sender"_qs, QCoreApplication::translate("Cli", "The envelope sender (MAIL FROM) when it differs from the sender."), QCoreApplication::translate("Cli", "address")},
        {u"verp"_qs, QCoreApplication::translate("Cli", "Put the message id in the envelope sender (local+id@domain) to trace bounces.")},
        {u"approval"_qs, Cli::tr("manual (the default: confirm after reading the analysis), semi-automatic (starts by itself when the "
                                 "analysis found neither error nor warning) or automatic (starts by itself without error)."), Cli::tr("mode")},
        {u"keep-duplicates"_qs, Cli::tr("Send to every occurrence of an address (duplicates are left out by default).")},
        {u"target-limit"_qs, Cli::tr("Send to this many recipients at most, chosen at random."), Cli::tr("count")},
        {u"control-group"_qs, Cli::tr("Keep aside a control group: a number of recipients (500) or a share (5%)."), Cli::tr("size")},
        {u"exclude-address"_qs, Cli::tr("Leave this address out (repeatable)."), Cli::tr("address")},
        {u"exclude-domain"_qs, Cli::tr("Leave every address of this domain out (repeatable)."), Cli::tr("domain")},
        {u"exclude-list"_qs, Cli::tr("Leave out every address of this recipient list (repeatable)."), Cli::tr("name")},
    });
}

// Sets what the options given say; returns an exit code on a usage error.
std::optional<int> applyDefinitionOptions(CommandLine &line, Delivery &delivery)
{
    QCommandLineParser &parser = line.parser();
    if (parser.isSet(u"dkim-key"_qs) != parser.isSet(u"dkim-selector"_qs))
        return line.usageError(QCoreApplication::translate("Cli", "Give --dkim-key and --dkim-selector together."));
    for (const auto &[option, target] : {std::pair{u"label"_qs, &delivery.label}, std::pair{u"from-name"_qs, &delivery.senderName},
                                         std::pair{u"subject"_qs, &delivery.subject}, std::pair{u"unsubscribe-url"_qs, &delivery.unsubscribeUrl},
                                         std::pair{u"unsubscribe-mailto"_qs, &delivery.unsubscribeMailto},
                                         std::pair{u"dkim-key"_qs, &delivery.dkim.keyPath}, std::pair{u"dkim-selector"_qs, &delivery.dkim.selector},
                                         std::pair{u"dkim-domain"_qs, &delivery.dkim.domain}}) {
        if (parser.isSet(option))
            *target = parser.value(option);
    }
    for (const auto &[option, target] : {std::pair{u"from"_qs, &delivery.senderAddress}, std::pair{u"reply-to"_qs, &delivery.replyTo},
                                         std::pair{u"envelope-sender"_qs, &delivery.envelopeSender}}) {
        if (parser.isSet(option))
            *target = parser.value(option).trimmed();
    }
    if (parser.isSet(u"no-unsubscribe-headers"_qs))
        delivery.unsubscribeHeaders = false;
    if (parser.isSet(u"verp"_qs))
        delivery.verp = true;
    if (parser.isSet(u"dkim-oversign-from"_qs))
        delivery.dkim.oversignFrom = true;
    if (parser.isSet(u"keep-duplicates"_qs))
        delivery.deduplicate = false;
    if (parser.isSet(u"dkim-canonicalization"_qs)) {
        delivery.dkim.canonicalization = parser.value(u"dkim-canonicalization"_qs);
        if (delivery.dkim.canonicalization != u"relaxed"_qs && delivery.dkim.canonicalization != u"simple"_qs)
            return line.usageError(Cli::tr("The canonicalization is relaxed or simple."));
    }
    if (parser.isSet(u"validity"_qs)) {
        const auto seconds = parseDuration(parser.value(u"validity"_qs));
        if (!seconds)
            return line.usageError(QCoreApplication::translate("Cli", "\"%1\" is not a validity period. Write a number and a unit: 5d, 36h, 90m or 30s.")
                                       .arg(parser.value(u"validity"_qs)));
        delivery.validitySeconds = *seconds;
    }
    if (parser.isSet(u"approval"_qs)) {
        const auto mode = approvalModeFromId(parser.value(u"approval"_qs).replace(u'-', u'_'));
        if (!mode)
            return line.usageError(Cli::tr("The approval mode is manual, semi-automatic or automatic."));
        delivery.approvalMode = *mode;
    }
    if (parser.isSet(u"target-limit"_qs)) {
        bool ok = false;
        const qint64 limit = parser.value(u"target-limit"_qs).toLongLong(&ok);
        if (!ok || limit <= 0)
            return line.usageError(Cli::tr("The target limit is a number of recipients, at least 1."));
        delivery.targetLimit = limit;
    }
    if (parser.isSet(u"control-group"_qs))
        delivery.controlGroup = parser.value(u"control-group"_qs).trimmed(); // analysis reports a malformed one
    for (const auto &[option, kind] : {std::pair{u"exclude-address"_qs, Exclusion::Kind::Address},
                                       std::pair{u"exclude-domain"_qs, Exclusion::Kind::Domain},
                                       std::pair{u"exclude-list"_qs, Exclusion::Kind::List}}) {
        for (const QString &value : parser.values(option)) {
            const Exclusion exclusion{kind, kind == Exclusion::Kind::List ? value : value.trimmed().toLower()};
            if (!delivery.exclusions.contains(exclusion))
                delivery.exclusions.append(exclusion);
        }
    }
    if (parser.isSet(u"header"_qs)) {
        delivery.customHeaders.clear();
        for (const QString &header : parser.values(u"header"_qs)) {
            const qsizetype colon = header.indexOf(u':');
            if (colon <= 0)
                return line.usageError(QCoreApplication::translate("Cli", "\"%1\" is not a header. Write it as 'Name: value'.").arg(header));
            delivery.customHeaders.append({header.left(colon).trimmed(), header.mid(colon + 1).trimmed()});
        }
    }
    QString error;
    for (const auto &[option, target] : {std::pair{u"html"_qs, &delivery.html}, std::pair{u"text"_qs, &delivery.text}}) {
        if (!parser.isSet(option))
            continue;
        const auto content = readContent(parser.value(option), &error);
        if (!content)
            return reportFailure(error);
        *target = *content;
    }
    return std::nullopt;
}

int runCreate(const QStringList &arguments)
{
    CommandLine line(QCoreApplication::translate("Cli", "Creates a delivery for a recipient list and prints its id."), true);
    QCommandLineParser &parser = line.parser();
    addDefinitionOptions(parser);
    if (auto exit = line.parse(arguments))
        return *exit;
    for (const QString &required : {u"list"_qs, u"from"_qs, u"subject"_qs}) {
        if (parser.value(required).trimmed().isEmpty())
            return line.usageError(QCoreApplication::translate("Cli", "The option --%1 is required.").arg(required));
    }
    Delivery delivery;
    if (auto exit = applyDefinitionOptions(line, delivery))
        return *exit;
    if (delivery.html.isEmpty() && delivery.text.isEmpty())
        return line.usageError(QCoreApplication::translate("Cli", "Give the content with --html FILE, --text FILE or both."));

    auto workspace = line.openWorkspace(Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return Failure;
    try {
        const QString listName = parser.value(u"list"_qs);
        const qint64 id = workspace->writer().submit([&delivery, listName](QSqlDatabase &db) {
            delivery.listId = DeliveryRepository::listId(db, listName);
            return DeliveryRepository::insert(db, delivery);
        }).result();
        out() << id << '\n';
    } catch (const StoreError &failure) {
        return reportFailure(failure.message());
    }
    return Success;
}

int runEdit(const QStringList &arguments)
{
    CommandLine line(Cli::tr("Changes a delivery that has not been confirmed: only the options given change. Its analysis no "
                             "longer holds; analyze it again. --exclude-* options add to its exclusions; "
                             "--clear-exclusions removes them first."), true);
    QCommandLineParser &parser = line.parser();
    addDefinitionOptions(parser);
    parser.addOption({u"clear-exclusions"_qs, Cli::tr("Remove the delivery's exclusions before adding those given.")});
    parser.addOption({u"no-target-limit"_qs, Cli::tr("Send to every recipient (remove the target limit).")});
    parser.addOption({u"deduplicate"_qs, Cli::tr("Leave duplicates out again.")});
    int exit = Success;
    const std::optional<qint64> id = line.parseDelivery(arguments, &exit);
    if (!id)
        return exit;
    auto workspace = line.openWorkspace(Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return Failure;
    try {
        std::optional<Delivery> delivery = DeliveryRepository::load(ReadConnection(workspace->path()).db(), *id);
        if (!delivery)
            return reportFailure(Cli::tr("There is no delivery %1.").arg(*id));
        if (parser.isSet(u"clear-exclusions"_qs))
            delivery->exclusions.clear();
        if (parser.isSet(u"no-target-limit"_qs))
            delivery->targetLimit.reset();
        if (parser.isSet(u"deduplicate"_qs))
            delivery->deduplicate = true;
        if (auto refused = applyDefinitionOptions(line, *delivery))
            return *refused;
        const QString listName = parser.value(u"list"_qs);
        workspace->writer().submit([&delivery, listName](QSqlDatabase &db) {
            if (!listName.isEmpty())
                delivery->listId = DeliveryRepository::listId(db, listName);
            DeliveryRepository::update(db, *delivery);
        }).waitForFinished();
    } catch (const StoreError &failure) {
        return reportFailure(failure.message());
    }
    return Success;
}

// `delivery duplicate ID` prints the new delivery's id; `delivery delete ID` removes one with its
// log, as the console's actions do.
int runDuplicateOrDelete(const QStringList &arguments, bool duplicate)
{
    CommandLine line(duplicate ? Cli::tr("Copies a delivery into a new one, being edited, and prints its id.")
                               : Cli::tr("Deletes a delivery with its log, analyses and proofs. A delivery being sent must be stopped first."),
                     true);
    int exit = Success;
    const std::optional<qint64> id = line.parseDelivery(arguments, &exit);
    if (!id)
        return exit;
    auto workspace = line.openWorkspace(Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return Failure;
    try {
        const qint64 result = workspace->writer().submit([id = *id, duplicate](QSqlDatabase &db) -> qint64 {
            if (duplicate)
                return DeliveryRepository::duplicate(db, id);
            DeliveryRepository::remove(db, id);
            return 0;
        }).result();
        if (duplicate)
            out() << result << '\n';
    } catch (const StoreError &failure) {
        return reportFailure(failure.message());
    }
    return Success;
}

} // namespace

int runDeliveryControl(const QStringList &arguments);

int runDelivery(const QStringList &arguments)
{
    const QString sub = arguments.value(1);
    if (sub == u"create"_qs)
        return runCreate(arguments.mid(1));
    if (sub == u"edit"_qs)
        return runEdit(arguments.mid(1));
    if (sub == u"duplicate"_qs || sub == u"delete"_qs)
        return runDuplicateOrDelete(arguments.mid(1), sub == u"duplicate"_qs);
    if (sub == u"pause"_qs || sub == u"resume"_qs || sub == u"stop"_qs)
        return runDeliveryControl(arguments.mid(1));
    err() << QCoreApplication::translate("Cli", "Usage: diffusion-cli delivery create|edit|duplicate|delete|pause|resume|stop [options]") << '\n';
    return sub == u"--help"_qs ? Success : UsageError;
}

} // namespace diffusion::cli
