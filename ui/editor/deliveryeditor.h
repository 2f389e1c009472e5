#pragma once

#include "delivery/delivery.h"
#include "message/fieldset.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTimer;

namespace diffusion {
class Workspace;
}

namespace diffusion::ui {

class MessagePreview;

// Creates or edits a delivery: sender, reply-to, subject, list, validity, DKIM, custom headers,
// HTML and text content beside a live preview for a chosen recipient, unsubscribe options, and
// the analysis options (approval mode, duplicates, target limit, control group, exclusions).
// Problems are shown under the field they concern, found by the same rules analysis applies;
// saving is possible once there is none. Saving an analyzed delivery voids its analysis.
class DeliveryEditor final : public QDialog
{
    Q_OBJECT

public:
    // deliveryId 0: a new delivery.
    DeliveryEditor(Workspace &workspace, qint64 deliveryId, QWidget *parent = nullptr);

    qint64 deliveryId() const { return m_delivery.id; }
    // The problems shown, by field object name; empty when the delivery can be saved.
    QHash<QString, QString> problems() const { return m_problems; }

Q_SIGNALS:
    void saved(qint64 deliveryId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    Delivery edited() const;
    void validate();
    void save();
    void retranslateUi();
    QLabel *problemLabel(QWidget *field);

    Workspace &m_workspace;
    Delivery m_delivery;
    QString m_loadError;
    QHash<QString, QString> m_problems;
    QHash<QWidget *, QLabel *> m_problemLabels;
    FieldSet m_fields;
    qint64 m_fieldsOfList = -1;
    QFormLayout *m_form;
    QLineEdit *m_label;
    QComboBox *m_list;
    QLineEdit *m_sender;
    QLineEdit *m_senderName;
    QLineEdit *m_replyTo;
    QLineEdit *m_envelopeSender;
    QCheckBox *m_verp;
    QLineEdit *m_subject;
    QLineEdit *m_validity;
    QLineEdit *m_dkimKey;
    QLineEdit *m_dkimSelector;
    QLineEdit *m_unsubscribeUrl;
    QCheckBox *m_unsubscribeHeaders;
    QPlainTextEdit *m_headers;
    QPlainTextEdit *m_html;
    QPlainTextEdit *m_text;
    QComboBox *m_approval;
    QCheckBox *m_deduplicate;
    QSpinBox *m_targetLimit;
    QLineEdit *m_controlGroup;
    QPlainTextEdit *m_exclusions;
    MessagePreview *m_preview;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QTimer *m_debounce;
};

} // namespace diffusion::ui
