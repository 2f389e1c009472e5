#pragma once

#include "ruledialog.h"
#include "engine/mxrules.h"

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace diffusion::ui {

// Adds or edits one MX rule. `others` are the other rules of the list, whose masks this one must
// not repeat. The generic rule * keeps its mask: it is the one for every other host.
class MxRuleDialog final : public RuleDialog
{
    Q_OBJECT

public:
    MxRuleDialog(const MxRule &rule, const QList<MxRule> &others, bool isNew, QWidget *parent);

    MxRule rule() const;

protected:
    void validate() override;
    void retranslateUi() override;

private:
    MxRule m_rule;
    QList<MxRule> m_others;
    bool m_new;
    QLineEdit *m_mask;
    QSpinBox *m_connections;
    QSpinBox *m_perConnection;
    QSpinBox *m_perHour;
    QSpinBox *m_connectTimeout;
    QSpinBox *m_commandTimeout;
    QSpinBox *m_dataTimeout;
    QComboBox *m_tls;
};

} // namespace diffusion::ui
