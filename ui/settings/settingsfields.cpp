#include "settingsfields.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace diffusion::ui {

QLabel *addFieldWithError(QFormLayout *form, QWidget *field)
{
    auto *cell = new QWidget(field->parentWidget());
    auto *error = new QLabel(cell);
    error->setObjectName(field->objectName() + u"Error"_qs);
    error->setWordWrap(true);
    QPalette palette = error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    error->setPalette(palette);
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    field->setParent(cell);
    layout->addWidget(field);
    layout->addWidget(error);
    auto *label = new QLabel(cell->parentWidget());
    label->setBuddy(field);
    form->addRow(label, cell);
    return error;
}

void setFormLabel(QFormLayout *form, QWidget *field, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(field->parentWidget())))
        label->setText(text);
}

} // namespace diffusion::ui
