#include "deliveryeditor.h"

#include "messagepreview.h"
#include "analysis/controlrules.h"
#include "analysis/targetselection.h"
#include "delivery/deliveryrepository.h"
#include "delivery/duration.h"
#include "message/messagebuilder.h"
#include "message/messagetemplate.h"
#include "store/connection.h"
#include "store/sqlstatement.h"
#include "store/storeerror.h"
#include "store/storewriter.h"
#include "store/workspace.h"
#include "whencommitted.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace diffusion::ui {

namespace {

QString headersText(const QList<std::pair<QString, QString>> &headers)
{
    QStringList lines;
    for (const auto &[name, value] : headers)
        lines.append(name + u": "_qs + value);
    return lines.join(u'\n');
}

QString exclusionsText(const QList<Exclusion> &exclusions)
{
    QStringList lines;
    for (const Exclusion &exclusion : exclusions)
        lines.append(exclusion.kind == Exclusion::Kind::List ? u"list:"_qs + exclusion.value : exclusion.value);
    return lines.join(u'\n');
}

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList result;
    for (const QString &line : edit->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            result.append(line.trimmed());
    }
    return result;
}

QString firstIssue(const QString &source, Escaping escaping, const FieldSet &fields)
{
    const MessageTemplate compiled(source, escaping, fields);
    return compiled.issues().isEmpty() ? QString() : compiled.issues().constFirst().message;
}

} // namespace

