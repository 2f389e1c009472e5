#pragma once

#include "message/fieldset.h"

#include <QString>

namespace diffusion {

// A recipient row's personalization values, by slot of the list's FieldSet. customFieldsJson is
// the recipient.custom_fields column; columns missing from it are empty.
FieldValues recipientFieldValues(const FieldSet &fields, const QString &email, const QString &firstName,
                                 const QString &lastName, const QString &customFieldsJson);

} // namespace diffusion
