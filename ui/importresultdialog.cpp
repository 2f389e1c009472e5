#include "importresultdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <limits>

namespace diffusion::ui {

ImportResultDialog::ImportResultDialog(const QString &listName, const ImportResult &result, QWidget *parent)
    : QDialog(parent),
      m_listName(listName),
      m_result(result),
      m_headline(new QLabel(this)),
      m_counts(new QFormLayout),
      m_importedLabel(new QLabel(this)),
      m_imported(new QLabel(this)),
      m_withoutAddressLabel(new QLabel(this)),
      m_withoutAddress(new QLabel(this)),
      m_badQualityLabel(new QLabel(this)),
      m_badQuality(new QLabel(this)),
      m_rejectedLabel(new QLabel(this)),
      m_rejected(new QLabel(this)),
      m_unusableNote(new QLabel(this)),
      m_issuesCaption(new QLabel(this)),
      m_issues(new QTreeWidget(this))
{
    setObjectName(u"importResultDialog"_qs);
    m_headline->setObjectName(u"headline"_qs);
    m_imported->setObjectName(u"imported"_qs);
    m_withoutAddress->setObjectName(u"withoutAddress"_qs);
    m_badQuality->setObjectName(u"badQuality"_qs);
    m_rejected->setObjectName(u"rejected"_qs);
    m_issues->setObjectName(u"issues"_qs);

    QFont headlineFont = m_headline->font();
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
    m_headline->setWordWrap(true);
    for (QLabel *number : {m_imported, m_withoutAddress, m_badQuality, m_rejected})
        number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_unusableNote->setWordWrap(true);
    m_unusableNote->setForegroundRole(QPalette::PlaceholderText);
    m_issuesCaption->setWordWrap(true);

    m_counts->addRow(m_importedLabel, m_imported);
    m_counts->addRow(m_withoutAddressLabel, m_withoutAddress);
    m_counts->addRow(m_badQualityLabel, m_badQuality);
    m_counts->addRow(m_rejectedLabel, m_rejected);

    m_issues->setColumnCount(2);
    m_issues->setRootIsDecorated(false);
    m_issues->setUniformRowHeights(true);
    m_issues->setAlternatingRowColors(true);
    m_issues->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_issues->header()->setStretchLastSection(true);
    m_issues->header()->resizeSection(0, m_issues->fontMetrics().averageCharWidth() * 10);
    for (const ImportIssue &issue : result.issues) {
        auto *item = new QTreeWidgetItem(m_issues);
        item->setData(0, Qt::UserRole, issue.line);
        item->setText(1, issue.reason);
        item->setToolTip(1, issue.reason);
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
    }
    const bool hasIssues = !result.issues.isEmpty();
    m_issuesCaption->setVisible(hasIssues);
    m_issues->setVisible(hasIssues);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addLayout(m_counts);
    layout->addWidget(m_unusableNote);
    layout->addWidget(m_issuesCaption);
    layout->addWidget(m_issues, 1);
    if (!hasIssues)
        layout->addStretch(1);
    layout->addWidget(buttons);

    retranslateUi();
    resize(hasIssues ? QSize(620, 480) : sizeHint().expandedTo(QSize(460, 0)));
}

void ImportResultDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ImportResultDialog::retranslateUi()
{
    const QLocale locale;
    setWindowTitle(tr("Import finished"));
    m_headline->setText(tr("%Ln recipient(s) imported into the list “%1”.", nullptr, int(qMin<qint64>(m_result.imported, std::numeric_limits<int>::max())))
                            .arg(m_listName));
    m_importedLabel->setText(tr("Rows imported:"));
    m_imported->setText(locale.toString(m_result.imported));
    m_withoutAddressLabel->setText(tr("Of which without an address:"));
    m_withoutAddress->setText(locale.toString(m_result.addressNotSpecified));
    m_badQualityLabel->setText(tr("Of which with a bad-quality address:"));
    m_badQuality->setText(locale.toString(m_result.badQuality));
    m_rejectedLabel->setText(tr("Rejected rows (not imported):"));
    m_rejected->setText(locale.toString(m_result.rejected));

    const qint64 unusable = m_result.addressNotSpecified + m_result.badQuality;
    m_unusableNote->setVisible(unusable > 0);
    m_unusableNote->setText(tr("Recipients without a usable address are kept in the list, so that the file "
                               "can be checked, but no mail will be sent to them."));

    const int listed = int(m_result.issues.size());
    if (m_result.rejected > listed) {
        m_issuesCaption->setText(tr("The rows below were rejected. Only the first %Ln are listed.", nullptr, listed));
    } else {
        m_issuesCaption->setText(tr("The rows below were rejected; fix them in the file and import it again."));
    }
    m_issues->setHeaderLabels({tr("Line"), tr("Reason")});
    for (int row = 0; row < m_issues->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_issues->topLevelItem(row);
        item->setText(0, locale.toString(item->data(0, Qt::UserRole).toLongLong()));
    }
}

} // namespace diffusion::ui
