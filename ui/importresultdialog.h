#pragma once

#include "import/recipientimport.h"

#include <QDialog>

class QFormLayout;
class QLabel;
class QTreeWidget;

namespace diffusion::ui {

// What an import did: the rows written, those kept without a usable address, and the rejected
// rows with the line of the file where each starts.
class ImportResultDialog final : public QDialog
{
    Q_OBJECT

public:
    ImportResultDialog(const QString &listName, const ImportResult &result, QWidget *parent);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QString m_listName;
    ImportResult m_result;
    QLabel *m_headline;
    QFormLayout *m_counts;
    QLabel *m_importedLabel;
    QLabel *m_imported;
    QLabel *m_withoutAddressLabel;
    QLabel *m_withoutAddress;
    QLabel *m_badQualityLabel;
    QLabel *m_badQuality;
    QLabel *m_rejectedLabel;
    QLabel *m_rejected;
    QLabel *m_unusableNote;
    QLabel *m_issuesCaption;
    QTreeWidget *m_issues;
};

} // namespace diffusion::ui
