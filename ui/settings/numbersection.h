#pragma once

#include "settingssection.h"

class QFormLayout;
class QLabel;
class QLineEdit;

namespace diffusion::ui {

// A settings part of whole numbers stored under `setting` keys. On save the values are written
// and then checked by check(), the core's own reading of them, in the same transaction: a value
// the core would refuse is rolled back and its sentence shown under the field it names.
class NumberSection : public SettingsSection
{
    Q_OBJECT

public:
    NumberSection(Workspace &workspace, const QString &prefix, QWidget *parent);
    void refresh() override;

protected:
    // The field for `key`, named `name`, empty meaning the default `fallback`.
    QLineEdit *addField(const QString &key, const QString &name, qint64 fallback);
    void setLabel(QLineEdit *field, const QString &text);
    // Throws StoreError, naming the setting, for a value the core refuses. Runs on the writer
    // thread after `written` (key → text, empty: removed) was written: no widget is touched.
    virtual void check(QSqlDatabase &db, const QHash<QString, QString> &written) const = 0;

private:
    struct Field {
        QString key;
        QLineEdit *edit;
        QLabel *error;
    };
    void save();

    QString m_prefix;
    QFormLayout *m_form;
    QList<Field> m_fields;
};

} // namespace diffusion::ui
