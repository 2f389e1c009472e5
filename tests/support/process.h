#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace diffusion::test {

struct ProcessResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs a program to its end (at most timeoutMs) with optional standard input. Fails the
// current test (QTest) when it cannot start or does not finish in time.
ProcessResult runProcess(const QString &program, const QStringList &arguments,
                         const QByteArray &input = {}, int timeoutMs = 120000);

// diffusion-cli from this build.
ProcessResult runCli(const QStringList &arguments, const QByteArray &input = {});

// What the sqlite3 command-line program prints for a query on a workspace, trimmed: the
// independent reader of the file.
QString sqliteValue(const QString &workspace, const QString &sql);

} // namespace diffusion::test
