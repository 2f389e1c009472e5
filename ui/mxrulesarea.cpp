#include "mxrulesarea.h"

#include "areaheader.h"
#include "mxrulemodel.h"
#include "navigation.h"
#include "tablepane.h"
#include "tableview.h"

#include <QEvent>
#include <QVBoxLayout>

namespace diffusion::ui {

MxRulesArea::MxRulesArea(const QString &workspacePath, QWidget *parent)
    : QWidget(parent),
      m_model(new MxRuleModel(workspacePath, this)),
      m_header(new AreaHeader(this)),
      m_pane(new TablePane(m_model, this))
{
    setObjectName(u"mxRulesArea"_qs);
    m_pane->table()->setColumnWidthsInCharacters({8, 22, 10, 10, 10, 18, 16});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(10);
    layout->addWidget(m_header);
    layout->addWidget(m_pane, 1);
    retranslateUi();
}

void MxRulesArea::refresh()
{
    m_model->refresh();
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
    m_header->setTexts(Navigation::title(Navigation::Area::MxRules),
                       tr("Sending limits per destination mail server. For each MX host, the first rule "
                          "whose mask matches it applies. The rules are shown read-only for now; editing "
                          "them will come in a later version."));
    m_pane->setEmptyText(tr("This workspace has no MX rules. Rules will be listed here in the order they are tried."));
}

} // namespace diffusion::ui
