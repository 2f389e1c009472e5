#pragma once

#include "ruledialog.h"
#include "feedback/qualificationrule.h"

class QComboBox;
class QLineEdit;

namespace diffusion::ui {

// Adds or edits one qualification rule: its name, the reply code, enhanced code and text it
// matches, and the failure type and reason it gives.
class QualificationRuleDialog final : public RuleDialog
{
    Q_OBJECT

public:
    QualificationRuleDialog(const QualificationRule &rule, bool isNew, QWidget *parent);

    QualificationRule rule() const;

protected:
    void validate() override;
    void retranslateUi() override;

private:
    QualificationRule m_rule;
    bool m_new;
    QLineEdit *m_label;
    QLineEdit *m_smtpCode;
    QLineEdit *m_enhancedCode;
    QLineEdit *m_textRegex;
    QComboBox *m_type;
    QComboBox *m_reason;
};

} // namespace diffusion::ui
