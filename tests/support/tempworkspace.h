#pragma once

#include "store/workspace.h"

#include <QTemporaryDir>
#include <memory>

namespace diffusion::test {

// A fresh workspace file in its own temporary folder, removed at the end of the test.
class TempWorkspace final
{
public:
    TempWorkspace();
    QString path() const { return m_dir.filePath(QStringLiteral("test.diffusion")); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    Workspace &workspace() { return *m_workspace; }
    StoreWriter &writer() { return m_workspace->writer(); }
    // Closes the workspace (stops the writer) so the file can be inspected or reopened.
    void close() { m_workspace.reset(); }
    void reopen();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace diffusion::test
