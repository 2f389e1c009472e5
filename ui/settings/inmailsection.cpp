#include "inmailsection.h"

#include "consolepasswords.h"
#include "relaycredentials.h"
#include "settingsfields.h"
#include "store/connection.h"
#include "store/storeerror.h"
#include "store/workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace diffusion::ui {

InMailSection::InMailSection(Workspace &workspace, QWidget *parent)
    : SettingsSection(workspace, parent),
      m_form(new QFormLayout),
      m_kind(new QComboBox(this)),
      m_location(new QLineEdit(this)),
      m_password(new QLineEdit(this)),
      m_passwordStatus(new QLabel(this)),
      m_caFile(new QLineEdit(this)),
      m_after(new QComboBox(this)),
      m_moveTo(new QLineEdit(this)),
      m_period(new QSpinBox(this)),
      m_maxMessages(new QSpinBox(this)),
      m_readNow(new QPushButton(this))
{
    setObjectName(u"inMailSection"_qs);
    m_kind->setObjectName(u"inMailKind"_qs);
    m_location->setObjectName(u"inMailLocation"_qs);
    m_password->setObjectName(u"inMailPassword"_qs);
    m_passwordStatus->setObjectName(u"inMailPasswordStatus"_qs);
    m_caFile->setObjectName(u"inMailCaFile"_qs);
    m_after->setObjectName(u"inMailAfter"_qs);
    m_moveTo->setObjectName(u"inMailMoveTo"_qs);
    m_period->setObjectName(u"inMailPeriod"_qs);
    m_maxMessages->setObjectName(u"inMailMaxMessages"_qs);
    m_readNow->setObjectName(u"readMailboxNow"_qs);

    m_kind->addItem(QString(), QString());
    for (const QString &kind : InMailSettings::kinds())
        m_kind->addItem(QString(), kind);
    for (const QString &after : InMailSettings::afterChoices())
        m_after->addItem(QString(), after);
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordStatus->setWordWrap(true);
    m_period->setRange(1, 24 * 60);
    m_maxMessages->setRange(1, 100000);

    addFieldWithError(m_form, m_kind);
    m_locationError = addFieldWithError(m_form, m_location);
    addFieldWithError(m_form, m_password);
    m_form->addRow(m_passwordStatus);
    addFieldWithError(m_form, m_caFile);
    addFieldWithError(m_form, m_after);
    m_moveToError = addFieldWithError(m_form, m_moveTo);
    addFieldWithError(m_form, m_period);
    addFieldWithError(m_form, m_maxMessages);
    auto *readNow = new QHBoxLayout;
    readNow->addWidget(m_readNow);
    readNow->addStretch(1);
    auto *content = new QVBoxLayout;
    content->addLayout(m_form);
    content->addLayout(readNow);
    setContent(content);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &InMailSection::updateFields);
    connect(m_after, &QComboBox::currentIndexChanged, this, &InMailSection::updateFields);
    connect(m_readNow, &QPushButton::clicked, this, &InMailSection::readNowRequested);
    connect(saveButton(), &QPushButton::clicked, this, &InMailSection::save);
    retranslateUi();
    refresh();
}

void InMailSection::retranslateUi()
{
    setFormLabel(m_form, m_kind, tr("Bounce mailbox"));
    const QStringList kinds = {tr("No bounce mailbox"), tr("Maildir folder"), tr("mbox file"), tr("POP3 server"), tr("IMAP server")};
    for (int i = 0; i < kinds.size(); ++i)
        m_kind->setItemText(i, kinds[i]);
    m_kind->setToolTip(tr("Where the bounces, complaints and auto-replies to your deliveries arrive: the mailbox of the "
                          "deliveries' return path."));
    setFormLabel(m_form, m_location, tr("Location"));
    setFormLabel(m_form, m_password, tr("Password"));
    m_password->setPlaceholderText(tr("Kept in the system keychain, never in the workspace"));
    setFormLabel(m_form, m_caFile, tr("Certificate authority (PEM)"));
    m_caFile->setPlaceholderText(tr("Optional: the system's authorities are trusted"));
    m_caFile->setToolTip(tr("A PEM file of the private authority that signed the server's certificate, if it is not a public one."));
    setFormLabel(m_form, m_after, tr("Once read"));
    const QStringList afterChoices = {tr("Delete the message"), tr("Move it to a folder"), tr("Keep it where it is")};
    for (int i = 0; i < afterChoices.size(); ++i)
        m_after->setItemText(i, afterChoices[i]);
    m_after->setToolTip(tr("A message is deleted or moved only once what it says is recorded in the workspace. A kept "
                           "message is not read twice."));
    setFormLabel(m_form, m_moveTo, tr("Folder"));
    m_moveTo->setPlaceholderText(tr("Processed"));
    m_moveTo->setToolTip(tr("The IMAP folder, the Maildir sub-folder, or the mbox file (beside the read one) the messages "
                            "read go to. It is created when missing."));
    setFormLabel(m_form, m_period, tr("Read every (minutes)"));
    setFormLabel(m_form, m_maxMessages, tr("Messages per visit, at most"));
    m_maxMessages->setToolTip(tr("The rest waits for the next visit, so that one visit stays short."));
    m_readNow->setText(tr("Read &now"));
    m_readNow->setToolTip(tr("Read the saved bounce mailbox now, without waiting for the next visit."));
    saveButton()->setText(tr("Save the bounce mailbox settings"));
    updateFields();
}

