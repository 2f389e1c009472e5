#pragma once

#include "delivery/delivery.h"
#include "message/fieldset.h"
#include "message/messagebuilder.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTextBrowser;

namespace diffusion {
class Workspace;
}

namespace diffusion::ui {

// The delivery's message as one recipient of its list will read it: subject, HTML and text,
// personalized by the same builder that sends (MessageBuilder::renderParts). The recipient is
// chosen among the first ones of the list.
class MessagePreview final : public QWidget
{
    Q_OBJECT

public:
    MessagePreview(Workspace &workspace, QWidget *parent = nullptr);

    // Renders `delivery` for the chosen recipient; reloads the recipients when its list changed.
    void show(const Delivery &delivery);

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadRecipients(qint64 listId);
    void loadRecipient();
    void render();
    void retranslateUi();

    Workspace &m_workspace;
    Delivery m_delivery;
    qint64 m_listId = -1;
    FieldSet m_fields;
    MessageRecipient m_recipientValues;
    QString m_loadError;
    QLabel *m_recipientLabel;
    QComboBox *m_recipient;
    QLabel *m_subject;
    QTabWidget *m_tabs;
    QTextBrowser *m_html;
    QPlainTextEdit *m_text;
};

} // namespace diffusion::ui
