#pragma once

#include "storageerror.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace tuoyu {

/// A transaction as a scope: commit() ends it; leaving the scope without commit rolls back,
/// so an early return or an exception can never leave half a change in the file.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db)
        : m_db(db)
        , m_open(db.transaction())
    {
        if (!m_open)
            m_error = StorageError::fromQuery(db, db.lastError()).message();
    }
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isOpen() const { return m_open; }
    bool commit()
    {
        if (!m_open)
            return false;
        m_open = false;
        if (m_db.commit())
            return true;
        // The commit's own failure (a full disk), taken before the rollback: SQLite may already
        // have rolled back, and then the rollback's "no transaction is active" would hide it.
        m_error = StorageError::fromQuery(m_db, m_db.lastError()).message();
        m_db.rollback();
        return false;
    }
    /// Why the transaction could not begin or commit, naming the file.
    QString error() const { return m_error; }

private:
    QSqlDatabase &m_db;
    bool m_open;
    QString m_error;
};

} // namespace tuoyu
