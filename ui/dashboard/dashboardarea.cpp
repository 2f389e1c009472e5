#include "dashboardarea.h"

#include "delivery/delivery.h"
#include "areaheader.h"
#include "destinationstatmodel.h"
#include "domain/codes.h"
#include "kpitile.h"
#include "reasonchart.h"
#include "statuschart.h"
#include "store/connection.h"
#include "store/storeerror.h"
#include "store/workspace.h"
#include "tablepane.h"
#include "tableview.h"
#include "throughputchart.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace diffusion::ui {

namespace {

using Kpi = DashboardArea::Kpi;

constexpr std::array<std::pair<Kpi, const char16_t *>, DashboardArea::kpiCount> tileNames{{
    {Kpi::ToDeliver, u"kpiToDeliver"},
    {Kpi::Success, u"kpiSuccess"},
    {Kpi::Sent, u"kpiSent"},
    {Kpi::TakenIntoAccount, u"kpiTakenIntoAccount"},
    {Kpi::Pending, u"kpiPending"},
    {Kpi::Failed, u"kpiFailed"},
    {Kpi::HardBounces, u"kpiHardBounces"},
    {Kpi::SoftBounces, u"kpiSoftBounces"},
    {Kpi::Ignored, u"kpiIgnored"},
}};

// A delivery an engine is (or will soon be) working on: its throughput axis ends now. Any other
// ends at its last minute, so that a finished delivery shows its sending, not the quiet since.
bool isLive(int state)
{
    return isBeingSent(DeliveryState(state));
}

QString count(qint64 value)
{
    return QLocale().toString(value);
}

} // namespace

DashboardArea::DashboardArea(Workspace &workspace, QWidget *parent)
    : QWidget(parent),
      m_workspace(workspace),
      m_header(new AreaHeader(this)),
      m_destinationModel(new DestinationStatModel(workspace.path(), this))
{
    // Everything below the header scrolls when the window is small; widgets are made in the
    // order Tab visits them: tiles, the throughput's range, the destinations.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"dashboardScroll"_qs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);

    auto *tiles = new QGridLayout;
    tiles->setSpacing(8);
    for (size_t i = 0; i < tileNames.size(); ++i) {
        auto *tile = new KpiTile(content);
        tile->setObjectName(QString::fromUtf16(tileNames[i].second));
        m_tiles[size_t(tileNames[i].first)] = tile;
        // Outcomes on the first row, failures and exclusions on the second.
        const int row = i < 5 ? 0 : 1;
        tiles->addWidget(tile, row, int(row == 0 ? i : i - 5));
    }
    for (int column = 0; column < 5; ++column)
        tiles->setColumnStretch(column, 1);

    m_throughput = new ThroughputChart(content);
    m_status = new StatusChart(content);
    m_reasons = new ReasonChart(content);

    m_destinationTitle = new QLabel(content);
    m_destinationTitle->setObjectName(u"destinationTitle"_qs);
    QFont bold = m_destinationTitle->font();
    bold.setBold(true);
    m_destinationTitle->setFont(bold);
    m_destinationPane = new TablePane(m_destinationModel, content);
    m_destinationPane->setObjectName(u"destinations"_qs);
    m_destinationPane->table()->setColumnWidthsInCharacters({20, 9, 22, 7, 7, 6, 7, 7});
    m_destinationPane->setMinimumHeight(180);
    auto *destinations = new QVBoxLayout;
    destinations->setSpacing(4);
    destinations->addWidget(m_destinationTitle);
    destinations->addWidget(m_destinationPane, 1);

    auto *charts = new QGridLayout;
    charts->setSpacing(8);
    charts->addWidget(m_throughput, 0, 0);
    charts->addWidget(m_status, 0, 1);
    charts->addWidget(m_reasons, 1, 1);
    charts->addLayout(destinations, 1, 0);
    charts->setColumnStretch(0, 3);
    charts->setColumnStretch(1, 2);

    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(12);
    contentLayout->addLayout(tiles);
    contentLayout->addLayout(charts, 1);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(10);
    layout->addWidget(m_header);
    layout->addWidget(scroll, 1);
    retranslateUi();
}

DashboardArea::~DashboardArea() = default;

void DashboardArea::setDelivery(qint64 deliveryId)
{
    if (deliveryId != m_deliveryId) {
        m_deliveryId = deliveryId;
        m_kpis.reset();
        m_throughput->clear();
        m_destinationModel->setDelivery(deliveryId);
    }
    refresh();
}

void DashboardArea::refresh()
{
    if (m_deliveryId == 0) {
        showKpis();
        return;
    }
    try {
        if (!m_reader)
            m_reader = std::make_unique<ReadConnection>(m_workspace.path());
        // No per-domain rows: the dashboard shows destinations, from destination_stat.
        m_kpis = DeliveryKpis::load(m_reader->db(), m_deliveryId, 0);
        m_error.clear();
    } catch (const StoreError &error) {
        m_error = error.message();
    }
    m_destinationModel->refresh();
    showKpis();
}

