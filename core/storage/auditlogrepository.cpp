#include "auditlogrepository.h"

#include "database.h"

#include "storage/sqlquery.h"
#include <QVariant>

namespace tuoyu {

QList<AuditEntry> AuditLogRepository::forRecord(const QString &table, qint64 recordId) const
{
    SqlQuery q(m_database->db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT at, actor, action, command, field, old_value, new_value FROM audit_log "
        "WHERE table_name = ? AND record_id = ? ORDER BY id DESC"));
    q.addBindValue(table);
    q.addBindValue(recordId);
    QList<AuditEntry> entries;
    if (!q.exec())
        return entries;
    while (q.next())
        entries.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                        q.value(6).toString()});
    return entries;
}

} // namespace tuoyu
