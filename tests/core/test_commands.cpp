#include "commands/institutioncommands.h"
#include "commands/plancommands.h"
#include "commands/workspacecommand.h"
#include "storage/auditlogrepository.h"
#include "storage/batchstatement.h"
#include "storage/institutionrepository.h"
#include "storage/planrepository.h"
#include "storage/sqlite/sqlitedialect.h"
#include "templates/templatelibrary.h"
#include "testworkspace.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace tuoyu;
using test::auditRows;
using test::dumpTables;

namespace {

/// Executes a command, then checks that undo returns the workspace to `before`, that redo
/// returns it to what execute produced, and that every step wrote audit rows.
void roundTrip(test::TempWorkspace &t, std::unique_ptr<WorkspaceCommand> command)
{
    test::doUndoRedo(t, std::move(command), QString());
}

PlanDraft smallPlan()
{
    PlanDraft d;
    d.templateId = QStringLiteral("test");
    d.districtName = QStringLiteral("测试区");
    d.areas = {{0, QStringLiteral("麟绛街道"), QStringLiteral("街道"), 0}};
    d.plan.title = QStringLiteral("测试区普惠托育实施方案");
    d.plan.periodStart = QDate(2024, 1, 1);
    d.plan.periodEnd = QDate(2024, 12, 31);
    PlanDraft::TaskDraft a{QStringLiteral("新增1所普惠社区托育点"),
                           QStringLiteral("2024年7月"),
                           {QStringLiteral("区卫体局"), QStringLiteral("区财政局")},
                           {}};
    PlanDraft::TaskDraft b{
        QStringLiteral("建立1个办托试点"), QString(), {QStringLiteral("区财政局")}, {}};
    d.programs = {{QStringLiteral("（一）"),
                   QStringLiteral("服务供给扩容工程"),
                   {},
                   {{QStringLiteral("1"), QStringLiteral("社区办托"), {}, {a, b}}}}};
    Indicator indicator;
    indicator.tier = QStringLiteral("数量");
    indicator.name = QStringLiteral("托位数");
    indicator.formula = QStringLiteral("total_slots");
    indicator.targets = {{2024, 100}};
    d.indicators = {indicator};
    Institution inst;
    inst.name = QStringLiteral("瓶城托育服务有限公司");
    inst.kind = InstitutionKind::Community;
    inst.slots = 20;
    d.institutions = {inst};
    d.institutionAreas = {QStringLiteral("麟绛街道")};
    return d;
}

} // namespace

TEST_CASE("Creating a plan writes its whole tree in one undoable step with a summary audit entry")
{
    test::TempWorkspace t;
    QString error;
    auto command = plancommands::create(t.get(), smallPlan(), &error);
    REQUIRE(command);
    roundTrip(t, std::move(command));

    PlanRepository plans(t.get());
    REQUIRE(plans.plans().size() == 1);
    const auto tasks = plans.tasks(plans.plans().first().id);
    REQUIRE(tasks.size() == 2);
    CHECK(tasks[0].departments ==
          QStringList{QStringLiteral("区卫体局"), QStringLiteral("区财政局")});
    CHECK(tasks[0].task.deadline == QDate(2024, 7, 31));
    CHECK_FALSE(tasks[0].task.deadlineInherited);
    // No deadline in the document: the task inherits the plan's end and says so.
    CHECK(tasks[1].task.deadline == QDate(2024, 12, 31));
    CHECK(tasks[1].task.deadlineInherited);
    // 区财政局 is one department record however many tasks name it.
    CHECK(plans.departments(plans.plans().first().id).size() == 2);
    CHECK(InstitutionRepository(t.get()).all().first().areaId > 0);

    // One summary row per application, not one per inserted row; only the update of the
    // district's name is audited field by field.
    QSqlQuery q(t->db());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN table_name IS NULL THEN 1 "
                                  "ELSE 0 END) FROM audit_log WHERE action = 'do'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 2);
    CHECK(q.value(1).toInt() == 1);
}

