#include "messagepreview.h"

#include "delivery/deliveryrepository.h"
#include "delivery/recipientfields.h"
#include "message/messagebuilder.h"
#include "store/connection.h"
#include "store/sqlstatement.h"
#include "store/storeerror.h"
#include "store/workspace.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace diffusion::ui {

namespace {
constexpr int RecipientsOffered = 50;
}

MessagePreview::MessagePreview(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_recipientLabel(new QLabel(this)), m_recipient(new QComboBox(this)),
      m_subject(new QLabel(this)), m_tabs(new QTabWidget(this)), m_html(new QTextBrowser(this)), m_text(new QPlainTextEdit(this))
{
    m_recipient->setObjectName(u"previewRecipient"_qs);
    m_subject->setObjectName(u"previewSubject"_qs);
    m_html->setObjectName(u"previewHtml"_qs);
    m_text->setObjectName(u"previewText"_qs);
    m_html->setOpenLinks(false);
    m_text->setReadOnly(true);
    m_subject->setWordWrap(true);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_subject->font();
    bold.setBold(true);
    m_subject->setFont(bold);
    m_recipientLabel->setBuddy(m_recipient);
    m_tabs->addTab(m_html, QString());
    m_tabs->addTab(m_text, QString());

    auto *chooser = new QHBoxLayout;
    chooser->addWidget(m_recipientLabel);
    chooser->addWidget(m_recipient, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(chooser);
    layout->addWidget(m_subject);
    layout->addWidget(m_tabs, 1);
    connect(m_recipient, &QComboBox::currentIndexChanged, this, [this] {
        loadRecipient();
        render();
    });
    retranslateUi();
}

void MessagePreview::show(const Delivery &delivery)
{
    m_delivery = delivery;
    if (delivery.listId != m_listId)
        loadRecipients(delivery.listId);
    render();
}

void MessagePreview::loadRecipients(qint64 listId)
{
    m_listId = listId;
    const QSignalBlocker blocker(m_recipient);
    m_recipient->clear();
    try {
        ReadConnection reader(m_workspace.path());
        m_fields = DeliveryRepository::fieldsOfList(reader.db(), listId);
        SqlStatement rows(sqliteHandle(reader.db()), "SELECT id, email FROM recipient WHERE list_id = ? AND address_issue IS NULL "
                                                     "ORDER BY id LIMIT ?");
        rows.bind(1, listId);
        rows.bind(2, qint64(RecipientsOffered));
        while (rows.step())
            m_recipient->addItem(rows.columnText(1), rows.columnInt64(0));
    } catch (const StoreError &error) {
        m_subject->setText(error.message());
    }
    loadRecipient();
}

void MessagePreview::loadRecipient()
{
    m_recipientValues = MessageRecipient{};
    m_loadError.clear();
    try {
        ReadConnection reader(m_workspace.path());
        SqlStatement row(sqliteHandle(reader.db()), "SELECT email_ascii, email, first_name, last_name, custom_fields FROM recipient WHERE id = ?");
        row.bind(1, m_recipient->currentData().toLongLong());
        if (row.step()) {
            m_recipientValues.address = std::string(row.columnUtf8(0));
            const std::string_view custom = row.columnUtf8(4);
            m_recipientValues.values = recipientFieldValues(m_fields, std::string(row.columnUtf8(1)), std::string(row.columnUtf8(2)),
                                                            std::string(row.columnUtf8(3)),
                                                            QByteArray(custom.data(), qsizetype(custom.size())));
        }
    } catch (const StoreError &error) {
        m_loadError = error.message();
    }
}

// Runs at every keystroke in the editor: it reads nothing, the list's fields and the chosen
// recipient were read when they were chosen.
void MessagePreview::render()
{
    if (!m_loadError.isEmpty()) {
        m_subject->setText(m_loadError);
        return;
    }
    MessageRecipient recipient = m_recipientValues;
    recipient.deliveryId = m_delivery.id;
    MessageBuilder builder(messageDefinition(m_delivery), m_fields);
    RenderedParts parts;
    QString error;
    if (!builder.renderParts(recipient, parts, &error)) {
        m_subject->setText(error);
        m_html->clear();
        m_text->clear();
        return;
    }
    m_subject->setText(QString::fromStdString(parts.subject));
    m_html->setHtml(QString::fromStdString(parts.html));
    m_text->setPlainText(QString::fromStdString(parts.text));
    m_tabs->setTabEnabled(0, !m_delivery.html.isEmpty());
    m_tabs->setTabEnabled(1, !m_delivery.text.isEmpty());
}

void MessagePreview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void MessagePreview::retranslateUi()
{
    m_recipientLabel->setText(tr("Preview &for:"));
    m_recipient->setToolTip(tr("The message as this recipient of the list will read it."));
    m_tabs->setTabText(0, tr("HTML"));
    m_tabs->setTabText(1, tr("Text"));
}

} // namespace diffusion::ui
