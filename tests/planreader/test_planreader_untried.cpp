// Plan documents in layouts the reader was not written against (tests/data/planreader, made by
// make_documents.py with python-docx, and webpage.docx converted from webpage.html by
// LibreOffice): what it gets out of each, counted and named. docs/plan-reader.md keeps the table.

#include "plandocx.h"
#include "planreader/planreader.h"

#include <catch2/catch.hpp>

using namespace tuoyu;

namespace {

PlanReading readData(const char *file)
{
    return test::readPlanFile(QStringLiteral(TUOYU_TEST_DATA_DIR "/planreader/") +
                              QString::fromLatin1(file));
}

int taskCount(const PlanDraft &d)
{
    int n = 0;
    for (const auto &program : d.programs)
        for (const auto &project : program.projects)
            n += int(project.tasks.size());
    return n;
}

const PlanDraft::TaskDraft &task(const PlanDraft &d, int program, int project)
{
    return d.programs.at(program).projects.at(project).tasks.at(0);
}

} // namespace

TEST_CASE("Untried layout: 一、（一）1.（1）① numbering with units in parentheses (python-docx)")
{
    const PlanReading r = readData("deep_numbering.docx");
    const PlanDraft &d = r.draft;
    REQUIRE(d.programs.size() == 3); // （一）（二）（三）; 一、二、三、 are sections, not programs
    CHECK(d.programs[0].title == QStringLiteral("扩大普惠托育服务供给"));
    CHECK(d.programs[0].projects.size() == 3);
    CHECK(d.programs[1].projects.size() == 2);
    CHECK(d.programs[2].projects.size() == 1);
    CHECK(taskCount(d) == 6);
    CHECK(d.plan.periodStart == QDate(2024, 1, 1));
    CHECK(d.plan.periodEnd == QDate(2026, 12, 31));
    // deadlines worded four ways: a date inside the text, 长期坚持, 年内, an inline 完成时限：
    CHECK(task(d, 0, 0).deadlineText == QStringLiteral("2025年12月底前"));
    CHECK(task(d, 0, 1).deadlineText == QStringLiteral("2026年6月底前"));
    CHECK(task(d, 0, 2).deadlineText == QStringLiteral("长期坚持"));
    CHECK(task(d, 1, 1).deadlineText == QStringLiteral("2025年内"));
    CHECK(task(d, 2, 0).deadlineText == QStringLiteral("2024年起每年"));
    // leads from （牵头单位：…；配合单位：…）, lead first; 各乡镇人民政府 kept as written
    CHECK(task(d, 0, 0).departments == QStringList{QStringLiteral("县卫生健康局"),
                                                   QStringLiteral("县发展改革局"),
                                                   QStringLiteral("县财政局")});
    CHECK(task(d, 0, 1).departments.value(1) == QStringLiteral("各乡镇人民政府"));
    CHECK(task(d, 1, 0).departments.value(0) == QStringLiteral("县人力资源社会保障局"));
    // （1）（2）and ①② stay inside the task's text
    CHECK(task(d, 1, 0).text.contains(QStringLiteral("①开展保育员岗前培训")));
    REQUIRE(d.indicators.size() == 3);
    CHECK(d.indicators[0].finalTarget()->value == 4.5);
    CHECK(d.indicators[1].direction == Direction::AtLeast);
    // money: per slot (托位每个 1万元) apart from per child per month (200元) in one sentence
    REQUIRE(r.subsidyRules.size() == 2);
    CHECK(r.subsidyRules[0].kind == QStringLiteral("per_slot"));
    CHECK(r.subsidyRules[0].amount.fen() == 1'000'000);
    CHECK(r.subsidyRules[1].kind == QStringLiteral("per_child_month"));
    CHECK(r.subsidyRules[1].amount.fen() == 20'000);
}

TEST_CASE(
    "Untried layout: the tasks only in a Word table, deadlines 第三季度 / 上半年 / 每年12月前")
{
    const PlanReading r = readData("task_table.docx");
    const PlanDraft &d = r.draft;
    REQUIRE(d.programs.size() == 3); // the 重点任务 column
    CHECK(d.programs[0].title == QStringLiteral("扩大服务供给"));
    CHECK(taskCount(d) == 5);
    CHECK(task(d, 0, 0).deadlineText == QStringLiteral("2025年第三季度"));
    CHECK(r.programs[0].projects[0].tasks[0].deadline == QDate(2025, 9, 30));
    CHECK(task(d, 1, 1).deadlineText == QStringLiteral("2026年上半年"));
    CHECK(task(d, 1, 0).deadlineText == QStringLiteral("每年12月前"));
    CHECK(task(d, 2, 0).deadlineText == QStringLiteral("长期坚持"));
    CHECK(task(d, 0, 1).departments ==
          QStringList{QStringLiteral("区总工会"), QStringLiteral("区卫健局")});
    CHECK(task(d, 1, 1).departments.size() == 3);
    CHECK(d.indicators.size() == 2);
    REQUIRE(r.attachments.size() == 1);
    CHECK(r.attachments[0].readAsOutline); // not imported a second time on accept
}

TEST_CASE("Untried layout: headings shown only by bold type (python-docx)")
{
    const PlanReading r = readData("bold_headings.docx");
    const PlanDraft &d = r.draft;
    REQUIRE(d.programs.size() == 2);
    CHECK(d.programs[0].title == QStringLiteral("扩大托育服务供给"));
    CHECK(d.programs[0].number.isEmpty()); // the document prints no number
    REQUIRE(d.programs[0].projects.size() == 2);
    CHECK(d.programs[0].projects[0].title == QStringLiteral("建设社区托育点"));
    CHECK(d.programs[1].projects.size() == 1);
    CHECK(taskCount(d) == 3);
    CHECK(task(d, 0, 0).deadlineText == QStringLiteral("2025年9月底前"));
    CHECK(task(d, 0, 0).departments.value(0) == QStringLiteral("街道社区服务中心"));
    CHECK(task(d, 1, 0).deadlineText == QStringLiteral("每季度"));
    REQUIRE(d.indicators.size() == 1);
    CHECK(d.indicators[0].finalTarget()->year == 2025);
}

TEST_CASE("Untried layout: a web page converted to .docx by LibreOffice (Word list numbering)")
{
    const PlanReading r = readData("webpage.docx");
    const PlanDraft &d = r.draft;
    CHECK(d.plan.title == QStringLiteral("某市关于促进托育服务高质量发展的实施意见"));
    REQUIRE(d.programs.size() == 2);
    CHECK(d.programs[1].title == QStringLiteral("强化托育服务保障"));
    CHECK(d.programs[0].projects.size() == 2);
    CHECK(taskCount(d) == 4);
    // the text after the title is only when it is due: the title is the task
    CHECK(task(d, 0, 0).text.startsWith(QStringLiteral("实施公办托育服务能力建设项目")));
    CHECK(task(d, 0, 0).deadlineText == QStringLiteral("2025年底前"));
    CHECK(task(d, 0, 1).deadlineText == QStringLiteral("2025年6月底前"));
    CHECK(task(d, 1, 1).deadlineText == QStringLiteral("持续推进"));
    CHECK(task(d, 0, 0).departments.value(0) == QStringLiteral("市卫健委"));
    CHECK(task(d, 1, 0).departments ==
          QStringList{QStringLiteral("市财政局"), QStringLiteral("市卫健委")});
    REQUIRE(d.indicators.size() == 2);
    CHECK(d.indicators[1].finalTarget()->value == 60);
    REQUIRE(r.subsidyRules.size() == 1);
    CHECK(r.subsidyRules[0].kind == QStringLiteral("per_slot"));
    CHECK(r.subsidyRules[0].amount.fen() == 500'000);
}
