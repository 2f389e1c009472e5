#include "routedialog.h"

#include "relaycredentials.h"
#include "routeform.h"
#include "settingsfields.h"
#include "store/storewriter.h"
#include "store/workspace.h"
#include "whencommitted.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace diffusion::ui {

RouteDialog::RouteDialog(Workspace &workspace, const std::optional<Route> &route, QWidget *parent)
    : QDialog(parent),
      m_workspace(workspace),
      m_domainForm(new QFormLayout),
      m_domain(new QLineEdit(this)),
      m_form(new RouteForm(this)),
      m_status(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"routeDialog"_qs);
    m_domain->setObjectName(u"routeDomain"_qs);
    m_status->setObjectName(u"routeStatus"_qs);
    m_status->setWordWrap(true);
    m_domainError = addFieldWithError(m_domainForm, m_domain);
    if (route) {
        m_domain->setText(route->domain);
        m_domain->setReadOnly(true); // another domain is another route: remove this one instead
    }
    m_form->setRoute(route);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_domainForm);
    layout->addWidget(m_form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RouteDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
}

void RouteDialog::save()
{
    m_domainError->clear();
    const QString domain = routeDomain(m_domain->text());
    if (domain.isEmpty() || domain == u"*"_qs) {
        m_domainError->setText(domain.isEmpty() ? tr("Give the domain whose mail takes this route, such as example.com.")
                                                : tr("The relay for every domain is set above, under \"Send everything through a relay\"."));
        return;
    }
    const auto route = m_form->route(domain);
    if (!route)
        return;
    QPushButton *saveButton = m_buttons->button(QDialogButtonBox::Save);
    saveButton->setEnabled(false);
    whenCommitted(this, m_workspace.writer().submit([route = *route](QSqlDatabase &db) { RouteTable::set(db, route); }),
                  [this, route = *route] {
        if (const QString password = m_form->password(); !password.isEmpty()) {
            const RelayCredentials::Result stored = RelayCredentials(m_workspace.path()).store(route.domain, route.authUser, password);
            if (stored.outcome != RelayCredentials::Outcome::Done) {
                // The route is saved; say why its password is not, and stay open.
                m_form->passwordStored(stored.message);
                m_buttons->button(QDialogButtonBox::Save)->setEnabled(true);
                Q_EMIT saved(route.domain);
                return;
            }
        }
        Q_EMIT saved(route.domain);
        accept();
    }, [this, saveButton](const QString &error) {
        m_status->setText(error);
        saveButton->setEnabled(true);
    });
}

void RouteDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RouteDialog::retranslateUi()
{
    setWindowTitle(m_domain->isReadOnly() ? tr("Route of %1").arg(m_domain->text()) : tr("New route"));
    setFormLabel(m_domainForm, m_domain, tr("Domain"));
    m_domain->setPlaceholderText(tr("example.com"));
}

} // namespace diffusion::ui
