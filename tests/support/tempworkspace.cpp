#include "tempworkspace.h"

namespace diffusion::test {

TempWorkspace::TempWorkspace()
{
    reopen();
}

void TempWorkspace::reopen()
{
    m_workspace.reset();
    m_workspace = Workspace::open(path(), Workspace::OpenMode::CreateIfMissing);
}

} // namespace diffusion::test
