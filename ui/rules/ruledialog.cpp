#include "ruledialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace diffusion::ui {

RuleDialog::RuleDialog(QWidget *parent)
    : QDialog(parent), m_form(new QFormLayout), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    auto *layout = new QVBoxLayout(this);
    setMinimumWidth(520);
    layout->addLayout(m_form);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RuleDialog::tryAccept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QPushButton *RuleDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void RuleDialog::addField(QWidget *field, const QString &objectName)
{
    field->setObjectName(objectName);
    auto *problem = new QLabel(this);
    problem->setObjectName(objectName + u"Problem"_qs);
    problem->setWordWrap(true);
    QPalette palette = problem->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    problem->setPalette(palette);
    problem->hide();
    auto *label = new QLabel(this);
    label->setBuddy(field);
    auto *box = new QVBoxLayout;
    box->setSpacing(1);
    box->addWidget(field);
    box->addWidget(problem);
    m_form->addRow(label, box);
    m_fieldLabels.insert(field, label);
    m_problemLabels.insert(field, problem);
}

void RuleDialog::setFieldLabel(QWidget *field, const QString &text)
{
    m_fieldLabels.value(field)->setText(text);
}

void RuleDialog::showProblems(const QList<std::pair<QWidget *, QString>> &problems)
{
    m_problems.clear();
    for (const auto &[field, text] : problems) {
        if (!m_problems.contains(field->objectName()))
            m_problems.insert(field->objectName(), text);
    }
    for (auto it = m_problemLabels.cbegin(); it != m_problemLabels.cend(); ++it) {
        const QString text = m_problems.value(it.key()->objectName());
        it.value()->setText(text);
        it.value()->setVisible(!text.isEmpty());
    }
    okButton()->setEnabled(m_problems.isEmpty());
    // The dialog grows when a sentence appears under a field, rather than cutting it.
    if (isVisible())
        adjustSize();
}

void RuleDialog::tryAccept()
{
    validate();
    if (m_problems.isEmpty())
        accept();
}

void RuleDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        validate();
    }
    QDialog::changeEvent(event);
}

} // namespace diffusion::ui
