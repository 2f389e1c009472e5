#pragma once

#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

namespace diffusion::ui {

// Adds a form row holding `field` with its validation message under it; returns that message's
// label (empty until there is something to say), named "<field's objectName>Error".
QLabel *addFieldWithError(QFormLayout *form, QWidget *field);
// Sets the row label of a field added by addFieldWithError.
void setFormLabel(QFormLayout *form, QWidget *field, const QString &text);

} // namespace diffusion::ui
