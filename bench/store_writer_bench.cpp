// Broadlog status updates through the store's writer thread, in batches, as the feedback service
// will send them. Also writes the same updates as an SQL script so that bench/store_writer.sh can
// time the sqlite3 CLI on an identical copy of the workspace, in the same run.
//
// Usage: store_writer_bench WORKSPACE ROWS BATCH SQL_SCRIPT
#include "store/connection.h"
#include "store/sqlstatement.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <cstdio>

using namespace diffusion;

namespace {

constexpr const char *updateSql =
    "UPDATE broadlog SET status = ?, failure_type = ?, failure_reason = ?, last_reply = ?, updated_at = ? WHERE id = ?";

struct Update {
    qint64 id;
    int status;
    int type;
    int reason;
    const char *reply;
};

Update updateFor(qint64 id)
{
    // Mostly Sent, some hard and soft bounces, as a real delivery reports them.
    if (id % 50 == 0)
        return {id, 3, 2, 1, "550 5.1.1 <x@y>: Recipient address rejected: User unknown"};
    if (id % 20 == 0)
        return {id, 1, 1, 5, "452 4.2.2 Mailbox full"};
    return {id, 2, 0, 0, "250 2.0.0 Ok: queued as 4F2B81C0A2"};
}

void createRows(Workspace &workspace, qint64 rows)
{
    workspace.writer().submit([rows](QSqlDatabase &db) {
        execute(db, u"INSERT INTO delivery (id, created_at, updated_at) VALUES (1, 0, 0)"_qs);
        SqlStatement insert(sqliteHandle(db),
                            "INSERT INTO broadlog (id, delivery_id, address, domain, created_at, updated_at) VALUES (?, 1, ?, 'example.test', 0, 0)");
        for (qint64 id = 1; id <= rows; ++id) {
            const std::string address = "user" + std::to_string(id) + "@example.test";
            insert.bind(1, id);
            insert.bind(2, std::string_view(address));
            insert.run();
        }
    }).waitForFinished();
}

void writeReferenceScript(const QString &path, qint64 rows, qint64 batch)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    for (qint64 first = 1; first <= rows; first += batch) {
        file.write("BEGIN;\n");
        for (qint64 id = first; id < first + batch && id <= rows; ++id) {
            const Update u = updateFor(id);
            file.write(QByteArray("UPDATE broadlog SET status = ") + QByteArray::number(u.status)
                       + ", failure_type = " + (u.type ? QByteArray::number(u.type) : "NULL")
                       + ", failure_reason = " + (u.type ? QByteArray::number(u.reason) : "NULL")
                       + ", last_reply = '" + u.reply + "', updated_at = 1 WHERE id = " + QByteArray::number(id) + ";\n");
        }
        file.write("COMMIT;\n");
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: store_writer_bench WORKSPACE ROWS BATCH SQL_SCRIPT\n");
        return 2;
    }
    const QString path = args.at(1);
    const qint64 rows = args.at(2).toLongLong();
    const qint64 batch = args.at(3).toLongLong();

    {
        auto workspace = Workspace::open(path, Workspace::OpenMode::CreateIfMissing);
        createRows(*workspace, rows);
    }
    QFile::remove(path + u".ref"_qs);
    QFile::copy(path, path + u".ref"_qs);
    writeReferenceScript(args.at(4), rows, batch);

    auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting);
    const quint64 transactionsBefore = workspace->writer().committedTransactions();
    QElapsedTimer timer;
    timer.start();
    for (qint64 first = 1; first <= rows; first += batch) {
        const qint64 last = std::min(rows, first + batch - 1);
        workspace->writer().submit([first, last](QSqlDatabase &db) {
            SqlStatement update(sqliteHandle(db), updateSql);
            for (qint64 id = first; id <= last; ++id) {
                const Update u = updateFor(id);
                update.bind(1, qint64(u.status));
                if (u.type) {
                    update.bind(2, qint64(u.type));
                    update.bind(3, qint64(u.reason));
                }
                update.bind(4, std::string_view(u.reply));
                update.bind(5, qint64(1));
                update.bind(6, id);
                update.run();
            }
        });
    }
    workspace->writer().sync();
    const double seconds = timer.nsecsElapsed() / 1e9;
    std::printf("diffusion writer: %lld status updates in batches of %lld: %.3f s, %.0f rows/s, %llu transactions\n",
                rows, batch, seconds, rows / seconds,
                static_cast<unsigned long long>(workspace->writer().committedTransactions() - transactionsBefore));
    return 0;
}
