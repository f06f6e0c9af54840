#pragma once

#include <QList>
#include <QString>

namespace tuoyu {

class Database;

/// One row of the audit trail as the officer reads it in 修改记录.
struct AuditEntry
{
    QString at;      ///< ISO date and time
    QString actor;   ///< who
    QString action;  ///< do, undo or redo
    QString command; ///< the command's words (修改机构 …)
    QString field;   ///< the field, "*" for the whole record
    QString oldValue;
    QString newValue;
};

/// Reads the audit log (every change, its undo and redo). Writing it is the commands' business.
class AuditLogRepository
{
public:
    explicit AuditLogRepository(Database *database)
        : m_database(database)
    {
    }

    /// What was done to one record, newest first.
    QList<AuditEntry> forRecord(const QString &table, qint64 recordId) const;

private:
    Database *m_database;
};

} // namespace tuoyu
