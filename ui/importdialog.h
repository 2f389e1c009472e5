#pragma once

#include "import/recipientimport.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace diffusion::ui {

// Asks what to import: the CSV file, and the list it goes to (a new one, or an existing one whose
// recipients are kept or replaced). Opened with open(), never exec(): the caller reads options()
// once accepted() is emitted.
class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(const QStringList &existingLists, QWidget *parent);

    ImportOptions options() const;
    void setFilePath(const QString &path);
    void setListName(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void browse();
    void updateState();
    bool isExistingList() const;

    QStringList m_existingLists;
    QLabel *m_fileLabel;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QLabel *m_listLabel;
    QComboBox *m_list;
    QCheckBox *m_replace;
    QLabel *m_outcome;
    QDialogButtonBox *m_buttons;
};

} // namespace diffusion::ui
