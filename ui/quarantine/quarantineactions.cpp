#include "quarantineactions.h"

#include "quarantine/quarantinebook.h"
#include "quarantinemodel.h"
#include "store/workspace.h"
#include "tablearea.h"
#include "tablepane.h"
#include "tableview.h"
#include "whencommitted.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>

namespace diffusion::ui {

QuarantineActions::QuarantineActions(Workspace &workspace, TableArea *area, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_area(area), m_model(qobject_cast<QuarantineModel *>(area->model())),
      m_filter(new QLineEdit(this)), m_status(new QComboBox(this)), m_release(new QPushButton(this)), m_deny(new QPushButton(this))
{
    m_filter->setObjectName(u"quarantineFilter"_qs);
    m_status->setObjectName(u"quarantineStatusFilter"_qs);
    m_release->setObjectName(u"releaseAddresses"_qs);
    m_deny->setObjectName(u"denyAddresses"_qs);
    m_filter->setClearButtonEnabled(true);
    m_status->addItem(QString());
    for (const AddressStatus status : {AddressStatus::WithErrors, AddressStatus::Quarantine, AddressStatus::Denylisted, AddressStatus::Allowlisted,
                                       AddressStatus::Valid})
        m_status->addItem(QString(), int(status));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter, 1);
    layout->addWidget(m_status);
    layout->addSpacing(12);
    layout->addWidget(m_release);
    layout->addWidget(m_deny);

    TableView *table = area->pane()->table();
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    connect(m_filter, &QLineEdit::textChanged, this, &QuarantineActions::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &QuarantineActions::applyFilter);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &QuarantineActions::updateEnabled);
    connect(m_model, &QAbstractItemModel::modelReset, this, &QuarantineActions::updateEnabled);
    connect(m_release, &QPushButton::clicked, this, [this] { release(selectedAddresses()); });
    connect(m_deny, &QPushButton::clicked, this, [this] {
        const QStringList addresses = selectedAddresses();
        bool ok = false;
        const QString note = QInputDialog::getText(this, tr("Denylist"), tr("Why (kept with the addresses):"), QLineEdit::Normal, QString(), &ok);
        if (ok)
            deny(addresses, note);
    });
    retranslateUi();
    updateEnabled();
}

QStringList QuarantineActions::selectedAddresses() const
{
    QStringList addresses;
    for (const QModelIndex &row : m_area->pane()->table()->selectionModel()->selectedRows(QuarantineModel::Address))
        addresses.append(m_model->rawValue(row.row(), QuarantineModel::Address).toString());
    return addresses;
}

void QuarantineActions::release(const QStringList &addresses)
{
    if (addresses.isEmpty())
        return;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    whenCommitted(this, decideEach(m_workspace.writer(), addresses,
                                   [now](QuarantineBook &book, const QString &address) { return book.release(address, now); }),
                  [this](const QList<bool> &changed) {
        Q_EMIT statusMessage(tr("%n address(es) released.", nullptr, int(changed.count(true))));
        m_area->refresh();
    }, [this](const QString &error) { Q_EMIT statusMessage(error); });
}

void QuarantineActions::deny(const QStringList &addresses, const QString &note)
{
    if (addresses.isEmpty())
        return;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    whenCommitted(this, decideEach(m_workspace.writer(), addresses, [note, now](QuarantineBook &book, const QString &address) {
        return book.deny(address, note, now);
    }), [this](const QList<bool> &changed) {
        Q_EMIT statusMessage(tr("%n address(es) put on the denylist.", nullptr, int(changed.count(true))));
        m_area->refresh();
    }, [this](const QString &error) { Q_EMIT statusMessage(error); });
}

void QuarantineActions::applyFilter()
{
    const QVariant status = m_status->currentData();
    m_model->setFilter(m_filter->text(), status.isValid() ? std::optional<AddressStatus>(AddressStatus(status.toInt())) : std::nullopt);
}

void QuarantineActions::updateEnabled()
{
    const bool selected = m_area->pane()->table()->selectionModel()->hasSelection();
    m_release->setEnabled(selected);
    m_deny->setEnabled(selected);
}

void QuarantineActions::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void QuarantineActions::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Filter by address"));
    m_status->setItemText(0, tr("Every status but Valid"));
    for (int i = 1; i < m_status->count(); ++i) {
        const CodeInfo *code = findCode(addressStatusCodes(), m_status->itemData(i).toInt());
        m_status->setItemText(i, code ? QCoreApplication::translate("Codes", code->label) : QString());
    }
    m_release->setText(tr("&Release"));
    m_release->setToolTip(tr("Make the selected addresses valid again, their error count reset."));
    m_deny->setText(tr("&Denylist…"));
    m_deny->setToolTip(tr("Never send to the selected addresses again."));
}

} // namespace diffusion::ui
