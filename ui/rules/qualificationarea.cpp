#include "qualificationarea.h"

#include "areaheader.h"
#include "qualificationruledialog.h"
#include "qualificationrulelistmodel.h"
#include "replytestbox.h"
#include "rulesaving.h"
#include "tablepane.h"
#include "tableview.h"
#include "toqualifymodel.h"
#include "feedback/qualificationruleediting.h"
#include "store/workspace.h"

#include <QEvent>
#include <QGroupBox>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace diffusion::ui {

QualificationArea::QualificationArea(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_header(new AreaHeader(this)),
      m_model(new QualificationRuleListModel(workspace.path(), this)),
      m_testBox(new ReplyTestBox(this)), m_table(new RuleTable(m_model, {36, 9, 10, 40, 9, 16}, this)),
      m_toQualify(new ToQualifyModel(workspace.path(), this)), m_toQualifyBox(new QGroupBox(this)),
      m_toQualifyPane(new TablePane(m_toQualify, m_toQualifyBox)), m_addFromReply(new QPushButton(m_toQualifyBox))
{
    setObjectName(u"qualificationArea"_qs);
    m_toQualifyBox->setObjectName(u"toQualifyBox"_qs);
    m_toQualifyPane->setObjectName(u"toQualifyPane"_qs);
    m_toQualifyPane->table()->setObjectName(u"toQualifyTable"_qs);
    m_toQualifyPane->table()->setSelectionMode(QAbstractItemView::SingleSelection);
    m_toQualifyPane->table()->setColumnWidthsInCharacters({8, 48, 48, 16, 16});
    m_addFromReply->setObjectName(u"addRuleFromReply"_qs);
    m_addFromReply->setEnabled(false);

    auto *toQualifyLayout = new QVBoxLayout(m_toQualifyBox);
    toQualifyLayout->addWidget(m_toQualifyPane, 1);
    auto *replyButtons = new QHBoxLayout;
    replyButtons->addWidget(m_addFromReply);
    replyButtons->addStretch();
    toQualifyLayout->addLayout(replyButtons);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_toQualifyBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_testBox);
    layout->addWidget(splitter, 1);

    connect(m_table, &RuleTable::addRequested, this, [this](int afterRow) {
        openRuleDialog(QualificationRule(), m_model->insertionRow(afterRow), true);
    });
    connect(m_table, &RuleTable::editRequested, this, [this](int row) {
        if (row >= 0 && row < m_model->rowCount())
            openRuleDialog(m_model->rule(row), row, false);
    });
    connect(m_table, &RuleTable::saveRequested, this, &QualificationArea::save);
    connect(m_model, &QualificationRuleListModel::rulesChanged, this, [this] { m_testBox->setRules(m_model->rules()); });
    connect(m_addFromReply, &QPushButton::clicked, this, &QualificationArea::addFromReply);
    connect(m_toQualifyPane->table()->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_toQualifyPane->table()->selectionModel()->selectedRows();
        m_addFromReply->setEnabled(!rows.isEmpty());
        // The reply goes to the test box, which shows at once that no rule takes it yet.
        if (!rows.isEmpty())
            m_testBox->setReply(m_toQualify->rawValue(rows.constFirst().row(), ToQualifyModel::Example).toString());
    });
    retranslateUi();
    refresh();
}

void QualificationArea::refresh()
{
    m_model->refresh();
    m_toQualify->refresh();
}

void QualificationArea::openRuleDialog(const QualificationRule &rule, int row, bool isNew)
{
    m_dialog = new QualificationRuleDialog(rule, isNew, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this, row, isNew] {
        if (isNew)
            m_table->selectRow(m_model->insertRule(m_dialog->rule(), row));
        else
            m_model->replaceRule(row, m_dialog->rule());
    });
    m_dialog->open();
}

void QualificationArea::addFromReply()
{
    const QModelIndexList rows = m_toQualifyPane->table()->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const int row = rows.constFirst().row();
    UnqualifiedReply reply;
    reply.normalized = m_toQualify->rawValue(row, ToQualifyModel::Normalized).toString();
    reply.code = m_toQualify->rawValue(row, ToQualifyModel::SmtpCode).toInt();
    reply.enhanced = m_toQualify->rawValue(row, ToQualifyModel::EnhancedCode).toString();
    // At the end: it then takes only what no other rule takes, as the replies of this list.
    openRuleDialog(QualificationRuleEditing::draftFor(reply), m_model->insertionRow(-1), true);
}

void QualificationArea::save()
{
    const auto save = [](QSqlDatabase &db, const QList<QualificationRule> &rules, const QList<QualificationRule> &stored) {
        return QualificationRuleEditing::save(db, rules, stored);
    };
    saveRules(m_workspace, m_model, m_table, save, [this] { Q_EMIT saved(); });
}

void QualificationArea::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void QualificationArea::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

void QualificationArea::retranslateUi()
{
    m_header->setTexts(tr("Qualification rules"),
                       tr("How a server's refusal becomes a failure type and reason. The first rule whose reply code, "
                          "enhanced code and text all match decides. Changes apply to the deliveries that start after "
                          "you save them."));
    m_toQualifyBox->setTitle(tr("Replies to qualify"));
    m_toQualifyPane->setEmptyText(tr("No reply waits to be qualified: every refusal so far matched a rule. Replies that no "
                                     "rule matches are counted here, most frequent first."));
    m_addFromReply->setText(tr("Add a rule from this re&ply…"));
    m_addFromReply->setToolTip(tr("Opens a new rule with the reply's codes and words, to finish with a type and a reason."));
}

QualificationRuleDialog *QualificationArea::openDialog() const
{
    return m_dialog;
}

} // namespace diffusion::ui
