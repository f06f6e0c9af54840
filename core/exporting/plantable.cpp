#include "plantable.h"

#include "document/docxwriter.h"
#include "import/tasktableformat.h"
#include "io/xlsxexporter.h"
#include "session/workspace.h"
#include "storage/planrepository.h"

#include "storage/sqlquery.h"
#include <QFileInfo>
#include <QUuid>

namespace tuoyu::plantable {

QString workspaceId(Workspace *ws)
{
    QString id = ws->info(tasktable::workspaceIdInfoKey());
    if (id.isEmpty()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        // A read-only file (damaged, read-only media) still exports; its id is not kept, so a
        // table exported from it imports back as from another workspace.
        if (!ws->isReadOnly())
            ws->setInfo(tasktable::workspaceIdInfoKey(), id);
    }
    return id;
}

namespace {

/// Each task's units, lead first, and whether the first one leads.
struct Units
{
    QStringList names;
    bool hasLead = false;
};

QHash<qint64, Units> unitsOf(Workspace *ws, qint64 planId)
{
    QHash<qint64, Units> units;
    SqlQuery q(ws->db());
    q.exec(QStringLiteral("SELECT td.task_id, d.name, td.lead FROM task_department td JOIN "
                          "department d ON d.id = td.department_id WHERE d.plan_id = ? "
                          "ORDER BY td.task_id, td.lead DESC, td.seq, td.id"),
           {planId});
    while (q.next()) {
        Units &u = units[q.value(0).toLongLong()];
        if (u.names.isEmpty())
            u.hasLead = q.value(2).toInt() == 1;
        u.names << q.value(1).toString();
    }
    return units;
}

} // namespace

io::ExportSheet sheet(Workspace *ws, qint64 planId)
{
    io::ExportSheet s;
    const PlanRepository plans(ws);
    const std::optional<Plan> plan = plans.plan(planId);
    if (!plan)
        return s;
    const QString key = workspaceId(ws);
    const QHash<qint64, Units> units = unitsOf(ws, planId);
    s.name = QStringLiteral("重点任务分工表");
    s.title = plan->title + QStringLiteral("重点任务分工表");
    s.subtitle = tasktable::periodLine(plan->periodStart, plan->periodEnd);
    s.headers = tasktable::headers();
    s.kinds = QList<io::ColumnKind>(tasktable::ColumnCount, io::ColumnKind::Text);
    s.kinds[tasktable::RowNumber] = io::ColumnKind::Integer;
    s.hiddenColumns = {tasktable::KeyColumn};
    s.wrapText = true;
    for (const ProgramNode &program : plans.tree(planId)) {
        const QString programCell =
            tasktable::joinNumber(program.program.number, program.program.title);
        const int programFirst = int(s.rows.size());
        for (const ProjectNode &project : program.projects) {
            const QString projectCell =
                tasktable::joinNumber(project.project.number, project.project.title);
            const int projectFirst = int(s.rows.size());
            for (const TaskView &t : project.tasks) {
                const Units u = units.value(t.task.id);
                QStringList others = u.names;
                const QString lead =
                    u.hasLead && !others.isEmpty() ? others.takeFirst() : QString();
                QString deadline = t.task.deadlineText;
                if (deadline.isEmpty() && !t.task.deadlineInherited && t.task.deadline.isValid())
                    deadline = t.task.deadline.toString(QStringLiteral("yyyy年M月d日"));
                QList<QVariant> row(tasktable::ColumnCount);
                row[tasktable::RowNumber] = int(s.rows.size()) + 1;
                row[tasktable::ProgramColumn] = programCell;
                row[tasktable::ProjectColumn] = projectCell;
                row[tasktable::TaskColumn] = t.task.text;
                row[tasktable::LeadColumn] = lead;
                row[tasktable::CoColumn] = tasktable::joinUnits(others);
                row[tasktable::DeadlineColumn] = deadline;
                row[tasktable::NoteColumn] = t.task.notes;
                row[tasktable::KeyColumn] = tasktable::taskKey(key, t.task.id);
                s.rows.append(row);
            }
            s.merges.append({tasktable::ProjectColumn, projectFirst, int(s.rows.size()) - 1});
        }
        s.merges.append({tasktable::ProgramColumn, programFirst, int(s.rows.size()) - 1});
    }
    return s;
}

bool write(Workspace *ws, qint64 planId, const QString &path, QString *error)
{
    if (!PlanRepository(ws).plan(planId)) {
        *error = QStringLiteral("找不到计划 #%1").arg(planId);
        return false;
    }
    return writeSheet(sheet(ws, planId), tasktable::KeyColumn, {4, 12, 12, 30, 10, 12, 8, 8},
                      QStringLiteral("plan.tasks"), QStringLiteral("计划"), path, error);
}

bool writeSheet(const io::ExportSheet &s, int keyColumn, const QList<double> &widths,
                const QString &blockId, const QString &what, const QString &path, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx"))
        return io::writeXlsx(path, {s}, error);
    if (suffix != QLatin1String("docx")) {
        *error =
            QStringLiteral("%1：%2只能导出为 .xlsx 或 .docx").arg(QFileInfo(path).fileName(), what);
        return false;
    }
    // Word: the title and the line under it as lines of the table itself (so they travel with
    // it when it is copied into another document), the key column left out.
    document::TableBlock table;
    table.headerRows << QStringList{s.title};
    if (!s.subtitle.isEmpty())
        table.headerRows << QStringList{s.subtitle};
    table.headerRows << s.headers.mid(0, keyColumn);
    for (const QList<QVariant> &row : s.rows) {
        QStringList cells;
        for (int c = 0; c < keyColumn; ++c)
            cells << row.value(c).toString();
        table.rows << cells;
    }
    table.columnWidths = widths;
    table.orientation = document::Orientation::Landscape;
    document::OfficialDocument doc;
    doc.title = s.title;
    doc.blocks << document::Block::table(table, blockId);
    return document::writeDocx(doc, path, error);
}

} // namespace tuoyu::plantable
