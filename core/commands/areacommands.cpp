#include "areacommands.h"

#include "rowchanges.h"
#include "rowreader.h"
#include "session/workspace.h"

#include "storage/sqlquery.h"

namespace tuoyu::areacommands {

namespace {

const QString kArea = QStringLiteral("area");

bool validate(Workspace *ws, qint64 areaId, const QString &name, const QString &kind,
              QString *error)
{
    if (name.trimmed().isEmpty()) {
        *error = QStringLiteral("乡镇（街道）名称不能为空");
        return false;
    }
    if (!kind.trimmed().isEmpty() && !kinds().contains(kind.trimmed())) {
        *error = QStringLiteral("“%1”的类别“%2”不对，应为 %3 之一")
                     .arg(name.trimmed(), kind.trimmed(), kinds().join(QStringLiteral("、")));
        return false;
    }
    SqlQuery q(ws->db());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM area WHERE name = ? AND id <> ?"),
           {name.trimmed(), areaId});
    if (q.next() && q.value(0).toInt() > 0) {
        *error = QStringLiteral("已有乡镇（街道）“%1”").arg(name.trimmed());
        return false;
    }
    return true;
}

} // namespace

QStringList kinds()
{
    return {QStringLiteral("乡镇"), QStringLiteral("街道")};
}

std::unique_ptr<WorkspaceCommand> add(Workspace *ws, const QString &name, const QString &kind,
                                      QString *error)
{
    if (!validate(ws, 0, name, kind, error))
        return nullptr;
    SqlQuery q(ws->db());
    q.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM area"));
    const int seq = q.next() ? q.value(0).toInt() + 1 : 1;
    return rowchanges::insertCommand(ws, QStringLiteral("新增乡镇（街道）“%1”").arg(name.trimmed()),
                                     kArea,
                                     {{QStringLiteral("name"), name.trimmed()},
                                      {QStringLiteral("kind"), rowchanges::textOrNull(kind)},
                                      {QStringLiteral("seq"), seq}});
}

std::unique_ptr<WorkspaceCommand> edit(Workspace *ws, qint64 areaId, const QString &name,
                                       const QString &kind, QString *error)
{
    const QVariantMap row = rowreader::row(ws->db(), kArea, areaId);
    if (row.isEmpty()) {
        *error = QStringLiteral("找不到乡镇（街道）#%1").arg(areaId);
        return nullptr;
    }
    if (!validate(ws, areaId, name, kind, error))
        return nullptr;
    const auto change =
        rowchanges::update(kArea, row,
                           {{QStringLiteral("name"), name.trimmed()},
                            {QStringLiteral("kind"), rowchanges::textOrNull(kind)}});
    if (!change) {
        *error = QStringLiteral("没有改动");
        return nullptr;
    }
    return std::make_unique<WorkspaceCommand>(
        ws, QStringLiteral("修改乡镇（街道）“%1”").arg(name.trimmed()), QList<RowChange>{*change});
}

std::unique_ptr<WorkspaceCommand> remove(Workspace *ws, qint64 areaId, QString *error)
{
    const QVariantMap row = rowreader::row(ws->db(), kArea, areaId);
    if (row.isEmpty()) {
        *error = QStringLiteral("找不到乡镇（街道）#%1").arg(areaId);
        return nullptr;
    }
    QSqlDatabase &db = ws->db();
    const QString area = QStringLiteral("area_id");
    QList<RowChange> changes;
    for (const QString &table : {QStringLiteral("population"), QStringLiteral("decomposition_cell"),
                                 QStringLiteral("decomposition_column")})
        changes += rowchanges::removeWhere(db, table, area, areaId);
    // Institutions stay in the registry; they only lose their area (what the key's SET NULL
    // would do, but written out so that undo puts the area back on them).
    SqlQuery q(db);
    q.exec(QStringLiteral("SELECT id FROM institution WHERE area_id = ? ORDER BY id"), {areaId});
    while (q.next())
        changes.append(RowChange::update(QStringLiteral("institution"), q.value(0).toLongLong(),
                                         {{area, areaId}}, {{area, QVariant()}}));
    changes.append(RowChange::remove(kArea, areaId, row));
    return std::make_unique<WorkspaceCommand>(
        ws,
        QStringLiteral("删除乡镇（街道）“%1”").arg(row.value(QStringLiteral("name")).toString()),
        changes);
}

QString removalSummary(Workspace *ws, qint64 areaId)
{
    QStringList parts;
    const QList<QPair<QString, QString>> kinds = {
        {QStringLiteral("institution"), QStringLiteral("%1家机构将不再属于任何乡镇（街道）")},
        {QStringLiteral("population"), QStringLiteral("%1年的人口数据")},
        {QStringLiteral("decomposition_cell"), QStringLiteral("分解表中%1个单元格")}};
    for (const auto &[table, words] : kinds) {
        const auto n =
            rowreader::rowsWhere(ws->db(), table, QStringLiteral("area_id"), areaId).size();
        if (n > 0)
            parts << words.arg(n);
    }
    return parts.join(QStringLiteral("、"));
}

} // namespace tuoyu::areacommands
