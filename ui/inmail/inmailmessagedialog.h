#pragma once

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QTreeWidget;

namespace diffusion::ui {

// One message inMail read, read-only: what it was, each recipient it named with what was made
// of it and the message it was tied to, and the message itself when it was kept (unmatched
// messages and those that are not bounces).
class InMailMessageDialog final : public QDialog
{
    Q_OBJECT

public:
    InMailMessageDialog(const QString &workspacePath, qint64 messageId, QWidget *parent);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Recipient {
        QString address, action, status, diagnostic, rule, matchedBy;
    };
    void load(const QString &workspacePath, qint64 messageId);
    void retranslateUi();

    QString m_from, m_subject, m_mailbox, m_kind, m_outcome, m_error;
    qint64 m_readAt = 0;
    bool m_rawKept = false;
    QList<Recipient> m_recipients;

    QFormLayout *m_form;
    QLabel *m_fromValue;
    QLabel *m_subjectValue;
    QLabel *m_readAtValue;
    QLabel *m_kindValue;
    QLabel *m_outcomeValue;
    QLabel *m_mailboxValue;
    QLabel *m_recipientsTitle;
    QTreeWidget *m_recipientList;
    QLabel *m_rawTitle;
    QPlainTextEdit *m_raw;
    QDialogButtonBox *m_buttons;
};

} // namespace diffusion::ui
