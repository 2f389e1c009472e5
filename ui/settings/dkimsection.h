#pragma once

#include "settingssection.h"

class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace diffusion::ui {

// The DKIM signing keys per sender domain (table dkim_key, as `diffusion-cli dkim add-key` fills
// it): import a PEM file, and the DNS TXT record to publish for the selected key.
class DkimSection final : public SettingsSection
{
    Q_OBJECT

public:
    DkimSection(Workspace &workspace, QWidget *parent);
    void refresh() override;

protected:
    void retranslateUi() override;

private:
    void browse();
    void import();
    void showRecord();
    void removeKey();

    QTableWidget *m_keys;
    QLabel *m_recordName;
    QPlainTextEdit *m_record;
    QPushButton *m_copy;
    QPushButton *m_remove;
    QFormLayout *m_form;
    QLineEdit *m_domain;
    QLabel *m_domainError;
    QLineEdit *m_selector;
    QLabel *m_selectorError;
    QLineEdit *m_path;
    QLabel *m_pathError;
    QPushButton *m_browse;
};

} // namespace diffusion::ui
