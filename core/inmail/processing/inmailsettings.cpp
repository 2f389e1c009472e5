#include "inmailsettings.h"

#include "store/connection.h"

#include <QSqlQuery>

namespace diffusion {

InMailSettings InMailSettings::load(const QSqlDatabase &db)
{
    InMailSettings settings;
    QSqlQuery query = runQuery(db, u"SELECT key, value FROM setting WHERE key LIKE 'inmail.%'"_qs);
    while (query.next()) {
        const QString key = query.value(0).toString();
        const QString value = query.value(1).toString().trimmed();
        bool ok = false;
        if (key == u"inmail.kind"_qs && kinds().contains(value))
            settings.kind = value;
        else if (key == u"inmail.location"_qs)
            settings.location = value;
        else if (key == u"inmail.after"_qs && afterChoices().contains(value))
            settings.after = value;
        else if (key == u"inmail.move_to"_qs)
            settings.moveTo = value;
        else if (key == u"inmail.ca_file"_qs)
            settings.caFile = value;
        else if (key == u"inmail.max_messages"_qs && value.toInt(&ok) > 0 && ok)
            settings.maxMessages = value.toInt();
        else if (key == u"inmail.period_s"_qs && value.toLongLong(&ok) >= 60 && ok)
            settings.periodSeconds = value.toLongLong();
    }
    return settings;
}

QList<std::pair<QString, QString>> InMailSettings::values() const
{
    const InMailSettings defaults;
    const auto unlessDefault = [](auto value, auto byDefault) { return value == byDefault ? QString() : QString::number(value); };
    return {{u"inmail.kind"_qs, kind},
            {u"inmail.location"_qs, location},
            {u"inmail.after"_qs, after == defaults.after ? QString() : after},
            {u"inmail.move_to"_qs, after == u"move"_qs ? moveTo : QString()},
            {u"inmail.max_messages"_qs, unlessDefault(maxMessages, defaults.maxMessages)},
            {u"inmail.period_s"_qs, unlessDefault(periodSeconds, defaults.periodSeconds)},
            {u"inmail.ca_file"_qs, caFile}};
}

std::optional<MailboxSpec> InMailSettings::spec(QString *error) const
{
    if (!isSet()) {
        *error = tr("No bounce mailbox is set.");
        return std::nullopt;
    }
    const MailboxSpec::Kind kinds[] = {MailboxSpec::Kind::Maildir, MailboxSpec::Kind::Mbox, MailboxSpec::Kind::Pop3,
                                       MailboxSpec::Kind::Imap};
    auto spec = mailboxSpecFromUrl(kinds[InMailSettings::kinds().indexOf(kind)], location, error);
    if (!spec)
        return std::nullopt;
    spec->after = after == u"keep"_qs ? AfterProcessing::Keep : after == u"move"_qs ? AfterProcessing::Move : AfterProcessing::Delete;
    spec->moveTo = moveTo;
    spec->maxMessages = maxMessages;
    spec->caFile = caFile;
    return spec;
}

} // namespace diffusion
