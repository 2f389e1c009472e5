#pragma once

#include "storewriter.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

namespace diffusion {

// One workspace file: its writer thread, and the facts needed to open readers on it.
class Workspace final
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)

public:
    enum class OpenMode { OpenExisting, CreateIfMissing };

    // Checks the file before anything writes to it: a file that is not a Diffusion workspace, or
    // one with a newer schema, is refused with a StoreError and left untouched. Otherwise starts
    // the writer and migrates the schema forward.
    static std::unique_ptr<Workspace> open(const QString &path, OpenMode mode);

    // The default demo workspace of the GUI, in the user's data folder.
    static QString defaultPath();

    QString path() const { return m_path; }
    StoreWriter &writer() { return *m_writer; }
    // The schema version found in the file before this program migrated it (0 for a new file).
    int schemaVersionFound() const { return m_versionFound; }

private:
    Workspace(const QString &path, std::unique_ptr<StoreWriter> writer, int versionFound);

    QString m_path;
    std::unique_ptr<StoreWriter> m_writer;
    int m_versionFound;
};

} // namespace diffusion
