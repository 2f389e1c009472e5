#include "workspace.h"

#include "connection.h"
#include "migrations.h"
#include "storeerror.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace diffusion {

namespace {

// Reads the header fields without writing anything, so that a refused file stays byte-identical.
void checkExistingFile(const QString &path)
{
    ReadConnection probe(path);
    QVariant version;
    QVariant application;
    try {
        version = queryValue(probe.db(), u"PRAGMA user_version"_qs);
        application = queryValue(probe.db(), u"PRAGMA application_id"_qs);
    } catch (const StoreError &) {
        throw StoreError(Workspace::tr("%1 is not a Diffusion workspace (it is not an SQLite database).").arg(path));
    }
    const bool empty = queryValue(probe.db(), u"SELECT count(*) FROM sqlite_schema"_qs).toInt() == 0;
    if (!empty && application.toInt() != workspaceApplicationId)
        throw StoreError(Workspace::tr("%1 is an SQLite database but not a Diffusion workspace.").arg(path));
    if (version.toInt() > knownSchemaVersion()) {
        throw StoreError(Workspace::tr("The workspace %1 was written by a newer version of Diffusion "
                                       "(schema %2; this program knows up to %3). Open it with a newer "
                                       "Diffusion. The file was left untouched.")
                             .arg(path).arg(version.toInt()).arg(knownSchemaVersion()));
    }
}

} // namespace

Workspace::Workspace(const QString &path, std::unique_ptr<StoreWriter> writer, int versionFound)
    : m_path(path), m_writer(std::move(writer)), m_versionFound(versionFound)
{
}

std::unique_ptr<Workspace> Workspace::open(const QString &path, OpenMode mode)
{
    const QFileInfo info(path);
    if (info.exists()) {
        if (!info.isFile())
            throw StoreError(tr("%1 is not a file.").arg(path));
        checkExistingFile(path);
    } else if (mode == OpenMode::OpenExisting) {
        throw StoreError(tr("There is no workspace at %1. Create one with: diffusion-cli init --workspace %1").arg(path));
    } else if (!QDir().mkpath(info.absolutePath())) {
        throw StoreError(tr("Cannot create the folder %1 for the workspace.").arg(info.absolutePath()));
    }

    auto writer = std::make_unique<StoreWriter>(path);
    const int found = writer->submit([](QSqlDatabase &db) { return migrate(db); }).result();
    return std::unique_ptr<Workspace>(new Workspace(path, std::move(writer), found));
}

QString Workspace::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/demo.diffusion"_qs;
}

} // namespace diffusion
