#include "dkimsection.h"

#include "dkim/dkimerror.h"
#include "dkim/dkimkey.h"
#include "dkim/dkimkeytable.h"
#include "settingsfields.h"
#include "store/connection.h"
#include "store/workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace diffusion::ui {

namespace {
enum Column { DomainColumn, SelectorColumn, AlgorithmColumn, PathColumn };
}

DkimSection::DkimSection(Workspace &workspace, QWidget *parent)
    : SettingsSection(workspace, parent),
      m_keys(new QTableWidget(0, 4, this)),
      m_recordName(new QLabel(this)),
      m_record(new QPlainTextEdit(this)),
      m_copy(new QPushButton(this)),
      m_remove(new QPushButton(this)),
      m_form(new QFormLayout),
      m_domain(new QLineEdit(this)),
      m_selector(new QLineEdit(this)),
      m_path(new QLineEdit(this)),
      m_browse(new QPushButton(this))
{
    setObjectName(u"dkimSection"_qs);
    m_keys->setObjectName(u"dkimKeys"_qs);
    m_recordName->setObjectName(u"dkimRecordName"_qs);
    m_record->setObjectName(u"dkimRecord"_qs);
    m_copy->setObjectName(u"dkimCopy"_qs);
    m_remove->setObjectName(u"dkimRemove"_qs);
    m_domain->setObjectName(u"dkimDomain"_qs);
    m_selector->setObjectName(u"dkimSelector"_qs);
    m_path->setObjectName(u"dkimKeyPath"_qs);
    m_browse->setObjectName(u"dkimBrowse"_qs);

    m_keys->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_keys->setTabKeyNavigation(false);
    m_keys->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_keys->setSelectionMode(QAbstractItemView::SingleSelection);
    m_keys->verticalHeader()->hide();
    m_keys->horizontalHeader()->setStretchLastSection(true);
    m_recordName->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_record->setReadOnly(true);
    m_record->setMaximumHeight(80);
    m_copy->setEnabled(false);
    m_remove->setEnabled(false);

    m_domainError = addFieldWithError(m_form, m_domain);
    m_selectorError = addFieldWithError(m_form, m_selector);
    m_pathError = addFieldWithError(m_form, m_path);
    // The Browse button beside the path, in the path's cell.
    auto *pathRow = new QHBoxLayout;
    auto *pathCell = qobject_cast<QVBoxLayout *>(m_path->parentWidget()->layout());
    pathCell->removeWidget(m_path);
    pathRow->addWidget(m_path, 1);
    m_browse->setParent(m_path->parentWidget());
    pathRow->addWidget(m_browse);
    pathCell->insertLayout(0, pathRow);

    auto *recordRow = new QHBoxLayout;
    recordRow->addWidget(m_record, 1);
    auto *recordButtons = new QVBoxLayout;
    recordButtons->addWidget(m_copy);
    recordButtons->addWidget(m_remove);
    recordButtons->addStretch(1);
    recordRow->addLayout(recordButtons);
    auto *content = new QVBoxLayout;
    content->addWidget(m_keys, 1);
    content->addWidget(m_recordName);
    content->addLayout(recordRow);
    content->addLayout(m_form);
    setContent(content);

    connect(m_keys, &QTableWidget::itemSelectionChanged, this, &DkimSection::showRecord);
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_record->toPlainText()); });
    connect(m_browse, &QPushButton::clicked, this, &DkimSection::browse);
    connect(m_remove, &QPushButton::clicked, this, &DkimSection::removeKey);
    connect(saveButton(), &QPushButton::clicked, this, &DkimSection::import);
    retranslateUi();
    refresh();
}

void DkimSection::retranslateUi()
{
    m_keys->setHorizontalHeaderLabels({tr("Domain"), tr("Selector"), tr("Algorithm"), tr("Key file")});
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copies the record's text, to paste into the domain's DNS zone."));
    m_remove->setText(tr("Remove…"));
    m_remove->setToolTip(tr("Removes the selected key from the workspace; the key file stays where it is."));
    setFormLabel(m_form, m_domain, tr("Sender domain"));
    setFormLabel(m_form, m_selector, tr("Selector"));
    setFormLabel(m_form, m_path, tr("Private key (PEM)"));
    m_browse->setText(tr("Choose…"));
    saveButton()->setText(tr("Import the key"));
    showRecord();
}

