#pragma once

#include "routing/routetable.h"

#include <QDialog>
#include <optional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace diffusion {
class Workspace;
}

namespace diffusion::ui {

class RouteForm;

// Adds or changes the route of one domain (its mail goes to these hosts instead of its MX
// hosts): the same as `diffusion-cli route set`, plus the password, which goes to the keychain.
class RouteDialog final : public QDialog
{
    Q_OBJECT

public:
    // `route`: the route to change, or nothing for a new one.
    RouteDialog(Workspace &workspace, const std::optional<Route> &route, QWidget *parent);

Q_SIGNALS:
    void saved(const QString &domain);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void save();

    Workspace &m_workspace;
    QFormLayout *m_domainForm;
    QLineEdit *m_domain;
    QLabel *m_domainError;
    RouteForm *m_form;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
};

} // namespace diffusion::ui
