#pragma once

#include "numbersection.h"

namespace diffusion::ui {

// The quarantine's threshold and durations (settings quarantine.*, docs/quarantine.md).
class QuarantineSection final : public NumberSection
{
    Q_OBJECT

public:
    QuarantineSection(Workspace &workspace, QWidget *parent);

protected:
    void retranslateUi() override;
    // QuarantineSettings::load keeps the default for a value it cannot use (a typo must not stop
    // a running delivery's feedback); here such a value is refused instead of being saved.
    void check(QSqlDatabase &db, const QHash<QString, QString> &written) const override;

private:
    QLineEdit *m_interval;
    QLineEdit *m_threshold;
    QLineEdit *m_withErrors;
    QLineEdit *m_mailboxFull;
};

} // namespace diffusion::ui