TEST_CASE("Adding, editing and removing an institution round-trip through undo and redo")
{
    test::TempWorkspace t;
    QString error;
    Institution inst;
    inst.name = QStringLiteral("长治市屯留区小象湾托育服务有限公司");
    inst.kind = InstitutionKind::Standalone;
    inst.kindText = QStringLiteral("独立");
    inst.slots = 100;
    inst.puhuiSlots = 80;
    roundTrip(t, institutioncommands::add(t.get(), inst, &error));
    const qint64 id = InstitutionRepository(t.get()).all().first().id;

    roundTrip(t, institutioncommands::edit(
                     t.get(), id,
                     {{QStringLiteral("slots"), 120}, {QStringLiteral("enrolled"), 64}}, &error));
    const auto edited = InstitutionRepository(t.get()).byId(id);
    REQUIRE(edited);
    CHECK(edited->slots == 120);
    CHECK(edited->enrolled == 64);

    // The edit's audit rows say who, which record, and old → new for each field.
    QSqlQuery q(t->db());
    REQUIRE(q.exec(QStringLiteral("SELECT field, old_value, new_value, actor FROM audit_log "
                                  "WHERE action = 'do' AND table_name = 'institution' AND "
                                  "field <> '*' ORDER BY field")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("enrolled"));
    CHECK(q.value(1).isNull());
    CHECK(q.value(2).toString() == QStringLiteral("64"));
    CHECK_FALSE(q.value(3).toString().isEmpty());
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("slots"));
    CHECK(q.value(1).toString() == QStringLiteral("100"));
    CHECK(q.value(2).toString() == QStringLiteral("120"));

    // Removing takes the institution's enrolment records along, and undo restores them.
    QSqlQuery e(t->db());
    REQUIRE(e.exec(QStringLiteral("INSERT INTO enrolment_record (institution_id, month, toddler) "
                                  "VALUES (%1, '2025-03', 12)")
                       .arg(id)));
    roundTrip(t, institutioncommands::remove(t.get(), id, &error));
    CHECK(InstitutionRepository(t.get()).count() == 0);
    t->undoStack()->undo();
    CHECK(InstitutionRepository(t.get()).count() == 1);
    REQUIRE(e.exec(QStringLiteral("SELECT toddler FROM enrolment_record")));
    REQUIRE(e.next());
    CHECK(e.value(0).toInt() == 12);
}

namespace {
/// Adds 青青藤幼儿园 with 40 托位 and nothing else; its id.
qint64 addQingqingteng(test::TempWorkspace &t)
{
    QString error;
    Institution inst;
    inst.name = QStringLiteral("青青藤幼儿园");
    inst.slots = 40;
    REQUIRE(t->execute(institutioncommands::add(t.get(), inst, &error), &error));
    return InstitutionRepository(t.get()).all().first().id;
}
} // namespace

TEST_CASE("An edit from the whole form changes and audits only the fields that differ")
{
    // The window's form gives every field, empty ones as NULL; on the server a NULL number
    // reads back as a null qlonglong whose text is "0", and still equals the form's empty field.
    test::TempWorkspace t;
    QString error;
    Institution edited = *InstitutionRepository(t.get()).byId(addQingqingteng(t));
    edited.slots = 50;
    auto command =
        institutioncommands::edit(t.get(), edited.id, InstitutionRepository::toRow(edited), &error);
    INFO(error.toStdString());
    REQUIRE(command);
    REQUIRE(command->changes().size() == 1);
    CHECK(command->changes().first().after.keys() == QStringList{QStringLiteral("slots")});
    // Nothing changed: refused as such, not written as a no-op.
    CHECK_FALSE(institutioncommands::edit(
        t.get(), edited.id,
        InstitutionRepository::toRow(*InstitutionRepository(t.get()).byId(edited.id)), &error));
    CHECK(error == QStringLiteral("没有改动"));
}

TEST_CASE("Invalid institution changes are refused with a Chinese message and change nothing")
{
    test::TempWorkspace t;
    QString error;
    Institution nameless;
    nameless.slots = 10;
    CHECK_FALSE(institutioncommands::add(t.get(), nameless, &error));
    CHECK(error.contains(QStringLiteral("机构名称")));

    Institution inst;
    inst.name = QStringLiteral("青青藤幼儿园");
    inst.slots = 40;
    REQUIRE(t->execute(institutioncommands::add(t.get(), inst, &error), &error));
    const qint64 id = InstitutionRepository(t.get()).all().first().id;
    const QString before = dumpTables(t.get());
    CHECK_FALSE(institutioncommands::edit(t.get(), id, {{QStringLiteral("slots"), -5}}, &error));
    CHECK(error.contains(QStringLiteral("托位数")));
    CHECK_FALSE(
        institutioncommands::edit(t.get(), id, {{QStringLiteral("puhui_slots"), 41}}, &error));
    CHECK(error.contains(QStringLiteral("普惠托位")));
    CHECK_FALSE(institutioncommands::edit(
        t.get(), id, {{QStringLiteral("filed_date"), QStringLiteral("2024-02-30")}}, &error));
    CHECK(error.contains(QStringLiteral("日期")));
    CHECK_FALSE(institutioncommands::edit(t.get(), id, {{QStringLiteral("no_such"), 1}}, &error));
    CHECK_FALSE(institutioncommands::remove(t.get(), 999, &error));
    CHECK(dumpTables(t.get()) == before);
}

