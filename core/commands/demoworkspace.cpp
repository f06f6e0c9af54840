#include "demoworkspace.h"

#include "institutioncommands.h"
#include "oversightcommands.h"
#include "plancommands.h"
#include "session/workspace.h"
#include "storage/institutionrepository.h"
#include "storage/planrepository.h"
#include "subsidy/ledgerline.h"
#include "subsidycommands.h"
#include "taskcommands.h"
#include "workspacecommand.h"

#include "storage/sqlquery.h"

#include <algorithm>

namespace tuoyu::demoworkspace {

namespace {

const QString kAsOfKey = QStringLiteral("demo_as_of");
const QString kSource = QStringLiteral("示例数据（非官方统计，仅供演示）");

bool run(Workspace *ws, std::unique_ptr<WorkspaceCommand> command, QString *error)
{
    return command && ws->execute(std::move(command), error);
}

/// What happened to one task in the demo's year: 进展 entries, then maybe 办结.
struct Story
{
    QString words; ///< a phrase of the task's text that finds it
    QList<std::tuple<QDate, QString, int>> entries;
    QDate closed;
};

/// The 奖补 page's whole cycle on one month: a rule, its ledger, a fund, 审核 and 拨付. The plan
/// names a subsidy by enrolment and months without an amount, so the demo's rule is marked as an
/// example.
bool payOneMonth(Workspace *ws, qint64 planId, const QString &month, QString *error)
{
    const qint64 ruleId = ws->allocateId(QStringLiteral("subsidy_rule"));
    const QString name = QStringLiteral("示例：按入托人数和月数补助（金额为示例）");
    auto rule = std::make_unique<WorkspaceCommand>(
        ws, QStringLiteral("新增奖补规则“%1”").arg(name),
        QList<RowChange>{
            RowChange::insert(QStringLiteral("subsidy_rule"), ruleId,
                              {{QStringLiteral("plan_id"), planId},
                               {QStringLiteral("seq"), 1},
                               {QStringLiteral("name"), name},
                               {QStringLiteral("kind"), QStringLiteral("per_child_month")},
                               {QStringLiteral("amount_fen"), 20000},
                               {QStringLiteral("unit"), QStringLiteral("元/人/月")},
                               {QStringLiteral("conditions"), QStringLiteral("{\"puhui\": true}")},
                               {QStringLiteral("fund_use"), QStringLiteral("operation")},
                               {QStringLiteral("valid_from"), QStringLiteral("2024-01-01")},
                               {QStringLiteral("valid_to"), QStringLiteral("2024-12-31")},
                               {QStringLiteral("enabled"), 1},
                               {QStringLiteral("source_text"), kSource}})});
    if (!run(ws, std::move(rule), error) ||
        !run(ws, subsidycommands::refreshLedger(ws, planId, asOf().year(), error), error) ||
        !run(ws,
             subsidycommands::addFund(ws, planId, QStringLiteral("示例：托育服务补助资金"),
                                      QStringLiteral("省"), asOf().year(), 100000000, error),
             error))
        return false;
    SqlQuery q(ws->db());
    q.exec(QStringLiteral("SELECT id FROM fund WHERE plan_id = ? ORDER BY id DESC"), {planId});
    if (!q.next()) {
        *error = QStringLiteral("示例资金没有记下");
        return false;
    }
    const qint64 fundId = q.value(0).toLongLong();
    // Only what awaits review is paid: an unfiled institution's line stays refused.
    q.prepare(QStringLiteral(
        "SELECT id FROM ledger_line WHERE plan_id = ? AND period = ? AND status = ?"));
    q.addBindValue(planId);
    q.addBindValue(month);
    q.addBindValue(ledgerStatusCode(LedgerStatus::Computed));
    QList<qint64> lines;
    if (q.exec())
        while (q.next())
            lines << q.value(0).toLongLong();
    if (lines.isEmpty())
        return true; // nothing to pay: the ledger page then shows its empty state
    return run(ws, subsidycommands::approve(ws, lines, fundId, error), error) &&
           run(ws,
               subsidycommands::pay(ws, lines, fundId, asOf().addDays(-4),
                                    QStringLiteral("示例-%1").arg(month), error),
               error);
}

} // namespace

QDate asOf()
{
    // Mid-December: the year-end deadlines are due soon (nine working days ahead, inside the
    // default window of ten), so the 督办 lists have work in them, while the July task shows a
    // finished story.
    return QDate(2024, 12, 18);
}

QDate defaultAsOf(const Workspace *workspace)
{
    return workspace ? QDate::fromString(workspace->info(kAsOfKey), Qt::ISODate) : QDate();
}

/// Three autumn inspections: one 整改 done, one pending and due, one overdue on the demo's day
/// (the 概览 list and the 督办单's own section show it).
bool inspect(Workspace *ws, const QList<Institution> &institutions, QString *error)
{
    struct Visit
    {
        QDate on;
        InspectionKind kind;
        const char *findings;
        QDate by;
        RectifyStatus status;
        QDate done;
    };
    const Visit visits[] = {
        {QDate(2024, 9, 10), InspectionKind::Special, "收费标准未在显著位置公示",
         QDate(2024, 10, 10), RectifyStatus::Done, QDate(2024, 10, 8)},
        {QDate(2024, 10, 15),
         InspectionKind::Random,
         "消防通道堆放杂物；晨检记录不全",
         QDate(2024, 11, 15),
         RectifyStatus::Pending,
         {}},
        {QDate(2024, 11, 20),
         InspectionKind::Routine,
         "食品留样记录缺失",
         QDate(2024, 12, 31),
         RectifyStatus::Pending,
         {}},
    };
    for (qsizetype k = 0; k < std::min<qsizetype>(3, institutions.size()); ++k) {
        const Visit &v = visits[k];
        Inspection n;
        n.institutionId = institutions[k].id;
        n.inspectedOn = v.on;
        n.kind = v.kind;
        n.inspectors = QStringLiteral("郭建军、李伟");
        n.findings = QString::fromUtf8(v.findings);
        n.rectifyBy = v.by;
        n.status = v.status;
        n.rectifiedOn = v.done;
        if (!run(ws, oversightcommands::addInspection(ws, n, error), error))
            return false;
    }
    return true;
}

bool fill(Workspace *ws, qint64 planId, QString *error)
{
    if (!run(ws, plancommands::setPopulation(ws, asOf().year(), 260000, 5200, kSource, error),
             error))
        return false;

    const QList<Story> stories = {
        {QStringLiteral("公办综合托育机构"),
         {{QDate(2024, 5, 20), QStringLiteral("设施、教材、教具已配备"), 60},
          {QDate(2024, 7, 18), QStringLiteral("已完成备案"), 100}},
         QDate(2024, 7, 26)},
        {QStringLiteral("普惠社区托育点"),
         {{QDate(2024, 6, 15), QStringLiteral("已完成选址"), 40},
          {QDate(2024, 9, 10), QStringLiteral("装修完成，待验收"), 80}},
         {}},
        {QStringLiteral("及时进行备案"),
         {{QDate(2024, 8, 30), QStringLiteral("已备案 6 家，其余 3 家材料在审"), 65}},
         {}},
        {QStringLiteral("办托试点"),
         {{QDate(2024, 9, 12), QStringLiteral("试点已开班"), 100}},
         QDate(2024, 9, 20)},
        {QStringLiteral("技术性健康指导"),
         {{QDate(2024, 6, 28), QStringLiteral("完成上半年健康指导和体检"), 50}},
         {}},
        {QStringLiteral("妈妈课堂"),
         {{QDate(2024, 9, 30), QStringLiteral("1—9月每月举办一次"), 75}},
         {}},
    };
    const QList<TaskView> tasks = PlanRepository(ws).tasks(planId);
    for (const Story &story : stories) {
        const auto task = std::find_if(tasks.cbegin(), tasks.cend(), [&](const TaskView &t) {
            return t.task.text.contains(story.words);
        });
        if (task == tasks.cend())
            continue; // the template's words changed: that task simply stays as it is
        for (const auto &[date, text, percent] : story.entries)
            if (!run(ws, taskcommands::addProgress(ws, task->task.id, date, text, percent, error),
                     error))
                return false;
        if (story.closed.isValid() &&
            !run(ws, taskcommands::close(ws, task->task.id, task->lead(), story.closed, error),
                 error))
            return false;
    }

    // The registry as the office would know it by autumn: staff, enrolment, medical partners.
    const QList<Institution> institutions = InstitutionRepository(ws).all();
    const QString month = asOf().addMonths(-1).toString(QStringLiteral("yyyy-MM"));
    for (qsizetype k = 0; k < institutions.size(); ++k) {
        const Institution &i = institutions[k];
        const qint64 staff = std::max<qint64>(2, i.slots / 6);
        const qint64 enrolled = i.slots * (k % 3 == 0 ? 45 : 65) / 100;
        QVariantMap changes = {
            {QStringLiteral("staff"), staff},
            {QStringLiteral("certified_staff"), staff - (k % 4 == 0 ? 1 : 0)},
            {QStringLiteral("enrolled"), enrolled},
        };
        // Filed in spring, all but one still in the 备案 process: its subsidy line shows the
        // refusal (未备案，不予补助) beside the paid ones.
        if (k % 10 != 9) {
            changes.insert(QStringLiteral("filed"), true);
            changes.insert(QStringLiteral("filed_date"),
                           QDate(2024, 4, 1 + int(k)).toString(Qt::ISODate));
        }
        if (k % 7 != 6) // a few have not signed with a medical institution yet
            changes.insert(QStringLiteral("medical_partner"),
                           QStringLiteral("屯留区妇幼保健计划生育服务中心"));
        if (!run(ws, institutioncommands::edit(ws, i.id, changes, error), error) ||
            !run(ws,
                 subsidycommands::setEnrolment(ws, i.id, month,
                                               {{QStringLiteral("toddler"), enrolled / 3},
                                                {QStringLiteral("older"), enrolled - enrolled / 3}},
                                               error),
                 error))
            return false;
    }
    if (!payOneMonth(ws, planId, month, error) || !inspect(ws, institutions, error))
        return false;
    if (!ws->setInfo(kAsOfKey, asOf().toString(Qt::ISODate))) {
        *error = QStringLiteral("无法记下示例工作区的日期");
        return false;
    }
    return true;
}

} // namespace tuoyu::demoworkspace