DeliveryEditor::DeliveryEditor(Workspace &workspace, qint64 deliveryId, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_form(new QFormLayout), m_label(new QLineEdit(this)), m_list(new QComboBox(this)),
      m_sender(new QLineEdit(this)), m_senderName(new QLineEdit(this)), m_replyTo(new QLineEdit(this)), m_envelopeSender(new QLineEdit(this)),
      m_verp(new QCheckBox(this)), m_subject(new QLineEdit(this)),
      m_validity(new QLineEdit(this)), m_dkimKey(new QLineEdit(this)), m_dkimSelector(new QLineEdit(this)),
      m_unsubscribeUrl(new QLineEdit(this)), m_unsubscribeHeaders(new QCheckBox(this)), m_headers(new QPlainTextEdit(this)),
      m_html(new QPlainTextEdit(this)), m_text(new QPlainTextEdit(this)), m_approval(new QComboBox(this)),
      m_deduplicate(new QCheckBox(this)), m_targetLimit(new QSpinBox(this)), m_controlGroup(new QLineEdit(this)),
      m_exclusions(new QPlainTextEdit(this)), m_preview(new MessagePreview(workspace, this)), m_status(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this)), m_debounce(new QTimer(this))
{
    setObjectName(u"deliveryEditor"_qs);
    m_delivery.id = deliveryId;
    const QList<std::pair<QWidget *, const char *>> names{
        {m_label, "label"}, {m_list, "list"}, {m_sender, "sender"}, {m_senderName, "senderName"}, {m_replyTo, "replyTo"},
        {m_envelopeSender, "envelopeSender"}, {m_verp, "verp"},
        {m_subject, "subject"}, {m_validity, "validity"}, {m_dkimKey, "dkimKey"}, {m_dkimSelector, "dkimSelector"},
        {m_unsubscribeUrl, "unsubscribeUrl"}, {m_unsubscribeHeaders, "unsubscribeHeaders"}, {m_headers, "headers"},
        {m_html, "html"}, {m_text, "text"}, {m_approval, "approval"}, {m_deduplicate, "deduplicate"},
        {m_targetLimit, "targetLimit"}, {m_controlGroup, "controlGroup"}, {m_exclusions, "exclusions"}};
    for (const auto &[widget, name] : names)
        widget->setObjectName(QString::fromLatin1(name));
    m_status->setObjectName(u"editorStatus"_qs);
    m_targetLimit->setRange(0, 100'000'000);
    m_headers->setMaximumHeight(70);
    m_exclusions->setMaximumHeight(70);
    for (const ApprovalMode mode : {ApprovalMode::Manual, ApprovalMode::SemiAutomatic, ApprovalMode::Automatic})
        m_approval->addItem(QString(), int(mode));

    // Message: who sends what to whom; Content: the templates beside the preview; Analysis: what
    // analysis leaves out and how the delivery is approved.
    const auto row = [this](QFormLayout *form, QWidget *field) {
        auto *box = new QVBoxLayout;
        box->setSpacing(1);
        box->addWidget(field);
        box->addWidget(problemLabel(field));
        form->addRow(new QLabel(this), box);
        qobject_cast<QLabel *>(form->itemAt(form->rowCount() - 1, QFormLayout::LabelRole)->widget())->setBuddy(field);
    };
    auto *message = new QWidget(this);
    message->setLayout(m_form);
    for (QWidget *field : {static_cast<QWidget *>(m_label), static_cast<QWidget *>(m_list), static_cast<QWidget *>(m_sender),
                           static_cast<QWidget *>(m_senderName), static_cast<QWidget *>(m_replyTo), static_cast<QWidget *>(m_envelopeSender),
                           static_cast<QWidget *>(m_verp), static_cast<QWidget *>(m_subject),
                           static_cast<QWidget *>(m_validity), static_cast<QWidget *>(m_dkimKey), static_cast<QWidget *>(m_dkimSelector),
                           static_cast<QWidget *>(m_unsubscribeUrl), static_cast<QWidget *>(m_unsubscribeHeaders),
                           static_cast<QWidget *>(m_headers)})
        row(m_form, field);

    auto *content = new QSplitter(this);
    auto *templates = new QWidget(content);
    auto *contentForm = new QFormLayout(templates);
    contentForm->setRowWrapPolicy(QFormLayout::WrapAllRows);
    row(contentForm, m_html);
    row(contentForm, m_text);
    content->addWidget(templates);
    content->addWidget(m_preview);

    auto *analysis = new QWidget(this);
    auto *analysisForm = new QFormLayout(analysis);
    for (QWidget *field : {static_cast<QWidget *>(m_approval), static_cast<QWidget *>(m_deduplicate), static_cast<QWidget *>(m_targetLimit),
                           static_cast<QWidget *>(m_controlGroup), static_cast<QWidget *>(m_exclusions)})
        row(analysisForm, field);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(u"editorTabs"_qs);
    tabs->addTab(message, QString());
    tabs->addTab(content, QString());
    tabs->addTab(analysis, QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(980, 720);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &DeliveryEditor::validate);
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    for (QPlainTextEdit *edit : {m_headers, m_html, m_text, m_exclusions})
        connect(edit, &QPlainTextEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_list, &QComboBox::currentIndexChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DeliveryEditor::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    load();
    validate();
}

QLabel *DeliveryEditor::problemLabel(QWidget *field)
{
    auto *label = new QLabel(this);
    label->setObjectName(field->objectName() + u"Problem"_qs);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    label->setPalette(palette);
    label->hide();
    m_problemLabels.insert(field, label);
    return label;
}

void DeliveryEditor::load()
{
    try {
        ReadConnection reader(m_workspace.path());
        SqlStatement lists(sqliteHandle(reader.db()), "SELECT id, name FROM recipient_list ORDER BY name");
        while (lists.step())
            m_list->addItem(lists.columnText(1), lists.columnInt64(0));
        if (m_delivery.id != 0) {
            const std::optional<Delivery> stored = DeliveryRepository::load(reader.db(), m_delivery.id);
            if (!stored) {
                m_loadError = tr("There is no delivery %1.").arg(m_delivery.id);
                return;
            }
            m_delivery = *stored;
        }
    } catch (const StoreError &error) {
        m_loadError = error.message();
        return;
    }
    const Delivery &d = m_delivery;
    m_label->setText(d.label);
    m_list->setCurrentIndex(std::max(0, m_list->findData(d.listId)));
    m_sender->setText(d.senderAddress);
    m_senderName->setText(d.senderName);
    m_replyTo->setText(d.replyTo);
    m_envelopeSender->setText(d.envelopeSender);
    m_verp->setChecked(d.verp);
    m_subject->setText(d.subject);
    m_validity->setText(formatDuration(d.validitySeconds));
    m_dkimKey->setText(d.dkim.keyPath);
    m_dkimSelector->setText(d.dkim.selector);
    m_unsubscribeUrl->setText(d.unsubscribeUrl);
    m_unsubscribeHeaders->setChecked(d.unsubscribeHeaders);
    m_headers->setPlainText(headersText(d.customHeaders));
    m_html->setPlainText(d.html);
    m_text->setPlainText(d.text);
    m_approval->setCurrentIndex(m_approval->findData(int(d.approvalMode)));
    m_deduplicate->setChecked(d.deduplicate);
    m_targetLimit->setValue(int(d.targetLimit.value_or(0)));
    m_controlGroup->setText(d.controlGroup);
    m_exclusions->setPlainText(exclusionsText(d.exclusions));
}

Delivery DeliveryEditor::edited() const
{
    Delivery d = m_delivery;
    d.label = m_label->text().trimmed();
    d.listId = m_list->currentData().toLongLong();
    d.senderAddress = m_sender->text().trimmed();
    d.senderName = m_senderName->text();
    d.replyTo = m_replyTo->text().trimmed();
    d.envelopeSender = m_envelopeSender->text().trimmed();
    d.verp = m_verp->isChecked();
    d.subject = m_subject->text();
    d.validitySeconds = parseDuration(m_validity->text()).value_or(d.validitySeconds);
    d.dkim.keyPath = m_dkimKey->text().trimmed();
    d.dkim.selector = m_dkimSelector->text().trimmed();
    d.unsubscribeUrl = m_unsubscribeUrl->text().trimmed();
    d.unsubscribeHeaders = m_unsubscribeHeaders->isChecked();
    d.customHeaders.clear();
    for (const QString &line : lines(m_headers)) {
        const qsizetype colon = line.indexOf(u':');
        d.customHeaders.append({line.left(std::max<qsizetype>(colon, 0)).trimmed(), colon < 0 ? line : line.mid(colon + 1).trimmed()});
    }
    d.html = m_html->toPlainText();
    d.text = m_text->toPlainText();
    d.approvalMode = ApprovalMode(m_approval->currentData().toInt());
    d.deduplicate = m_deduplicate->isChecked();
    d.targetLimit = m_targetLimit->value() > 0 ? std::optional<qint64>(m_targetLimit->value()) : std::nullopt;
    d.controlGroup = m_controlGroup->text().trimmed();
    d.exclusions.clear();
    for (const QString &line : lines(m_exclusions)) {
        if (line.startsWith(u"list:"_qs))
            d.exclusions.append({Exclusion::Kind::List, line.mid(5).trimmed()});
        else
            d.exclusions.append({line.contains(u'@') ? Exclusion::Kind::Address : Exclusion::Kind::Domain, line.toLower()});
    }
    return d;
}

void DeliveryEditor::validate()
{
    const Delivery d = edited();
    m_problems.clear();
    const auto problem = [this](QWidget *field, const QString &text) {
        if (!text.isEmpty() && !m_problems.contains(field->objectName()))
            m_problems.insert(field->objectName(), text);
    };
    // The same start rules analysis applies, each shown under its field.
    const QHash<QString, QWidget *> fieldOfRule{{u"subject_missing"_qs, m_subject}, {u"subject_forbidden_characters"_qs, m_subject},
                                                {u"sender_missing"_qs, m_sender}, {u"sender_invalid"_qs, m_sender},
                                                {u"reply_to_invalid"_qs, m_replyTo}, {u"envelope_sender_invalid"_qs, m_envelopeSender}};
    for (const AnalysisEntry &entry : startRules(d)) {
        if (entry.severity == Severity::Error && fieldOfRule.contains(entry.code))
            problem(fieldOfRule.value(entry.code), entry.text());
    }
    if (m_list->currentIndex() < 0)
        problem(m_list, tr("Import a recipient list first: a delivery is sent to a list."));
    if (!parseDuration(m_validity->text()))
        problem(m_validity, tr("Write a number and a unit: 5d, 36h, 90m or 30s."));
    if (d.dkim.keyPath.isEmpty() != d.dkim.selector.isEmpty())
        problem(d.dkim.keyPath.isEmpty() ? m_dkimKey : m_dkimSelector, tr("Give the key file and its selector together."));
    for (const QString &line : lines(m_headers)) {
        if (line.indexOf(u':') <= 0)
            problem(m_headers, tr("\"%1\" is not a header. Write it as 'Name: value'.").arg(line));
    }
    if (d.html.isEmpty() && d.text.isEmpty())
        problem(m_html, tr("Write the HTML content, the text content, or both."));
    bool controlValid = true;
    ControlGroup::parse(d.controlGroup, &controlValid);
    if (!controlValid)
        problem(m_controlGroup, tr("Write a number of recipients (500) or a share (5%)."));

    // The list's fields change only with the list: read them once per list, not per keystroke.
    if (d.listId != m_fieldsOfList) {
        try {
            ReadConnection reader(m_workspace.path());
            m_fields = DeliveryRepository::fieldsOfList(reader.db(), d.listId);
            m_fieldsOfList = d.listId;
        } catch (const StoreError &error) {
            m_loadError = error.message();
        }
    }
    const FieldSet &fields = m_fields;
    problem(m_subject, firstIssue(d.subject, Escaping::None, fields));
    problem(m_senderName, firstIssue(d.senderName, Escaping::None, fields));
    problem(m_html, firstIssue(d.html, Escaping::Html, fields));
    problem(m_text, firstIssue(d.text, Escaping::None, fields));
    problem(m_unsubscribeUrl, firstIssue(d.unsubscribeUrl, Escaping::Url, fields));
    MessageDefinition headersOnly;
    headersOnly.customHeaders = d.customHeaders;
    if (const QList<TemplateIssue> issues = MessageBuilder(headersOnly, fields).issues(); !issues.isEmpty())
        problem(m_headers, issues.constFirst().message);

    for (auto it = m_problemLabels.cbegin(); it != m_problemLabels.cend(); ++it) {
        const QString text = m_problems.value(it.key()->objectName());
        it.value()->setText(text);
        it.value()->setVisible(!text.isEmpty());
    }
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_problems.isEmpty() && m_loadError.isEmpty());
    m_status->setText(!m_loadError.isEmpty() ? m_loadError
                      : m_problems.isEmpty() ? QString()
                                             : tr("%n problem(s) to correct before saving.", nullptr, int(m_problems.size())));
    if (m_list->currentIndex() >= 0)
        m_preview->show(d);
}

