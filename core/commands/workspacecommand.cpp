#include "workspacecommand.h"

#include "session/workspace.h"
#include "storage/batchstatement.h"
#include "storage/transaction.h"

#include "storage/sqlquery.h"
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

#include <memory>
#include <unordered_map>

namespace tuoyu {

namespace {

/// Values as SQLite stores them: ISO text for dates, 0/1 for booleans, NULL for empty.
QVariant sqlValue(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QVariant();
    switch (value.typeId()) {
    case QMetaType::QDate: {
        const QDate d = value.toDate();
        return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
    }
    case QMetaType::QDateTime:
        return value.toDateTime().toString(Qt::ISODate);
    case QMetaType::Bool:
        return value.toBool() ? 1 : 0;
    default:
        return value;
    }
}

QVariant auditText(const QVariant &value)
{
    const QVariant v = sqlValue(value);
    return v.isNull() ? QVariant() : QVariant(v.toString());
}

QString rowJson(const QVariantMap &row)
{
    QJsonObject o;
    for (auto it = row.cbegin(); it != row.cend(); ++it)
        o.insert(it.key(), QJsonValue::fromVariant(sqlValue(it.value())));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

/// Prepared statements reused across the rows of one application: an import inserts
/// thousands of rows of the same shape.
class StatementCache
{
public:
    explicit StatementCache(QSqlDatabase &db)
        : m_db(db)
    {
    }
    SqlQuery *get(const QString &sql)
    {
        auto it = m_cache.find(sql);
        if (it == m_cache.end()) {
            auto q = std::make_unique<SqlQuery>(m_db);
            if (!q->prepare(sql))
                return nullptr;
            it = m_cache.emplace(sql, std::move(q)).first;
        }
        return it->second.get();
    }

private:
    QSqlDatabase &m_db;
    std::unordered_map<QString, std::unique_ptr<SqlQuery>> m_cache;
};

thread_local StatementCache *t_cache = nullptr;

} // namespace

WorkspaceCommand::WorkspaceCommand(Workspace *workspace, const QString &text,
                                   QList<RowChange> changes, AuditMode mode, const QString &summary)
    : m_changes(std::move(changes))
    , m_workspace(workspace)
    , m_mode(mode)
    , m_summary(summary)
{
    setText(text);
}

QSet<QString> WorkspaceCommand::tables() const
{
    QSet<QString> names;
    for (const auto &c : m_changes)
        names.insert(c.table);
    return names;
}

bool WorkspaceCommand::applyFirst(QString *error)
{
    if (!apply(true, QStringLiteral("do"), error))
        return false;
    m_skipRedo = true;
    m_appliedOnce = true;
    return true;
}

void WorkspaceCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    QString error;
    if (!apply(true, QStringLiteral("redo"), &error))
        m_workspace->reportFailure(QStringLiteral("重做“%1”失败：%2").arg(text(), error));
}

void WorkspaceCommand::undo()
{
    QString error;
    if (!apply(false, QStringLiteral("undo"), &error))
        m_workspace->reportFailure(QStringLiteral("撤销“%1”失败：%2").arg(text(), error));
}

bool WorkspaceCommand::apply(bool forward, const QString &action, QString *error)
{
    QList<RowChange> ordered;
    ordered.reserve(m_changes.size());
    if (forward) {
        ordered = m_changes;
    } else {
        for (auto it = m_changes.crbegin(); it != m_changes.crend(); ++it)
            ordered.append(it->inverse());
    }

    QSqlDatabase &db = m_workspace->db();
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        *error = transaction.error();
        return false;
    }
    StatementCache cache(db);
    t_cache = &cache;
    bool ok = true;
    try {
        for (const RowChange &change : std::as_const(ordered)) {
            if (!applyChange(change, error)) {
                ok = false;
                break;
            }
        }
        ok = ok && writeAudit(ordered, action, error);
    } catch (const StorageError &e) { // a full disk, a lock, a damaged page: rolled back below
        *error = e.message();
        ok = false;
    }
    t_cache = nullptr;
    if (!ok)
        return false;
    if (!transaction.commit()) {
        *error = transaction.error();
        return false;
    }
    m_workspace->notifyChanged(tables());
    return true;
}

bool WorkspaceCommand::applyChange(const RowChange &change, QString *error)
{
    QString sql;
    QVariantList values;
    switch (change.kind) {
    case RowChange::Kind::Insert: {
        QStringList columns;
        QStringList marks;
        for (auto it = change.after.cbegin(); it != change.after.cend(); ++it) {
            columns << it.key();
            marks << QStringLiteral("?");
            values << sqlValue(it.value());
        }
        sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                  .arg(change.table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(',')));
        break;
    }
    case RowChange::Kind::Update: {
        QStringList sets;
        for (auto it = change.after.cbegin(); it != change.after.cend(); ++it) {
            sets << it.key() + QStringLiteral(" = ?");
            values << sqlValue(it.value());
        }
        if (sets.isEmpty())
            return true;
        sql = QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                  .arg(change.table, sets.join(QLatin1Char(',')));
        values << change.id;
        break;
    }
    case RowChange::Kind::Delete:
        sql = QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(change.table);
        values << change.id;
        break;
    case RowChange::Kind::InsertBatch:
    case RowChange::Kind::DeleteBatch:
        return applyBatch(change, error);
    }
    SqlQuery *q = t_cache->get(sql);
    if (!q) {
        *error = QStringLiteral("无法准备语句：%1").arg(sql.left(120));
        return false;
    }
    for (int i = 0; i < values.size(); ++i)
        q->bindValue(i, values[i]);
    if (!q->exec()) {
        *error = q->lastError().text();
        return false;
    }
    if (change.kind != RowChange::Kind::Insert && q->numRowsAffected() != 1) {
        *error = QStringLiteral("记录已不存在（%1 #%2）").arg(change.table).arg(change.id);
        return false;
    }
    return true;
}

