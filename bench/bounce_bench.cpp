// Bounces parsed and qualified per second: every message of a folder (the corpus of
// tests/data/bounces), ROUNDS times over, by parseBounce() then the default rules. Prints the
// parse alone and parse + qualify, so that bench/bounces.sh can set them beside a reference:
// per second of elapsed time and per second of CPU time (the machine may be shared: CPU time
// is what the work costs, elapsed time what it took).
//
// Usage: bounce_bench DIR ROUNDS
#include "inmail/bounceparser.h"
#include "inmail/bouncequalifier.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <cstdio>
#include <ctime>

using namespace diffusion;

namespace {

double cpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

// Times `work` run over every message ROUNDS times; prints the rates under `name`.
template <typename Work> void measure(const char *name, const QList<QByteArray> &messages, int rounds, Work work)
{
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuSeconds();
    for (int round = 0; round < rounds; ++round) {
        for (const QByteArray &raw : messages)
            work(raw);
    }
    const double cpu = cpuSeconds() - cpuStart;
    const double elapsed = double(timer.nsecsElapsed()) / 1e9;
    const double count = double(messages.size()) * rounds;
    std::printf("%-26s %.0f messages, %.3f s elapsed, %.3f s CPU: %.0f bounces/s elapsed, %.0f bounces/s CPU\n", name,
                count, elapsed, cpu, count / elapsed, count / cpu);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv); // the SQLite driver plugin behind the default rules
    if (argc != 3) {
        std::fprintf(stderr, "usage: bounce_bench DIR ROUNDS\n");
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    const int rounds = std::max(1, std::atoi(argv[2]));
    QList<QByteArray> messages;
    for (const QString &name : dir.entryList({u"*.eml"_qs}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(file.fileName()));
        messages.append(file.readAll());
    }
    const BounceQualifier qualifier = BounceQualifier::defaults();
    qsizetype recipients = 0;
    for (const QByteArray &raw : messages) // warm-up: GMime's and the patterns' first-use costs
        recipients += qualifier.qualify(parseBounce(raw)).size();

    measure("diffusion parse", messages, rounds, [&](const QByteArray &raw) { recipients += parseBounce(raw).recipients.size(); });
    measure("diffusion parse+qualify", messages, rounds,
            [&](const QByteArray &raw) { recipients += qualifier.qualify(parseBounce(raw)).size(); });
    return recipients > 0 ? 0 : 1;
}
