#pragma once

#include "deliverylogcolumns.h"
#include "deliverylogrow.h"

#include <QWidget>
#include <array>
#include <optional>

class QFormLayout;
class QLabel;
class QStackedWidget;
class QTreeWidget;

namespace diffusion::ui {

// The message chosen in the delivery log: each of its fields, then its history — every SMTP
// outcome the engine recorded for it (time, outcome, phase, reply, MX), oldest first.
class DeliveryLogDetails final : public QWidget
{
    Q_OBJECT

public:
    explicit DeliveryLogDetails(QWidget *parent);

    void setMessage(const std::optional<DeliveryLogRow> &message, const QList<DeliveryEvent> &history);
    std::optional<DeliveryLogRow> message() const { return m_message; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    std::optional<DeliveryLogRow> m_message;
    QList<DeliveryEvent> m_history;
    QStackedWidget *m_pages;
    QLabel *m_placeholder;
    QWidget *m_content;
    std::array<QLabel *, deliverylog::ColumnCount> m_fieldNames;
    std::array<QLabel *, deliverylog::ColumnCount> m_fieldValues;
    QLabel *m_historyTitle;
    QTreeWidget *m_events;
};

} // namespace diffusion::ui
