#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace diffusion {
class Workspace;
}

namespace diffusion::ui {

class QuarantineModel;
class TableArea;

// The bar of the Quarantine area: a filter (address text, status) and the operator's decisions
// on the selected addresses, one or many: release them, or put them on the denylist with a note.
// The decisions go through the same QuarantineBook as `diffusion-cli quarantine release|deny`.
class QuarantineActions final : public QWidget
{
    Q_OBJECT

public:
    QuarantineActions(Workspace &workspace, TableArea *area, QWidget *parent = nullptr);

    // Applies the decision to these addresses, as the buttons do for the selection.
    void release(const QStringList &addresses);
    void deny(const QStringList &addresses, const QString &note);

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    QStringList selectedAddresses() const;
    void applyFilter();
    void updateEnabled();
    void retranslateUi();

    Workspace &m_workspace;
    TableArea *m_area;
    QuarantineModel *m_model;
    QLineEdit *m_filter;
    QComboBox *m_status;
    QPushButton *m_release;
    QPushButton *m_deny;
};

} // namespace diffusion::ui
