#pragma once

#include "settingssection.h"

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QTableWidget;

namespace diffusion::ui {

// Direct delivery to the MX hosts, or through a relay (the route of domain "*": hosts in failover
// order, TLS policy, AUTH user). The password goes to the system keychain only.
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
    void storePassword(const QString &user, const QString &password);
    void updateEnabled();

    QRadioButton *m_direct;
    QRadioButton *m_relay;
    QGroupBox *m_relayBox;
    QFormLayout *m_form;
    QPlainTextEdit *m_hosts;
    QLabel *m_hostsError;
    QComboBox *m_tls;
    QLabel *m_tlsError;
    QLineEdit *m_user;
    QLabel *m_userError;
    QLineEdit *m_password;
    QLabel *m_passwordStatus;
    QLabel *m_routesTitle;
    QTableWidget *m_routes;
};

} // namespace diffusion::ui
