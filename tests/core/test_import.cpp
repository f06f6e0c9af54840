// Imports end to end: real files from ../shared/fixtures through the readers, the mapper and the
// import command into a workspace.

#include "checks/datachecks.h"
#include "commands/importcommand.h"
#include "commands/plancommands.h"
#include "import/importcontext.h"
#include "io/reader.h"
#include "mapping/tablemapper.h"
#include "storage/decompositionrepository.h"
#include "storage/institutionrepository.h"
#include "storage/planrepository.h"
#include "templates/templatelibrary.h"
#include "testworkspace.h"

#include <QFile>
#include <QMap>
#include <QSqlQuery>
#include <QSqlRecord>

#include <catch2/catch.hpp>

#include <atomic>
#include <thread>

using namespace tuoyu;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(TUOYU_SHARED_DIR "/fixtures/") + QString::fromUtf8(name);
}

io::Table firstTable(const QString &path)
{
    const io::ReadResult r = io::readFile(path);
    INFO(r.error.toStdString());
    REQUIRE(r.ok());
    const int index = mapping::proposeTable(r.tables);
    REQUIRE(index >= 0);
    return r.tables[index];
}

ImportPlan importInto(Workspace *ws, const io::Table &table, const QString &source, qint64 plan = 0,
                      bool execute = true)
{
    QString error;
    ImportPlan p = Importer::plan(ws, mapping::TableMapper::map(table), source, plan, &error);
    INFO(error.toStdString());
    REQUIRE(p.command);
    if (execute)
        REQUIRE(ws->execute(std::move(p.command), &error));
    return p;
}

io::Cell text(const char *s)
{
    io::Cell c;
    c.type = io::CellType::Text;
    c.text = QString::fromUtf8(s);
    return c;
}

io::Cell number(double v)
{
    io::Cell c;
    c.type = io::CellType::Number;
    c.number = v;
    c.text = QString::number(v);
    return c;
}

} // namespace

TEST_CASE(
    "The 屯留 list imports to 21 institutions and 1180 slots from xlsx, xls, GB18030 csv and docx")
{
    for (const char *file : {"tunliu-institutions.xlsx", "tunliu-institutions.xls",
                             "tunliu-institutions-gb18030.csv", "tunliu-institutions.docx"}) {
        INFO(file);
        test::TempWorkspace t;
        const ImportPlan p =
            importInto(t.get(), firstTable(fixture(file)), QString::fromUtf8(file));
        CHECK(p.inserted == 21);
        CHECK(p.refused.isEmpty());
        const auto all = InstitutionRepository(t.get()).all();
        CHECK(all.size() == 21);
        qint64 slots = 0;
        QMap<InstitutionKind, int> kinds;
        for (const Institution &i : all) {
            slots += i.slots;
            ++kinds[i.kind];
        }
        CHECK(slots == 1180);
        CHECK(kinds.value(InstitutionKind::Public) == 9);
        CHECK(kinds.value(InstitutionKind::Standalone) == 5);
        CHECK(kinds.value(InstitutionKind::Other) == 0);
        CHECK(all.first().name == QStringLiteral("长治市屯留区直机关旭光幼儿园"));
    }
}

TEST_CASE("Importing the same file twice changes nothing the second time, undo restores exactly")
{
    test::TempWorkspace t;
    const io::Table table = firstTable(fixture("tunliu-institutions.xlsx"));
    const QString empty = test::dumpTables(t.get());
    importInto(t.get(), table, QStringLiteral("a.xlsx"));
    const QString once = test::dumpTables(t.get());
    const ImportPlan again = importInto(t.get(), table, QStringLiteral("a.xlsx"));
    CHECK(again.inserted == 0);
    CHECK(again.updated == 0);
    CHECK(again.unchanged == 21);
    // Only the record of the second import itself is new.
    QSqlQuery q(t->db());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM import_batch")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 2);
    t->undoStack()->undo();
    CHECK(test::dumpTables(t.get()) == once);
    t->undoStack()->undo();
    CHECK(test::dumpTables(t.get()) == empty);
}

