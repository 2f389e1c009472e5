#pragma once

#include "inmail/processing/inmailsettings.h"
#include "settingssection.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace diffusion::ui {

// The bounce mailbox the console reads on its own (settings inmail.*, InMailSettings): its kind
// and location, the server's password (system keychain only), what becomes of the messages
// read, how often and how many. Read now asks the window's InMailJob for a visit.
class InMailSection final : public SettingsSection
{
    Q_OBJECT

public:
    InMailSection(Workspace &workspace, QWidget *parent);
    void refresh() override;

Q_SIGNALS:
    void readNowRequested();

protected:
    void retranslateUi() override;

private:
    void save();
    void updateFields();
    bool isServer() const;
    // The settings the fields describe, or nothing when one is wrong: the problem is then shown
    // under its field.
    std::optional<InMailSettings> settingsFromFields();
    void storePassword(const QUrl &mailbox, const QString &password);

    QFormLayout *m_form;
    QComboBox *m_kind;
    QLineEdit *m_location;
    QLabel *m_locationError;
    QLineEdit *m_password;
    QLabel *m_passwordStatus;
    QLineEdit *m_caFile;
    QComboBox *m_after;
    QLineEdit *m_moveTo;
    QLabel *m_moveToError;
    QSpinBox *m_period;
    QSpinBox *m_maxMessages;
    QPushButton *m_readNow;
};

} // namespace diffusion::ui
