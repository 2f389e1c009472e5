#pragma once

#include <QSqlDatabase>

namespace diffusion {

// A workspace database in memory, migrated as a new file would be: what a new workspace gets
// (its default rules) without a file, for commands run without --workspace and for fuzzing.
// Throws StoreError when it cannot be made. One thread.
class MemoryWorkspace final
{
public:
    MemoryWorkspace();
    ~MemoryWorkspace();
    MemoryWorkspace(const MemoryWorkspace &) = delete;
    MemoryWorkspace &operator=(const MemoryWorkspace &) = delete;

    QSqlDatabase &db() { return m_db; }

private:
    QSqlDatabase m_db;
};

} // namespace diffusion
