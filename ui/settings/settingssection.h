#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QWidget>
#include <functional>

class QLabel;
class QLayout;
class QPushButton;

namespace diffusion {
class Workspace;
}

namespace diffusion::ui {

// One part of the settings screen with its own Save: the job runs on the workspace's writer, the
// GUI thread does not wait, and the outcome (or the StoreError's sentence) shows under the part.
class SettingsSection : public QWidget
{
    Q_OBJECT

public:
    SettingsSection(Workspace &workspace, QWidget *parent);

    // Reads the stored values again into the fields.
    virtual void refresh() = 0;

signals:
    void saved();

protected:
    void changeEvent(QEvent *event) override;
    virtual void retranslateUi() = 0;

    Workspace &workspace() { return m_workspace; }
    QPushButton *saveButton() const { return m_save; }
    // Puts `content` above the status line and the Save button.
    void setContent(QLayout *content);
    void setStatus(const QString &text, bool isError);
    // Runs `job` in one transaction; `then` runs in the GUI thread after the commit, `refused`
    // with the sentence of the StoreError that rolled it back (also shown as the status).
    void submit(std::function<void(QSqlDatabase &)> job, std::function<void()> then = {},
                std::function<void(const QString &)> refused = {});

    // The `setting` rows whose key starts with `prefix`.
    static QHash<QString, QString> readSettings(const QSqlDatabase &db, const QString &prefix);
    // An empty value removes the setting, so that the default applies.
    static void writeSetting(QSqlDatabase &db, const QString &key, const QString &value);

private:
    Workspace &m_workspace;
    QLabel *m_status;
    QPushButton *m_save;
};

} // namespace diffusion::ui
