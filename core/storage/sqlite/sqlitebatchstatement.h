#pragma once

#include "storage/batchstatement.h"

struct sqlite3;
struct sqlite3_stmt;

namespace tuoyu {

/// A batch statement bound through SQLite's C API on the connection Qt opened, inside the same
/// transaction.
///
/// Qt 6.4's QSqlResult::bindValue formats a placeholder name and looks it up in a hash for every
/// value (about 2,000 instructions each), which made binding cost more than SQLite's own work.
/// SqliteDialect::prepareBatch makes one of these only when the SQLite library linked here is the
/// one Qt's driver runs (Debian's driver and vcpkg's both use the system SQLite; the Qt
/// installer's driver carries its own); otherwise it binds through QSqlQuery.
class SqliteBatchStatement final : public BatchStatement
{
public:
    SqliteBatchStatement(sqlite3 *db, const QString &sql);
    ~SqliteBatchStatement() override;

    bool isValid() const override { return m_native != nullptr; }
    bool isNative() const override { return true; }
    bool exec(const QVariant &first, const QVariantList &rest = {}) override;
    qint64 rowsAffected() const override;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_native = nullptr;

    int bind(int column, const QVariant &value);
};

} // namespace tuoyu
