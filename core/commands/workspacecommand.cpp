#include "workspacecommand.h"

#include "session/workspace.h"
#include "storage/batchstatement.h"

#include "storage/sqlquery.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlRecord>

#include <memory>
#include <unordered_map>

namespace tuoyu {

namespace {

/// Values as the workspace stores them (storage/batchstatement.h).
QVariant sqlValue(const QVariant &value)
{
    return storedValue(value);
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

/// The Chinese name of what a table's rows are, for messages that name a record.
QString tableLabel(const QString &table)
{
    static const QHash<QString, QString> labels{
        {QStringLiteral("district"), QStringLiteral("区县")},
        {QStringLiteral("area"), QStringLiteral("乡镇（街道）")},
        {QStringLiteral("population"), QStringLiteral("人口数")},
        {QStringLiteral("institution"), QStringLiteral("机构")},
        {QStringLiteral("enrolment_record"), QStringLiteral("在托人数记录")},
        {QStringLiteral("plan"), QStringLiteral("实施方案")},
        {QStringLiteral("department"), QStringLiteral("责任部门")},
        {QStringLiteral("program"), QStringLiteral("工程")},
        {QStringLiteral("project"), QStringLiteral("项目")},
        {QStringLiteral("task"), QStringLiteral("任务")},
        {QStringLiteral("task_department"), QStringLiteral("任务的责任部门")},
        {QStringLiteral("progress_entry"), QStringLiteral("进展")},
        {QStringLiteral("deadline_extension"), QStringLiteral("延期")},
        {QStringLiteral("leading_group_member"), QStringLiteral("领导小组成员")},
        {QStringLiteral("indicator"), QStringLiteral("绩效指标")},
        {QStringLiteral("indicator_target"), QStringLiteral("指标目标")},
        {QStringLiteral("indicator_value"), QStringLiteral("指标实际值")},
        {QStringLiteral("indicator_average"), QStringLiteral("指标平均值")},
        {QStringLiteral("decomposition_item"), QStringLiteral("任务分解项")},
        {QStringLiteral("decomposition_cell"), QStringLiteral("任务分解数")},
        {QStringLiteral("decomposition_year"), QStringLiteral("任务分解年度")},
        {QStringLiteral("decomposition_column"), QStringLiteral("任务分解列")},
        {QStringLiteral("subsidy_rule"), QStringLiteral("奖补规则")},
        {QStringLiteral("subsidy_claim"), QStringLiteral("奖补申领")},
        {QStringLiteral("fund"), QStringLiteral("资金")},
        {QStringLiteral("fund_list_item"), QStringLiteral("资金清单项")},
        {QStringLiteral("ledger_line"), QStringLiteral("台账行")},
        {QStringLiteral("report"), QStringLiteral("报告")},
        {QStringLiteral("import_mapping"), QStringLiteral("导入映射")},
        {QStringLiteral("import_batch"), QStringLiteral("导入记录")},
        {QStringLiteral("holiday"), QStringLiteral("节假日")},
        {QStringLiteral("workspace_setting"), QStringLiteral("工作区设置")},
    };
    return labels.value(table, table);
}

/// A record as the officer knows it: 任务“…”（编号 12）. The name is the row's own (name,
/// title, text …) as stored now, else as the command knew it.
QString recordLabel(QSqlDatabase &db, const QString &table, qint64 id, const QVariantMap &known)
{
    static const QStringList nameColumns{QStringLiteral("name"),  QStringLiteral("title"),
                                         QStringLiteral("text"),  QStringLiteral("key"),
                                         QStringLiteral("month"), QStringLiteral("date")};
    QVariantMap row = known;
    SqlQuery q(db);
    // Table names come from our own commands, never from user input.
    if (q.exec(QStringLiteral("SELECT * FROM %1 WHERE id = %2").arg(table).arg(id)) && q.next()) {
        const QSqlRecord record = q.record();
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), record.value(i));
    }
    QString name;
    for (const QString &column : nameColumns) {
        name = row.value(column).toString().simplified();
        if (!name.isEmpty())
            break;
    }
    if (name.size() > 30)
        name = name.left(29) + QStringLiteral("…");
    return name.isEmpty()
               ? QStringLiteral("%1（编号 %2）").arg(tableLabel(table)).arg(id)
               : QStringLiteral("%1“%2”（编号 %3）").arg(tableLabel(table), name).arg(id);
}

QVariantMap rowMap(const RowChange &batch, qsizetype r)
{
    QVariantMap row;
    for (qsizetype k = 0; k < batch.columns.size(); ++k)
        row.insert(batch.columns[k], batch.rows[r].value(k));
    return row;
}

/// Who last changed a record and when, from its latest audit entry: "（李四 于 2026-12-05
/// 10:31）". Updates are audited per field in every audit mode, so a changed record always has
/// one; a delete is audited per record only outside the summary mode (an import's undo deletes
/// its rows under one summary entry), so for a record that is gone the entry counts only when
/// it is that deletion, else the message names nobody (empty). Read inside the failed command's
/// write transaction: the change that made it fail, or one made after it.
QString lastChange(QSqlDatabase &db, const QString &table, qint64 id, bool deleted)
{
    SqlQuery q(db);
    q.exec(QStringLiteral("SELECT actor, at, field, new_value FROM audit_log WHERE table_name = ? "
                          "AND record_id = ? ORDER BY batch DESC, id DESC LIMIT 1"),
           {table, id});
    if (!q.next())
        return QString();
    if (deleted && !(q.value(2).toString() == QLatin1String("*") && q.value(3).isNull()))
        return QString();
    const QString actor = q.value(0).toString().simplified();
    const QDateTime at = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
    const QString when =
        at.isValid() ? at.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : q.value(1).toString();
    if (actor.isEmpty())
        return when.isEmpty() ? QString() : QStringLiteral("（%1）").arg(when);
    return when.isEmpty() ? QStringLiteral("（%1）").arg(actor)
                          : QStringLiteral("（%1 于 %2）").arg(actor, when);
}

bool rowExists(QSqlDatabase &db, const QString &table, qint64 id)
{
    SqlQuery q(db);
    return q.exec(QStringLiteral("SELECT 1 FROM %1 WHERE id = %2").arg(table).arg(id)) && q.next();
}

/// After an insert failed: whether a row under its id is there (another program took the id).
/// PostgreSQL refuses every statement of a transaction after a failed one, so there the
/// question cannot be asked and the answer is no: the insert's own failure (a CHECK, a foreign
/// key) is what is reported, never "current transaction is aborted". Its keys come from
/// sequences, so no other session can have taken the id anyway.
bool idTaken(QSqlDatabase &db, const QString &table, qint64 id)
{
    try {
        return rowExists(db, table, id);
    } catch (const StorageError &) {
        return false;
    }
}

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
    if (!apply(true, QStringLiteral("redo"), &error)) {
        setObsolete(true); // QUndoStack drops it; the rest goes after (reportStepFailure)
        m_workspace->reportStepFailure(QStringLiteral("重做“%1”失败：%2").arg(text(), error));
    }
}

