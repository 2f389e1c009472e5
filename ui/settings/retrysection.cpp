#include "retrysection.h"

#include "engine/retrypolicy.h"

#include <QLineEdit>
#include <QPushButton>

namespace diffusion::ui {

RetrySection::RetrySection(Workspace &workspace, QWidget *parent)
    : NumberSection(workspace, u"retry."_qs, parent)
{
    setObjectName(u"retrySection"_qs);
    const RetryPolicy defaults;
    m_firstDelay = addField(u"retry.first_delay_s"_qs, u"firstDelay"_qs, defaults.firstDelayS);
    m_maxDelay = addField(u"retry.max_delay_s"_qs, u"maxDelay"_qs, defaults.maxDelayS);
    m_jitter = addField(u"retry.jitter_percent"_qs, u"jitterPercent"_qs, qRound64(defaults.jitter * 100));
    retranslateUi();
    refresh();
}

void RetrySection::retranslateUi()
{
    setLabel(m_firstDelay, tr("First retry after (seconds)"));
    setLabel(m_maxDelay, tr("Longest wait between tries (seconds)"));
    setLabel(m_jitter, tr("Spread (± %)"));
    m_firstDelay->setToolTip(tr("The wait before the second try; it doubles after each soft bounce."));
    m_maxDelay->setToolTip(tr("The doubling stops at this wait."));
    m_jitter->setToolTip(tr("Each wait moves by up to this share, so that the retries of a burst spread out."));
    saveButton()->setText(tr("Save the retry schedule"));
}

void RetrySection::check(QSqlDatabase &db, const QHash<QString, QString> &) const
{
    RetryPolicy().withSettings(db);
}

} // namespace diffusion::ui
