// Accepting a read 实施方案: corrections before accepting (planreadingedits), the money read as
// draft subsidy rules that pay nothing until switched on, the 附件 tables imported, a new
// workspace never written over an existing file, and a new plan undone in one step.

#include "plandocx.h"
#include "planreader/planacceptance.h"
#include "planreader/planreader.h"
#include "planreader/planreadingedits.h"
#include "session/workspace.h"
#include "storage/planrepository.h"
#include "storage/sqlquery.h"
#include "testworkspace.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace tuoyu;
using planreadingedits::ItemPath;

namespace {

PlanReading readSeed(const char *seed)
{
    return test::readPlanFile(QStringLiteral(TUOYU_SHARED_DIR "/seeds/") +
                              QString::fromLatin1(seed));
}

int count(Workspace *ws, const QString &sql)
{
    SqlQuery q(ws->db());
    q.exec(sql);
    return q.next() ? q.value(0).toInt() : -1;
}

} // namespace

TEST_CASE("Corrections before accepting: text, deadline, units, level and drops keep the reading "
          "parallel")
{
    PlanReading r = readSeed("002_39b96be740c4cc40.txt");
    const int programs = int(r.draft.programs.size());
    const int projects0 = int(r.draft.programs[0].projects.size());
    QString error;
    const ItemPath task{0, 0, 0};
    REQUIRE(planreadingedits::setText(r, task, QStringLiteral("改过的任务"), &error));
    CHECK(r.draft.programs[0].projects[0].tasks[0].text == QStringLiteral("改过的任务"));
    REQUIRE(planreadingedits::setDeadline(r, task, QStringLiteral("2025年6月底前"), &error));
    CHECK(r.programs[0].projects[0].tasks[0].deadline == QDate(2025, 6, 30));
    REQUIRE(planreadingedits::setDepartments(
        r, task, QStringLiteral("区教育局、区卫健局，各区、县级市"), &error));
    CHECK(r.draft.programs[0].projects[0].tasks[0].departments ==
          QStringList{QStringLiteral("区教育局"), QStringLiteral("区卫健局"),
                      QStringLiteral("各区、县级市")});
    CHECK(r.programs[0].projects[0].tasks[0].leadConfidence == ReadConfidence::Labelled);
    // an empty text is refused, naming what to do instead; nothing changes
    CHECK_FALSE(planreadingedits::setText(r, task, QStringLiteral("  "), &error));
    CHECK(error.contains(QStringLiteral("删除")));
    CHECK_FALSE(planreadingedits::setText(r, ItemPath{99, 0, 0}, QStringLiteral("x"), &error));

    // a task that is a project: promoted, then demoted back into the project before it
    const auto promoted = planreadingedits::promote(r, task, &error);
    REQUIRE(promoted);
    CHECK(*promoted == ItemPath{0, 1, -1});
    CHECK(r.draft.programs[0].projects.size() == projects0 + 1);
    CHECK(r.programs[0].projects.size() == r.draft.programs[0].projects.size());
    CHECK(r.draft.programs[0].projects[1].title == QStringLiteral("改过的任务"));
    const auto demoted = planreadingedits::demote(r, *promoted, &error);
    REQUIRE(demoted);
    CHECK(r.draft.programs[0].projects.size() == projects0);
    // a project that is a program, and back
    if (projects0 > 1) {
        const auto program = planreadingedits::promote(r, ItemPath{0, 1, -1}, &error);
        REQUIRE(program);
        CHECK(r.draft.programs.size() == programs + 1);
        CHECK(r.draft.programs[0].projects.size() == 1);
        CHECK(r.programs.size() == r.draft.programs.size());
        REQUIRE(planreadingedits::demote(r, *program, &error));
        CHECK(r.draft.programs.size() == programs);
    }
    // nothing above a program, nothing below a task
    CHECK_FALSE(planreadingedits::promote(r, ItemPath{0, -1, -1}, &error));
    CHECK(error.contains(QStringLiteral("最高")));
    CHECK_FALSE(planreadingedits::demote(r, ItemPath{0, 0, 0}, &error));
    CHECK(error.contains(QStringLiteral("最低")));
    // drops
    REQUIRE(planreadingedits::remove(r, ItemPath{0, -1, -1}, &error));
    CHECK(r.draft.programs.size() == programs - 1);
    CHECK(r.programs.size() == r.draft.programs.size());
    const int indicators = int(r.draft.indicators.size());
    REQUIRE(indicators > 0);
    REQUIRE(planreadingedits::setIndicatorTarget(r, 0, QStringLiteral("≤"), 7.5, &error));
    CHECK(r.draft.indicators[0].direction == Direction::AtMost);
    CHECK(r.draft.indicators[0].finalTarget()->value == 7.5);
    CHECK_FALSE(planreadingedits::setIndicatorTarget(r, 0, QStringLiteral("约"), 1, &error));
    REQUIRE(planreadingedits::removeIndicator(r, 0, &error));
    CHECK(r.indicatorSources.size() == r.draft.indicators.size());
    REQUIRE(planreadingedits::setSubsidyAmount(r, 0, QStringLiteral("1.5万元"), &error));
    CHECK(r.subsidyRules[0].amount.fen() == 1'500'000);
    CHECK_FALSE(planreadingedits::setSubsidyAmount(r, 0, QStringLiteral("很多"), &error));
}

