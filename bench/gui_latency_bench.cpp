// The console's GUI-thread event-loop latency: a 10 ms timer measures how late it fires while
// the window shows a delivery log and the window's own engine sends another delivery. Run by
// bench/gui_latency.sh, which prepares the workspace; prints percentiles, asserts nothing.
//   gui_latency_bench WORKSPACE LOG_DELIVERY SEND_DELIVERY|0 SECONDS
#include "engine/enginehost.h"
#include "engine/engineoptions.h"
#include "mainwindow.h"
#include "store/workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimer>
#include <algorithm>

using namespace diffusion;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() != 5) {
        QTextStream(stderr) << "usage: gui_latency_bench WORKSPACE LOG_DELIVERY SEND_DELIVERY|0 SECONDS\n";
        return 2;
    }
    std::unique_ptr<Workspace> workspace = Workspace::open(args[1], Workspace::OpenMode::OpenExisting);
    const qint64 logDelivery = args[2].toLongLong();
    const qint64 sendDelivery = args[3].toLongLong();
    const int seconds = args[4].toInt();

    ui::MainWindow window(*workspace);
    window.showDelivery(logDelivery);
    window.showArea(ui::Navigation::Area::Logs);
    window.show();

    std::unique_ptr<EngineHost> engine;
    if (sendDelivery != 0) {
        engine = std::make_unique<EngineHost>(workspace->path(), workspace->writer(), engineOptions());
        QObject::connect(engine.get(), &EngineHost::deliveryFinished, &app, [sendDelivery](qint64 id) {
            if (id == sendDelivery)
                QCoreApplication::quit();
        });
        engine->start();
    }

    constexpr int tickMs = 10;
    std::vector<double> lateness;
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, &app, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (last != 0)
            lateness.push_back(std::max(0.0, double(now - last) / 1e6 - tickMs));
        last = now;
    });
    probe.start(tickMs);
    QTimer::singleShot(seconds * 1000, &app, &QCoreApplication::quit);
    QApplication::exec();
    const double elapsed = double(clock.elapsed()) / 1000.0;
    if (engine) {
        engine->shutDown();
        QEventLoop drain;
        QObject::connect(engine.get(), &EngineHost::stopped, &drain, &QEventLoop::quit);
        if (!engine->isIdle())
            drain.exec();
    }
    std::sort(lateness.begin(), lateness.end());
    const auto at = [&lateness](double q) { return lateness.empty() ? 0.0 : lateness[size_t(q * double(lateness.size() - 1))]; };
    QTextStream(stdout) << QString::asprintf("%.1f s, %zu ticks: event-loop latency p50 %.1f ms, p99 %.1f ms, max %.1f ms\n", elapsed,
                                             lateness.size(), at(0.5), at(0.99), lateness.empty() ? 0.0 : lateness.back());
    return 0;
}
