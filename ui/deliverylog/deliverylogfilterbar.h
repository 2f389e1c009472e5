#pragma once

#include "deliverylogquery.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QStringListModel;
class QTimer;
class QToolButton;

namespace diffusion::ui {

// The filters of the delivery log: statuses (a menu of check boxes), a failure reason, a
// recipient domain (completed from the delivery's domains) and a part of the address. The two
// text fields apply after a short pause in typing, so that a large log is not filtered again at
// each key; Return applies them at once.
class DeliveryLogFilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit DeliveryLogFilterBar(QWidget *parent);

    DeliveryLogFilter filter() const;
    void setDomains(const QStringList &domains);
    // Every filter off (emits filterChanged when that changes something).
    void clear();

Q_SIGNALS:
    void filterChanged(const diffusion::ui::DeliveryLogFilter &filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateStatusButton();
    void apply();

    QLabel *m_statusLabel;
    QToolButton *m_status;
    QMenu *m_statusMenu;
    QLabel *m_reasonLabel;
    QComboBox *m_reason;
    QLabel *m_domainLabel;
    QLineEdit *m_domain;
    QStringListModel *m_domains;
    QLabel *m_searchLabel;
    QLineEdit *m_search;
    QTimer *m_typing;
    DeliveryLogFilter m_applied;
};

} // namespace diffusion::ui