void InMailSection::refresh()
{
    InMailSettings settings;
    try {
        ReadConnection reader(workspace().path());
        settings = InMailSettings::load(reader.db());
    } catch (const StoreError &error) {
        setStatus(error.message(), true);
        return;
    }
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(settings.kind)));
    m_location->setText(settings.location);
    m_password->clear();
    m_caFile->setText(settings.caFile);
    m_after->setCurrentIndex(std::max(0, m_after->findData(settings.after)));
    m_moveTo->setText(settings.moveTo);
    m_period->setValue(int(settings.periodSeconds / 60));
    m_maxMessages->setValue(settings.maxMessages);
    m_locationError->clear();
    m_moveToError->clear();
    updateFields();
}

bool InMailSection::isServer() const
{
    const QString kind = m_kind->currentData().toString();
    return kind == u"pop3"_qs || kind == u"imap"_qs;
}

void InMailSection::updateFields()
{
    const QString kind = m_kind->currentData().toString();
    const bool isSet = !kind.isEmpty();
    for (QWidget *field : std::initializer_list<QWidget *>{m_location, m_after, m_period, m_maxMessages})
        field->setEnabled(isSet);
    m_password->setEnabled(isServer());
    m_caFile->setEnabled(isServer());
    m_moveTo->setEnabled(isSet && m_after->currentData().toString() == u"move"_qs);
    if (kind == u"maildir"_qs) {
        m_location->setPlaceholderText(u"/var/mail/bounces/Maildir"_qs);
        m_location->setToolTip(tr("The Maildir folder: the one that holds new and cur."));
    } else if (kind == u"mbox"_qs) {
        m_location->setPlaceholderText(u"/var/mail/bounces"_qs);
        m_location->setToolTip(tr("The mbox file. It is locked while it is read, as mail programs do."));
    } else if (kind == u"pop3"_qs) {
        m_location->setPlaceholderText(u"pop3s://bounces@mail.example.com:995"_qs);
        m_location->setToolTip(tr("pop3s://user@host:995 over TLS, or pop3://user@host:110 with STARTTLS. No password here."));
    } else if (kind == u"imap"_qs) {
        m_location->setPlaceholderText(u"imaps://bounces@mail.example.com:993/INBOX"_qs);
        m_location->setToolTip(tr("imaps://user@host:993/FOLDER over TLS, or imap://user@host:143/FOLDER with STARTTLS. "
                                  "No password here."));
    } else {
        m_location->setPlaceholderText(QString());
        m_location->setToolTip(QString());
    }
}

std::optional<InMailSettings> InMailSection::settingsFromFields()
{
    m_locationError->clear();
    m_moveToError->clear();
    InMailSettings settings;
    settings.kind = m_kind->currentData().toString();
    settings.location = m_location->text().trimmed();
    settings.after = m_after->currentData().toString();
    settings.moveTo = m_moveTo->text().trimmed();
    settings.periodSeconds = qint64(m_period->value()) * 60;
    settings.maxMessages = m_maxMessages->value();
    settings.caFile = isServer() ? m_caFile->text().trimmed() : QString();
    if (!settings.isSet())
        return settings; // no mailbox: the stored keys go, the console reads nothing
    QString problem;
    if (!settings.spec(&problem)) {
        m_locationError->setText(problem);
        return std::nullopt;
    }
    if (settings.after == u"move"_qs && settings.kind == u"pop3"_qs) {
        m_moveToError->setText(tr("A POP3 server has no folders: choose to delete or to keep the messages read, or read the "
                                  "mailbox over IMAP."));
        return std::nullopt;
    }
    if (settings.after == u"move"_qs && settings.moveTo.isEmpty()) {
        m_moveToError->setText(tr("Give the folder the messages read go to."));
        return std::nullopt;
    }
    return settings;
}

void InMailSection::save()
{
    const std::optional<InMailSettings> settings = settingsFromFields();
    if (!settings)
        return;
    QUrl server;
    if (isServer()) {
        QString unused;
        server = settings->spec(&unused)->url;
    }
    submit([values = settings->values()](QSqlDatabase &db) {
        for (const auto &[key, value] : values)
            writeSetting(db, key, value);
    }, [this, server, password = isServer() ? m_password->text() : QString()] {
        if (!password.isEmpty())
            storePassword(server, password);
    });
}

void InMailSection::storePassword(const QUrl &mailbox, const QString &password)
{
    const RelayCredentials::Result result =
        RelayCredentials(workspace().path()).store(inMailKeychainDomain(mailbox), mailbox.userName(), password);
    m_password->clear();
    switch (result.outcome) {
    case RelayCredentials::Outcome::Done:
        m_passwordStatus->setText(tr("The password is in the system keychain."));
        break;
    case RelayCredentials::Outcome::NoKeychain:
        m_passwordStatus->setText(tr("No system keychain is available here, so the password is not kept: the console asks for "
                                     "it when it reads the mailbox (diffusion-cli inmail reads DIFFUSION_INMAIL_PASSWORD)."));
        break;
    case RelayCredentials::Outcome::NotFound:
    case RelayCredentials::Outcome::Failed:
        m_passwordStatus->setText(tr("The system keychain did not take the password, so it is not kept: the console asks for "
                                     "it when it reads the mailbox."));
        break;
    }
}

} // namespace diffusion::ui