TEST_CASE("The audit log reads back a record's edits, undo and redo, newest first")
{
    test::TempWorkspace t;
    QString error;
    const qint64 id = addQingqingteng(t);
    REQUIRE(t->execute(
        institutioncommands::edit(t.get(), id, {{QStringLiteral("slots"), 60}}, &error), &error));
    t->undoStack()->undo();
    t->undoStack()->redo();
    const QList<AuditEntry> entries =
        AuditLogRepository(t.get()).forRecord(QStringLiteral("institution"), id);
    REQUIRE(entries.size() >= 4);
    CHECK(entries[0].action == QStringLiteral("redo"));
    CHECK(entries[0].field == QStringLiteral("slots"));
    CHECK(entries[0].oldValue == QStringLiteral("40"));
    CHECK(entries[0].newValue == QStringLiteral("60"));
    CHECK(entries[1].action == QStringLiteral("undo"));
    CHECK(entries.last().action == QStringLiteral("do"));
    CHECK(AuditLogRepository(t.get()).forRecord(QStringLiteral("institution"), id + 1).isEmpty());
}

TEST_CASE("Setting a task's status round-trips, done means 100 percent")
{
    test::TempWorkspace t;
    QString error;
    REQUIRE(t->execute(plancommands::create(t.get(), smallPlan(), &error), &error));
    PlanRepository plans(t.get());
    const qint64 taskId = plans.tasks(plans.plans().first().id).first().task.id;

    roundTrip(t, plancommands::setTaskStatus(t.get(), taskId, TaskStatus::InProgress, 40, &error));
    CHECK(plans.task(taskId)->task.status == TaskStatus::InProgress);
    CHECK(plans.task(taskId)->task.percent == 40);
    roundTrip(t, plancommands::setTaskStatus(t.get(), taskId, TaskStatus::Done, 40, &error));
    CHECK(plans.task(taskId)->task.percent == 100);
    CHECK_FALSE(plans.task(taskId)->overdue(QDate(2030, 1, 1)));

    CHECK_FALSE(plancommands::setTaskStatus(t.get(), taskId, TaskStatus::InProgress, 140, &error));
    CHECK_FALSE(plancommands::setTaskStatus(t.get(), 9999, TaskStatus::Done, 0, &error));
}

TEST_CASE("Mergeable field edits of the same field become one undo step, each audited")
{
    test::TempWorkspace t;
    QString error;
    Institution inst;
    inst.name = QStringLiteral("智慧树幼儿园");
    inst.slots = 40;
    REQUIRE(t->execute(institutioncommands::add(t.get(), inst, &error), &error));
    const qint64 id = InstitutionRepository(t.get()).all().first().id;
    const int depth = t->undoStack()->count();
    for (int slots : {41, 42, 43})
        REQUIRE(t->execute(std::make_unique<ChangeFieldCommand>(
                               t.get(), QStringLiteral("托位数"), QStringLiteral("institution"), id,
                               QStringLiteral("slots"), slots - 1, slots, true),
                           &error));
    CHECK(t->undoStack()->count() == depth + 1);
    CHECK(auditRows(t.get(), QStringLiteral("do")) == 1 + 3);
    t->undoStack()->undo();
    CHECK(InstitutionRepository(t.get()).byId(id)->slots == 40);
    t->undoStack()->redo();
    CHECK(InstitutionRepository(t.get()).byId(id)->slots == 43);
}

TEST_CASE("A command that fails in the database changes nothing and is not pushed")
{
    test::TempWorkspace t;
    QString error;
    const QString before = dumpTables(t.get());
    // A task for a project that does not exist violates a foreign key.
    auto bad = std::make_unique<WorkspaceCommand>(
        t.get(), QStringLiteral("坏命令"),
        QList<RowChange>{RowChange::insert(QStringLiteral("area"), 1,
                                           {{QStringLiteral("name"), QStringLiteral("甲")}}),
                         RowChange::insert(QStringLiteral("task"), 1,
                                           {{QStringLiteral("project_id"), 77},
                                            {QStringLiteral("text"), QStringLiteral("x")}})});
    CHECK_FALSE(t->execute(std::move(bad), &error));
    CHECK_FALSE(error.isEmpty());
    CHECK(dumpTables(t.get()) == before);
    CHECK(t->undoStack()->count() == 0);
    CHECK(auditRows(t.get()) == 0);
}

