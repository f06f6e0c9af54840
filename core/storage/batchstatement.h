#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace tuoyu {

/// One prepared statement run for many rows of the same shape: an import's 100,000 inserts.
///
/// Qt 6.4's QSqlResult::bindValue formats a placeholder name and looks it up in a hash for every
/// value (about 2,000 instructions each), which made binding cost more than SQLite's own work.
/// On the workspace's SQLite connection this binds through SQLite's C API on the connection
/// Qt opened, inside the same transaction. It does so only when the SQLite library linked here
/// is the one Qt's driver runs (Debian's driver and vcpkg's both use the system SQLite; the Qt
/// installer's driver carries its own); otherwise, or on another database, it binds through
/// QSqlQuery.
class BatchStatement
{
public:
    BatchStatement(QSqlDatabase &db, const QString &sql);
    ~BatchStatement();
    BatchStatement(const BatchStatement &) = delete;
    BatchStatement &operator=(const BatchStatement &) = delete;

    bool isValid() const { return m_native || m_query; }
    /// True when the rows go through SQLite's C API.
    bool isNative() const { return m_native != nullptr; }

    /// Binds `first` to ?1 and `rest` to ?2…?n and runs the statement. Booleans are bound as
    /// 0/1 and dates as ISO text, as the workspace stores them.
    bool exec(const QVariant &first, const QVariantList &rest = {});
    /// Rows changed by the last exec (for deletes that must hit exactly one row).
    qint64 rowsAffected() const;
    QString lastError() const { return m_error; }

    /// Whether SQLite's C API may be used on `db`'s connection.
    static sqlite3 *nativeHandle(QSqlDatabase &db);

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_native = nullptr;
    std::unique_ptr<QSqlQuery> m_query;
    QString m_error;

    int bind(int column, const QVariant &value);
};

} // namespace tuoyu
