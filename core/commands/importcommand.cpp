#include "importcommand.h"

#include "import/importcontext.h"
#include "import/importkind.h"
#include "import/planbuilder.h"
#include "mapping/tablemapper.h"
#include "session/workspace.h"

#include "storage/sqlquery.h"
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace tuoyu {

ImportPlan Importer::prepare(Workspace *ws, io::Table &&table, const ImportRequest &request,
                             QString *error)
{
    ImportContext context(ws);
    return run(context, table, &table, request, nullptr, error);
}

ImportPlan Importer::prepare(ImportContext &context, const io::Table &table,
                             const ImportRequest &request, mapping::MappingResult *mapped,
                             QString *error)
{
    return run(context, table, nullptr, request, mapped, error);
}

ImportPlan Importer::run(ImportContext &context, const io::Table &table, io::Table *release,
                         const ImportRequest &request, mapping::MappingResult *keep, QString *error)
{
    auto cancelled = [&] {
        if (!request.cancelled || !request.cancelled->load())
            return false;
        *error = QStringLiteral("已取消");
        return true;
    };
    auto stageDone = [&](const char *stage) {
        if (request.stageDone)
            request.stageDone(stage);
    };
    const mapping::ColumnMapping columns =
        request.mapping ? *request.mapping : mappingFor(context.db(), table);
    if (cancelled())
        return {};
    mapping::MappingResult mapped = release
                                        ? mapping::TableMapper::map(std::move(*release), columns)
                                        : mapping::TableMapper::map(table, columns);
    stageDone("map");
    if (cancelled())
        return {};
    qint64 planId = request.planId;
    const ImportKind *kind = importKind(mapped.kind);
    if (kind && kind->needsPlan() && planId == 0 && request.choosePlan) {
        const std::optional<qint64> chosen = request.choosePlan(error);
        if (!chosen)
            return {};
        planId = *chosen;
    }
    ImportPlan plan;
    if (keep) {
        *keep = std::move(mapped);
        plan = makePlan(context, *keep, nullptr, request.sourceName, planId, error);
    } else {
        plan = makePlan(context, mapped, &mapped, request.sourceName, planId, error);
    }
    stageDone("plan");
    return plan;
}

mapping::ColumnMapping Importer::mappingFor(QSqlDatabase &db, const io::Table &table)
{
    mapping::ColumnMapping proposed = mapping::TableMapper::propose(table);
    // A header this office sent before maps the way the officer corrected it then.
    if (const auto saved = rememberedMapping(db, proposed.signature()))
        if (const auto reused = mapping::TableMapper::reuse(table, *saved))
            return *reused;
    return proposed;
}

ImportPlan Importer::plan(Workspace *ws, const mapping::MappingResult &mapped,
                          const QString &sourceName, qint64 planId, QString *error)
{
    ImportContext context(ws);
    return makePlan(context, mapped, nullptr, sourceName, planId, error);
}

ImportPlan Importer::plan(Workspace *ws, mapping::MappingResult &&mapped, const QString &sourceName,
                          qint64 planId, QString *error)
{
    ImportContext context(ws);
    return makePlan(context, mapped, &mapped, sourceName, planId, error);
}

ImportPlan Importer::makePlan(ImportContext &context, const mapping::MappingResult &mapped,
                              mapping::MappingResult *release, const QString &sourceName,
                              qint64 planId, QString *error)
{
    ImportPlan plan;
    plan.kind = mapped.kind;
    plan.source = sourceName;
    plan.refused = mapped.refused;
    for (const auto &f : mapped.findings)
        plan.findings << (f.row > 0 ? QStringLiteral("第 %1 行：%2").arg(f.row).arg(f.message)
                                    : f.message);
    for (const auto &t : mapped.totals)
        if (!t.matches())
            plan.totalMismatches << QStringLiteral("第 %1 行的合计（%2）为 %3，各行相加为 %4")
                                        .arg(t.row)
                                        .arg(t.item.isEmpty() ? t.field : t.item)
                                        .arg(t.printed)
                                        .arg(t.computed);
    plan.findings << plan.totalMismatches;
    for (const mapping::MappedRecord &record : mapped.records)
        for (const QString &warning : record.warnings)
            plan.warnings.append({record.row, record.column, warning});

    const ImportKind *kind = importKind(mapped.kind);
    if (!kind) {
        QStringList labels;
        for (const ImportKind *k : importKinds())
            labels << k->label();
        *error = QStringLiteral("%1：认不出这是%2，请在导入对话框中指定各列")
                     .arg(sourceName, labels.join(QStringLiteral("、")));
        return plan;
    }
    PlanBuilder b(context, plan, planId);
    if (!kind->plan(b, mapped, release, error))
        return plan;
    std::sort(plan.refused.begin(), plan.refused.end(), [](const auto &x, const auto &y) {
        return std::make_pair(x.row, x.column) < std::make_pair(y.row, y.column);
    });

    // The mapping is remembered for the next file with the same header.
    const QString signature = mapped.mapping.signature();
    if (!signature.isEmpty()) {
        const QString json = QString::fromUtf8(
            QJsonDocument(mapped.mapping.toJson()).toJson(QJsonDocument::Compact));
        SqlQuery q(context.db());
        q.prepare(QStringLiteral(
            "SELECT id, mapping, updated_at FROM import_mapping WHERE signature = ?"));
        q.addBindValue(signature);
        const QString now = QDateTime::currentDateTime().toString(Qt::ISODate);
        if (q.exec() && q.next()) {
            if (q.value(1).toString() != json)
                b.changes.append(RowChange::update(
                    QStringLiteral("import_mapping"), q.value(0).toLongLong(),
                    {{QStringLiteral("mapping"), q.value(1)},
                     {QStringLiteral("updated_at"), q.value(2)}},
                    {{QStringLiteral("mapping"), json}, {QStringLiteral("updated_at"), now}}));
        } else {
            b.changes.append(RowChange::insert(QStringLiteral("import_mapping"),
                                               context.allocateId(QStringLiteral("import_mapping")),
                                               {{QStringLiteral("signature"), signature},
                                                {QStringLiteral("mapping"), json},
                                                {QStringLiteral("updated_at"), now}}));
        }
    }

    const QString summary = QStringLiteral("导入 %1（%2）：新增 %3，更新 %4，未变 %5，拒绝 %6")
                                .arg(sourceName, mapping::tableKindCode(mapped.kind))
                                .arg(plan.inserted)
                                .arg(plan.updated)
                                .arg(plan.unchanged)
                                .arg(plan.refused.size());
    b.changes.append(RowChange::insert(
        QStringLiteral("import_batch"), context.allocateId(QStringLiteral("import_batch")),
        {{QStringLiteral("source"), sourceName},
         {QStringLiteral("kind"), mapping::tableKindCode(mapped.kind)},
         {QStringLiteral("at"), QDateTime::currentDateTime().toString(Qt::ISODate)},
         {QStringLiteral("actor"), context.actor()},
         {QStringLiteral("inserted"), plan.inserted},
         {QStringLiteral("updated"), plan.updated},
         {QStringLiteral("unchanged"), plan.unchanged},
         {QStringLiteral("refused"), int(plan.refused.size())},
         {QStringLiteral("findings"),
          plan.totalMismatches.isEmpty()
              ? QVariant()
              : QVariant(QString::fromUtf8(
                    QJsonDocument(QJsonArray::fromStringList(plan.totalMismatches))
                        .toJson(QJsonDocument::Compact)))}}));
    plan.command = std::make_unique<WorkspaceCommand>(
        context.workspace(), QStringLiteral("导入 %1").arg(sourceName), b.changes,
        WorkspaceCommand::AuditMode::Summary, summary);
    return plan;
}

std::optional<mapping::ColumnMapping> Importer::rememberedMapping(Workspace *ws,
                                                                  const QString &signature)
{
    return rememberedMapping(ws->db(), signature);
}

std::optional<mapping::ColumnMapping> Importer::rememberedMapping(QSqlDatabase &db,
                                                                  const QString &signature)
{
    SqlQuery q(db);
    q.exec(QStringLiteral("SELECT mapping FROM import_mapping WHERE signature = ?"), {signature});
    if (!q.next())
        return std::nullopt;
    QString error;
    return mapping::ColumnMapping::fromJson(
        QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object(), &error);
}

} // namespace tuoyu