TEST_CASE("Accepting a seed: money as draft subsidy rules, switched off, with their sentences")
{
    for (const char *seed :
         {"002_39b96be740c4cc40.txt", "003_5ea909ee7ef15ccd.txt", "004_87f4c0b2e6c76512.txt"}) {
        INFO(seed);
        const PlanReading r = readSeed(seed);
        REQUIRE_FALSE(r.subsidyRules.isEmpty());
        QTemporaryDir dir;
        const test::WorkspacePlace place(dir, QStringLiteral("w.tuoyu"));
        QString error;
        planacceptance::Accepted accepted;
        auto ws = planacceptance::createWorkspace(place.path, r, &accepted, &error);
        REQUIRE(ws);
        CHECK(accepted.subsidyDrafts == r.subsidyRules.size());
        CHECK(count(ws.get(), QStringLiteral("SELECT COUNT(*) FROM subsidy_rule")) ==
              r.subsidyRules.size());
        // nothing is paid under a rule nobody confirmed
        CHECK(count(ws.get(),
                    QStringLiteral("SELECT COUNT(*) FROM subsidy_rule WHERE enabled = 1")) == 0);
        CHECK(count(ws.get(), QStringLiteral("SELECT COUNT(*) FROM subsidy_rule WHERE source_text "
                                             "IS NULL OR name NOT LIKE '（草稿）%'")) == 0);
        CHECK_FALSE(ws->undoStack()->canUndo()); // a new file starts with nothing to undo
    }
    // 004: 一次性奖补20万元 at least (不低于) → a floor; 10000元 per slot
    const PlanReading r = readSeed("004_87f4c0b2e6c76512.txt");
    const SubsidyRule slot = planacceptance::ruleDraft(r.subsidyRules[0], r.draft.plan);
    CHECK(slot.kind == QStringLiteral("per_slot_once"));
    CHECK(slot.amountFen == 1'000'000);
    CHECK_FALSE(slot.enabled);
    bool floorSeen = false;
    for (const auto &read : r.subsidyRules)
        if (read.limit == QStringLiteral("floor"))
            floorSeen = planacceptance::ruleDraft(read, r.draft.plan).amountIsFloor();
    CHECK(floorSeen);
    // 002: 每人每月最高300元 → per child and month, capped
    const PlanReading q = readSeed("002_39b96be740c4cc40.txt");
    const SubsidyRule month = planacceptance::ruleDraft(q.subsidyRules[0], q.draft.plan);
    CHECK(month.kind == QStringLiteral("per_child_month"));
    CHECK(month.capFen == std::optional<qint64>(30'000));
}

TEST_CASE("Accepting a seed: its 附件 tables imported through their import kinds")
{
    QTemporaryDir dir;
    QString error;
    {
        // 000: 附件2 is the list of institutions
        const PlanReading r = readSeed("000_c434aad29af08d1e.txt");
        planacceptance::Accepted accepted;
        const test::WorkspacePlace place(dir, QStringLiteral("a.tuoyu"));
        auto ws = planacceptance::createWorkspace(place.path, r, &accepted, &error);
        REQUIRE(ws);
        CHECK(accepted.warnings.isEmpty());
        REQUIRE(accepted.attachments.size() == 1);
        CHECK(count(ws.get(), QStringLiteral("SELECT COUNT(*) FROM institution")) >= 20);
    }
    {
        // 004: the 任务分解表 goes into the new plan's decomposition
        const PlanReading r = readSeed("004_87f4c0b2e6c76512.txt");
        planacceptance::Accepted accepted;
        const test::WorkspacePlace place(dir, QStringLiteral("b.tuoyu"));
        auto ws = planacceptance::createWorkspace(place.path, r, &accepted, &error);
        REQUIRE(ws);
        INFO(accepted.warnings.join(QLatin1Char('\n')).toStdString());
        CHECK(accepted.attachments.size() == 1);
        CHECK(count(ws.get(), QStringLiteral("SELECT COUNT(*) FROM decomposition_item")) > 0);
    }
}

TEST_CASE("Accepting: an existing file is never overwritten, and a plan beside others is one undo")
{
    QTemporaryDir dir;
    // the file already there: a seed's text, which must come out as it went in
    const QString seed = QStringLiteral(TUOYU_SHARED_DIR "/seeds/002_39b96be740c4cc40.txt");
    const QString path = dir.filePath(QStringLiteral("taken.tuoyu"));
    REQUIRE(QFile::copy(seed, path));
    const PlanReading r = readSeed("002_39b96be740c4cc40.txt");
    QString error;
    CHECK_FALSE(planacceptance::createWorkspace(path, r, nullptr, &error));
    CHECK(error.contains(QStringLiteral("taken.tuoyu")));
    CHECK(error.contains(QStringLiteral("不会覆盖")));
    CHECK(QFileInfo(path).size() == QFileInfo(seed).size());

    // a second plan, with an attachment, beside the one a workspace has
    const test::WorkspacePlace place(dir, QStringLiteral("w.tuoyu"));
    auto ws = planacceptance::createWorkspace(place.path, r, nullptr, &error);
    REQUIRE(ws);
    const PlanReading zero = readSeed("000_c434aad29af08d1e.txt"); // with an attachment
    const auto accepted = planacceptance::addPlan(ws.get(), zero, QString(), &error);
    REQUIRE(accepted);
    CHECK(PlanRepository(ws.get()).plans().size() == 2);
    ws->undoStack()->undo(); // the plan and its attachment together
    CHECK(PlanRepository(ws.get()).plans().size() == 1);
}