void DkimSection::refresh()
{
    ReadConnection reader(workspace().path());
    QSqlQuery query = runQuery(reader.db(), u"SELECT domain, selector, algorithm, key_path FROM dkim_key ORDER BY domain, selector"_qs);
    const QSignalBlocker blocker(m_keys);
    m_keys->setRowCount(0);
    while (query.next()) {
        const int row = m_keys->rowCount();
        m_keys->insertRow(row);
        m_keys->setItem(row, DomainColumn, new QTableWidgetItem(query.value(0).toString()));
        m_keys->setItem(row, SelectorColumn, new QTableWidgetItem(query.value(1).toString()));
        m_keys->setItem(row, AlgorithmColumn, new QTableWidgetItem(query.value(2).toString()));
        m_keys->setItem(row, PathColumn, new QTableWidgetItem(query.value(3).toString()));
    }
    showRecord();
}

void DkimSection::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("DKIM private key"), m_path->text(),
                                                      tr("PEM keys (*.pem *.key);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void DkimSection::showRecord()
{
    const QList<QTableWidgetItem *> selected = m_keys->selectedItems();
    m_record->clear();
    m_recordName->clear();
    m_copy->setEnabled(false);
    m_remove->setEnabled(!selected.isEmpty());
    if (selected.isEmpty())
        return;
    const int row = selected.first()->row();
    const QString domain = m_keys->item(row, DomainColumn)->text();
    const QString selector = m_keys->item(row, SelectorColumn)->text();
    try {
        const QByteArray record = DkimKey::fromFile(m_keys->item(row, PathColumn)->text()).dnsRecord();
        m_recordName->setText(tr("Publish this TXT record at %1._domainkey.%2:").arg(selector, domain));
        m_record->setPlainText(QString::fromLatin1(record));
        m_copy->setEnabled(true);
    } catch (const DkimError &error) {
        m_recordName->setText(error.message());
    }
}

void DkimSection::import()
{
    for (QLabel *error : {m_domainError, m_selectorError, m_pathError})
        error->clear();
    const QString domain = DkimKeyTable::asciiDomain(m_domain->text());
    const QString selector = m_selector->text().trimmed();
    const QString path = m_path->text().trimmed().isEmpty() ? QString() : QFileInfo(m_path->text().trimmed()).absoluteFilePath();
    if (domain.isEmpty())
        m_domainError->setText(tr("Give the sender domain the key signs for, such as example.com."));
    if (selector.isEmpty())
        m_selectorError->setText(tr("Give the selector the key is published under, such as mail2024."));
    if (path.isEmpty())
        m_pathError->setText(tr("Choose the private key file."));
    if (domain.isEmpty() || selector.isEmpty() || path.isEmpty())
        return;
    DkimAlgorithm algorithm;
    try {
        algorithm = DkimKey::fromFile(path).algorithm(); // a bad file is said under its field, before anything is written
    } catch (const DkimError &error) {
        m_pathError->setText(error.message());
        return;
    }
    submit([=](QSqlDatabase &db) { DkimKeyTable::add(db, domain, selector, path, algorithm); }, [this, domain, selector] {
        refresh();
        for (int row = 0; row < m_keys->rowCount(); ++row) {
            if (m_keys->item(row, DomainColumn)->text() == domain && m_keys->item(row, SelectorColumn)->text() == selector)
                m_keys->selectRow(row);
        }
    });
}

void DkimSection::removeKey()
{
    const QList<QTableWidgetItem *> selected = m_keys->selectedItems();
    if (selected.isEmpty())
        return;
    const int row = selected.first()->row();
    const QString domain = m_keys->item(row, DomainColumn)->text();
    const QString selector = m_keys->item(row, SelectorColumn)->text();
    const auto answer = QMessageBox::question(this, tr("Remove the key"),
                                              tr("Remove the key of %1 (selector %2)? Deliveries from %1 are then sent "
                                                 "without a DKIM signature unless they name a key of their own. The key "
                                                 "file stays where it is.").arg(domain, selector),
                                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    submit([domain, selector](QSqlDatabase &db) { DkimKeyTable::remove(db, domain, selector); }, [this] { refresh(); });
}

} // namespace diffusion::ui
