#include "routeform.h"

#include "settingsfields.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace diffusion::ui {

RouteForm::RouteForm(QWidget *parent)
    : QWidget(parent),
      m_form(new QFormLayout(this)),
      m_hosts(new QPlainTextEdit(this)),
      m_tls(new QComboBox(this)),
      m_user(new QLineEdit(this)),
      m_password(new QLineEdit(this)),
      m_passwordStatus(new QLabel(this))
{
    m_hosts->setObjectName(u"relayHosts"_qs);
    m_tls->setObjectName(u"tlsPolicy"_qs);
    m_user->setObjectName(u"authUser"_qs);
    m_password->setObjectName(u"password"_qs);
    m_passwordStatus->setObjectName(u"passwordStatus"_qs);

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
    retranslateUi();
}

void RouteForm::setRoute(const std::optional<Route> &route)
{
    QStringList hosts;
    if (route) {
        for (const HostPort &host : route->hosts)
            hosts.append(host.toString());
    }
    m_hosts->setPlainText(hosts.join(u'\n'));
    m_tls->setCurrentIndex(int(route ? route->tls : TlsPolicy::Opportunistic));
    m_user->setText(route ? route->authUser : QString());
    m_password->clear();
    for (QLabel *error : {m_hostsError, m_tlsError, m_userError})
        error->clear();
}

std::optional<Route> RouteForm::route(const QString &domain)
{
    for (QLabel *error : {m_hostsError, m_tlsError, m_userError})
        error->clear();
    Route route;
    route.domain = domain;
    const QStringList lines = m_hosts->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const auto host = HostPort::parse(line.trimmed());
        if (!host) {
            m_hostsError->setText(tr("\"%1\" is not HOST:PORT: write one host a line, such as relay.example.com:587.")
                                      .arg(line.trimmed()));
            return std::nullopt;
        }
        route.hosts.append(*host);
    }
    if (route.hosts.isEmpty()) {
        m_hostsError->setText(tr("Give at least one host."));
        return std::nullopt;
    }
    route.tls = TlsPolicy(m_tls->currentIndex());
    route.authUser = m_user->text().trimmed();
    if (!route.authUser.isEmpty() && route.tls == TlsPolicy::Disabled) {
        m_tlsError->setText(tr("A route that signs in needs TLS: credentials are never sent in clear."));
        return std::nullopt;
    }
    if (!m_password->text().isEmpty() && route.authUser.isEmpty()) {
        m_userError->setText(tr("Give the user the password belongs to."));
        return std::nullopt;
    }
    return route;
}

QString RouteForm::password() const
{
    return m_password->text();
}

void RouteForm::passwordStored(const QString &status)
{
    m_password->clear();
    m_passwordStatus->setText(status);
}

void RouteForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RouteForm::retranslateUi()
{
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
}

} // namespace diffusion::ui
