#include "memoryworkspace.h"

#include "connection.h"
#include "migrations.h"

namespace diffusion {

MemoryWorkspace::MemoryWorkspace()
    : m_db(openConnection(u":memory:"_qs, ConnectionMode::ReadWrite))
{
    try {
        // migrate() runs inside its caller's transaction, as on the writer thread.
        execute(m_db, u"BEGIN"_qs);
        migrate(m_db);
        execute(m_db, u"COMMIT"_qs);
    } catch (...) {
        closeConnection(m_db);
        throw;
    }
}

MemoryWorkspace::~MemoryWorkspace()
{
    closeConnection(m_db);
}

} // namespace diffusion