void WorkspaceCommand::undo()
{
    QString error;
    if (!apply(false, QStringLiteral("undo"), &error)) {
        setObsolete(true);
        m_workspace->reportStepFailure(QStringLiteral("撤销“%1”失败：%2").arg(text(), error));
    }
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
    // The write lock first: the rows each change names are compared with what is stored now,
    // and no other program can change them before the commit.
    Workspace::WriteLock transaction(m_workspace);
    if (!transaction.isOpen()) {
        *error = transaction.error();
        return false;
    }
    m_firstApplication = forward && !m_appliedOnce;
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
    if (!transaction.commit(error))
        return false;
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
        sql = QStringLiteral("UPDATE %1 SET %2 WHERE id = ?%3")
                  .arg(change.table, sets.join(QLatin1Char(',')),
                       holdsClause(change.id, change.before, &values));
        break;
    }
    case RowChange::Kind::Delete:
        sql = QStringLiteral("DELETE FROM %1 WHERE id = ?%2")
                  .arg(change.table, holdsClause(change.id, change.before, &values));
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
    try {
        q->exec();
    } catch (const StorageError &) {
        // An insert whose id another program took since the command was planned: said as
        // such, not as the engine's constraint text. Anything else is the storage's failure.
        if (change.kind == RowChange::Kind::Insert &&
            idTaken(m_workspace->db(), change.table, change.id)) {
            *error = takenMessage(change.table, change.id, change.after);
            return false;
        }
        throw;
    }
    if (change.kind != RowChange::Kind::Insert && q->numRowsAffected() != 1) {
        *error = conflictMessage(change.table, change.id, change.before);
        return false;
    }
    return true;
}

