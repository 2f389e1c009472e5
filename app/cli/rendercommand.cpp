#include "command.h"
#include "commandline.h"
#include "delivery/deliverymessages.h"
#include "delivery/deliveryrepository.h"
#include "delivery/recipientfields.h"
#include "import/emailaddress.h"
#include "store/connection.h"
#include "store/storeerror.h"

#include <QDateTime>
#include <cstdio>

namespace diffusion::cli {

namespace {

struct RecipientRow {
    QString email;
    QString ascii;
    QString firstName;
    QString lastName;
    QString custom;
};

std::optional<RecipientRow> findRecipient(QSqlDatabase &db, qint64 listId, const QString &address)
{
    const QByteArray utf8 = address.trimmed().toUtf8();
    const EmailAddress parsed(std::string_view(utf8.constData(), size_t(utf8.size())));
    QSqlQuery query(db);
    query.prepare(u"SELECT email, email_ascii, first_name, last_name, custom_fields FROM recipient "
                  "WHERE list_id = ? AND (email_ascii = ? OR email = ?) ORDER BY id LIMIT 1"_qs);
    query.addBindValue(listId);
    query.addBindValue(QString::fromStdString(std::string(parsed.ascii())));
    query.addBindValue(address.trimmed());
    if (!query.exec() || !query.next())
        return std::nullopt;
    return RecipientRow{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                        query.value(3).toString(), query.value(4).toString()};
}

} // namespace

int runRender(const QStringList &arguments)
{
    CommandLine line(QCoreApplication::translate("Cli",
        "Writes on standard output the complete message, personalized and DKIM-signed, that a recipient of "
        "the delivery would receive."), true);
    QCommandLineParser &parser = line.parser();
    parser.addOption({u"recipient"_qs, QCoreApplication::translate("Cli", "The recipient's address, as in the list."),
                      QCoreApplication::translate("Cli", "address")});
    int exit = Success;
    const std::optional<qint64> id = line.parseDelivery(arguments, &exit);
    if (!id)
        return exit;
    const qint64 deliveryId = *id;
    if (parser.value(u"recipient"_qs).isEmpty())
        return line.usageError(QCoreApplication::translate("Cli", "The option --recipient ADDRESS is required."));

    auto workspace = line.openWorkspace(Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return Failure;
    try {
        ReadConnection reader(workspace->path());
        const std::optional<Delivery> delivery = DeliveryRepository::load(reader.db(), deliveryId);
        if (!delivery)
            return reportFailure(QCoreApplication::translate("Cli", "There is no delivery %1.").arg(deliveryId));
        const auto row = findRecipient(reader.db(), delivery->listId, parser.value(u"recipient"_qs));
        if (!row) {
            return reportFailure(QCoreApplication::translate("Cli", "%1 is not in the delivery's recipient list.")
                                     .arg(parser.value(u"recipient"_qs)));
        }
        const FieldSet fields = DeliveryRepository::fieldsOfList(reader.db(), delivery->listId);
        DeliveryMessages messages(*delivery, fields, DeliveryMessages::signingSettings(reader.db(), *delivery));
        for (const TemplateIssue &issue : messages.templateIssues())
            err() << issue.part << ": " << issue.message << '\n';
        if (!messages.templateIssues().isEmpty())
            return Failure;

        MessageRecipient recipient;
        recipient.deliveryId = delivery->id;
        recipient.address = row->ascii.toStdString();
        recipient.values = recipientFieldValues(fields, row->email, row->firstName, row->lastName, row->custom);
        BuiltMessage built;
        QString error;
        if (!messages.produce(recipient, QDateTime::currentSecsSinceEpoch(), built, &error))
            return reportFailure(error);
        std::fwrite(built.data.data(), 1, built.data.size(), stdout);
    } catch (const StoreError &failure) {
        return reportFailure(failure.message());
    }
    return Success;
}

} // namespace diffusion::cli
