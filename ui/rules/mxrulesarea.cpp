#include "mxrulesarea.h"

#include "areaheader.h"
#include "mxruledialog.h"
#include "mxrulelistmodel.h"
#include "rulesaving.h"
#include "store/workspace.h"

#include <QEvent>
#include <QVBoxLayout>

namespace diffusion::ui {

MxRulesArea::MxRulesArea(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_header(new AreaHeader(this)),
      m_model(new MxRuleListModel(workspace.path(), this)), m_table(new RuleTable(m_model, {24, 11, 11, 11, 20, 16}, this))
{
    setObjectName(u"mxRulesArea"_qs);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_table, 1);
    connect(m_table, &RuleTable::addRequested, this, &MxRulesArea::add);
    connect(m_table, &RuleTable::editRequested, this, &MxRulesArea::edit);
    connect(m_table, &RuleTable::saveRequested, this, &MxRulesArea::save);
    retranslateUi();
    refresh();
}

void MxRulesArea::refresh()
{
    m_model->refresh();
}

void MxRulesArea::add(int afterRow)
{
    MxRule blank; // a new rule's limits, and a mask for the operator to give
    blank.mask.clear();
    m_dialog = new MxRuleDialog(blank, m_model->rules(), true, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this, afterRow] {
        const MxRule rule = m_dialog->rule();
        // The generic rule goes last; any other before it.
        const int row = MxRuleEditing::isGeneric(rule.mask) ? m_model->rowCount() : m_model->insertionRow(afterRow);
        m_table->selectRow(m_model->insertRule(rule, row));
    });
    m_dialog->open();
}

void MxRulesArea::edit(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    QList<MxRule> others = m_model->rules();
    others.removeAt(row);
    m_dialog = new MxRuleDialog(m_model->rule(row), others, false, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this, row] { m_model->replaceRule(row, m_dialog->rule()); });
    m_dialog->open();
}

void MxRulesArea::save()
{
    const auto save = [](QSqlDatabase &db, const QList<MxRule> &rules, const QList<MxRule> &stored) {
        MxRuleEditing::save(db, rules, stored);
        return rules;
    };
    saveRules(m_workspace, m_model, m_table, save, [this] { Q_EMIT saved(); });
}

void MxRulesArea::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void MxRulesArea::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

void MxRulesArea::retranslateUi()
{
    m_header->setTexts(tr("MX rules"),
                       tr("Sending limits per destination mail server. For each MX host, the first rule whose mask "
                          "matches it applies; the generic rule * applies to all the others and stays last. Changes "
                          "apply to the deliveries that start after you save them."));
}

MxRuleDialog *MxRulesArea::openDialog() const
{
    return m_dialog;
}

} // namespace diffusion::ui
