#include "sendingsection.h"

#include "relaycredentials.h"
#include "routedialog.h"
#include "routeform.h"
#include "store/connection.h"
#include "store/storewriter.h"
#include "store/workspace.h"
#include "whencommitted.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace diffusion::ui {

namespace {
const QString relayDomain = u"*"_qs;
}

SendingSection::SendingSection(Workspace &workspace, QWidget *parent)
    : SettingsSection(workspace, parent),
      m_direct(new QRadioButton(this)),
      m_relay(new QRadioButton(this)),
      m_relayBox(new QGroupBox(this)),
      m_relayForm(new RouteForm(m_relayBox)),
      m_routesTitle(new QLabel(this)),
      m_routes(new QTableWidget(0, 3, this)),
      m_addRoute(new QPushButton(this)),
      m_editRoute(new QPushButton(this)),
      m_removeRoute(new QPushButton(this))
{
    setObjectName(u"sendingSection"_qs);
    m_direct->setObjectName(u"directDelivery"_qs);
    m_relay->setObjectName(u"relayDelivery"_qs);
    m_routes->setObjectName(u"domainRoutes"_qs);
    m_addRoute->setObjectName(u"addRoute"_qs);
    m_editRoute->setObjectName(u"editRoute"_qs);
    m_removeRoute->setObjectName(u"removeRoute"_qs);
    (new QVBoxLayout(m_relayBox))->addWidget(m_relayForm);

    m_routes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_routes->setTabKeyNavigation(false);
    m_routes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_routes->setSelectionMode(QAbstractItemView::SingleSelection);
    m_routes->verticalHeader()->hide();
    m_routes->horizontalHeader()->setStretchLastSection(true);
    m_routes->setMaximumHeight(140);
    auto *routeButtons = new QHBoxLayout;
    routeButtons->addWidget(m_addRoute);
    routeButtons->addWidget(m_editRoute);
    routeButtons->addWidget(m_removeRoute);
    routeButtons->addStretch(1);

    auto *content = new QVBoxLayout;
    content->addWidget(m_direct);
    content->addWidget(m_relay);
    content->addWidget(m_relayBox);
    content->addWidget(m_routesTitle);
    content->addWidget(m_routes);
    content->addLayout(routeButtons);
    setContent(content);

    connect(m_relay, &QRadioButton::toggled, this, &SendingSection::updateEnabled);
    connect(m_routes, &QTableWidget::itemSelectionChanged, this, &SendingSection::updateEnabled);
    connect(m_routes, &QTableWidget::cellDoubleClicked, this, [this] { editRoute(selectedRoute()); });
    connect(m_addRoute, &QPushButton::clicked, this, [this] { editRoute(std::nullopt); });
    connect(m_editRoute, &QPushButton::clicked, this, [this] { editRoute(selectedRoute()); });
    connect(m_removeRoute, &QPushButton::clicked, this, &SendingSection::removeRoute);
    connect(saveButton(), &QPushButton::clicked, this, &SendingSection::save);
    retranslateUi();
    refresh();
}

void SendingSection::retranslateUi()
{
    m_direct->setText(tr("Deliver directly to each domain's mail servers (MX)"));
    m_relay->setText(tr("Send everything through a relay"));
    m_relayBox->setTitle(tr("Relay"));
    m_routesTitle->setText(tr("Routes of single domains: their mail goes to these hosts instead."));
    m_routes->setHorizontalHeaderLabels({tr("Domain"), tr("Hosts"), tr("TLS")});
    m_addRoute->setText(tr("&Add a route…"));
    m_editRoute->setText(tr("C&hange…"));
    m_removeRoute->setText(tr("Re&move"));
    saveButton()->setText(tr("Save the sending settings"));
}

void SendingSection::refresh()
{
    ReadConnection reader(workspace().path());
    QList<Route> routes = RouteTable::load(reader.db()).routes();
    std::sort(routes.begin(), routes.end(), [](const Route &a, const Route &b) { return a.domain < b.domain; });
    m_routes->setRowCount(0);
    m_domainRoutes.clear();
    std::optional<Route> relay;
    for (const Route &route : std::as_const(routes)) {
        if (route.domain == relayDomain) {
            relay = route;
            continue;
        }
        QStringList hosts;
        for (const HostPort &host : route.hosts)
            hosts.append(host.toString());
        const int row = m_routes->rowCount();
        m_routes->insertRow(row);
        m_routes->setItem(row, 0, new QTableWidgetItem(route.domain));
        m_routes->setItem(row, 1, new QTableWidgetItem(hosts.join(u", "_qs)));
        m_routes->setItem(row, 2, new QTableWidgetItem(tlsPolicyName(route.tls)));
        m_domainRoutes.append(route);
    }
    (relay ? m_relay : m_direct)->setChecked(true);
    m_relayForm->setRoute(relay);
    updateEnabled();
}

void SendingSection::updateEnabled()
{
    m_relayBox->setEnabled(m_relay->isChecked());
    const bool selected = selectedRoute().has_value();
    m_editRoute->setEnabled(selected);
    m_removeRoute->setEnabled(selected);
}

std::optional<Route> SendingSection::selectedRoute() const
{
    const QList<QTableWidgetSelectionRange> ranges = m_routes->selectedRanges();
    if (ranges.isEmpty() || ranges.first().topRow() >= m_domainRoutes.size())
        return std::nullopt;
    return m_domainRoutes.at(ranges.first().topRow());
}

void SendingSection::editRoute(std::optional<Route> route)
{
    auto *dialog = new RouteDialog(workspace(), route, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RouteDialog::saved, this, [this](const QString &domain) {
        refresh();
        setStatus(tr("The route of %1 is saved.").arg(domain), false);
    });
    dialog->open();
}

void SendingSection::removeRoute()
{
    const auto route = selectedRoute();
    if (!route)
        return;
    const auto answer = QMessageBox::question(this, tr("Remove the route"),
                                              tr("Remove the route of %1? Its mail then goes to its own MX hosts, or to the relay.")
                                                  .arg(route->domain),
                                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    whenCommitted(this, workspace().writer().submit([domain = route->domain](QSqlDatabase &db) { RouteTable::remove(db, domain); }),
                  [this, domain = route->domain] {
        refresh();
        setStatus(tr("The route of %1 is removed.").arg(domain), false);
    }, [this](const QString &error) { setStatus(error, true); });
}

void SendingSection::save()
{
    if (m_direct->isChecked()) {
        submit([](QSqlDatabase &db) { RouteTable::remove(db, relayDomain); });
        return;
    }
    const auto route = m_relayForm->route(relayDomain);
    if (!route)
        return;
    submit([route = *route](QSqlDatabase &db) { RouteTable::set(db, route); },
           [this, user = route->authUser, password = m_relayForm->password()] {
        if (password.isEmpty())
            return;
        const RelayCredentials::Result result = RelayCredentials(workspace().path()).store(relayDomain, user, password);
        m_relayForm->passwordStored(result.outcome == RelayCredentials::Outcome::Done
                                        ? tr("The password is in the system keychain.")
                                        : result.message);
    });
}

} // namespace diffusion::ui
