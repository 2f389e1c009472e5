#pragma once

#include "feedback/qualificationrule.h"
#include "feedback/qualifier.h"

#include <QGroupBox>
#include <optional>

class QLabel;
class QLineEdit;

namespace diffusion::ui {

// "Test this reply": a reply typed as a server sends it, and what the rules make of it — the
// failure type and reason, and which rule decided — with the rules as they are being edited.
class ReplyTestBox final : public QGroupBox
{
    Q_OBJECT

public:
    explicit ReplyTestBox(QWidget *parent);

    // The rules in their order, saved or not; the result follows them.
    void setRules(const QList<QualificationRule> &rules);
    void setReply(const QString &reply);

protected:
    void changeEvent(QEvent *event) override;

private:
    void test();
    void retranslateUi();

    QList<QualificationRule> m_rules;
    std::optional<Qualifier> m_qualifier; // compiled on the first test after the rules change
    QString m_qualifierError;
    QLineEdit *m_reply;
    QLabel *m_replyLabel;
    QLabel *m_typeLabel;
    QLabel *m_reasonLabel;
    QLabel *m_ruleLabel;
    QLabel *m_type;
    QLabel *m_reason;
    QLabel *m_rule;
    QLabel *m_message;
};

} // namespace diffusion::ui