void DashboardArea::showKpis()
{
    m_header->setTexts(tr("Delivery dashboard"), description());
    const DeliveryKpis::Counts counts = m_kpis ? m_kpis->totals : DeliveryKpis::Counts{};
    const QString values[] = {count(counts.toDeliver()),
                              tr("%1 %", "a percentage").arg(QLocale().toString(counts.successRate(), 'f', 1)),
                              count(counts.sent), count(counts.takenIntoAccount), count(counts.pending),
                              count(counts.failed), count(counts.hardBounces), count(counts.softBounces),
                              count(counts.ignored)};
    static_assert(std::size(values) == kpiCount);
    for (size_t i = 0; i < m_tiles.size(); ++i)
        m_tiles[i]->setValue(values[i]);

    m_status->setCounts(counts);
    m_reasons->setReasons(m_kpis ? m_kpis->reasons : QList<std::pair<int, qint64>>{});
    const QList<DeliveryKpis::Minute> minutes = m_kpis ? m_kpis->throughput : QList<DeliveryKpis::Minute>{};
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const bool live = m_kpis && isLive(m_kpis->state);
    m_throughput->setMinutes(minutes, live || minutes.isEmpty() ? now : minutes.constLast().at);
}

QString DashboardArea::description() const
{
    if (m_deliveryId == 0)
        return tr("Choose a delivery in the Deliveries area to follow it here.");
    if (!m_error.isEmpty())
        return tr("The figures cannot be read: %1").arg(m_error);
    if (!m_kpis)
        return tr("There is no delivery %1 in this workspace.").arg(m_deliveryId);
    const CodeInfo *state = findCode(deliveryStateCodes(), m_kpis->state);
    const QString label = m_kpis->label.isEmpty() ? tr("(no label)") : m_kpis->label;
    return tr("“%1”, %2. The figures follow the sending live; hover over a figure, or give it the focus, to see how it "
              "is computed.")
        .arg(label, state ? QCoreApplication::translate("Codes", state->label) : QString::number(m_kpis->state));
}

void DashboardArea::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DashboardArea::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

void DashboardArea::retranslateUi()
{
    const std::pair<Kpi, std::pair<QString, QString>> texts[] = {
        {Kpi::ToDeliver, {tr("To deliver"),
                          tr("Messages to send: every recipient the analysis kept.\nTo deliver = pending + taken into "
                             "account + sent + failed + canceled; ignored recipients are not counted.")}},
        {Kpi::Success, {tr("Success"),
                        tr("Success = sent ÷ to deliver × 100.\nIt starts at 0% and rises only when a server accepts a "
                           "message: a message waiting for a retry is not a success yet.")}},
        {Kpi::Sent, {tr("Sent"), tr("Messages a recipient's server accepted (a 250 reply at the end of the message).")}},
        {Kpi::TakenIntoAccount, {tr("Taken into account"),
                                 tr("Messages the engine has taken and not finished: waiting to go, in the air, or "
                                    "deferred and waiting for a retry.")}},
        {Kpi::Pending, {tr("Pending"), tr("Messages not yet taken by the engine: the delivery has not started.")}},
        {Kpi::Failed, {tr("Failed"),
                       tr("Messages that will not be delivered: a hard bounce, a soft bounce still failing when the "
                          "validity period ended, or a personalization error.")}},
        {Kpi::HardBounces, {tr("Hard bounces"),
                            tr("Failed messages whose failure is hard: user unknown and the other permanent reasons. "
                               "Operators aim for less than 2% of to deliver.")}},
        {Kpi::SoftBounces, {tr("Soft bounces"),
                            tr("Messages carrying a temporary failure (mailbox full, unreachable, invalid domain…), "
                               "waiting for a retry or failed at the end of the validity period. Operators aim for "
                               "10% at most per domain.")}},
        {Kpi::Ignored, {tr("Ignored"),
                        tr("Recipients the analysis left out (duplicates, quarantine, denylist, exclusions, control "
                           "group), each with its reason in the delivery log. Not part of to deliver.")}},
    };
    for (const auto &[kpi, text] : texts) {
        tile(kpi)->setCaption(text.first);
        tile(kpi)->setFormula(text.second);
    }
    m_destinationTitle->setText(tr("Destinations"));
    m_destinationPane->setEmptyText(tr("No engine is sending this delivery now. While one sends it, each destination "
                                       "shows here with its queue, connections, rate and backoff."));
    showKpis(); // numbers and percentages in the new locale
}

} // namespace diffusion::ui