TEST_CASE("Batch rows keep every kind of value, and a bad or missing row undoes the whole batch")
{
    // On either backend (pg.core runs it on the server); the file's own binding is checked by
    // "A file's batches bind through SQLite's own API" below.
    test::TempWorkspace t;
    QString error;
    const QStringList columns = {QStringLiteral("name"),       QStringLiteral("kind"),
                                 QStringLiteral("slots"),      QStringLiteral("filed"),
                                 QStringLiteral("filed_date"), QStringLiteral("monthly_price_fen"),
                                 QStringLiteral("notes")};
    const QList<QVariantList> rows = {{QStringLiteral("天宁区“阳光”托育中心"),
                                       QStringLiteral("public"), qint64(30), true,
                                       QDate(2024, 3, 1), 120000.0, QVariant()},
                                      {QStringLiteral("=1+1"), QStringLiteral("private"), 0, false,
                                       QVariant(), QVariant(), QStringLiteral("备注𠀀")}};
    REQUIRE(t->execute(std::make_unique<WorkspaceCommand>(
                           t.get(), QStringLiteral("批量"),
                           QList<RowChange>{RowChange::insertBatch(QStringLiteral("institution"),
                                                                   columns, {5, 6}, rows)}),
                       &error));
    QSqlQuery q(t->db());
    REQUIRE(
        q.exec(QStringLiteral("SELECT id, name, slots, slots * 2, filed, filed_date, "
                              "monthly_price_fen, notes IS NULL FROM institution ORDER BY id")));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == 5);
    CHECK(q.value(1).toString() == QStringLiteral("天宁区“阳光”托育中心"));
    CHECK(q.value(2).toLongLong() == 30);
    CHECK(q.value(3).toString() == QStringLiteral("60")); // a whole number, not 60.0
    CHECK(q.value(4).toInt() == 1);
    CHECK(q.value(5).toString() == QStringLiteral("2024-03-01"));
    CHECK(q.value(6).toString() == QStringLiteral("120000")); // 120000.0 stored as whole fen
    CHECK(q.value(7).toInt() == 1);
    REQUIRE(q.next());
    CHECK(q.value(1).toString() == QStringLiteral("=1+1"));
    CHECK(q.value(4).toInt() == 0);
    CHECK(q.value(5).isNull());
    CHECK_FALSE(q.next());
    // Text keeps a character outside the BMP and each row its own short texts.
    REQUIRE(
        q.exec(QStringLiteral("SELECT notes, length(notes), kind FROM institution ORDER BY id")));
    REQUIRE(q.next());
    CHECK(q.value(2).toString() == QStringLiteral("public"));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("备注𠀀"));
    CHECK(q.value(1).toInt() == 3);
    CHECK(q.value(2).toString() == QStringLiteral("private"));

    // Undo deletes the batch, redo puts it back under the same ids.
    t->undoStack()->undo();
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM institution")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
    t->undoStack()->redo();
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM institution ORDER BY id")));
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    CHECK(ids.join(QLatin1Char(',')) == QStringLiteral("5,6"));

    // A negative slot count breaks the CHECK in the second row: the first row goes too.
    const QString before = dumpTables(t.get());
    const QList<QVariantList> bad = {
        {QStringLiteral("甲"), QStringLiteral("public"), 10, 0, QVariant(), QVariant(), QVariant()},
        {QStringLiteral("乙"), QStringLiteral("public"), -1, 0, QVariant(), QVariant(),
         QVariant()}};
    error.clear();
    CHECK_FALSE(t->execute(std::make_unique<WorkspaceCommand>(
                               t.get(), QStringLiteral("坏批量"),
                               QList<RowChange>{RowChange::insertBatch(
                                   QStringLiteral("institution"), columns, {7, 8}, bad)}),
                           &error));
    INFO(error.toStdString());
    CHECK(error.contains(QStringLiteral("CHECK"), Qt::CaseInsensitive));
    CHECK(dumpTables(t.get()) == before);

    // Deleting a batch with a row already gone refuses, and deletes none.
    error.clear();
    CHECK_FALSE(
        t->execute(std::make_unique<WorkspaceCommand>(
                       t.get(), QStringLiteral("删除"),
                       QList<RowChange>{RowChange::insertBatch(QStringLiteral("institution"),
                                                               columns, {5, 99}, {rows[0], rows[1]})
                                            .inverse()}),
                   &error));
    CHECK(error.contains(QStringLiteral("99")));
    CHECK(dumpTables(t.get()) == before);
}

