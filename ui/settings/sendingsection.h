#pragma once

#include "routing/routetable.h"
#include "settingssection.h"

class QGroupBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace diffusion::ui {

class RouteForm;

// Direct delivery to the MX hosts, or through a relay (the route of domain "*": hosts in failover
// order, TLS policy, AUTH user); and the routes of single domains, added, changed or removed in
// a RouteDialog. Passwords go to the system keychain only.
class SendingSection final : public SettingsSection
{
    Q_OBJECT

public:
    SendingSection(Workspace &workspace, QWidget *parent);
    void refresh() override;

protected:
    void retranslateUi() override;

private:
    void save();
    void updateEnabled();
    void editRoute(std::optional<Route> route);
    void removeRoute();
    std::optional<Route> selectedRoute() const;

    QRadioButton *m_direct;
    QRadioButton *m_relay;
    QGroupBox *m_relayBox;
    RouteForm *m_relayForm;
    QLabel *m_routesTitle;
    QTableWidget *m_routes;
    QPushButton *m_addRoute;
    QPushButton *m_editRoute;
    QPushButton *m_removeRoute;
    QList<Route> m_domainRoutes; // the rows of m_routes, in order
};

} // namespace diffusion::ui