TEST_CASE("A re-import updates matched institutions and audits old → new only for them")
{
    test::TempWorkspace t;
    io::Table first;
    first.rows = {{text("机构名称"), text("统一社会信用代码"), text("属性"), text("托位数")},
                  {text("甲托育园"), text("91140400MA0000001X"), text("民办"), number(40)},
                  {text("乙托育园"), text(""), text("公办"), number(60)}};
    importInto(t.get(), first, QStringLiteral("一月.xlsx"));

    io::Table second;
    second.rows = {{text("机构名称"), text("统一社会信用代码"), text("属性"), text("托位数")},
                   {text("甲托育园（更名）"), text("91140400MA0000001X"), text("民办"), number(50)},
                   {text("乙托育园"), text(""), text("公办"), number(60)},
                   {text("丙托育园"), text(""), text("社区办"), number(20)}};
    const ImportPlan p = importInto(t.get(), second, QStringLiteral("二月.xlsx"));
    CHECK(p.inserted == 1);
    CHECK(p.updated == 1);
    CHECK(p.unchanged == 1);
    const auto all = InstitutionRepository(t.get()).all();
    REQUIRE(all.size() == 3);
    CHECK(all[0].name == QStringLiteral("甲托育园（更名）")); // matched by credit code
    CHECK(all[0].slots == 50);

    QSqlQuery q(t->db());
    REQUIRE(q.exec(
        QStringLiteral("SELECT field, old_value, new_value FROM audit_log WHERE action = 'do' "
                       "AND command LIKE '%二月%' AND table_name = 'institution' ORDER BY field")));
    QStringList rows;
    while (q.next())
        rows << QStringLiteral("%1:%2→%3")
                    .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    CHECK(rows == QStringList{QStringLiteral("name:甲托育园→甲托育园（更名）"),
                              QStringLiteral("slots:40→50")});
}

TEST_CASE("Refused rows are listed with their row numbers and nothing of them is written")
{
    test::TempWorkspace t;
    io::Table table;
    table.rows = {{text("某区托育机构名单")},
                  {text("序号"), text("机构名称"), text("属性"), text("托位数")},
                  {number(1), text("好托育"), text("民办"), number(30)},
                  {number(2), text(""), text("民办"), number(30)},
                  {number(3), text("负托位"), text("民办"), number(-3)},
                  {number(4), text("好托育"), text("民办"), number(30)},
                  {number(5), text("奇怪属性"), text("合伙办"), number(10)}};
    const ImportPlan p = importInto(t.get(), table, QStringLiteral("list.xlsx"));
    QList<int> rows;
    for (const auto &r : p.refused)
        rows << r.row;
    CHECK(rows == QList<int>{4, 5, 6});
    CHECK(p.inserted == 2);
    const auto all = InstitutionRepository(t.get()).all();
    REQUIRE(all.size() == 2);
    // An unknown kind is kept as written, flagged as other, never dropped.
    CHECK(all[1].kind == InstitutionKind::Other);
    CHECK(all[1].kindText == QStringLiteral("合伙办"));
}

TEST_CASE("Areas printed short in a table meet the registry's full names")
{
    test::TempWorkspace t;
    QString error;
    REQUIRE(
        t->execute(plancommands::create(
                       t.get(), *TemplateLibrary::load(QStringLiteral("tianning"), &error), &error),
                   &error));
    const qint64 plan = PlanRepository(t.get()).plans().first().id;
    const QString before = test::dumpTables(t.get());
    const ImportPlan p = importInto(t.get(), firstTable(fixture("tianning-decomposition.xlsx")),
                                    QStringLiteral("分解表.xlsx"), plan);
    // The fixture is the table the template was transcribed from: every cell is already there.
    CHECK(p.inserted == 0);
    CHECK(p.updated == 0);
    CHECK(p.unchanged == 27);
    QSqlQuery q(t->db());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM area")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 7); // no 红梅 beside 红梅街道
    t->undoStack()->undo();
    CHECK(test::dumpTables(t.get()) == before);
}

TEST_CASE("The decomposition table imports into a plan without one, with its totals per year")
{
    test::TempWorkspace t;
    QString error;
    REQUIRE(t->execute(plancommands::create(t.get(),
                                            *TemplateLibrary::load(QStringLiteral("blank"), &error),
                                            &error),
                       &error));
    const qint64 plan = PlanRepository(t.get()).plans().first().id;
    const ImportPlan p = importInto(t.get(), firstTable(fixture("tianning-decomposition.xlsx")),
                                    QStringLiteral("分解表.xlsx"), plan);
    CHECK(p.inserted == 27);
    QMap<int, double> perYear;
    for (const DecompositionRow &r : DecompositionRepository(t.get()).cells(plan))
        perYear[r.year] += r.target.value_or(0);
    CHECK(perYear == QMap<int, double>{{2023, 35}, {2024, 28}, {2025, 30}});
}

