#include "inmailmessagedialog.h"

#include "inmailmodel.h"
#include "store/connection.h"
#include "store/storeerror.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace diffusion::ui {

InMailMessageDialog::InMailMessageDialog(const QString &workspacePath, qint64 messageId, QWidget *parent)
    : QDialog(parent),
      m_form(new QFormLayout),
      m_fromValue(new QLabel(this)),
      m_subjectValue(new QLabel(this)),
      m_readAtValue(new QLabel(this)),
      m_kindValue(new QLabel(this)),
      m_outcomeValue(new QLabel(this)),
      m_mailboxValue(new QLabel(this)),
      m_recipientsTitle(new QLabel(this)),
      m_recipientList(new QTreeWidget(this)),
      m_rawTitle(new QLabel(this)),
      m_raw(new QPlainTextEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(u"inMailMessageDialog"_qs);
    m_recipientList->setObjectName(u"inMailMessageRecipients"_qs);
    m_raw->setObjectName(u"inMailMessageRaw"_qs);
    for (QLabel *value : {m_fromValue, m_subjectValue, m_readAtValue, m_kindValue, m_outcomeValue, m_mailboxValue}) {
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        m_form->addRow(new QLabel(this), value);
    }
    m_recipientList->setColumnCount(6);
    m_recipientList->setRootIsDecorated(false);
    m_recipientList->setTabKeyNavigation(false);
    m_recipientList->setMaximumHeight(150);
    m_recipientList->setColumnWidth(0, 220);
    m_recipientList->setColumnWidth(3, 240);
    m_raw->setReadOnly(true);
    m_raw->setTabChangesFocus(true);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_recipientsTitle);
    layout->addWidget(m_recipientList);
    layout->addWidget(m_rawTitle);
    layout->addWidget(m_raw, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(820, 640);

    load(workspacePath, messageId);
    retranslateUi();
}

void InMailMessageDialog::load(const QString &workspacePath, qint64 messageId)
{
    try {
        ReadConnection reader(workspacePath);
        QSqlQuery message(reader.db());
        message.prepare(u"SELECT sender, subject, mailbox, kind, outcome, read_at, raw FROM inmail_message WHERE id = ?"_qs);
        message.addBindValue(messageId);
        if (!message.exec())
            throw StoreError(tr("The message could not be read from the workspace: %1").arg(message.lastError().text()));
        if (!message.next()) {
            m_error = tr("This message is no longer in the workspace.");
            return;
        }
        m_from = message.value(0).toString();
        m_subject = message.value(1).toString();
        m_mailbox = message.value(2).toString();
        m_kind = message.value(3).toString();
        m_outcome = message.value(4).toString();
        m_readAt = message.value(5).toLongLong();
        m_rawKept = !message.value(6).isNull();
        m_raw->setPlainText(QString::fromUtf8(message.value(6).toByteArray()));

        QSqlQuery recipients(reader.db());
        recipients.prepare(u"SELECT recipient, action, status, diagnostic, rule, matched_by FROM inmail_recipient "
                           "WHERE message = ? ORDER BY id"_qs);
        recipients.addBindValue(messageId);
        if (!recipients.exec())
            throw StoreError(tr("The message could not be read from the workspace: %1").arg(recipients.lastError().text()));
        while (recipients.next()) {
            m_recipients.append({recipients.value(0).toString(), recipients.value(1).toString(), recipients.value(2).toString(),
                                 recipients.value(3).toString(), recipients.value(4).toString(), recipients.value(5).toString()});
        }
    } catch (const StoreError &error) {
        m_error = error.message();
    }
}

void InMailMessageDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void InMailMessageDialog::retranslateUi()
{
    setWindowTitle(tr("Message from the bounce mailbox"));
    const QStringList names = {tr("From"), tr("Subject"), tr("Read at"), tr("Kind"), tr("Outcome"), tr("Mailbox")};
    for (int row = 0; row < names.size(); ++row) {
        if (auto *label = qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)->widget()))
            label->setText(names[row]);
    }
    m_fromValue->setText(m_from);
    m_subjectValue->setText(m_subject);
    m_readAtValue->setText(m_error.isEmpty() ? QLocale().toString(QDateTime::fromSecsSinceEpoch(m_readAt), QLocale::LongFormat)
                                             : QString());
    m_kindValue->setText(InMailModel::kindLabel(m_kind));
    m_outcomeValue->setText(InMailModel::outcomeLabel(m_outcome));
    m_mailboxValue->setText(m_mailbox);

    m_recipientsTitle->setText(!m_error.isEmpty()          ? m_error
                               : m_recipients.isEmpty() ? tr("It names no recipient.")
                                                        : tr("The recipients it names:"));
    m_recipientList->setHeaderLabels({tr("Recipient"), tr("Action"), tr("Status"), tr("Diagnostic"), tr("Rule"), tr("Tied by")});
    m_recipientList->clear();
    for (const Recipient &recipient : std::as_const(m_recipients)) {
        QString tiedBy = tr("Nothing: unmatched");
        if (recipient.matchedBy == u"verp"_qs)
            tiedBy = tr("Its VERP return path");
        else if (recipient.matchedBy == u"message_id"_qs)
            tiedBy = tr("The returned Message-ID");
        else if (recipient.matchedBy == u"address"_qs)
            tiedBy = tr("The address alone");
        auto *item = new QTreeWidgetItem(m_recipientList, {recipient.address, recipient.action, recipient.status,
                                                           recipient.diagnostic, recipient.rule, tiedBy});
        item->setToolTip(3, recipient.diagnostic);
    }
    m_recipientList->setVisible(!m_recipients.isEmpty());

    m_rawTitle->setText(m_rawKept ? tr("The message as read:")
                                  : tr("The message itself is not kept once it is applied: what it said is above."));
    m_rawTitle->setVisible(m_error.isEmpty());
    m_raw->setVisible(m_rawKept);
}

} // namespace diffusion::ui