void DeliveryEditor::save()
{
    validate();
    if (!m_problems.isEmpty())
        return;
    const Delivery d = edited();
    QPushButton *saveButton = m_buttons->button(QDialogButtonBox::Save);
    saveButton->setEnabled(false);
    whenCommitted(this, m_workspace.writer().submit([d](QSqlDatabase &db) {
        if (d.id == 0)
            return DeliveryRepository::insert(db, d);
        DeliveryRepository::update(db, d);
        return d.id;
    }), [this](qint64 id) {
        m_delivery.id = id;
        Q_EMIT saved(id);
        accept();
    }, [this, saveButton](const QString &error) {
        m_status->setText(error);
        saveButton->setEnabled(true);
    });
}

void DeliveryEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        validate();
    }
    QDialog::changeEvent(event);
}

void DeliveryEditor::retranslateUi()
{
    setWindowTitle(m_delivery.id == 0 ? tr("New delivery") : tr("Delivery %1").arg(m_delivery.id));
    const QHash<QWidget *, QString> labels{
        {m_label, tr("&Name:")}, {m_list, tr("&List:")}, {m_sender, tr("&Sender address:")}, {m_senderName, tr("Sender na&me:")},
        {m_replyTo, tr("&Reply-to:")}, {m_envelopeSender, tr("Return &path (bounces):")}, {m_verp, QString()},
        {m_subject, tr("S&ubject:")}, {m_validity, tr("&Validity:")},
        {m_dkimKey, tr("DKIM &key file:")}, {m_dkimSelector, tr("DKIM s&elector:")}, {m_unsubscribeUrl, tr("Unsubscribe &URL:")},
        {m_unsubscribeHeaders, QString()}, {m_headers, tr("Extra &headers:")}, {m_html, tr("&HTML content:")},
        {m_text, tr("&Text content:")}, {m_approval, tr("&Approval:")}, {m_deduplicate, QString()},
        {m_targetLimit, tr("Target &limit:")}, {m_controlGroup, tr("&Control group:")}, {m_exclusions, tr("E&xclusions:")}};
    for (QLabel *label : findChildren<QLabel *>()) {
        if (label->buddy() && labels.contains(label->buddy()))
            label->setText(labels.value(label->buddy()));
    }
    m_unsubscribeHeaders->setText(tr("Add the List-Unsubscribe headers (one-click with an https URL)"));
    m_envelopeSender->setPlaceholderText(tr("the sender address"));
    m_envelopeSender->setToolTip(tr("Where bounces go (MAIL FROM): the mailbox inMail reads. Empty: the sender address."));
    m_verp->setText(tr("Trace bounces to their message (VERP: return path local+id@domain)"));
    m_deduplicate->setText(tr("Leave duplicates out (the same address in another case counts as one)"));
    m_validity->setToolTip(tr("How long failed messages are retried: 5d, 36h, 90m or 30s."));
    m_dkimKey->setToolTip(tr("A PEM private key. Empty: the keys added for the sender's domain sign, if any."));
    m_headers->setToolTip(tr("One header per line, 'Name: value'; values may be personalized."));
    m_exclusions->setToolTip(tr("One per line: an address, a domain, or list:NAME for every address of another list."));
    m_controlGroup->setToolTip(tr("A number of recipients (500) or a share (5%), kept aside at random."));
    m_targetLimit->setSpecialValueText(tr("everyone"));
    m_approval->setItemText(0, tr("Manual: I confirm after reading the analysis"));
    m_approval->setItemText(1, tr("Semi-automatic: starts when the analysis finds neither error nor warning"));
    m_approval->setItemText(2, tr("Automatic: starts when the analysis finds no error"));
    auto *tabs = findChild<QTabWidget *>(u"editorTabs"_qs);
    tabs->setTabText(0, tr("&Message"));
    tabs->setTabText(1, tr("C&ontent and preview"));
    tabs->setTabText(2, tr("Anal&ysis options"));
}

} // namespace diffusion::ui
