#include "cliverb.h"

#include "storage/backupstore.h"
#include "storage/postgresql/postgresqlurl.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

// The verbs over a workspace's backups: write one where the officer says, list them, restore one.

namespace tuoyu::cli {

namespace {

QString counts(const BackupInfo &b)
{
    const auto n = [](qint64 v) { return v < 0 ? QStringLiteral("—") : QString::number(v); };
    return QCoreApplication::translate("tuoyu::cli", "机构 %1，任务 %2，台账行 %3")
        .arg(n(b.institutions), n(b.tasks), n(b.ledgerLines));
}

int verbBackup(const Arguments &a)
{
    const QString out = a.option(QStringLiteral("out"));
    if (out.isEmpty())
        return fail(Usage,
                    QCoreApplication::translate(
                        "tuoyu::cli", "需要 --out 备份文件。用法：tuoyu-desk backup FILE --out F"));
    QString error;
    auto ws = openWorkspace(a.positional[0], &error);
    if (!ws)
        return fail(BadInput, error);
    const QString target = QFileInfo(out).absoluteFilePath();
    if (!BackupStore::write(*ws, target, &error))
        return fail(BadInput, error);
    printLine(stdout,
              QCoreApplication::translate("tuoyu::cli", "已备份到 %1（%2）")
                  .arg(QDir::toNativeSeparators(target), counts(BackupStore::describe(target))));
    return Done;
}

/// A server's backups are pg_dump's, not files beside a workspace: said instead of listing or
/// restoring nothing (docs/server.md).
int refuseServer(const QString &address)
{
    return fail(BadInput, QCoreApplication::translate(
                              "tuoyu::cli", "%1 在服务器上：由服务器管理员用 pg_dump 备份和恢复，"
                                            "本程序不为它写或恢复备份文件")
                              .arg(address));
}

int verbBackups(const Arguments &a)
{
    if (PostgresqlUrl::isUrl(a.positional[0]))
        return refuseServer(a.positional[0]);
    const QList<BackupInfo> backups = BackupStore::forWorkspace(a.positional[0]).list();
    if (a.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const BackupInfo &b : backups)
            list.append(QJsonObject{{QStringLiteral("path"), b.path},
                                    {QStringLiteral("kind"), kindLabel(b.kind)},
                                    {QStringLiteral("made"), b.made.toString(Qt::ISODate)},
                                    {QStringLiteral("bytes"), b.bytes},
                                    {QStringLiteral("institutions"), b.institutions},
                                    {QStringLiteral("tasks"), b.tasks},
                                    {QStringLiteral("ledger_lines"), b.ledgerLines},
                                    {QStringLiteral("problem"), b.problem}});
        printJson(list);
        return Done;
    }
    for (const BackupInfo &b : backups)
        printLine(stdout, QStringLiteral("%1\t%2\t%3\t%4")
                              .arg(b.made.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                   kindLabel(b.kind), b.problem.isEmpty() ? counts(b) : b.problem,
                                   QDir::toNativeSeparators(b.path)));
    return Done;
}

int verbRestore(const Arguments &a)
{
    const QString from = a.option(QStringLiteral("from"));
    if (from.isEmpty())
        return fail(Usage, QCoreApplication::translate(
                               "tuoyu::cli",
                               "需要 --from 备份文件。用法：tuoyu-desk restore FILE --from F"));
    if (PostgresqlUrl::isUrl(a.positional[0]))
        return refuseServer(a.positional[0]);
    const QString workspace = QFileInfo(a.positional[0]).absoluteFilePath();
    QString kept;
    QString error;
    if (!BackupStore::forWorkspace(workspace).restore(from, &kept, &error))
        return fail(BadInput, error);
    printLine(stdout, QCoreApplication::translate("tuoyu::cli", "已从 %1 恢复 %2（%3）")
                          .arg(QDir::toNativeSeparators(QFileInfo(from).absoluteFilePath()),
                               QDir::toNativeSeparators(workspace),
                               counts(BackupStore::describe(workspace))));
    if (!kept.isEmpty())
        printLine(stdout, QCoreApplication::translate(
                              "tuoyu::cli", "被替换的文件已保留为 %1；从它恢复即可撤销这次恢复")
                              .arg(QDir::toNativeSeparators(kept)));
    return Done;
}

} // namespace

void registerBackupVerbs(VerbTable &table)
{
    const VerbTable verbs = {
        {QStringLiteral("backup"),
         {QStringLiteral("backup FILE --out F"), 1, {QStringLiteral("out")}, {}, verbBackup}},
        {QStringLiteral("backups"),
         {QStringLiteral("backups FILE [--json]"), 1, {}, {QStringLiteral("json")}, verbBackups}},
        {QStringLiteral("restore"),
         {QStringLiteral("restore FILE --from F"), 1, {QStringLiteral("from")}, {}, verbRestore}},
    };
    table.insert(verbs);
}

} // namespace tuoyu::cli
