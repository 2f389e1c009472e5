#include "numbersection.h"

#include "settingsfields.h"
#include "store/connection.h"
#include "store/workspace.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace diffusion::ui {

NumberSection::NumberSection(Workspace &workspace, const QString &prefix, QWidget *parent)
    : SettingsSection(workspace, parent),
      m_prefix(prefix),
      m_form(new QFormLayout)
{
    setContent(m_form);
    connect(saveButton(), &QPushButton::clicked, this, &NumberSection::save);
}

QLineEdit *NumberSection::addField(const QString &key, const QString &name, qint64 fallback)
{
    Field field{key, new QLineEdit(this), nullptr};
    field.edit->setObjectName(name);
    field.edit->setProperty("defaultValue", fallback);
    field.error = addFieldWithError(m_form, field.edit);
    m_fields.append(field);
    return field.edit;
}

void NumberSection::setLabel(QLineEdit *field, const QString &text)
{
    setFormLabel(m_form, field, text);
    // The default in the reader's numbers, after a language switch too.
    field->setPlaceholderText(tr("%1 (default)").arg(QLocale().toString(field->property("defaultValue").toLongLong())));
}

void NumberSection::refresh()
{
    ReadConnection reader(workspace().path());
    const QHash<QString, QString> values = readSettings(reader.db(), m_prefix);
    for (const Field &field : std::as_const(m_fields)) {
        field.edit->setText(values.value(field.key));
        field.error->clear();
    }
}

void NumberSection::save()
{
    QHash<QString, QString> values;
    for (const Field &field : std::as_const(m_fields)) {
        values.insert(field.key, field.edit->text().trimmed());
        field.error->clear();
    }
    submit([this, values](QSqlDatabase &db) {
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            writeSetting(db, it.key(), it.value());
        check(db, values);
    }, {}, [this](const QString &message) {
        for (const Field &field : std::as_const(m_fields)) {
            if (message.contains(field.key))
                field.error->setText(message);
        }
    });
}

} // namespace diffusion::ui
