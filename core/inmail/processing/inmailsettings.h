#pragma once

#include "inmail/mailbox/mailboxsource.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <optional>

namespace diffusion {

// The bounce mailbox the console reads on its own, and how often, from the workspace's `setting`
// table (keys inmail.*, docs/inmail.md). The password is not here: it is in the system keychain
// (console) or in DIFFUSION_INMAIL_PASSWORD (diffusion-cli).
struct InMailSettings {
    Q_DECLARE_TR_FUNCTIONS(InMailSettings)

public:
    QString kind;                  // inmail.kind: maildir, mbox, pop3, imap; empty: no mailbox
    QString location;              // inmail.location: a path, or a URL without password
    QString after = u"delete"_qs;  // inmail.after: delete, move or keep
    QString moveTo;                // inmail.move_to
    int maxMessages = 500;         // inmail.max_messages
    qint64 periodSeconds = 300;    // inmail.period_s
    QString caFile;                // inmail.ca_file

    bool isSet() const { return !kind.isEmpty(); }

    static InMailSettings load(const QSqlDatabase &db);
    // The keys and values to store (an empty value removes its key, so the default applies).
    QList<std::pair<QString, QString>> values() const;
    // The mailbox these settings name, without its password; a sentence in *error when they do
    // not name one.
    std::optional<MailboxSpec> spec(QString *error) const;

    static QStringList kinds() { return {u"maildir"_qs, u"mbox"_qs, u"pop3"_qs, u"imap"_qs}; }
    static QStringList afterChoices() { return {u"delete"_qs, u"move"_qs, u"keep"_qs}; }
};

} // namespace diffusion
