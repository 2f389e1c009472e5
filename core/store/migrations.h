#pragma once

#include <QSqlDatabase>

namespace diffusion {

// The schema version this program writes: the number of migration scripts it carries.
// PRAGMA application_id of every workspace ("Diff"), so that other SQLite files are refused.
constexpr int workspaceApplicationId = 0x44696666;

int knownSchemaVersion();

// Brings the database from its PRAGMA user_version up to knownSchemaVersion(), one script at a
// time, and refreshes the code tables (ref_*). Runs inside the caller's transaction. Returns the
// version found before migrating.
int migrate(QSqlDatabase &db);

} // namespace diffusion
