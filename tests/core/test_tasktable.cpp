// Task tables in and out: a plan exported as a 重点任务分工表 (xlsx and docx) and imported into a
// blank workspace is the same plan; re-imports change nothing or update what was edited; tables
// as offices write them (tests/data/tasktables) import into the right structure.

#include "testworkspace.h"

#include "commands/importcommand.h"
#include "commands/plancommands.h"
#include "exporting/plantable.h"
#include "import/tasktableformat.h"
#include "io/reader.h"
#include "mapping/tablemapper.h"
#include "storage/planrepository.h"
#include "templates/templatefile.h"
#include "templates/templatelibrary.h"

#include <QDir>
#include <QSqlQuery>
#include <QUndoStack>

using namespace tuoyu;
using tuoyu::test::TempWorkspace;

namespace {

/// The plan as the round trip must keep it: programs, projects, tasks with deadline words and
/// dates, and departments lead first (a leading unit marked *).
QString outline(Workspace *ws, qint64 planId)
{
    QString out;
    QSqlQuery units(ws->db());
    units.prepare(QStringLiteral("SELECT d.name, td.lead FROM task_department td JOIN department d "
                                 "ON d.id = td.department_id WHERE td.task_id = ? "
                                 "ORDER BY td.lead DESC, td.seq, td.id"));
    for (const ProgramNode &p : PlanRepository(ws).tree(planId)) {
        out += QStringLiteral("P %1|%2\n").arg(p.program.number, p.program.title);
        for (const ProjectNode &j : p.projects) {
            out += QStringLiteral(" J %1|%2\n").arg(j.project.number, j.project.title);
            for (const TaskView &t : j.tasks) {
                QStringList names;
                units.addBindValue(t.task.id);
                units.exec();
                while (units.next())
                    names << units.value(0).toString() +
                                 (units.value(1).toInt() ? QStringLiteral("*") : QString());
                out += QStringLiteral("  T %1|%2|%3|%4|%5|%6\n")
                           .arg(t.task.text, t.task.deadlineText,
                                t.task.deadline.toString(Qt::ISODate))
                           .arg(t.task.deadlineInherited)
                           .arg(names.join(u','), t.task.notes);
            }
        }
    }
    return out;
}

io::Table readTable(const QString &path)
{
    io::ReadResult read = io::readFile(path);
    INFO(read.error.toStdString());
    REQUIRE(read.ok());
    const int index = mapping::proposeTable(read.tables);
    REQUIRE(index >= 0);
    return read.tables[index];
}

ImportPlan importInto(Workspace *ws, io::Table table, qint64 planId, bool apply = true)
{
    ImportRequest request;
    request.sourceName = QStringLiteral("分工表.xlsx");
    request.planId = planId;
    QString error;
    ImportPlan plan = Importer::prepare(ws, std::move(table), request, &error);
    INFO(error.toStdString());
    REQUIRE(plan.command);
    REQUIRE(plan.kind == mapping::TableKind::TaskTable);
    if (apply)
        REQUIRE(ws->execute(std::move(plan.command), &error));
    return plan;
}

qint64 newestPlan(Workspace *ws)
{
    QSqlQuery q(ws->db());
    q.exec(QStringLiteral("SELECT MAX(id) FROM plan"));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

/// A table in memory as a reader would give it, from the rows the export writes.
io::Table tableFromSheet(const io::ExportSheet &sheet)
{
    io::Table t;
    auto text = [](const QString &s) {
        io::Cell c;
        c.type = s.isEmpty() ? io::CellType::Empty : io::CellType::Text;
        c.text = s;
        return c;
    };
    t.rows.append({text(sheet.title)});
    t.rows.append({text(sheet.subtitle)});
    QList<io::Cell> header;
    for (const QString &h : sheet.headers)
        header << text(h);
    t.rows.append(header);
    for (const auto &row : sheet.rows) {
        QList<io::Cell> cells;
        for (const QVariant &v : row)
            cells << text(v.toString());
        t.rows.append(cells);
    }
    return t;
}

QString dataFile(const QString &name)
{
    return QStringLiteral(TUOYU_TEST_DATA_DIR "/tasktables/") + name;
}

} // namespace

TEST_CASE("Program and project numbers come off their cells and go back on the same way")
{
    using tasktable::joinNumber;
    using tasktable::splitNumber;
    for (const auto &[number, title] : {std::pair{u"（一）", u"完善政策支持体系"},
                                        {u"(二)", u"加快扩大托育服务供给"},
                                        {u"1", u"落实党政责任"},
                                        {u"12", u"3岁以下婴幼儿照护"},
                                        {u"", u"2024年重点工作"},
                                        {u"一", u"服务供给扩容工程"}}) {
        const QString n = QString::fromUtf16(number), t = QString::fromUtf16(title);
        const tasktable::Numbered back = splitNumber(joinNumber(n, t));
        CHECK(back.number == n);
        CHECK(back.title == t);
    }
    CHECK(splitNumber(QStringLiteral("项目5：实施激励性奖补")).number == QStringLiteral("5"));
    CHECK(splitNumber(QStringLiteral("1.5万元补助")).number.isEmpty());
    CHECK(tasktable::splitUnits(QStringLiteral("区卫健局、区财政局，区教育局\n各乡镇；区民政局"))
              .size() == 5);
}

TEST_CASE("Every shipped template exported as a task table imports back into a blank workspace "
          "as the same plan")
{
    const QString format = GENERATE(QStringLiteral("xlsx"), QStringLiteral("docx"));
    for (const TemplateLibrary::Entry &e : TemplateLibrary::entries()) {
        INFO(e.id.toStdString() + " as " + format.toStdString());
        TempWorkspace source;
        const qint64 planId = test::createPlan(source.get(), e.id);
        const QString file = source.dir.filePath(e.id + QLatin1Char('.') + format);
        QString error;
        const bool written = plantable::write(source.get(), planId, file, &error);
        INFO(error.toStdString());
        REQUIRE(written);

        TempWorkspace blank(QStringLiteral("blank.tuoyu"));
        if (PlanRepository(source.get()).tree(planId).isEmpty())
            continue; // the blank template: a header and no rows
        const ImportPlan imported =
            importInto(blank.get(), readTable(file), ImportRequest::kNewPlan);
        CHECK(imported.refused.isEmpty());
        const qint64 copy = newestPlan(blank.get());
        CHECK(outline(blank.get(), copy).toStdString() ==
              outline(source.get(), planId).toStdString());
        const Plan original = *PlanRepository(source.get()).plan(planId);
        const Plan made = *PlanRepository(blank.get()).plan(copy);
        CHECK(made.title == original.title);
        CHECK(made.periodStart == original.periodStart);
        CHECK(made.periodEnd == original.periodEnd);

        // The same file again changes nothing.
        const QString before = outline(blank.get(), copy);
        const ImportPlan again = importInto(blank.get(), readTable(file), copy);
        CHECK(again.inserted == 0);
        CHECK(again.updated == 0);
        CHECK(again.unchanged == imported.inserted);
        CHECK(outline(blank.get(), copy).toStdString() == before.toStdString());
    }
}

TEST_CASE("A task table import is one undoable, audited step, and the table's own plan is made new")
{
    TempWorkspace ws;
    const QString before = test::dumpTables(ws.get());
    const ImportPlan plan =
        importInto(ws.get(), readTable(dataFile(QStringLiteral("openpyxl-merged.xlsx"))),
                   ImportRequest::kNewPlan);
    CHECK(plan.summary.value(QStringLiteral("programs")).toInt() == 2);
    CHECK(plan.summary.value(QStringLiteral("projects")).toInt() == 3);
    CHECK(test::auditRows(ws.get(), QStringLiteral("do")) >= 1);
    ws->undoStack()->undo();
    CHECK(test::dumpTables(ws.get()) == before);
    ws->undoStack()->redo();
    CHECK(PlanRepository(ws.get()).plans().size() == 1);
}

TEST_CASE("An edited exported table updates the tasks its hidden keys name and says what changed")
{
    TempWorkspace ws;
    const qint64 planId = test::createPlan(ws.get(), QStringLiteral("tunliu"));
    io::ExportSheet sheet = plantable::sheet(ws.get(), planId);
    REQUIRE(sheet.rows.size() > 3);
    const QString before = outline(ws.get(), planId);
    // Same table: nothing changes.
    ImportPlan same = importInto(ws.get(), tableFromSheet(sheet), planId);
    CHECK(same.inserted == 0);
    CHECK(same.updated == 0);
    CHECK(outline(ws.get(), planId).toStdString() == before.toStdString());

    // The officer rewrites one task's words and moves another's deadline; the key still finds them.
    sheet.rows[0][tasktable::TaskColumn] =
        QStringLiteral("完成公办综合托育机构备案，新增托位120个。");
    sheet.rows[1][tasktable::DeadlineColumn] = QStringLiteral("2024年10月底前");
    sheet.rows[2][tasktable::LeadColumn] = QStringLiteral("区财政局");
    const ImportPlan edited = importInto(ws.get(), tableFromSheet(sheet), planId);
    CHECK(edited.inserted == 0);
    CHECK(edited.updated == 3);
    QStringList said;
    for (const ImportChange &c : edited.changes)
        said << c.changes;
    CHECK(said.join(u'\n').contains(QStringLiteral("完成时限：2024年底 → 2024年10月底前")));
    const auto tasks = PlanRepository(ws.get()).tasks(planId);
    CHECK(tasks[0].task.text == QStringLiteral("完成公办综合托育机构备案，新增托位120个。"));
    CHECK(tasks[1].task.deadline == QDate(2024, 10, 31));
    CHECK(tasks[2].departments.first() == QStringLiteral("区财政局"));
    CHECK(PlanRepository(ws.get()).tasks(planId).size() == sheet.rows.size());
}

TEST_CASE(
    "A table without 工程 or 牵头 columns: one program, the first unit leads, a typed date, a "
    "repeated row refused")
{
    auto cell = [](const QString &text, io::CellType type = io::CellType::Text) {
        io::Cell c;
        c.type = text.isEmpty() ? io::CellType::Empty : type;
        c.text = text;
        return c;
    };
    io::Table t;
    t.rows.append({cell(QStringLiteral("序号")), cell(QStringLiteral("项目")),
                   cell(QStringLiteral("工作任务")), cell(QStringLiteral("责任单位")),
                   cell(QStringLiteral("完成时间"))});
    t.rows.append({cell(QStringLiteral("1")), cell(QStringLiteral("项目1：托位建设")),
                   cell(QStringLiteral("新增托位80个")),
                   cell(QStringLiteral("区民生保障局、各乡镇")),
                   cell(QStringLiteral("2025-06-30"), io::CellType::Date)});
    t.rows.append({cell(QStringLiteral("2")), cell(QStringLiteral("项目1：托位建设")),
                   cell(QStringLiteral("新增托位80个")), cell(QStringLiteral("区民生保障局")),
                   cell(QStringLiteral("长期"))});
    TempWorkspace ws;
    const ImportPlan plan = importInto(ws.get(), t, ImportRequest::kNewPlan);
    CHECK(plan.inserted == 1);
    REQUIRE(plan.refused.size() == 1);
    CHECK(plan.refused[0].reason == QStringLiteral("第3行与第2行是同一项任务，未重复导入"));
    const auto tree = PlanRepository(ws.get()).tree(newestPlan(ws.get()));
    REQUIRE(tree.size() == 1);
    CHECK(tree[0].program.title == QStringLiteral("重点任务"));
    CHECK(tree[0].projects[0].project.number == QStringLiteral("1"));
    CHECK(tree[0].projects[0].project.title == QStringLiteral("托位建设"));
    const TaskView task = tree[0].projects[0].tasks[0];
    CHECK(task.task.deadlineText == QStringLiteral("2025年6月30日"));
    CHECK(task.task.deadline == QDate(2025, 6, 30));
    CHECK(task.departments ==
          QStringList({QStringLiteral("区民生保障局"), QStringLiteral("各乡镇")}));
    CHECK(outline(ws.get(), newestPlan(ws.get())).contains(QStringLiteral("区民生保障局*,各乡镇")));
}

TEST_CASE("Tables written by LibreOffice, openpyxl and python-docx import into the right "
          "structure, bad rows named")
{
    for (const QString &name :
         {QStringLiteral("libreoffice.xlsx"), QStringLiteral("openpyxl-merged.xlsx"),
          QStringLiteral("python-docx.docx")}) {
        INFO(name.toStdString());
        TempWorkspace ws;
        const ImportPlan plan =
            importInto(ws.get(), readTable(dataFile(name)), ImportRequest::kNewPlan);
        const qint64 planId = newestPlan(ws.get());
        const Plan made = *PlanRepository(ws.get()).plan(planId);
        CHECK(made.title == QStringLiteral("某区普惠托育服务发展实施方案（2024—2025年）"));
        CHECK(made.periodEnd == QDate(2025, 12, 31));
        const auto tree = PlanRepository(ws.get()).tree(planId);
        REQUIRE(tree.size() == 2);
        CHECK(tree[0].program.number == QStringLiteral("（一）"));
        CHECK(tree[0].program.title == QStringLiteral("服务供给扩容工程"));
        REQUIRE(tree[0].projects.size() == 2);
        CHECK(tree[0].projects[0].project.number == QStringLiteral("1"));
        CHECK(tree[0].projects[0].tasks.size() == 2);
        CHECK(tree[1].projects.size() == 1);
        const TaskView first = tree[0].projects[0].tasks[0];
        CHECK(first.departments ==
              QStringList({QStringLiteral("区卫健局"), QStringLiteral("区发改局"),
                           QStringLiteral("区财政局"), QStringLiteral("各乡镇人民政府")}));
        CHECK(first.task.deadline == QDate(2024, 7, 31));
        CHECK(first.task.notes == QStringLiteral("含备案"));
        // The row without task words is refused and named; the deadline in words no parser
        // knows imports as 未定 with a warning.
        REQUIRE(plan.refused.size() == 1);
        CHECK(plan.refused[0].reason.contains(QStringLiteral("没有任务内容")));
        CHECK(plan.refused[0].reason.contains(QStringLiteral("第%1行").arg(plan.refused[0].row)));
        CHECK(plan.findings.join(u'\n').contains(QStringLiteral("认不出日期，按未定导入")));
        const TaskView vague = tree[1].projects[0].tasks.last();
        CHECK(vague.task.deadlineText == QStringLiteral("视上级部署"));
        CHECK_FALSE(vague.task.deadline.isValid());
        CHECK(plan.inserted == 5);
    }
}

TEST_CASE("A plan saved as a template file makes the same plan again, for every shipped template")
{
    for (const TemplateLibrary::Entry &e : TemplateLibrary::entries()) {
        INFO(e.id.toStdString());
        TempWorkspace source;
        const qint64 planId = test::createPlan(source.get(), e.id);
        const QString file = source.dir.filePath(QStringLiteral("saved.json"));
        QString error;
        REQUIRE(templatefile::save(source.get(), planId, false, file, &error));
        const auto draft = TemplateLibrary::loadFile(file, &error);
        INFO(error.toStdString());
        REQUIRE(draft);
        CHECK(draft->institutions.isEmpty()); // the registry stays home unless asked

        TempWorkspace copy(QStringLiteral("copy.tuoyu"));
        REQUIRE(copy->execute(plancommands::create(copy.get(), *draft, &error), &error));
        const qint64 copyId = PlanRepository(copy.get()).defaultPlan()->id;
        CHECK(outline(copy.get(), copyId).toStdString() ==
              outline(source.get(), planId).toStdString());
        // Everything else the template holds: saving the copy gives the same file.
        CHECK(templatefile::toJson(copy.get(), copyId, false, &error).toStdString() ==
              templatefile::toJson(source.get(), planId, false, &error).toStdString());
        const auto withRegistry = TemplateLibrary::parse(
            templatefile::toJson(source.get(), planId, true, &error), &error);
        REQUIRE(withRegistry);
        CHECK(withRegistry->institutions.size() ==
              TemplateLibrary::load(e.id, &error)->institutions.size());
    }
}
