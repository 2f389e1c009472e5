#pragma once

#include "inmail/mailbox/mailboxsource.h"
#include "inmailrecord.h"

#include <QCoreApplication>
#include <QString>

namespace diffusion {

class StoreWriter;

// One visit to the bounce mailbox (docs/inmail.md): up to spec.maxMessages messages are read,
// parsed and qualified in the calling thread, recorded and applied in one writer job, and only
// then deleted or moved as the spec says — so a crash at any moment loses no bounce, and one
// read twice is recognized by its fingerprint. With Keep, messages already recorded are not
// even downloaded again. Blocking: run it on a worker thread (or in the CLI).
class InMailSession final
{
    Q_DECLARE_TR_FUNCTIONS(InMailSession)

public:
    // Throws MailboxError (the mailbox) or StoreError (the workspace).
    static InMailTally run(StoreWriter &writer, const QString &workspacePath, MailboxSpec spec);

    // How the mailbox is named in inmail_message: its URL without the password, or its path.
    static QString mailboxName(const MailboxSpec &spec);
};

} // namespace diffusion
