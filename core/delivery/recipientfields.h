#pragma once

#include "message/fieldset.h"

#include <QString>

namespace diffusion {

// A recipient row's personalization values, by slot of the list's FieldSet. customFieldsJson is
// the recipient.custom_fields column; columns missing from it are empty.
FieldValues recipientFieldValues(const FieldSet &fields, const QString &email, const QString &firstName,
                                 const QString &lastName, const QString &customFieldsJson);
// The same from the columns' UTF-8 text, as SQLite gives it (no conversion to UTF-16 and back).
FieldValues recipientFieldValues(const FieldSet &fields, std::string email, std::string firstName, std::string lastName,
                                 const QByteArray &customFieldsJson);

} // namespace diffusion
