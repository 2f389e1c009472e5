#include "deliverylogarea.h"

#include "areaheader.h"
#include "deliverylogdetails.h"
#include "deliverylogexport.h"
#include "deliverylogfilterbar.h"
#include "deliverylogmodel.h"
#include "deliverylogsnapshot.h"
#include "store/workspace.h"
#include "tableview.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace diffusion::ui {

namespace {
// A quick export finishes before its progress dialog would flash on screen.
constexpr int progressDelayMs = 400;
} // namespace

DeliveryLogArea::DeliveryLogArea(Workspace &workspace, QWidget *parent)
    : QWidget(parent),
      m_workspace(workspace),
      m_model(new DeliveryLogModel(workspace.path(), this)),
      m_header(new AreaHeader(this)),
      m_filters(new DeliveryLogFilterBar(this)),
      m_count(new QLabel(this)),
      m_state(new QLabel(this)),
      m_exportAction(new QAction(this)),
      m_tablePages(new QStackedWidget(this)),
      m_table(new TableView(this)),
      m_empty(new QLabel(this)),
      m_details(new DeliveryLogDetails(this)),
      m_splitter(new QSplitter(Qt::Vertical, this))
{
    setObjectName(u"deliveryLogArea"_qs);
    m_count->setObjectName(u"messageCount"_qs);
    // Room for the largest count, so that the line does not jump (nor clip) as it grows.
    m_count->setMinimumWidth(m_count->fontMetrics().horizontalAdvance(u"10,000,000 messages "_qs));
    m_state->setObjectName(u"logState"_qs);
    m_state->setForegroundRole(QPalette::PlaceholderText);
    m_state->setWordWrap(true);
    m_exportAction->setObjectName(u"exportCsv"_qs);

    m_table->setObjectName(u"table"_qs);
    m_table->setModel(m_model);
    // One message at a time has details; and a selection of many rows would have to be followed
    // row by row through every live re-sort.
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSortIndicatorClearable(true); // a third click goes back to the order of writing
    columns->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setColumnWidthsInCharacters({30, 16, 8, 22, 7, 44, 22, 18, 21, 21, 21, 21});

    m_empty->setObjectName(u"emptyState"_qs);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_empty->setMargin(32);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_tablePages->addWidget(m_empty);
    m_tablePages->addWidget(m_table);

    m_splitter->addWidget(m_tablePages);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(u"exportButton"_qs);
    exportButton->setDefaultAction(m_exportAction);
    exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filters, 1);
    bar->addSpacing(12);
    bar->addWidget(exportButton);
    auto *status = new QHBoxLayout;
    status->addWidget(m_count);
    status->addWidget(m_state, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(10);
    layout->addWidget(m_header);
    layout->addLayout(bar);
    layout->addLayout(status);
    layout->addWidget(m_splitter, 1);

    connect(m_filters, &DeliveryLogFilterBar::filterChanged, m_model, &DeliveryLogModel::setFilter);
    connect(m_exportAction, &QAction::triggered, this, &DeliveryLogArea::askForExport);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DeliveryLogArea::showDetails);
    // A reset clears the current row without a signal.
    connect(m_model, &QAbstractItemModel::modelReset, this, &DeliveryLogArea::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DeliveryLogArea::updateState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &DeliveryLogArea::updateState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &DeliveryLogArea::updateState);
    connect(m_model, &DeliveryLogModel::updated, this, &DeliveryLogArea::updateState);
    connect(m_model, &DeliveryLogModel::loadingChanged, this, &DeliveryLogArea::updateState);
    connect(m_model, &DeliveryLogModel::errorOccurred, this, &DeliveryLogArea::updateState);
    retranslateUi();
}

void DeliveryLogArea::setDelivery(qint64 deliveryId)
{
    if (deliveryId == m_model->deliveryId())
        return;
    // Filters belong to one delivery's log: the next one is read with none.
    m_model->setDelivery(0);
    {
        const QSignalBlocker quiet(m_filters);
        m_filters->clear();
    }
    m_model->setFilter(m_filters->filter());
    if (deliveryId)
        m_model->setDelivery(deliveryId);
    m_filters->setDomains(m_model->domains());
    updateState();
}

qint64 DeliveryLogArea::deliveryId() const
{
    return m_model->deliveryId();
}

void DeliveryLogArea::refresh()
{
    m_model->refresh();
    if (m_detailsId)
        m_details->setMessage(m_model->message(m_detailsId), m_model->history(m_detailsId));
    updateState();
}