TEST_CASE("Monthly enrolment attaches to institutions, unknown institutions are refused")
{
    test::TempWorkspace t;
    importInto(t.get(), firstTable(fixture("tunliu-institutions.xlsx")),
               QStringLiteral("list.xlsx"));
    io::Table table;
    table.rows = {
        {text("机构名称"), text("月份"), text("乳儿班"), text("托小班"), text("托大班")},
        {text("长治市屯留区托育综合服务中心"), text("2025-03"), number(5), number(12), number(20)},
        {text("长治市屯留区托育综合服务中心"), text("2025-04"), number(6), number(12), number(21)},
        {text("不在名单上的托育园"), text("2025-03"), number(1), number(1), number(1)}};
    const ImportPlan p = importInto(t.get(), table, QStringLiteral("收托.xlsx"));
    CHECK(p.kind == mapping::TableKind::Enrolment);
    CHECK(p.inserted == 2);
    REQUIRE(p.refused.size() == 1);
    CHECK(p.refused.first().row == 4);
    CHECK(p.refused.first().reason.contains(QStringLiteral("先导入机构名单")));
    QSqlQuery q(t->db());
    REQUIRE(q.exec(QStringLiteral("SELECT SUM(toddler), SUM(older) FROM enrolment_record")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 24);
    CHECK(q.value(1).toInt() == 41);
}

TEST_CASE("A corrected mapping is remembered for the next file with the same header")
{
    test::TempWorkspace t;
    io::Table table;
    table.rows = {{text("机构名称"), text("托位数"), text("说明")},
                  {text("甲托育园"), number(40), text("社区办")}};
    mapping::ColumnMapping corrected = mapping::TableMapper::propose(table);
    // The officer says 说明 holds the kind.
    corrected.setField(2, QStringLiteral("kind"));
    QString error;
    ImportPlan p = Importer::plan(t.get(), mapping::TableMapper::map(table, corrected),
                                  QStringLiteral("a.xlsx"), 0, &error);
    REQUIRE(t->execute(std::move(p.command), &error));
    CHECK(InstitutionRepository(t.get()).all().first().kind == InstitutionKind::Community);

    const auto remembered =
        Importer::rememberedMapping(t.get(), mapping::TableMapper::propose(table).signature());
    REQUIRE(remembered);
    CHECK(remembered->columnOf(QStringLiteral("kind")) == 2);
}

TEST_CASE("A 合计 row that disagrees with its rows becomes a finding of the data checks")
{
    test::TempWorkspace t;
    io::Table table;
    table.rows = {{text("机构名称"), text("托位数")},
                  {text("甲托育园"), number(40)},
                  {text("乙托育园"), number(60)},
                  {text("合计"), number(120)}};
    const ImportPlan p = importInto(t.get(), table, QStringLiteral("list.xlsx"));
    CHECK(p.inserted == 2);
    REQUIRE(p.totalMismatches.size() == 1);
    CHECK(p.totalMismatches.first().contains(QStringLiteral("120")));
    const auto findings = DataChecks::imports(t.get());
    REQUIRE(findings.size() == 1);
    CHECK(findings.first().record == QStringLiteral("list.xlsx"));
    // Importing a corrected list of the same name clears it.
    table.rows.last()[1] = number(100);
    importInto(t.get(), table, QStringLiteral("list.xlsx"));
    CHECK(DataChecks::imports(t.get()).isEmpty());
}

namespace {

QString institutionRows(Workspace *ws)
{
    QSqlQuery q(ws->db());
    REQUIRE(q.exec(QStringLiteral("SELECT * FROM institution ORDER BY id")));
    QString out;
    while (q.next()) {
        for (int i = 0; i < q.record().count(); ++i)
            out +=
                (q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString()) + QLatin1Char('|');
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace

TEST_CASE("Handing the table and the records over frees them as they are used and imports the "
          "same rows")
{
    const io::Table table = firstTable(fixture("tunliu-institutions.xlsx"));
    test::TempWorkspace copying;
    importInto(copying.get(), table, QStringLiteral("a.xlsx"));

    test::TempWorkspace handing;
    io::Table handed = table;
    const mapping::ColumnMapping proposed = mapping::TableMapper::propose(handed);
    mapping::MappingResult mapped = mapping::TableMapper::map(std::move(handed), proposed);
    CHECK(handed.rows.isEmpty());
    REQUIRE(mapped.records.size() == 21);
    QString error;
    ImportPlan p =
        Importer::plan(handing.get(), std::move(mapped), QStringLiteral("a.xlsx"), 0, &error);
    REQUIRE(p.command);
    for (const auto &record : std::as_const(mapped.records))
        CHECK(record.values.isEmpty());
    CHECK(p.inserted == 21);
    REQUIRE(handing->execute(std::move(p.command), &error));
    const QString rows = institutionRows(handing.get());
    CHECK(rows.count(QLatin1Char('\n')) == 21);
    CHECK(rows == institutionRows(copying.get()));
}

namespace {

/// A CSV institution list of `rows` rows: unique names, five towns, slots 20…99.
QString writeGeneratedList(const QTemporaryDir &dir, int rows, qint64 *slots)
{
    const QString path = dir.filePath(QStringLiteral("generated.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    QByteArray csv = "序号,机构名称,属性,所属街道,托位数,普惠托位数,在托人数\n";
    static const char *const towns[] = {"郑陆镇", "红梅街道", "青龙街道", "雕庄街道", "横林镇"};
    *slots = 0;
    for (int i = 1; i <= rows; ++i) {
        const int s = 20 + i % 80;
        *slots += s;
        csv += QStringLiteral("%1,托育机构%2号,%3,%4,%5,%6,%7\n")
                   .arg(i)
                   .arg(i)
                   .arg(i % 3 ? QStringLiteral("民办") : QStringLiteral("公办"))
                   .arg(QString::fromUtf8(towns[i % 5]))
                   .arg(s)
                   .arg(s / 2)
                   .arg(s / 3)
                   .toUtf8();
    }
    file.write(csv);
    return path;
}

} // namespace

TEST_CASE("Importer::prepare imports a generated 10,000-row file, handing each stage over")
{
    QTemporaryDir dir;
    qint64 slots = 0;
    const QString path = writeGeneratedList(dir, 10000, &slots);
    test::TempWorkspace t;
    io::Table table = firstTable(path);
    QStringList stages;
    ImportRequest request;
    request.sourceName = QStringLiteral("generated.csv");
    request.stageDone = [&](const char *stage) { stages << QString::fromLatin1(stage); };
    QString error;
    ImportPlan p = Importer::prepare(t.get(), std::move(table), request, &error);
    INFO(error.toStdString());
    REQUIRE(p.command);
    CHECK(table.rows.isEmpty()); // freed as mapped
    CHECK(stages == QStringList{QStringLiteral("map"), QStringLiteral("plan")});
    CHECK(p.kind == mapping::TableKind::InstitutionList);
    CHECK(p.inserted == 10000);
    CHECK(p.refused.isEmpty());
    REQUIRE(t->execute(std::move(p.command), &error));
    QSqlQuery q(t->db());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*), SUM(slots), SUM(puhui_slots), "
                                  "COUNT(DISTINCT area_id), MIN(name) FROM institution")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 10000);
    CHECK(q.value(1).toLongLong() == slots);
    CHECK(q.value(3).toInt() == 5);
    CHECK(q.value(4).toString() == QStringLiteral("托育机构10000号"));

    // The same file again through the same pipeline changes nothing.
    ImportPlan again = Importer::prepare(t.get(), firstTable(path), request, &error);
    REQUIRE(again.command);
    CHECK(again.inserted == 0);
    CHECK(again.unchanged == 10000);
}

TEST_CASE("Planned on a worker thread with its own connection, an import's ids follow the "
          "workspace's, and cancelling between stages plans nothing")
{
    test::TempWorkspace t;
    importInto(t.get(), firstTable(fixture("tunliu-institutions.xlsx")), QStringLiteral("a.xlsx"));
    const QString before = test::dumpTables(t.get());

    QTemporaryDir dir;
    qint64 slots = 0;
    const io::Table table = firstTable(writeGeneratedList(dir, 300, &slots));
    auto plan = [&](std::atomic_bool *cancelled) {
        auto context = ImportContext::forWorker(t.get());
        ImportRequest request;
        request.sourceName = QStringLiteral("generated.csv");
        request.cancelled = cancelled;
        ImportPlan p;
        mapping::MappingResult mapped;
        QString error;
        std::thread worker([&] {
            REQUIRE(context->attach(&error));
            p = Importer::prepare(*context, table, request, &mapped, &error);
            context->detach();
        });
        worker.join();
        if (p.command)
            REQUIRE(context->settle(&error));
        return std::make_pair(std::move(p), mapped.records.size());
    };

    std::atomic_bool cancelled{true};
    auto [none, noRecords] = plan(&cancelled);
    CHECK_FALSE(none.command);
    CHECK(noRecords == 0);
    CHECK(test::dumpTables(t.get()) == before);

    auto [p, records] = plan(nullptr);
    REQUIRE(p.command);
    CHECK(records == 300); // the dialog keeps them for its preview
    CHECK(p.inserted == 300);
    QString error;
    REQUIRE(t->execute(std::move(p.command), &error));
    // An institution added afterwards on the workspace's thread takes an id the worker did not.
    const qint64 next = t->allocateId(QStringLiteral("institution"));
    QSqlQuery q(t->db());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*), MAX(id) FROM institution")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 321);
    CHECK(next > q.value(1).toLongLong());
    auto add = std::make_unique<WorkspaceCommand>(
        t.get(), QStringLiteral("新增"),
        QList<RowChange>{RowChange::insert(QStringLiteral("institution"), next,
                                           {{QStringLiteral("name"), QStringLiteral("新机构")}})});
    REQUIRE(t->execute(std::move(add), &error));
}