QString WorkspaceCommand::holdsClause(qint64 id, const QVariantMap &before,
                                      QVariantList *values) const
{
    // The optimistic rule: an update or delete names the values it replaces and applies only
    // while the row still holds them (0 rows affected otherwise: the command fails whole).
    const SqlDialect &dialect = m_workspace->dialect();
    if (id != 0)
        values->append(id);
    QString clause;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (it.key() == QLatin1String("id"))
            continue;
        clause += QStringLiteral(" AND ") + dialect.sameValue(it.key());
        values->append(sqlValue(it.value()));
    }
    return clause;
}

QString WorkspaceCommand::conflictMessage(const QString &table, qint64 id,
                                          const QVariantMap &known) const
{
    QSqlDatabase &db = m_workspace->db();
    const QString record = recordLabel(db, table, id, known);
    const bool exists = rowExists(db, table, id);
    const QString who = lastChange(db, table, id, !exists);
    return exists
               ? QStringLiteral("%1已被他人修改%2，“%3”未执行，工作区未改动；请查看最新内容后再改")
                     .arg(record, who, text())
               : QStringLiteral("%1已被他人删除%2，“%3”未执行，工作区未改动")
                     .arg(record, who, text());
}

QString WorkspaceCommand::takenMessage(const QString &table, qint64 id,
                                       const QVariantMap &known) const
{
    QSqlDatabase &db = m_workspace->db();
    if (m_firstApplication) // ids handed out before another program wrote rows under them
        return QStringLiteral("另一程序刚刚写入了 %1（%2已被占用），“%3”未执行，工作区未改动；"
                              "请再试一次")
            .arg(QDir::toNativeSeparators(m_workspace->path()), recordLabel(db, table, id, known),
                 text());
    return QStringLiteral("%1已被他人修改%2，“%3”未执行，工作区未改动")
        .arg(recordLabel(db, table, id, known), lastChange(db, table, id, false), text());
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
    QString holds;
    if (!insert) {
        // The optimistic rule (holdsClause) for every row: each column still holds the value
        // the batch inserted, bound in the order of `columns`.
        for (const QString &column : change.columns)
            holds += QStringLiteral(" AND ") + m_workspace->dialect().sameValue(column);
    }
    const QString sql =
        insert ? QStringLiteral("INSERT INTO %1 (id,%2) VALUES (%3)")
                     .arg(change.table, change.columns.join(QLatin1Char(',')),
                          marks.join(QLatin1Char(',')))
               : QStringLiteral("DELETE FROM %1 WHERE id = ?%2").arg(change.table, holds);
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
        bool executed = false;
        try {
            executed = statement->exec(change.ids[r], change.rows[r]);
        } catch (const StorageError &) {
            if (insert && idTaken(m_workspace->db(), change.table, change.ids[r])) {
                *error = takenMessage(change.table, change.ids[r], rowMap(change, r));
                return false;
            }
            throw;
        }
        if (!executed) {
            *error = statement->lastError();
            return false;
        }
        if (!insert && statement->rowsAffected() != 1) {
            *error = conflictMessage(change.table, change.ids[r], rowMap(change, r));
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
                    const QString json = rowJson(rowMap(c, r));
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
