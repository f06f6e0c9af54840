// Deleting a record takes its 佐证材料 with it, undoably: a task (with its progress entries'
// files), a progress entry, a subsidy rule's claims. A content still shown elsewhere stays.

#include "commands/evidencecommands.h"
#include "commands/outlinecommands.h"
#include "commands/taskcommands.h"
#include "evidence/evidence.h"
#include "report/reportbuilder.h"
#include "storage/planrepository.h"
#include "testworkspace.h"

#include <QFile>
#include <QSqlQuery>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace tuoyu;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile f(dir.filePath(name));
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(content) == content.size());
    return f.fileName();
}

qint64 rows(Workspace *ws, const QString &table)
{
    return test::scalar(ws, QStringLiteral("SELECT COUNT(*) FROM ") + table);
}

} // namespace

TEST_CASE("Deleting a task removes its evidence and its progress entries' evidence, undoably")
{
    test::TempWorkspace t;
    const QList<TaskView> tasks =
        PlanRepository(t.get()).tasks(test::createPlan(t.get(), QStringLiteral("tunliu")));
    const qint64 task = tasks.value(0).task.id;
    const qint64 other = tasks.value(1).task.id;
    REQUIRE(other != 0);
    const QString report = writeFile(t.dir, QStringLiteral("验收报告.pdf"), "%PDF-1.4 验收");
    const QString photo = writeFile(t.dir, QStringLiteral("现场照片.jpg"), "\xff\xd8\xff photo");
    const QString voucher = writeFile(t.dir, QStringLiteral("拨付凭证.pdf"), "%PDF-1.4 凭证");
    QString error;
    test::execute(t.get(),
                  taskcommands::addProgress(t.get(), task, QDate(2024, 5, 6),
                                            QStringLiteral("完成验收"), 80, &error),
                  error);
    const qint64 entry = PlanRepository(t.get()).progress(task).last().id;
    test::execute(
        t.get(),
        evidencecommands::attach(t.get(), EvidenceTarget::Task, task, {report, photo}, &error),
        error);
    test::execute(
        t.get(),
        evidencecommands::attach(t.get(), EvidenceTarget::Progress, entry, {voucher}, &error),
        error);
    // The photo is shown by the other task too: its content must stay.
    test::execute(t.get(),
                  evidencecommands::attach(t.get(), EvidenceTarget::Task, other, {photo}, &error),
                  error);
    REQUIRE(rows(t.get(), QStringLiteral("evidence")) == 4);
    REQUIRE(rows(t.get(), QStringLiteral("evidence_blob")) == 3);

    const outlinecommands::Item item{outlinecommands::Level::Task, task};
    CHECK(outlinecommands::removal(t.get(), item).evidence == 3);
    CHECK(outlinecommands::removal(t.get(), item).text().contains(QStringLiteral("3 个佐证材料")));
    test::doUndoRedo(t, outlinecommands::remove(t.get(), item, &error), error);
    CHECK(rows(t.get(), QStringLiteral("evidence")) == 1);
    CHECK(rows(t.get(), QStringLiteral("evidence_blob")) == 1); // the shared photo
    CHECK(evidence::ofTask(*t.get(), other).size() == 1);
    CHECK(evidence::ofTask(*t.get(), task).isEmpty());

    t->undoStack()->undo();
    REQUIRE(evidence::ofTask(*t.get(), task).size() == 3);
    // A progress entry deleted alone takes its own file; undo brings it back.
    test::doUndoRedo(t, taskcommands::removeProgress(t.get(), entry, &error), error);
    CHECK(evidence::ofTask(*t.get(), task).size() == 2);
    CHECK(rows(t.get(), QStringLiteral("evidence_blob")) == 2);
}

TEST_CASE("Deleting a program takes the evidence of all its tasks, a content shared by two once")
{
    test::TempWorkspace t;
    const qint64 plan = test::createPlan(t.get(), QStringLiteral("tianning"));
    const QList<TaskView> tasks = PlanRepository(t.get()).tasks(plan);
    QList<qint64> sameProgram;
    for (const TaskView &v : tasks)
        if (v.programId == tasks[0].programId)
            sameProgram << v.task.id;
    REQUIRE(sameProgram.size() >= 2);
    const QString photo = writeFile(t.dir, QStringLiteral("照片.jpg"), "\xff\xd8\xff same");
    QString error;
    for (qint64 id : sameProgram.mid(0, 2))
        test::execute(t.get(),
                      evidencecommands::attach(t.get(), EvidenceTarget::Task, id, {photo}, &error),
                      error);
    test::doUndoRedo(t,
                     outlinecommands::remove(
                         t.get(), {outlinecommands::Level::Program, tasks[0].programId}, &error),
                     error);
    CHECK(rows(t.get(), QStringLiteral("evidence")) == 0);
    CHECK(rows(t.get(), QStringLiteral("evidence_blob")) == 0);
}

