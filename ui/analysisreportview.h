#pragma once

#include "analysis/analysisreport.h"
#include "delivery/delivery.h"

#include <QWidget>

class QFormLayout;
class QListWidget;

namespace diffusion::ui {

// What an analysis says will happen (../shared/spec/email-delivery.md §8, "confirmation"): the
// figures of the delivery (sender, subject, validity, recipients, to deliver, exclusions by
// reason, message size, estimated duration), then every finding, errors first, each with the
// recipients it gives as examples. Follows the language live.
class AnalysisReportView final : public QWidget
{
    Q_OBJECT

public:
    explicit AnalysisReportView(QWidget *parent = nullptr);

    void setReport(const Delivery &delivery, const AnalysisReport &report);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    Delivery m_delivery;
    AnalysisReport m_report;
    QFormLayout *m_figures;
    QListWidget *m_entries;
};

} // namespace diffusion::ui