bool WorkspaceCommand::applyBatch(const RowChange &change, QString *error)
{
    // One prepared statement for every row of the batch, bound in the engine's fastest way (the
    // dialect's prepareBatch; SqliteBatchStatement says why). Writing many rows per statement, with
    // numbers or even text as literals, measured slower: SQLite's parsing of long statements costs
    // more than binding.
    const bool insert = change.kind == RowChange::Kind::InsertBatch;
    QStringList marks;
    for (qsizetype i = 0; i <= change.columns.size(); ++i)
        marks << QStringLiteral("?");
    const QString sql = insert ? QStringLiteral("INSERT INTO %1 (id,%2) VALUES (%3)")
                                     .arg(change.table, change.columns.join(QLatin1Char(',')),
                                          marks.join(QLatin1Char(',')))
                               : QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(change.table);
    const std::unique_ptr<BatchStatement> statement =
        m_workspace->dialect().prepareBatch(m_workspace->db(), sql);
    if (!statement->isValid()) {
        *error =
            QStringLiteral("无法准备语句：%1（%2）").arg(sql.left(120), statement->lastError());
        return false;
    }
    for (qsizetype r = 0; r < change.ids.size(); ++r) {
        if (insert && change.rows[r].size() != change.columns.size()) {
            *error = QStringLiteral("第 %1 行的值与列数不符（%2）").arg(r + 1).arg(change.table);
            return false;
        }
        if (!statement->exec(change.ids[r], insert ? change.rows[r] : QVariantList())) {
            *error = statement->lastError();
            return false;
        }
        if (!insert && statement->rowsAffected() != 1) {
            *error = QStringLiteral("记录已不存在（%1 #%2）").arg(change.table).arg(change.ids[r]);
            return false;
        }
    }
    return true;
}

bool WorkspaceCommand::writeAudit(const QList<RowChange> &ordered, const QString &action,
                                  QString *error)
{
    const qint64 batch = m_workspace->nextAuditBatch();
    const QString at = QDateTime::currentDateTime().toString(Qt::ISODate);
    SqlQuery *q = t_cache->get(QStringLiteral(
        "INSERT INTO audit_log (batch, at, actor, action, command, table_name, record_id, field, "
        "old_value, new_value) VALUES (?,?,?,?,?,?,?,?,?,?)"));
    auto write = [&](const QVariant &table, const QVariant &id, const QVariant &field,
                     const QVariant &oldValue, const QVariant &newValue) {
        q->bindValue(0, batch);
        q->bindValue(1, at);
        q->bindValue(2, m_workspace->actor());
        q->bindValue(3, action);
        q->bindValue(4, text());
        q->bindValue(5, table);
        q->bindValue(6, id);
        q->bindValue(7, field);
        q->bindValue(8, oldValue);
        q->bindValue(9, newValue);
        if (!q->exec()) {
            *error = q->lastError().text();
            return false;
        }
        return true;
    };

    if (m_mode == AuditMode::Summary &&
        !write(QVariant(), QVariant(), QVariant(), QVariant(), m_summary))
        return false;
    for (const RowChange &c : ordered) {
        switch (c.kind) {
        case RowChange::Kind::Insert:
            if (m_mode == AuditMode::PerField &&
                !write(c.table, c.id, QStringLiteral("*"), QVariant(), rowJson(c.after)))
                return false;
            break;
        case RowChange::Kind::Delete:
            if (m_mode == AuditMode::PerField &&
                !write(c.table, c.id, QStringLiteral("*"), rowJson(c.before), QVariant()))
                return false;
            break;
        case RowChange::Kind::InsertBatch:
        case RowChange::Kind::DeleteBatch:
            if (m_mode == AuditMode::PerField) {
                const bool insert = c.kind == RowChange::Kind::InsertBatch;
                for (qsizetype r = 0; r < c.ids.size(); ++r) {
                    QVariantMap row;
                    for (qsizetype k = 0; k < c.columns.size(); ++k)
                        row.insert(c.columns[k], c.rows[r].value(k));
                    const QString json = rowJson(row);
                    if (!write(c.table, c.ids[r], QStringLiteral("*"),
                               insert ? QVariant() : QVariant(json),
                               insert ? QVariant(json) : QVariant()))
                        return false;
                }
            }
            break;
        case RowChange::Kind::Update:
            for (auto it = c.after.cbegin(); it != c.after.cend(); ++it)
                if (!write(c.table, c.id, it.key(), auditText(c.before.value(it.key())),
                           auditText(it.value())))
                    return false;
            break;
        }
    }
    return true;
}

ChangeFieldCommand::ChangeFieldCommand(Workspace *workspace, const QString &text,
                                       const QString &table, qint64 id, const QString &field,
                                       const QVariant &oldValue, const QVariant &newValue,
                                       bool mergeable)
    : WorkspaceCommand(workspace, text,
                       {RowChange::update(table, id, {{field, oldValue}}, {{field, newValue}})})
    , m_mergeable(mergeable)
{
}

bool ChangeFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const ChangeFieldCommand *>(other);
    if (!next || !m_mergeable || !next->m_mergeable)
        return false;
    const RowChange &mine = m_changes.first();
    const RowChange &theirs = next->m_changes.first();
    if (mine.table != theirs.table || mine.id != theirs.id ||
        mine.after.keys() != theirs.after.keys())
        return false;
    // The merged step undoes to the value before the first edit and redoes to the last one.
    m_changes.first().after = theirs.after;
    return true;
}

} // namespace tuoyu
