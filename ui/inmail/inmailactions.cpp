#include "inmailactions.h"

#include "inmailjob.h"
#include "inmailmessagedialog.h"
#include "inmailmodel.h"
#include "tablearea.h"
#include "tablepane.h"
#include "tableview.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace diffusion::ui {

InMailActions::InMailActions(const QString &workspacePath, TableArea *area, InMailJob *job, QWidget *parent)
    : QWidget(parent),
      m_workspacePath(workspacePath),
      m_area(area),
      m_model(qobject_cast<InMailModel *>(area->model())),
      m_job(job),
      m_search(new QLineEdit(this)),
      m_outcome(new QComboBox(this)),
      m_show(new QPushButton(this)),
      m_readNow(new QPushButton(this)),
      m_lastVisit(new QLabel(this))
{
    m_search->setObjectName(u"inMailSearch"_qs);
    m_outcome->setObjectName(u"inMailOutcomeFilter"_qs);
    m_show->setObjectName(u"inMailShowMessage"_qs);
    m_readNow->setObjectName(u"inMailReadNow"_qs);
    m_lastVisit->setObjectName(u"inMailLastVisit"_qs);
    m_search->setClearButtonEnabled(true);
    for (const QString &outcome : {QString(), u"unmatched"_qs, u"applied"_qs, u"not_bounce"_qs})
        m_outcome->addItem(QString(), outcome);
    m_lastVisit->setWordWrap(true);
    m_lastVisit->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_outcome);
    bar->addSpacing(12);
    bar->addWidget(m_show);
    bar->addWidget(m_readNow);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_lastVisit);

    TableView *table = area->pane()->table();
    connect(m_search, &QLineEdit::textChanged, this, &InMailActions::applyFilter);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &InMailActions::applyFilter);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &InMailActions::updateEnabled);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InMailActions::updateEnabled);
    connect(table, &QAbstractItemView::doubleClicked, this, &InMailActions::showCurrentMessage);
    connect(m_show, &QPushButton::clicked, this, &InMailActions::showCurrentMessage);
    connect(m_readNow, &QPushButton::clicked, m_job, &InMailJob::readNow);
    connect(m_job, &InMailJob::visitStarted, this, &InMailActions::showSummary);
    connect(m_job, &InMailJob::visited, this, &InMailActions::showSummary);
    connect(m_job, &InMailJob::visited, m_area, &TableArea::refresh);
    retranslateUi();
    updateEnabled();
}

QDialog *InMailActions::showCurrentMessage()
{
    const QModelIndex current = m_area->pane()->table()->currentIndex();
    if (!current.isValid())
        return nullptr;
    auto *dialog = new InMailMessageDialog(m_workspacePath, m_model->rawValue(current.row(), InMailModel::Id).toLongLong(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void InMailActions::applyFilter()
{
    m_model->setFilter(m_search->text(), m_outcome->currentData().toString());
}

void InMailActions::updateEnabled()
{
    m_show->setEnabled(m_area->pane()->table()->currentIndex().isValid());
}

void InMailActions::showSummary()
{
    const bool failed = !m_job->isVisiting() && m_job->lastFailed();
    m_lastVisit->setText(m_job->isVisiting() ? tr("Reading the bounce mailbox…") : m_job->lastSummary());
    m_lastVisit->setVisible(!m_lastVisit->text().isEmpty());
    // A failure in red, whatever the style, as the settings' errors are.
    QPalette palette = this->palette();
    if (failed)
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_lastVisit->setPalette(palette);
}

void InMailActions::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void InMailActions::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search the sender, subject or recipients"));
    const QStringList outcomes = {tr("Every message"), tr("Unmatched"), tr("Applied"), tr("Not a bounce")};
    for (int i = 0; i < outcomes.size(); ++i)
        m_outcome->setItemText(i, outcomes[i]);
    m_outcome->setToolTip(tr("Unmatched messages name no message sent from this workspace: they wait for you."));
    m_show->setText(tr("&Show the message…"));
    m_readNow->setText(tr("Read &now"));
    m_readNow->setToolTip(tr("Read the bounce mailbox set in Settings now, without waiting for the next visit."));
    showSummary();
}

} // namespace diffusion::ui
