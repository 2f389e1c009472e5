#pragma once

#include "numbersection.h"

namespace diffusion::ui {

// The retry schedule of soft-bounced messages (settings retry.*), checked as the engine reads it
// (RetryPolicy::withSettings).
class RetrySection final : public NumberSection
{
    Q_OBJECT

public:
    RetrySection(Workspace &workspace, QWidget *parent);

protected:
    void retranslateUi() override;
    void check(QSqlDatabase &db, const QHash<QString, QString> &written) const override;

private:
    QLineEdit *m_firstDelay;
    QLineEdit *m_maxDelay;
    QLineEdit *m_jitter;
};

} // namespace diffusion::ui
