#include "process.h"

#include <QProcess>
#include <QTest>

namespace diffusion::test {

ProcessResult runProcess(const QString &program, const QStringList &arguments, const QByteArray &input, int timeoutMs)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted()) {
        QTest::qFail(qPrintable(u"cannot start "_qs + program), __FILE__, __LINE__);
        return {};
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        QTest::qFail(qPrintable(program + u" did not finish in time"_qs), __FILE__, __LINE__);
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

ProcessResult runCli(const QStringList &arguments, const QByteArray &input)
{
    return runProcess(QStringLiteral(DIFFUSION_CLI_PATH), arguments, input);
}

QString sqliteValue(const QString &workspace, const QString &sql)
{
    const ProcessResult result = runProcess(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), workspace, sql});
    if (result.exitCode != 0)
        qWarning("sqlite3 failed: %s", result.err.constData());
    return QString::fromUtf8(result.out).trimmed();
}

} // namespace diffusion::test
