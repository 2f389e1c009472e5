#include "analysisdialog.h"

#include "analysisreportview.h"
#include "analysis/analysisrunner.h"
#include "analysis/analysisstore.h"
#include "analysis/confirmation.h"
#include "delivery/deliveryrepository.h"
#include "store/connection.h"
#include "store/storeerror.h"
#include "store/storewriter.h"
#include "store/workspace.h"
#include "whencommitted.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace diffusion::ui {

AnalysisDialog::AnalysisDialog(Workspace &workspace, qint64 deliveryId, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_deliveryId(deliveryId),
      m_runner(new AnalysisRunner(workspace.path(), workspace.writer(), {}, this)),
      m_title(new QLabel(this)), m_phase(new QLabel(this)), m_bar(new QProgressBar(this)),
      m_report(new AnalysisReportView(this)), m_obstacle(new QLabel(this)),
      m_buttons(new QDialogButtonBox(this)),
      m_confirm(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole)),
      m_again(m_buttons->addButton(QString(), QDialogButtonBox::ActionRole)),
      m_cancel(m_buttons->addButton(QString(), QDialogButtonBox::RejectRole))
{
    setObjectName(u"analysisDialog"_qs);
    m_confirm->setObjectName(u"confirmDelivery"_qs);
    m_again->setObjectName(u"analyzeAgain"_qs);
    m_cancel->setObjectName(u"cancelOrClose"_qs);
    m_obstacle->setObjectName(u"obstacle"_qs);
    m_bar->setObjectName(u"analysisProgress"_qs);
    m_title->setWordWrap(true);
    m_obstacle->setWordWrap(true);
    QPalette warning = m_obstacle->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_obstacle->setPalette(warning);
    m_bar->setRange(0, 100);
    m_confirm->setEnabled(false);
    m_confirm->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_phase);
    layout->addWidget(m_bar);
    layout->addWidget(m_report, 1);
    layout->addWidget(m_obstacle);
    layout->addWidget(m_buttons);
    resize(760, 620);

    connect(m_runner, &AnalysisRunner::progressed, this, [this](DeliveryAnalysis::Phase phase, int percent) {
        m_phase->setText(analysisPhaseName(phase));
        m_bar->setValue(percent);
    });
    connect(m_runner, &AnalysisRunner::finished, this, [this](const AnalysisReport &report) {
        setRunning(false);
        showReport(report);
    });
    connect(m_runner, &AnalysisRunner::failed, this, [this](const QString &message) {
        setRunning(false);
        m_obstacle->setText(message);
    });
    connect(m_runner, &AnalysisRunner::canceled, this, [this] {
        setRunning(false);
        m_phase->setText(tr("Analysis canceled: nothing was changed."));
    });
    connect(m_confirm, &QPushButton::clicked, this, &AnalysisDialog::confirm);
    setRunning(false);
    connect(m_again, &QPushButton::clicked, this, &AnalysisDialog::analyze);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AnalysisDialog::reject);
    retranslateUi();
}

AnalysisDialog::~AnalysisDialog() = default;

void AnalysisDialog::analyze()
{
    m_obstacle->clear();
    m_confirm->setEnabled(false);
    setRunning(true);
    m_runner->start(m_deliveryId);
}

bool AnalysisDialog::showLatest()
{
    try {
        ReadConnection reader(m_workspace.path());
        const std::optional<AnalysisReport> report = AnalysisStore::latest(reader.db(), m_deliveryId);
        if (!report)
            return false;
        showReport(*report);
        return true;
    } catch (const StoreError &error) {
        m_obstacle->setText(error.message());
        return false;
    }
}

void AnalysisDialog::showReport(const AnalysisReport &report)
{
    try {
        ReadConnection reader(m_workspace.path());
        const std::optional<Delivery> delivery = DeliveryRepository::load(reader.db(), m_deliveryId);
        if (!delivery)
            return;
        m_report->setReport(*delivery, report);
        m_title->setText(delivery->label.isEmpty()
                             ? tr("Delivery %1, analysis #%2").arg(m_deliveryId).arg(report.number)
                             : tr("Delivery %1 \"%2\", analysis #%3").arg(m_deliveryId).arg(delivery->label).arg(report.number));
        m_phase->setText(tr("%n error(s), %1.", nullptr, report.count(Severity::Error))
                             .arg(tr("%n warning(s)", nullptr, report.count(Severity::Warning))));
        if (Confirmation::isConfirmed(delivery->state)) {
            m_obstacle->setText(tr("Confirmed: the engine sends it."));
            m_confirm->setEnabled(false);
            return;
        }
        const QString obstacle = Confirmation::obstacle(reader.db(), m_deliveryId);
        m_obstacle->setText(obstacle);
        m_confirm->setEnabled(obstacle.isEmpty());
    } catch (const StoreError &error) {
        m_obstacle->setText(error.message());
    }
}

void AnalysisDialog::confirm()
{
    m_confirm->setEnabled(false);
    whenCommitted(this, m_workspace.writer().submit([id = m_deliveryId](QSqlDatabase &db) { Confirmation::confirm(db, id, u"operator"_qs); }),
                  [this] {
        Q_EMIT confirmed(m_deliveryId);
        accept();
    }, [this](const QString &error) { m_obstacle->setText(error); });
}

void AnalysisDialog::setRunning(bool running)
{
    m_bar->setVisible(running);
    m_again->setEnabled(!running);
    m_cancel->setText(running ? tr("Cancel analysis") : tr("Close"));
    if (running) {
        m_bar->setValue(0);
        m_phase->setText(tr("Starting…"));
    }
}

void AnalysisDialog::reject()
{
    if (m_runner->isRunning()) {
        m_runner->cancel();
        return;
    }
    QDialog::reject();
}

void AnalysisDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AnalysisDialog::retranslateUi()
{
    setWindowTitle(tr("Delivery analysis"));
    m_confirm->setText(tr("&Confirm delivery"));
    m_confirm->setToolTip(tr("Start sending to the recipients to deliver. Possible only from a current analysis without errors."));
    m_again->setText(tr("&Analyze again"));
    m_cancel->setText(m_runner->isRunning() ? tr("Cancel analysis") : tr("Close"));
}

} // namespace diffusion::ui
