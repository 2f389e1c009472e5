#include "deliverylogfilterbar.h"

#include "domain/codes.h"

#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QStringListModel>
#include <QTimer>
#include <QToolButton>

namespace diffusion::ui {

namespace {
constexpr int typingPauseMs = 300;
constexpr int allReasons = -1;
} // namespace

DeliveryLogFilterBar::DeliveryLogFilterBar(QWidget *parent)
    : QWidget(parent),
      m_statusLabel(new QLabel(this)),
      m_status(new QToolButton(this)),
      m_statusMenu(new QMenu(this)),
      m_reasonLabel(new QLabel(this)),
      m_reason(new QComboBox(this)),
      m_domainLabel(new QLabel(this)),
      m_domain(new QLineEdit(this)),
      m_domains(new QStringListModel(this)),
      m_searchLabel(new QLabel(this)),
      m_search(new QLineEdit(this)),
      m_typing(new QTimer(this))
{
    m_status->setObjectName(u"statusFilter"_qs);
    m_reason->setObjectName(u"reasonFilter"_qs);
    m_domain->setObjectName(u"domainFilter"_qs);
    m_search->setObjectName(u"addressSearch"_qs);

    for (const CodeInfo &status : messageStatusCodes()) {
        QAction *action = m_statusMenu->addAction(QString());
        action->setObjectName(u"status_"_qs + QString::fromLatin1(status.id));
        action->setData(status.value);
        action->setCheckable(true);
        connect(action, &QAction::toggled, this, [this] {
            updateStatusButton();
            apply();
        });
    }
    m_status->setMenu(m_statusMenu);
    m_status->setPopupMode(QToolButton::InstantPopup);
    m_status->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_reason->addItem(QString(), allReasons);
    for (const CodeInfo &reason : failureReasonCodes())
        m_reason->addItem(QString(), reason.value);
    m_reason->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &DeliveryLogFilterBar::apply);

    auto *completer = new QCompleter(m_domains, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_domain->setCompleter(completer);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, &DeliveryLogFilterBar::apply);

    m_typing->setSingleShot(true);
    m_typing->setInterval(typingPauseMs);
    connect(m_typing, &QTimer::timeout, this, &DeliveryLogFilterBar::apply);
    for (QLineEdit *field : {m_domain, m_search}) {
        field->setClearButtonEnabled(true);
        connect(field, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
        connect(field, &QLineEdit::returnPressed, this, &DeliveryLogFilterBar::apply);
        // The clear button changes the text without an edit.
        connect(field, &QLineEdit::textChanged, this, [this](const QString &text) {
            if (text.isEmpty())
                apply();
        });
    }
    m_domain->setMinimumWidth(fontMetrics().averageCharWidth() * 18);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 22);

    m_statusLabel->setBuddy(m_status);
    m_reasonLabel->setBuddy(m_reason);
    m_domainLabel->setBuddy(m_domain);
    m_searchLabel->setBuddy(m_search);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_status);
    layout->addSpacing(8);
    layout->addWidget(m_reasonLabel);
    layout->addWidget(m_reason);
    layout->addSpacing(8);
    layout->addWidget(m_domainLabel);
    layout->addWidget(m_domain, 1);
    layout->addSpacing(8);
    layout->addWidget(m_searchLabel);
    layout->addWidget(m_search, 1);
    retranslateUi();
}

DeliveryLogFilter DeliveryLogFilterBar::filter() const
{
    DeliveryLogFilter filter;
    for (const QAction *action : m_statusMenu->actions()) {
        if (action->isChecked())
            filter.statuses.append(action->data().toInt());
    }
    if (const int reason = m_reason->currentData().toInt(); reason != allReasons)
        filter.reason = reason;
    filter.domain = m_domain->text().trimmed();
    filter.search = m_search->text().trimmed();
    return filter;
}

void DeliveryLogFilterBar::setDomains(const QStringList &domains)
{
    m_domains->setStringList(domains);
}

void DeliveryLogFilterBar::clear()
{
    // The fields stay quiet so that the change is applied once, not once per field.
    for (QAction *action : m_statusMenu->actions()) {
        const QSignalBlocker quiet(action);
        action->setChecked(false);
    }
    {
        const QSignalBlocker quietReason(m_reason);
        const QSignalBlocker quietDomain(m_domain);
        const QSignalBlocker quietSearch(m_search);
        m_reason->setCurrentIndex(0);
        m_domain->clear();
        m_search->clear();
    }
    updateStatusButton();
    apply();
}

void DeliveryLogFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DeliveryLogFilterBar::retranslateUi()
{
    m_statusLabel->setText(tr("&Status:"));
    m_reasonLabel->setText(tr("&Reason:"));
    m_domainLabel->setText(tr("&Domain:"));
    m_searchLabel->setText(tr("&Find:"));
    m_domain->setPlaceholderText(tr("All domains"));
    m_search->setPlaceholderText(tr("Part of an address"));
    m_status->setToolTip(tr("Show only the messages with the checked statuses."));
    m_reason->setToolTip(tr("Show only the messages that failed or were left out for this reason."));
    m_domain->setToolTip(tr("Show only the messages to this recipient domain."));
    m_search->setToolTip(tr("Show only the addresses that contain this text, in any case."));
    const QList<QAction *> statuses = m_statusMenu->actions();
    for (QAction *action : statuses) {
        const CodeInfo *info = findCode(messageStatusCodes(), action->data().toInt());
        action->setText(QCoreApplication::translate("Codes", info->label));
    }
    m_reason->setItemText(0, tr("All reasons"));
    for (int item = 1; item < m_reason->count(); ++item) {
        const CodeInfo *info = findCode(failureReasonCodes(), m_reason->itemData(item).toInt());
        m_reason->setItemText(item, QCoreApplication::translate("Codes", info->label));
    }
    updateStatusButton();
}

void DeliveryLogFilterBar::updateStatusButton()
{
    QStringList checked;
    for (const QAction *action : m_statusMenu->actions()) {
        if (action->isChecked())
            checked.append(action->text());
    }
    if (checked.isEmpty())
        m_status->setText(tr("All statuses"));
    else if (checked.size() == 1)
        m_status->setText(checked.constFirst());
    else
        m_status->setText(tr("%n statuses", "", int(checked.size())));
}

void DeliveryLogFilterBar::apply()
{
    m_typing->stop();
    const DeliveryLogFilter current = filter();
    if (current == m_applied)
        return;
    m_applied = current;
    Q_EMIT filterChanged(current);
}

} // namespace diffusion::ui
