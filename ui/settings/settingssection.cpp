#include "settingssection.h"

#include "store/connection.h"
#include "store/storeerror.h"
#include "store/workspace.h"
#include "taborder.h"
#include "whencommitted.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSqlError>
#include <QVBoxLayout>

namespace diffusion::ui {

SettingsSection::SettingsSection(Workspace &workspace, QWidget *parent)
    : QWidget(parent),
      m_workspace(workspace),
      m_status(new QLabel(this)),
      m_save(new QPushButton(this))
{
    m_status->setObjectName(u"status"_qs);
    m_status->setWordWrap(true);
    m_save->setObjectName(u"save"_qs);
}

void SettingsSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SettingsSection::setContent(QLayout *content)
{
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_status, 1);
    footer->addWidget(m_save, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(content);
    layout->addStretch(1);
    layout->addLayout(footer);
    // The Save button was made before the section's fields: Tab reaches it after them.
    if (QWidget *last = lastTabStop(this); last && last != m_save)
        setTabOrder(last, m_save);
}

void SettingsSection::setStatus(const QString &text, bool isError)
{
    m_status->setText(text);
    // Errors in red, whatever the style; a success in the usual text colour.
    QPalette palette = this->palette();
    if (isError)
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_status->setPalette(palette);
    m_status->setProperty("isError", isError);
}

void SettingsSection::submit(std::function<void(QSqlDatabase &)> job, std::function<void()> then,
                             std::function<void(const QString &)> refused)
{
    m_save->setEnabled(false);
    whenCommitted(this, m_workspace.writer().submit(std::move(job)), [this, then] {
        m_save->setEnabled(true);
        setStatus(tr("Saved."), false);
        if (then)
            then();
        emit saved();
    }, [this, refused](const QString &error) {
        m_save->setEnabled(true);
        setStatus(error, true);
        if (refused)
            refused(error);
    });
}

QHash<QString, QString> SettingsSection::readSettings(const QSqlDatabase &db, const QString &prefix)
{
    QHash<QString, QString> values;
    QSqlQuery query(db);
    query.prepare(u"SELECT key, value FROM setting WHERE substr(key, 1, ?) = ?"_qs);
    query.addBindValue(prefix.size());
    query.addBindValue(prefix);
    if (!query.exec())
        throw StoreError(tr("The workspace's settings could not be read: %1").arg(query.lastError().text()));
    while (query.next())
        values.insert(query.value(0).toString(), query.value(1).toString());
    return values;
}

void SettingsSection::writeSetting(QSqlDatabase &db, const QString &key, const QString &value)
{
    QSqlQuery query(db);
    if (value.isEmpty()) {
        query.prepare(u"DELETE FROM setting WHERE key = ?"_qs);
        query.addBindValue(key);
    } else {
        query.prepare(u"INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)"_qs);
        query.addBindValue(key);
        query.addBindValue(value);
    }
    if (!query.exec())
        throw StoreError(tr("The workspace refused the setting %1: %2").arg(key, query.lastError().text()));
}

} // namespace diffusion::ui
