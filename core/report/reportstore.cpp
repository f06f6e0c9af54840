#include "reportstore.h"

#include "calendar/duesoon.h"
#include "commands/rowreader.h"
#include "indicators/indicatorengine.h"
#include "indicators/registrytotals.h"
#include "session/workspace.h"
#include "storage/planrepository.h"

#include "storage/sqlquery.h"
#include <QJsonArray>
#include <QJsonDocument>

namespace tuoyu {

using namespace document;

namespace {

const QString kTable = QStringLiteral("report");

KeptReport fromQuery(const SqlQuery &q)
{
    KeptReport r;
    r.id = q.value(0).toLongLong();
    r.planId = q.value(1).toLongLong();
    reportKindFromCode(q.value(2).toString(), &r.kind);
    r.asOf = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    r.department = q.value(4).toString();
    r.title = q.value(5).toString();
    r.paragraphs = ReportStore::paragraphsFromJson(q.value(6).toString());
    r.figures = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
    r.createdAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODate);
    return r;
}

const char *kColumns = "SELECT id, plan_id, kind, as_of, department, title, paragraphs, figures, "
                       "created_at FROM report ";

} // namespace

QString ReportStore::paragraphsJson(const QList<Block> &blocks)
{
    QJsonArray list;
    for (const Block &b : blocks)
        if (const Paragraph *p = b.asParagraph())
            list.append(QJsonObject{{QStringLiteral("id"), b.id},
                                    {QStringLiteral("officer"), b.origin == BlockOrigin::Officer},
                                    {QStringLiteral("style"), int(p->style)},
                                    {QStringLiteral("text"), p->text}});
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

QList<Block> ReportStore::paragraphsFromJson(const QString &json)
{
    QList<Block> blocks;
    for (const auto &v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        blocks << Block::paragraph(
            ParagraphStyle(o.value(QStringLiteral("style")).toInt()),
            o.value(QStringLiteral("text")).toString(), o.value(QStringLiteral("id")).toString(),
            o.value(QStringLiteral("officer")).toBool() ? BlockOrigin::Officer
                                                        : BlockOrigin::Generated);
    }
    return blocks;
}

QList<KeptReport> ReportStore::list(Workspace *ws, qint64 planId)
{
    return readAll<KeptReport>(ws->db(),
                               QString::fromLatin1(kColumns) +
                                   QStringLiteral("WHERE plan_id = ? ORDER BY as_of DESC, id DESC"),
                               {planId}, [&](const SqlQuery &q) { return fromQuery(q); });
}

std::optional<KeptReport> ReportStore::byId(Workspace *ws, qint64 id)
{
    SqlQuery q(ws->db());
    q.exec(QString::fromLatin1(kColumns) + QStringLiteral("WHERE id = ?"), {id});
    if (q.next())
        return fromQuery(q);
    return std::nullopt;
}

std::optional<KeptReport> ReportStore::previous(Workspace *ws, qint64 planId, ReportKind kind,
                                                const QDate &asOf)
{
    SqlQuery q(ws->db());
    q.exec(QString::fromLatin1(kColumns) +
               QStringLiteral("WHERE plan_id = ? AND kind = ? AND as_of < ? ORDER BY as_of DESC, "
                              "id DESC LIMIT 1"),
           {planId, reportKindCode(kind), asOf.toString(Qt::ISODate)});
    if (q.next())
        return fromQuery(q);
    return std::nullopt;
}

QJsonObject ReportStore::figures(Workspace *ws, qint64 planId, const QDate &asOf)
{
    const RegistryTotals t = RegistryTotals::of(ws, asOf);
    int done = 0, overdue = 0, dueSoon = 0, total = 0;
    const DueSoon window = DueSoon::forWorkspace(ws);
    for (const TaskView &v : PlanRepository(ws).tasks(planId)) {
        ++total;
        done += v.task.status == TaskStatus::Done ? 1 : 0;
        overdue += v.overdueFirm(asOf) ? 1 : 0; // as the report counts
        dueSoon += window.appliesTo(v.task, asOf) ? 1 : 0;
    }
    int met = 0;
    for (const IndicatorResult &r : IndicatorEngine::evaluate(ws, planId, asOf))
        met += r.status == IndicatorStatus::Met ? 1 : 0;
    return {{QStringLiteral("institutions"), t.institutions},
            {QStringLiteral("slots"), t.slots},
            {QStringLiteral("puhui_slots"), t.puhuiSlots},
            {QStringLiteral("filed"), t.filed},
            {QStringLiteral("tasks"), total},
            {QStringLiteral("tasks_done"), done},
            {QStringLiteral("tasks_overdue"), overdue},
            {QStringLiteral("tasks_due_soon"), dueSoon},
            {QStringLiteral("indicators_met"), met}};
}

std::unique_ptr<WorkspaceCommand> ReportStore::keep(Workspace *ws, const KeptReport &r, qint64 *id)
{
    *id = ws->allocateId(kTable);
    const QString now = QDateTime::currentDateTime().toString(Qt::ISODate);
    return std::make_unique<WorkspaceCommand>(
        ws, QStringLiteral("保存%1").arg(reportKindLabel(r.kind)),
        QList<RowChange>{RowChange::insert(
            kTable, *id,
            {{QStringLiteral("plan_id"), r.planId},
             {QStringLiteral("kind"), reportKindCode(r.kind)},
             {QStringLiteral("as_of"), r.asOf.toString(Qt::ISODate)},
             {QStringLiteral("department"),
              r.department.isEmpty() ? QVariant() : QVariant(r.department)},
             {QStringLiteral("title"), r.title},
             {QStringLiteral("paragraphs"), paragraphsJson(r.paragraphs)},
             {QStringLiteral("figures"),
              QString::fromUtf8(QJsonDocument(r.figures).toJson(QJsonDocument::Compact))},
             {QStringLiteral("created_at"), now},
             {QStringLiteral("updated_at"), now}})});
}

std::unique_ptr<WorkspaceCommand> ReportStore::saveWords(Workspace *ws, qint64 id,
                                                         const QList<Block> &blocks, QString *error)
{
    const QVariantMap row = rowreader::row(ws->db(), kTable, id);
    if (row.isEmpty()) {
        *error = QStringLiteral("找不到保存的材料 #%1").arg(id);
        return nullptr;
    }
    const QString json = paragraphsJson(blocks);
    if (row.value(QStringLiteral("paragraphs")).toString() == json) {
        *error = QStringLiteral("没有改动");
        return nullptr;
    }
    return std::make_unique<ChangeFieldCommand>(
        ws, QStringLiteral("修改材料文字"), kTable, id, QStringLiteral("paragraphs"),
        row.value(QStringLiteral("paragraphs")), json, true);
}

OfficialDocument ReportStore::reopen(Workspace *ws, const KeptReport &r, QString *error)
{
    ReportOptions o;
    o.kind = r.kind;
    o.planId = r.planId;
    o.asOf = r.asOf;
    o.department = r.department;
    OfficialDocument doc = ReportBuilder::build(ws, o, error);
    // The officer's words stand where they were; the generated paragraphs, tables and charts
    // come from the data as of the same date.
    doc.blocks = mergeRegenerated(r.paragraphs, doc.blocks);
    return doc;
}

} // namespace tuoyu
