#pragma once

#include "dkimkey.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace diffusion {

// The workspace's signing keys per sender domain and selector (table dkim_key): the key file's
// path is kept, never the key itself. Writing, inside a StoreWriter job.
class DkimKeyTable final
{
    Q_DECLARE_TR_FUNCTIONS(DkimKeyTable)

public:
    // Adds the key (read by the caller: no OpenSSL on the writer thread), replacing the key of
    // the same domain and selector. The domain is stored in its ASCII form.
    static void add(QSqlDatabase &db, const QString &domain, const QString &selector, const QString &keyPath,
                    DkimAlgorithm algorithm);
    // False when there was no such key.
    static bool remove(QSqlDatabase &db, const QString &domain, const QString &selector);

    // A sender domain as typed, as dkim_key names it (lower case, ASCII).
    static QString asciiDomain(const QString &typed);
};

} // namespace diffusion