void DeliveryLogArea::startExport(const QString &filePath)
{
    const std::shared_ptr<const DeliveryLogSnapshot> view = m_model->snapshot();
    if (m_export || !view)
        return;
    m_export = new DeliveryLogExport(m_workspace.path(), this);
    m_progress = new QProgressDialog(this);
    m_progress->setObjectName(u"exportProgress"_qs);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setWindowTitle(tr("Export to CSV"));
    m_progress->setLabelText(tr("Exporting %Ln messages to %1…", "", view->size())
                                 .arg(QDir::toNativeSeparators(filePath)));
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(progressDelayMs);
    m_progress->setRange(0, view->size());
    m_progress->setValue(0);

    connect(m_progress, &QProgressDialog::canceled, m_export, &DeliveryLogExport::cancel);
    connect(m_export, &DeliveryLogExport::progressed, m_progress, &QProgressDialog::setValue);
    connect(m_export, &DeliveryLogExport::succeeded, this, [this, filePath](int messages) {
        Q_EMIT statusMessage(tr("%Ln messages exported to %1.", "", messages).arg(QDir::toNativeSeparators(filePath)));
        endExport();
    });
    connect(m_export, &DeliveryLogExport::canceled, this, [this] {
        Q_EMIT statusMessage(tr("Export canceled: no file was written."));
        endExport();
    });
    connect(m_export, &DeliveryLogExport::failed, this, [this](const QString &message) {
        Q_EMIT statusMessage(message);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Export to CSV"), message, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        endExport();
    });
    m_export->start(filePath, view);
    updateState();
}

void DeliveryLogArea::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DeliveryLogArea::showEvent(QShowEvent *event)
{
    m_filters->setDomains(m_model->domains());
    refresh();
    QWidget::showEvent(event);
}

void DeliveryLogArea::retranslateUi()
{
    m_header->setTexts(tr("Delivery log"),
                       tr("Every message of the delivery with its status, failure reason and last SMTP reply. Filter "
                          "it, sort it by clicking a column, select a message to see the history of its delivery "
                          "attempts, and export what is shown to CSV."));
    m_exportAction->setText(tr("Export to CSV…"));
    m_exportAction->setToolTip(tr("Write the messages shown, in their order, to a CSV file."));
    updateState();
}

void DeliveryLogArea::askForExport()
{
    auto *dialog = new QFileDialog(this, tr("Export the delivery log"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"csv"_qs);
    dialog->setNameFilters({tr("CSV files (*.csv)"), tr("All files (*)")});
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    dialog->selectFile(QDir(folder).filePath(u"delivery-%1-log.csv"_qs.arg(m_model->deliveryId())));
    connect(dialog, &QFileDialog::fileSelected, this, &DeliveryLogArea::startExport);
    dialog->open();
}

void DeliveryLogArea::endExport()
{
    m_progress->deleteLater();
    m_progress = nullptr;
    m_export->deleteLater();
    m_export = nullptr;
    updateState();
}

void DeliveryLogArea::showDetails()
{
    const QModelIndex current = m_table->currentIndex();
    m_detailsId = current.isValid() ? m_model->messageId(current.row()) : 0;
    if (m_detailsId)
        m_details->setMessage(m_model->message(m_detailsId), m_model->history(m_detailsId));
    else
        m_details->setMessage(std::nullopt, {});
}

void DeliveryLogArea::updateState()
{
    const int messages = m_model->rowCount();
    const bool hasDelivery = m_model->deliveryId() != 0;
    m_count->setText(hasDelivery ? tr("%Ln messages", "", messages) : QString());
    if (const QString error = m_model->lastError(); !error.isEmpty())
        m_state->setText(error);
    else if (m_model->isLoading())
        m_state->setText(tr("Sorting and filtering…"));
    else
        m_state->clear();

    if (!hasDelivery)
        m_empty->setText(tr("Choose a delivery to see its log."));
    else if (m_model->filter().isEmpty())
        m_empty->setText(tr("This delivery has no message yet: its log fills when the delivery is analyzed."));
    else
        m_empty->setText(tr("No message matches these filters."));
    const bool showTable = messages > 0 || (hasDelivery && m_model->isLoading());
    m_tablePages->setCurrentWidget(showTable ? static_cast<QWidget *>(m_table) : m_empty);
    m_exportAction->setEnabled(messages > 0 && !m_export);
}

} // namespace diffusion::ui
