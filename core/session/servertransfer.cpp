#include "servertransfer.h"

#include "session/workspace.h"
#include "storage/postgresql/postgresqldialect.h"
#include "storage/postgresql/postgresqlurl.h"
#include "storage/schema.h"
#include "storage/sqlquery.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlRecord>

#include <iterator>

namespace tuoyu::servertransfer {

namespace {

/// Replaces every row of `to` with `from`'s, table by table, parents before children, in one
/// write transaction on `to`. Both are at the current schema (opening migrated them).
bool copyRows(Workspace &from, Workspace &to, QString *error)
{
    const QStringList tables = Schema::tables();
    Workspace::WriteLock lock(&to);
    if (!lock.isOpen()) {
        *error = lock.error();
        return false;
    }
    try {
        for (auto it = tables.crbegin(); it != tables.crend(); ++it)
            SqlQuery(to.db()).exec(QStringLiteral("DELETE FROM %1").arg(*it));
        for (const QString &table : tables) {
            SqlQuery read(from.db());
            read.setForwardOnly(true);
            read.exec(QStringLiteral("SELECT * FROM %1").arg(table));
            const QSqlRecord record = read.record();
            QStringList columns;
            QStringList marks;
            for (int i = 0; i < record.count(); ++i) {
                columns << record.fieldName(i);
                marks << QStringLiteral("?");
            }
            SqlQuery write(to.db());
            write.prepare(
                QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                    .arg(table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
            while (read.next()) {
                for (int i = 0; i < record.count(); ++i)
                    write.bindValue(i, read.value(i));
                write.exec();
            }
            // Rows came with their keys: a server's sequences go past them.
            if (const auto *server = dynamic_cast<const PostgresqlDialect *>(&to.dialect()))
                server->keysInserted(to.db(), table);
        }
    } catch (const StorageError &e) {
        *error = e.message();
        return false;
    }
    return lock.commit(error);
}

/// The name of the workspace's district (row 1), empty when unnamed.
QString districtOf(Workspace &ws)
{
    SqlQuery q(ws.db());
    q.exec(QStringLiteral("SELECT name FROM district ORDER BY id LIMIT 1"));
    return q.next() ? q.value(0).toString() : QString();
}

/// True when no one has worked in the workspace yet: no command was ever applied (the audit
/// log is empty) and it holds no plan and no institution.
bool isUntouched(Workspace &ws)
{
    try {
        for (const char *table : {"audit_log", "plan", "institution"}) {
            SqlQuery q(ws.db());
            q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
            if (!q.next() || q.value(0).toLongLong() != 0)
                return false;
        }
    } catch (const StorageError &) {
        return false;
    }
    return true;
}

} // namespace

bool push(const QString &file, const QString &address, QString *error)
{
    const auto url = PostgresqlUrl::parse(address, error);
    if (!url)
        return false;
    auto source = Workspace::open(file, error);
    if (!source)
        return false;
    try {
        const QString district = districtOf(*source);
        if (!district.isEmpty() && district != url->district) {
            *error = QStringLiteral("%1 是“%2”的工作台，不能推送为“%3”")
                         .arg(QDir::toNativeSeparators(file), district, url->district);
            return false;
        }
    } catch (const StorageError &e) {
        *error = e.message();
        return false;
    }
    auto target = Workspace::create(address, error);
    if (!target) {
        // server-init leaves each district a workspace with nothing in it yet, owned by its
        // officer, for the district's file to be pushed into.
        QString why;
        target = Workspace::open(address, &why);
        if (!target || !isUntouched(*target))
            return false;
        error->clear();
    }
    if (!copyRows(*source, *target, error))
        return false;
    // The district as the server knows it: the address's name where the file had none.
    Workspace::WriteLock lock(target.get());
    if (!lock.isOpen()) {
        *error = lock.error();
        return false;
    }
    try {
        SqlQuery(target->db())
            .exec(QStringLiteral("UPDATE district SET name = ? WHERE name = ''"), {url->district});
    } catch (const StorageError &e) {
        *error = e.message();
        return false;
    }
    return lock.commit(error);
}

bool pull(const QString &address, const QString &out, QString *error)
{
    auto source = Workspace::open(address, error);
    if (!source)
        return false;
    const QString path = QFileInfo(out).absoluteFilePath();
    auto target = Workspace::create(path, error);
    if (!target)
        return false;
    if (copyRows(*source, *target, error))
        return true;
    // Half a copy is no workspace: the file goes.
    target.reset();
    QFile::remove(path);
    return false;
}

} // namespace tuoyu::servertransfer
