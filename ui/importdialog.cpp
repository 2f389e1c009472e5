#include "importdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace diffusion::ui {

ImportDialog::ImportDialog(const QStringList &existingLists, QWidget *parent)
    : QDialog(parent),
      m_existingLists(existingLists),
      m_fileLabel(new QLabel(this)),
      m_file(new QLineEdit(this)),
      m_browse(new QPushButton(this)),
      m_listLabel(new QLabel(this)),
      m_list(new QComboBox(this)),
      m_replace(new QCheckBox(this)),
      m_outcome(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"importDialog"_qs);
    m_file->setObjectName(u"file"_qs);
    m_list->setObjectName(u"list"_qs);
    m_replace->setObjectName(u"replace"_qs);
    m_outcome->setObjectName(u"outcome"_qs);

    m_fileLabel->setBuddy(m_file);
    m_listLabel->setBuddy(m_list);
    m_file->setClearButtonEnabled(true);
    m_list->setEditable(true);
    m_list->setInsertPolicy(QComboBox::NoInsert);
    m_list->addItems(existingLists);
    m_list->setCurrentIndex(-1);
    m_list->setMinimumContentsLength(28);
    m_outcome->setWordWrap(true);
    m_outcome->setForegroundRole(QPalette::PlaceholderText);

    auto *grid = new QGridLayout;
    grid->addWidget(m_fileLabel, 0, 0);
    grid->addWidget(m_file, 0, 1);
    grid->addWidget(m_browse, 0, 2);
    grid->addWidget(m_listLabel, 1, 0);
    grid->addWidget(m_list, 1, 1, 1, 2);
    grid->addWidget(m_replace, 2, 1, 1, 2);
    grid->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_outcome);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_file, &QLineEdit::textChanged, this, &ImportDialog::updateState);
    connect(m_list, &QComboBox::currentTextChanged, this, &ImportDialog::updateState);
    connect(m_replace, &QCheckBox::toggled, this, &ImportDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    retranslateUi();
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

ImportOptions ImportDialog::options() const
{
    ImportOptions options;
    options.filePath = m_file->text().trimmed();
    options.listName = m_list->currentText().trimmed();
    options.replace = isExistingList() && m_replace->isChecked();
    return options;
}

void ImportDialog::setFilePath(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
    // Most files are named after their audience: offer that name for a new list.
    if (m_list->currentText().trimmed().isEmpty())
        m_list->setEditText(QFileInfo(path).completeBaseName());
}

void ImportDialog::setListName(const QString &name)
{
    m_list->setEditText(name);
}

void ImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ImportDialog::retranslateUi()
{
    setWindowTitle(tr("Import recipients"));
    m_fileLabel->setText(tr("CSV &file:"));
    m_file->setPlaceholderText(tr("A UTF-8 CSV file with a header row and an e-mail column"));
    m_browse->setText(tr("&Browse…"));
    m_listLabel->setText(tr("&List:"));
    m_list->lineEdit()->setPlaceholderText(tr("Name of a new or existing list"));
    m_replace->setText(tr("&Replace the recipients already in the list"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    updateState();
}

void ImportDialog::browse()
{
    auto *dialog = new QFileDialog(this, tr("Choose a CSV file"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("CSV files (*.csv *.txt)"), tr("All files (*)")});
    const QFileInfo current(m_file->text().trimmed());
    if (!m_file->text().trimmed().isEmpty())
        dialog->setDirectory(current.absolutePath());
    connect(dialog, &QFileDialog::fileSelected, this, &ImportDialog::setFilePath);
    dialog->open();
}

bool ImportDialog::isExistingList() const
{
    return m_existingLists.contains(m_list->currentText().trimmed());
}

void ImportDialog::updateState()
{
    const QString file = m_file->text().trimmed();
    const QString list = m_list->currentText().trimmed();
    const bool existing = isExistingList();
    m_replace->setEnabled(existing);

    QString outcome;
    bool ready = false;
    if (file.isEmpty()) {
        outcome = tr("Choose the CSV file to import.");
    } else if (!QFileInfo(file).isFile()) {
        outcome = tr("There is no file at %1. Check the path or choose the file with Browse.").arg(file);
    } else if (list.isEmpty()) {
        outcome = tr("Name the list that will receive the recipients.");
    } else if (!existing) {
        outcome = tr("A new list named “%1” will be created.").arg(list);
        ready = true;
    } else if (m_replace->isChecked()) {
        outcome = tr("The recipients of the list “%1” will be replaced by those of the file. "
                     "If the import fails, the list stays as it was.").arg(list);
        ready = true;
    } else {
        outcome = tr("The recipients of the file will be added to the list “%1”.").arg(list);
        ready = true;
    }
    m_outcome->setText(outcome);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ready);
}

} // namespace diffusion::ui
