#pragma once

#include "storage/sqlquery.h"
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <memory>

namespace tuoyu {

/// A value as the workspace stores it, on either engine: ISO text for dates, 0/1 for booleans,
/// NULL for empty or invalid. Qt's drivers would otherwise bind a boolean as TRUE, which a
/// PostgreSQL INTEGER column refuses (and aborts the transaction), where SQLite takes 1.
QVariant storedValue(const QVariant &value);

/// One prepared statement run for many rows of the same shape: an import's 100,000 inserts.
/// Made by the connection's dialect (SqlDialect::prepareBatch), which binds in the fastest way
/// its engine allows; this base binds through QSqlQuery, as any Qt driver can.
class BatchStatement
{
public:
    BatchStatement(QSqlDatabase &db, const QString &sql);
    virtual ~BatchStatement();
    BatchStatement(const BatchStatement &) = delete;
    BatchStatement &operator=(const BatchStatement &) = delete;

    virtual bool isValid() const { return m_query != nullptr; }
    /// True when the rows bypass Qt's binding (the engine's own API).
    virtual bool isNative() const { return false; }

    /// Binds `first` to the first placeholder and `rest` to the others and runs the statement.
    /// Booleans are bound as 0/1 and dates as ISO text, as the workspace stores them. A failure
    /// of the engine throws StorageError, as every query in core does (storage/sqlquery.h).
    virtual bool exec(const QVariant &first, const QVariantList &rest = {});
    /// Rows changed by the last exec (for deletes that must hit exactly one row).
    virtual qint64 rowsAffected() const;
    QString lastError() const { return m_error; }

protected:
    /// For an engine's own statement, which prepares nothing through Qt.
    BatchStatement() = default;

    QString m_error;

private:
    std::unique_ptr<SqlQuery> m_query;
};

} // namespace tuoyu
