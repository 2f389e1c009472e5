#include "ruletable.h"

#include "orderedrulesmodel.h"
#include "tableview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace diffusion::ui {

RuleTable::RuleTable(OrderedRulesModel *model, const QList<int> &columnWidthsInCharacters, QWidget *parent)
    : QWidget(parent), m_model(model), m_view(new TableView(this)), m_add(new QPushButton(this)), m_edit(new QPushButton(this)),
      m_delete(new QPushButton(this)), m_up(new QPushButton(this)), m_down(new QPushButton(this)),
      m_revert(new QPushButton(this)), m_save(new QPushButton(this)), m_status(new QLabel(this))
{
    m_view->setObjectName(u"rulesTable"_qs);
    m_view->setModel(model);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setColumnWidthsInCharacters(columnWidthsInCharacters);
    m_view->verticalHeader()->show(); // the rules' order
    const QList<std::pair<QPushButton *, const char *>> names{{m_add, "addRule"},       {m_edit, "editRule"},
                                                             {m_delete, "deleteRule"}, {m_up, "moveRuleUp"},
                                                             {m_down, "moveRuleDown"}, {m_revert, "revertRules"},
                                                             {m_save, "saveRules"}};
    for (const auto &[button, name] : names)
        button->setObjectName(QString::fromLatin1(name));
    m_status->setObjectName(u"rulesStatus"_qs);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *bar = new QHBoxLayout;
    for (QPushButton *button : {m_add, m_edit, m_delete, m_up, m_down})
        bar->addWidget(button);
    bar->addStretch();
    bar->addWidget(m_revert);
    bar->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    setTabOrder(m_save, m_view); // the buttons stand above the table

    connect(m_add, &QPushButton::clicked, this, [this] { Q_EMIT addRequested(currentRow()); });
    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(currentRow()); });
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (!m_saving)
            Q_EMIT editRequested(index.row());
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        m_model->remove(row);
        selectRow(std::min(row, m_model->rowCount() - 1));
    });
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_revert, &QPushButton::clicked, m_model, &OrderedRulesModel::revert);
    connect(m_save, &QPushButton::clicked, this, &RuleTable::saveRequested);
    connect(m_model, &OrderedRulesModel::rulesChanged, this, [this] {
        m_message.clear();
        updateActions();
    });
    connect(m_model, &OrderedRulesModel::refreshFailed, this, &RuleTable::setMessage);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RuleTable::updateActions);
    retranslateUi();
}

int RuleTable::currentRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

void RuleTable::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_view->clearSelection();
        return;
    }
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
}

void RuleTable::setSaving(bool saving)
{
    m_saving = saving;
    updateActions();
}

void RuleTable::finishSaving(const QString &error)
{
    m_saving = false;
    setMessage(error.isEmpty() ? tr("Saved: the deliveries that start from now on use these rules.") : error);
}

void RuleTable::setMessage(const QString &text)
{
    m_message = text;
    updateActions();
}

QString RuleTable::message() const
{
    return m_status->text();
}

void RuleTable::moveCurrent(int delta)
{
    const int row = currentRow();
    if (!m_model->canMove(row, delta))
        return;
    m_model->move(row, delta);
    selectRow(row + delta);
}

void RuleTable::updateActions()
{
    const int row = currentRow();
    const bool editable = !m_saving;
    m_add->setEnabled(editable);
    m_edit->setEnabled(editable && row >= 0);
    m_delete->setEnabled(editable && m_model->canRemove(row));
    m_up->setEnabled(editable && m_model->canMove(row, -1));
    m_down->setEnabled(editable && m_model->canMove(row, 1));
    m_revert->setEnabled(editable && m_model->isModified());
    m_save->setEnabled(editable && m_model->isModified());
    if (!m_message.isEmpty())
        m_status->setText(m_message);
    else if (m_saving)
        m_status->setText(tr("Saving…"));
    else if (m_model->isModified())
        m_status->setText(tr("Unsaved changes: Save writes them to the workspace, Revert forgets them."));
    else
        m_status->clear();
}

void RuleTable::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RuleTable::retranslateUi()
{
    m_add->setText(tr("&Add…"));
    m_add->setToolTip(tr("Add a rule after the selected one (at the end when none is selected)."));
    m_edit->setText(tr("&Edit…"));
    m_delete->setText(tr("&Delete"));
    m_up->setText(tr("Move &up"));
    m_up->setToolTip(tr("Rules are tried from the top: the first that matches wins."));
    m_down->setText(tr("Move do&wn"));
    m_down->setToolTip(m_up->toolTip());
    m_revert->setText(tr("&Revert"));
    m_revert->setToolTip(tr("Forget the unsaved changes and show the rules as the workspace holds them."));
    m_save->setText(tr("&Save"));
    m_save->setToolTip(tr("Write the rules to the workspace: the next deliveries that start use them."));
    updateActions();
}

} // namespace diffusion::ui
