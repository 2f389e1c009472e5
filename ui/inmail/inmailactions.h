#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace diffusion::ui {

class InMailJob;
class InMailModel;
class TableArea;

// The bar of the Inbound mail area: a search (sender, subject, recipient) and a filter by
// outcome; Read now, which asks `job` for a visit; the last visit's summary; and the chosen
// message's details.
class InMailActions final : public QWidget
{
    Q_OBJECT

public:
    InMailActions(const QString &workspacePath, TableArea *area, InMailJob *job, QWidget *parent = nullptr);

    // The dialog of the current row's message (also on a double-click), or null without one.
    QDialog *showCurrentMessage();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFilter();
    void updateEnabled();
    void showSummary();
    void retranslateUi();

    QString m_workspacePath;
    TableArea *m_area;
    InMailModel *m_model;
    InMailJob *m_job;
    QLineEdit *m_search;
    QComboBox *m_outcome;
    QPushButton *m_show;
    QPushButton *m_readNow;
    QLabel *m_lastVisit;
};

} // namespace diffusion::ui
