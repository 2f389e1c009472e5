#include "recipientfields.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace diffusion {

FieldValues recipientFieldValues(const FieldSet &fields, const QString &email, const QString &firstName,
                                 const QString &lastName, const QString &customFieldsJson)
{
    FieldValues values(size_t(fields.size()));
    values[FieldSet::Email] = email.toStdString();
    values[FieldSet::FirstName] = firstName.toStdString();
    values[FieldSet::LastName] = lastName.toStdString();
    const QJsonObject custom = QJsonDocument::fromJson(customFieldsJson.toUtf8()).object();
    for (int slot = FieldSet::FirstCustomSlot; slot < fields.size(); ++slot)
        values[size_t(slot)] = custom.value(QString::fromStdString(fields.name(slot))).toString().toStdString();
    return values;
}

} // namespace diffusion
