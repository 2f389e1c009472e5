#include "recipientfields.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace diffusion {

FieldValues recipientFieldValues(const FieldSet &fields, const QString &email, const QString &firstName,
                                 const QString &lastName, const QString &customFieldsJson)
{
    return recipientFieldValues(fields, email.toStdString(), firstName.toStdString(), lastName.toStdString(), customFieldsJson.toUtf8());
}

FieldValues recipientFieldValues(const FieldSet &fields, std::string email, std::string firstName, std::string lastName,
                                 const QByteArray &customFieldsJson)
{
    FieldValues values(size_t(fields.size()));
    values[FieldSet::Email] = std::move(email);
    values[FieldSet::FirstName] = std::move(firstName);
    values[FieldSet::LastName] = std::move(lastName);
    if (fields.size() <= FieldSet::FirstCustomSlot)
        return values; // the list has no column of its own: nothing to parse
    const QJsonObject custom = QJsonDocument::fromJson(customFieldsJson).object();
    for (int slot = FieldSet::FirstCustomSlot; slot < fields.size(); ++slot)
        values[size_t(slot)] = custom.value(QString::fromStdString(fields.name(slot))).toString().toStdString();
    return values;
}

} // namespace diffusion