TEST_CASE("A file's batches bind through SQLite's own API, which keeps whole numbers integers")
{
    test::TempWorkspace t;
    // Debian's Qt driver and vcpkg's run the system SQLite, so batches bind through its own API.
    REQUIRE(SqliteDialect::nativeHandle(t->db()) != nullptr);
    QString error;
    REQUIRE(t->execute(std::make_unique<WorkspaceCommand>(
                           t.get(), QStringLiteral("批量"),
                           QList<RowChange>{RowChange::insertBatch(
                               QStringLiteral("institution"),
                               {QStringLiteral("name"), QStringLiteral("slots"),
                                QStringLiteral("monthly_price_fen")},
                               {5}, {{QStringLiteral("甲"), qint64(30), 120000.0}})}),
                       &error));
    QSqlQuery q(t->db());
    REQUIRE(q.exec(QStringLiteral(
        "SELECT typeof(slots), typeof(monthly_price_fen) FROM institution WHERE id = 5")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("integer"));
    CHECK(q.value(1).toString() == QStringLiteral("integer"));
}

TEST_CASE("A big commit leaves its log for the idle moment: the file catches up when events run")
{
    test::TempWorkspace t;
    REQUIRE(t->journalMode() == QLatin1String("wal"));
    QString error;
    const QStringList columns = {QStringLiteral("name"), QStringLiteral("slots")};
    QList<qint64> ids;
    QList<QVariantList> rows;
    for (int i = 0; i < 20000; ++i) {
        ids << 100 + i;
        // Long names: 20,000 rows fill well over the 1,000 log pages that call for a checkpoint.
        rows << QVariantList{QString(100, u'托') + QString::number(i), i % 90};
    }
    const qint64 before = QFileInfo(t.path()).size();
    REQUIRE(t->execute(std::make_unique<WorkspaceCommand>(
                           t.get(), QStringLiteral("大批量"),
                           QList<RowChange>{RowChange::insertBatch(QStringLiteral("institution"),
                                                                   columns, ids, rows)},
                           WorkspaceCommand::AuditMode::Summary, QStringLiteral("大批量")),
                       &error));
    // Committed: the rows are there for every reader, from the log.
    QSqlQuery q(t->db());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*), SUM(slots) FROM institution")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 20000);
    CHECK(QFileInfo(t.path()).size() == before);
    CHECK(QFileInfo(t.path() + QStringLiteral("-wal")).size() > 1000 * 4096);
    // The checkpoint runs from the event loop (with no statement left open on the connection).
    q.finish();
    QCoreApplication::processEvents();
    CHECK(QFileInfo(t.path()).size() > before + 1000 * 4096);
    // Closing and opening again finds everything.
    const QString path = t.path();
    t.ws.reset();
    auto again = Workspace::open(path, &error);
    REQUIRE(again);
    QSqlQuery r(again->db());
    REQUIRE(r.exec(QStringLiteral("SELECT COUNT(*) FROM institution")));
    REQUIRE(r.next());
    CHECK(r.value(0).toInt() == 20000);
}

TEST_CASE("Population figures are set per year, round-trip, and unlock the per-1000 indicators")
{
    test::TempWorkspace t;
    QString error;
    REQUIRE(
        t->execute(plancommands::create(
                       t.get(), *TemplateLibrary::load(QStringLiteral("tunliu"), &error), &error),
                   &error));
    roundTrip(t, plancommands::setPopulation(t.get(), 2024, 262000, 6100,
                                             QStringLiteral("统计公报"), &error));
    roundTrip(t, plancommands::setPopulation(t.get(), 2024, 262200, std::nullopt, QString(),
                                             &error)); // update
    CHECK_FALSE(plancommands::setPopulation(t.get(), 2024, 100, 500, QString(), &error));
    CHECK(error.contains(QStringLiteral("不能多于")));
    CHECK_FALSE(plancommands::setPopulation(t.get(), 2024, -5, std::nullopt, QString(), &error));
}
