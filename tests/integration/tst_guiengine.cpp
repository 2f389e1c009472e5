// The console runs the workspace's engine itself: while it is open, `diffusion-cli engine` is
// refused and `diffusion-cli send` hands its delivery to the console, which sends it. When
// another process holds the engine, the console leaves it alone.
#include "process.h"
#include "analysisrun.h"
#include "relayprocess.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace diffusion;

class TestGuiEngine final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_workspace;
    test::RelayProcess m_relay;

    QString cli(const QStringList &arguments)
    {
        const test::ProcessResult result = test::runCli(arguments);
        if (result.exitCode != 0)
            qWarning("%s: %s", qPrintable(arguments.join(u' ')), result.err.constData());
        return QString::fromUtf8(result.out).trimmed();
    }

    QString newDelivery(const QString &list)
    {
        QFile csv(m_dir.filePath(list + u".csv"_qs));
        if (!csv.open(QIODevice::WriteOnly))
            return {};
        csv.write("email\n");
        for (int i = 0; i < 25; ++i)
            csv.write(list.toUtf8() + QByteArray::number(i) + "@ok.test\n");
        csv.close();
        cli({u"import"_qs, u"--workspace"_qs, m_workspace, u"--list"_qs, list, csv.fileName()});
        QFile body(m_dir.filePath(u"body.txt"_qs));
        if (body.open(QIODevice::WriteOnly))
            body.write("Hello\n");
        body.close();
        const QString id = cli({u"delivery"_qs, u"create"_qs, u"--workspace"_qs, m_workspace, u"--list"_qs, list,
                                u"--from"_qs, u"news@sender.test"_qs, u"--subject"_qs, u"Hi"_qs, u"--text"_qs, body.fileName()});
        test::analyzeWithCli(m_workspace, id.toLongLong());
        return id;
    }

    void startGui(QProcess &gui)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_QPA_PLATFORM"_qs, u"offscreen"_qs);
        gui.setProcessEnvironment(environment);
        gui.start(QStringLiteral(DIFFUSION_GUI_PATH), {u"--workspace"_qs, m_workspace});
        QVERIFY(gui.waitForStarted());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_relay.start(), qPrintable(m_relay.errorString()));
        m_workspace = m_dir.filePath(u"ws.diffusion"_qs);
        cli({u"init"_qs, u"--workspace"_qs, m_workspace});
        cli({u"route"_qs, u"set"_qs, u"--workspace"_qs, m_workspace, u"*"_qs, u"127.0.0.1:%1"_qs.arg(m_relay.port()),
             u"--tls"_qs, u"disabled"_qs});
    }

    void theConsoleSendsWhatTheCommandLineConfirms()
    {
        QProcess gui;
        startGui(gui);
        // The console holds the engine lock once it is up.
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_workspace + u".engine-lock"_qs), 20000);
        QCOMPARE(test::runCli({u"engine"_qs, u"--workspace"_qs, m_workspace}).exitCode, 1);
        const QString id = newDelivery(u"first"_qs);
        const test::ProcessResult sent = test::runCli({u"send"_qs, u"--workspace"_qs, m_workspace, id, u"--confirm"_qs, u"--wait"_qs});
        QVERIFY2(sent.exitCode == 0, sent.err.constData());
        QVERIFY(sent.out.contains(QByteArray::number(gui.processId())));
        QCOMPARE(test::sqliteValue(m_workspace, u"SELECT count(*) FROM broadlog WHERE status = 2 AND delivery_id = "_qs + id), u"25"_qs);
        // SIGTERM closes the console as its Quit menu does: the engine shuts down, the lock is freed.
        ::kill(pid_t(gui.processId()), SIGTERM);
        QVERIFY(gui.waitForFinished(20000));
        QCOMPARE(gui.exitStatus(), QProcess::NormalExit);
        QCOMPARE(gui.exitCode(), 0);
        QVERIFY(!QFile::exists(m_workspace + u".engine-lock"_qs));
    }

    void theConsoleLeavesAnotherEngineAlone()
    {
        QProcess engine;
        engine.start(QStringLiteral(DIFFUSION_CLI_PATH), {u"engine"_qs, u"--workspace"_qs, m_workspace});
        QVERIFY(engine.waitForStarted());
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT((output += engine.readAllStandardOutput()).contains("The engine runs"), 10000);
        QProcess gui;
        startGui(gui);
        const QString id = newDelivery(u"second"_qs);
        const test::ProcessResult sent = test::runCli({u"send"_qs, u"--workspace"_qs, m_workspace, id, u"--confirm"_qs, u"--wait"_qs});
        QVERIFY2(sent.exitCode == 0, sent.err.constData());
        QVERIFY(sent.out.contains(QByteArray::number(engine.processId())));
        QCOMPARE(test::sqliteValue(m_workspace, u"SELECT count(*) FROM broadlog WHERE status = 2 AND delivery_id = "_qs + id), u"25"_qs);
        QCOMPARE(gui.state(), QProcess::Running);
        ::kill(pid_t(gui.processId()), SIGTERM);
        ::kill(pid_t(engine.processId()), SIGTERM);
        QVERIFY(gui.waitForFinished(20000));
        QVERIFY(engine.waitForFinished(20000));
        QCOMPARE(engine.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestGuiEngine)
#include "tst_guiengine.moc"
