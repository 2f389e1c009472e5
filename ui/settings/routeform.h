#pragma once

#include "routing/routetable.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace diffusion::ui {

// The fields of one route: hosts in failover order, TLS policy, sign-in user and password. The
// relay's box and the per-domain route dialog both use it, so they check the same things.
class RouteForm final : public QWidget
{
    Q_OBJECT

public:
    explicit RouteForm(QWidget *parent);

    // Fills the fields from a stored route, or with the defaults when there is none.
    void setRoute(const std::optional<Route> &route);
    // The route the fields describe for `domain`, or nothing when a field is wrong: each problem
    // is then shown under its field.
    std::optional<Route> route(const QString &domain);
    // What was typed in the password field (never read back from anywhere).
    QString password() const;
    // After saving: the field is emptied and `status` says where the password went.
    void passwordStored(const QString &status);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QFormLayout *m_form;
    QPlainTextEdit *m_hosts;
    QLabel *m_hostsError;
    QComboBox *m_tls;
    QLabel *m_tlsError;
    QLineEdit *m_user;
    QLabel *m_userError;
    QLineEdit *m_password;
    QLabel *m_passwordStatus;
};

} // namespace diffusion::ui
