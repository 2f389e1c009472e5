#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace diffusion {

// A prepared SQLite statement on a raw handle, for hot paths (bulk import, batched status
// updates) where QSqlQuery's per-row QVariant conversions cost more than the insert itself.
// Text is bound as UTF-8 without copies. Errors throw StoreError.
class SqlStatement final
{
public:
    SqlStatement(sqlite3 *db, std::string_view sql);
    ~SqlStatement();
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    // Binding is 1-based, as in SQLite. The bound text must outlive the next step().
    void bind(int index, qint64 value);
    void bind(int index, std::string_view utf8);
    void bind(int index, const QString &text);
    void bindNull(int index);

    // Advances; returns true while a row is available.
    bool step();
    // Runs a statement that returns no row, then resets it for the next bindings.
    void run();
    void reset();

    qint64 columnInt64(int column) const;
    QString columnText(int column) const;
    // The text without a copy, valid until the next step() or reset().
    std::string_view columnUtf8(int column) const;
    bool columnIsNull(int column) const;

private:
    [[noreturn]] void fail(const char *what) const;

    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace diffusion