TEST_CASE("The progress report's 任务台账 lists each task's evidence by file name")
{
    test::TempWorkspace t;
    const qint64 plan = test::createPlan(t.get(), QStringLiteral("tunliu"));
    const qint64 task = PlanRepository(t.get()).tasks(plan).value(0).task.id;
    REQUIRE(task != 0);
    QString error;
    test::execute(t.get(),
                  evidencecommands::attach(
                      t.get(), EvidenceTarget::Task, task,
                      {writeFile(t.dir, QStringLiteral("验收报告.pdf"), "%PDF-1.4 a"),
                       writeFile(t.dir, QStringLiteral("现场照片.jpg"), "\xff\xd8\xff b")},
                      &error),
                  error);
    ReportOptions o;
    o.kind = ReportKind::Progress;
    o.planId = plan;
    o.asOf = QDate(2024, 9, 15);
    const document::OfficialDocument doc = ReportBuilder::build(t.get(), o, &error);
    REQUIRE(error.isEmpty());
    REQUIRE(doc.attachments.size() == 2);
    const document::TableBlock *tasks = doc.attachments[1].blocks.first().asTable();
    REQUIRE(tasks);
    CHECK(tasks->headerRows.first().constLast() == QStringLiteral("佐证材料"));
    CHECK(tasks->rows.first().constLast() == QStringLiteral("验收报告.pdf、现场照片.jpg"));
    CHECK(tasks->rows.at(1).constLast().isEmpty());
}

TEST_CASE("A task with evidence is not raised to a project: the files would have no record")
{
    test::TempWorkspace t;
    const qint64 plan = test::createPlan(t.get(), QStringLiteral("tunliu"));
    const qint64 task = PlanRepository(t.get()).tasks(plan).value(0).task.id;
    REQUIRE(task != 0);
    QString error;
    test::execute(t.get(),
                  evidencecommands::attach(
                      t.get(), EvidenceTarget::Task, task,
                      {writeFile(t.dir, QStringLiteral("验收报告.pdf"), "%PDF-1.4 a")}, &error),
                  error);
    const QString before = test::dumpTables(t.get());
    CHECK_FALSE(outlinecommands::outdent(t.get(), {outlinecommands::Level::Task, task}, &error));
    CHECK(error.contains(QStringLiteral("有 1 条进展、延期记录或佐证材料")));
    CHECK(test::dumpTables(t.get()) == before);
}

TEST_CASE(
    "A 督办单 names the evidence of a task under its words, and a task without it reads as before")
{
    test::TempWorkspace t;
    const qint64 plan = test::createPlan(t.get(), QStringLiteral("tunliu"));
    ReportOptions o;
    o.kind = ReportKind::Supervision;
    o.planId = plan;
    o.asOf = QDate(2024, 9, 15);
    QString error;
    const auto firstTable = [&] {
        const document::OfficialDocument doc = ReportBuilder::build(t.get(), o, &error);
        REQUIRE(error.isEmpty());
        for (const document::Block &b : doc.blocks)
            if (const document::TableBlock *table = b.asTable(); table && b.id.endsWith(".table"))
                return *table;
        FAIL("no department's table");
        return document::TableBlock();
    };
    const document::TableBlock before = firstTable();
    REQUIRE(before.rows.size() >= 2);
    // The first task of the first department's notice.
    const QString words = before.rows[0][1];
    qint64 task = 0;
    for (const TaskView &v : PlanRepository(t.get()).tasks(plan))
        if (v.task.text == words)
            task = v.task.id;
    REQUIRE(task != 0);
    test::execute(t.get(),
                  taskcommands::addProgress(t.get(), task, QDate(2024, 9, 1),
                                            QStringLiteral("完成验收"), 80, &error),
                  error);
    const qint64 entry = PlanRepository(t.get()).progress(task).last().id;
    test::execute(t.get(),
                  evidencecommands::attach(
                      t.get(), EvidenceTarget::Task, task,
                      {writeFile(t.dir, QStringLiteral("验收报告.pdf"), "%PDF-1.4 a")}, &error),
                  error);
    test::execute(t.get(),
                  evidencecommands::attach(
                      t.get(), EvidenceTarget::Progress, entry,
                      {writeFile(t.dir, QStringLiteral("现场照片.jpg"), "\xff\xd8\xff b")}, &error),
                  error);
    const document::TableBlock after = firstTable();
    REQUIRE(after.rows.size() == before.rows.size());
    CHECK(after.headerRows == before.headerRows);
    CHECK(after.columnWidths == before.columnWidths);
    CHECK(after.rows[0][1] == words + QStringLiteral("\n佐证材料：验收报告.pdf、现场照片.jpg"));
    // The other tasks, without evidence, read as before.
    for (qsizetype r = 1; r < after.rows.size(); ++r)
        CHECK(after.rows[r][1] == before.rows[r][1]);
}
