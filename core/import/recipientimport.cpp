#include "recipientimport.h"

#include "store/storeerror.h"
#include "store/storewriter.h"

namespace diffusion {

// Temporary: replaced by the real importer being written in parallel.
ImportResult importRecipients(QSqlDatabase &, const ImportOptions &, const ImportProgress &)
{
    throw StoreError(QStringLiteral("not implemented yet"));
}

QFuture<ImportResult> submitImport(StoreWriter &writer, const ImportOptions &options, ImportProgress progress)
{
    return writer.submit([options, progress = std::move(progress)](QSqlDatabase &db) {
        return importRecipients(db, options, progress);
    });
}

} // namespace diffusion
