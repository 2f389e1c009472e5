#include "sendingsection.h"

#include "relaycredentials.h"
#include "routing/routetable.h"
#include "settingsfields.h"
#include "store/connection.h"
#include "store/workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
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
      m_form(new QFormLayout(m_relayBox)),
      m_hosts(new QPlainTextEdit(m_relayBox)),
      m_tls(new QComboBox(m_relayBox)),
      m_user(new QLineEdit(m_relayBox)),
      m_password(new QLineEdit(m_relayBox)),
      m_passwordStatus(new QLabel(m_relayBox)),
      m_routesTitle(new QLabel(this)),
      m_routes(new QTableWidget(0, 3, this))
{
    setObjectName(u"sendingSection"_qs);
    m_direct->setObjectName(u"directDelivery"_qs);
    m_relay->setObjectName(u"relayDelivery"_qs);
    m_hosts->setObjectName(u"relayHosts"_qs);
    m_tls->setObjectName(u"tlsPolicy"_qs);
    m_user->setObjectName(u"authUser"_qs);
    m_password->setObjectName(u"password"_qs);
    m_passwordStatus->setObjectName(u"passwordStatus"_qs);
    m_routes->setObjectName(u"domainRoutes"_qs);

    m_hosts->setTabChangesFocus(true);
    m_hosts->setMaximumHeight(90);
    for (int i = 0; i < 4; ++i)
        m_tls->addItem(QString());
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordStatus->setWordWrap(true);
    m_hostsError = addFieldWithError(m_form, m_hosts);
    m_tlsError = addFieldWithError(m_form, m_tls);
    m_userError = addFieldWithError(m_form, m_user);
    addFieldWithError(m_form, m_password);
    m_form->addRow(m_passwordStatus);

    m_routes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_routes->verticalHeader()->hide();
    m_routes->horizontalHeader()->setStretchLastSection(true);
    m_routes->setMaximumHeight(140);

    auto *content = new QVBoxLayout;
    content->addWidget(m_direct);
    content->addWidget(m_relay);
    content->addWidget(m_relayBox);
    content->addWidget(m_routesTitle);
    content->addWidget(m_routes);
    setContent(content);

    connect(m_relay, &QRadioButton::toggled, this, &SendingSection::updateEnabled);
    connect(saveButton(), &QPushButton::clicked, this, &SendingSection::save);
    retranslateUi();
    refresh();
}

void SendingSection::retranslateUi()
{
    m_direct->setText(tr("Deliver directly to each domain's mail servers (MX)"));
    m_relay->setText(tr("Send everything through a relay"));
    m_relayBox->setTitle(tr("Relay"));
    setFormLabel(m_form, m_hosts, tr("Hosts"));
    m_hosts->setPlaceholderText(tr("relay.example.com:587\nbackup.example.com:587"));
    m_hosts->setToolTip(tr("One HOST:PORT a line, in the order they are tried: the next one takes over when a host "
                           "cannot be reached."));
    setFormLabel(m_form, m_tls, tr("TLS"));
    const QStringList policies = {tr("Never (plain text)"), tr("When offered (certificate not checked)"),
                                  tr("Required (certificate not checked)"), tr("Required, with a verified certificate")};
    for (int i = 0; i < policies.size(); ++i)
        m_tls->setItemText(i, policies[i]);
    setFormLabel(m_form, m_user, tr("Sign in as"));
    m_user->setPlaceholderText(tr("No sign-in"));
    setFormLabel(m_form, m_password, tr("Password"));
    m_password->setPlaceholderText(tr("Kept in the system keychain, never in the workspace"));
    m_routesTitle->setText(tr("Routes of single domains (diffusion-cli route set DOMAIN HOST:PORT):"));
    m_routes->setHorizontalHeaderLabels({tr("Domain"), tr("Hosts"), tr("TLS")});
    saveButton()->setText(tr("Save the sending settings"));
}

void SendingSection::refresh()
{
    ReadConnection reader(workspace().path());
    const RouteTable table = RouteTable::load(reader.db());
    QList<Route> routes = table.routes();
    std::sort(routes.begin(), routes.end(), [](const Route &a, const Route &b) { return a.domain < b.domain; });
    m_routes->setRowCount(0);
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
    }
    (relay ? m_relay : m_direct)->setChecked(true);
    QStringList hosts;
    if (relay) {
        for (const HostPort &host : relay->hosts)
            hosts.append(host.toString());
    }
    m_hosts->setPlainText(hosts.join(u'\n'));
    m_tls->setCurrentIndex(int(relay ? relay->tls : TlsPolicy::Opportunistic));
    m_user->setText(relay ? relay->authUser : QString());
    m_password->clear();
    updateEnabled();
}

void SendingSection::updateEnabled()
{
    m_relayBox->setEnabled(m_relay->isChecked());
}

void SendingSection::save()
{
    for (QLabel *error : {m_hostsError, m_tlsError, m_userError})
        error->clear();
    if (m_direct->isChecked()) {
        submit([](QSqlDatabase &db) { RouteTable::remove(db, relayDomain); });
        return;
    }
    Route route;
    route.domain = relayDomain;
    const QStringList lines = m_hosts->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const auto host = HostPort::parse(line.trimmed());
        if (!host) {
            m_hostsError->setText(tr("\"%1\" is not HOST:PORT: write one host a line, such as relay.example.com:587.")
                                      .arg(line.trimmed()));
            return;
        }
        route.hosts.append(*host);
    }
    if (route.hosts.isEmpty()) {
        m_hostsError->setText(tr("Give at least one relay host, or choose direct delivery."));
        return;
    }
    route.tls = TlsPolicy(m_tls->currentIndex());
    route.authUser = m_user->text().trimmed();
    if (!route.authUser.isEmpty() && route.tls == TlsPolicy::Disabled) {
        m_tlsError->setText(tr("A relay that signs in needs TLS: credentials are never sent in clear."));
        return;
    }
    const QString password = m_password->text();
    if (!password.isEmpty() && route.authUser.isEmpty()) {
        m_userError->setText(tr("Give the user the password belongs to."));
        return;
    }
    submit([route](QSqlDatabase &db) { RouteTable::set(db, route); }, [this, user = route.authUser, password] {
        if (!password.isEmpty())
            storePassword(user, password);
    });
}

void SendingSection::storePassword(const QString &user, const QString &password)
{
    m_password->clear();
    const RelayCredentials::Result result = RelayCredentials(workspace().path()).store(relayDomain, user, password);
    m_passwordStatus->setText(result.outcome == RelayCredentials::Outcome::Done
                                  ? tr("The password is in the system keychain.")
                                  : result.message);
}

} // namespace diffusion::ui
