#pragma once

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace diffusion::ui {

// A dialog that edits one rule: a form whose fields each show, underneath, the sentence that
// says what is wrong with them (from the same validation the CLI applies). OK is enabled once
// there is nothing wrong; the caller then reads the rule from the dialog.
class RuleDialog : public QDialog
{
    Q_OBJECT

public:
    // The problems shown, by field object name; empty when the rule can be kept.
    QHash<QString, QString> problems() const { return m_problems; }
    QPushButton *okButton() const;

protected:
    explicit RuleDialog(QWidget *parent);

    // A row of the form: a label naming the field (setFieldLabel), the field, its problem.
    void addField(QWidget *field, const QString &objectName);
    void setFieldLabel(QWidget *field, const QString &text);
    // Shows each problem under its field (the first one when a field has several).
    void showProblems(const QList<std::pair<QWidget *, QString>> &problems);

    virtual void validate() = 0;
    virtual void retranslateUi() = 0;
    void changeEvent(QEvent *event) override;

    QFormLayout *form() const { return m_form; }

private:
    void tryAccept();

    QFormLayout *m_form;
    QDialogButtonBox *m_buttons;
    QHash<QWidget *, QLabel *> m_fieldLabels;
    QHash<QWidget *, QLabel *> m_problemLabels;
    QHash<QString, QString> m_problems;
};

} // namespace diffusion::ui
