#include "datachecks.h"
#include "staffchecks.h"

#include "domain/money.h"
#include "domain/valuerange.h"
#include "indicators/indicatorengine.h"
#include "session/workspace.h"
#include "storage/decompositionrepository.h"
#include "storage/indicatorrepository.h"
#include "storage/institutionrepository.h"
#include "storage/planrepository.h"

#include "storage/sqlquery.h"
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

#include <cmath>

namespace tuoyu {

QString severityLabel(Finding::Severity severity)
{
    return severity == Finding::Severity::Error ? QStringLiteral("错误") : QStringLiteral("提示");
}

QList<Finding> DataChecks::run(Workspace *workspace, qint64 planId)
{
    QList<Finding> all = institutions(workspace);
    all += imports(workspace);
    all += subsidies(workspace);
    all += staffChecks(workspace);
    if (planId > 0) {
        all += tasks(workspace, planId);
        all += indicators(workspace, planId);
        all += decomposition(workspace, planId);
    }
    return all;
}

QList<Finding> DataChecks::institutions(Workspace *workspace)
{
    QList<Finding> findings;
    const QList<Institution> list = InstitutionRepository(workspace).all();
    auto add = [&](Finding::Severity s, const char *check, const Institution &i,
                   const QString &message) {
        findings.append(
            {s, QString::fromLatin1(check), QStringLiteral("institution"), i.id, i.name, message});
    };
    QHash<QString, const Institution *> byCode;
    QHash<QString, const Institution *> byNameArea;
    for (const Institution &i : list) {
        // Figures stored before numbers had ranges (an import of 9e15 slots made the totals
        // negative): each is named, so a check no longer passes over them.
        struct Count
        {
            const char *label;
            std::optional<qint64> value;
            ValueRange range;
        };
        const Count counts[] = {{"托位数", i.slots, ranges::slots},
                                {"普惠托位", i.puhuiSlots, ranges::slots},
                                {"乳儿班托位", i.slotsInfant, ranges::slots},
                                {"托小班托位", i.slotsToddler, ranges::slots},
                                {"托大班托位", i.slotsOlder, ranges::slots},
                                {"在托人数", i.enrolled, ranges::children},
                                {"从业人员", i.staff, ranges::staff},
                                {"持证人员", i.certifiedStaff, ranges::staff}};
        for (const Count &c : counts)
            if (c.value && !c.range.contains(*c.value))
                add(Finding::Severity::Error, "out_of_range", i,
                    QStringLiteral("“%1”的").arg(i.name) +
                        c.range.refusal(QString::fromUtf8(c.label), QString::number(*c.value)));
        if (i.monthlyPriceFen && !ranges::monthlyFeeFen.contains(*i.monthlyPriceFen))
            add(Finding::Severity::Error, "out_of_range", i,
                QStringLiteral("“%1”的").arg(i.name) +
                    ranges::monthlyFeeYuan.refusal(QStringLiteral("月收费"),
                                                   Fen(*i.monthlyPriceFen).yuanDecimal()));
        // Counts that cannot be more than the slots: the puhui slots, the children enrolled.
        const struct
        {
            std::optional<qint64> value;
            Finding::Severity severity;
            const char *code;
            const char *text;
        } withinSlots[] = {
            {i.puhuiSlots, Finding::Severity::Error, "puhui_above_slots",
             "“%1”普惠托位 %2 个，多于托位数 %3 个"},
            {i.enrolled, Finding::Severity::Warning, "enrolled_above_slots",
             "“%1”在托 %2 人，多于托位数 %3 个"},
        };
        for (const auto &c : withinSlots)
            if (c.value && *c.value > i.slots)
                add(c.severity, c.code, i,
                    QString::fromUtf8(c.text).arg(i.name).arg(*c.value).arg(i.slots));
        if (i.slotsInfant || i.slotsToddler || i.slotsOlder) {
            const qint64 bands =
                i.slotsInfant.value_or(0) + i.slotsToddler.value_or(0) + i.slotsOlder.value_or(0);
            if (bands != i.slots)
                add(Finding::Severity::Error, "class_bands_mismatch", i,
                    QStringLiteral("“%1”乳儿班、托小班、托大班托位合计 %2 个，与托位数 %3 个不符")
                        .arg(i.name)
                        .arg(bands)
                        .arg(i.slots));
        }
        if (!i.creditCode.isEmpty()) {
            if (const Institution *other = byCode.value(i.creditCode))
                add(Finding::Severity::Error, "duplicate_credit_code", i,
                    QStringLiteral("“%1”与“%2”的统一社会信用代码相同（%3）")
                        .arg(i.name, other->name, i.creditCode));
            else
                byCode.insert(i.creditCode, &i);
        }
        const QString key = i.name.simplified() + QLatin1Char('\x1f') + QString::number(i.areaId);
        if (const Institution *other = byNameArea.value(key))
            add(Finding::Severity::Error, "duplicate_name", i,
                QStringLiteral("“%1”在同一乡镇（街道）重复登记（另见编号 %2）")
                    .arg(i.name)
                    .arg(other->id));
        else
            byNameArea.insert(key, &i);
    }
    return findings;
}

QList<Finding> DataChecks::subsidies(Workspace *workspace)
{
    QList<Finding> findings;
    SqlQuery q(workspace->db());
    q.exec(QStringLiteral(
        "SELECT i.id, i.name, (SELECT COUNT(*) FROM enrolment_record e WHERE e.institution_id = "
        "i.id AND (COALESCE(e.infant, 0) + COALESCE(e.toddler, 0) + COALESCE(e.older, 0) + "
        "COALESCE(e.second_child, 0) + COALESCE(e.third_child, 0) + "
        "COALESCE(e.three_child_family, 0) + COALESCE(e.special_family, 0) + "
        "COALESCE(e.disabled, 0)) > 0), (SELECT COUNT(*) FROM subsidy_claim c WHERE "
        "c.institution_id = i.id) FROM institution i WHERE COALESCE(i.filed, 0) = 0 ORDER BY "
        "i.id"));
    while (q.next()) {
        const qint64 months = q.value(2).toLongLong();
        const qint64 claims = q.value(3).toLongLong();
        if (months == 0 && claims == 0)
            continue;
        QStringList what;
        if (months > 0)
            what << QStringLiteral("%1 个月的收托人数").arg(months);
        if (claims > 0)
            what << QStringLiteral("%1 条奖补申报").arg(claims);
        findings.append(
            {Finding::Severity::Error, QStringLiteral("unfiled_with_subsidy_data"),
             QStringLiteral("institution"), q.value(0).toLongLong(), q.value(1).toString(),
             QStringLiteral("“%1”未备案，却录有%2；未备案机构不予补助，请先备案或核对机构")
                 .arg(q.value(1).toString(), what.join(QStringLiteral("和")))});
    }
    return findings;
}

QList<Finding> DataChecks::tasks(Workspace *workspace, qint64 planId)
{
    QList<Finding> findings;
    for (const TaskView &t : PlanRepository(workspace).tasks(planId)) {
        const QString shortText =
            t.task.text.size() > 24 ? t.task.text.left(24) + QStringLiteral("…") : t.task.text;
        if (t.departments.isEmpty())
            findings.append({Finding::Severity::Error, QStringLiteral("task_without_department"),
                             QStringLiteral("task"), t.task.id, t.task.text,
                             QStringLiteral("任务“%1”没有责任部门").arg(shortText)});
        if (!t.task.deadline.isValid())
            findings.append({Finding::Severity::Warning, QStringLiteral("task_without_deadline"),
                             QStringLiteral("task"), t.task.id, t.task.text,
                             t.task.deadlineText.isEmpty()
                                 ? QStringLiteral("任务“%1”没有完成时限").arg(shortText)
                                 : QStringLiteral("任务“%1”的完成时限“%2”不是确定日期")
                                       .arg(shortText, t.task.deadlineText)});
    }
    return findings;
}

QList<Finding> DataChecks::indicators(Workspace *workspace, qint64 planId)
{
    QList<Finding> findings;
    IndicatorRepository repo(workspace);
    for (const Indicator &i : repo.indicators(planId)) {
        if (i.formula.isEmpty())
            continue;
        const bool resident = IndicatorEngine::needsResident(i.formula);
        const bool under3 = IndicatorEngine::needsUnder3(i.formula);
        if (!resident && !under3)
            continue;
        QList<int> years;
        for (const IndicatorTarget &t : i.targets)
            years << t.year;
        if (years.isEmpty())
            years << QDate::currentDate().year();
        for (int year : years) {
            const bool missing = (resident && !repo.residentPopulation(year)) ||
                                 (under3 && !repo.childrenUnder3(year));
            if (missing)
                findings.append(
                    {Finding::Severity::Error, QStringLiteral("population_missing"),
                     QStringLiteral("indicator"), i.id, i.name,
                     QStringLiteral("指标“%1”按公式计算，但缺少%2年的%3，请在“计划”页填写人口数据")
                         .arg(i.name)
                         .arg(year)
                         .arg(resident ? QStringLiteral("常住人口")
                                       : QStringLiteral("3岁以下婴幼儿数"))});
        }
    }
    return findings;
}

QList<Finding> DataChecks::decomposition(Workspace *workspace, qint64 planId)
{
    QList<Finding> findings;
    struct Sum
    {
        double cells = 0;
        bool any = false;
        const DecompositionRow *total = nullptr;
    };
    QMap<QPair<qint64, int>, Sum> sums;
    const QList<DecompositionRow> rows = DecompositionRepository(workspace).cells(planId);
    for (const DecompositionRow &r : rows) {
        Sum &s = sums[{r.itemId, r.year}];
        if (r.isTotal()) {
            s.total = &r;
        } else if (r.target) {
            s.cells += *r.target;
            s.any = true;
        }
    }
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        const Sum &s = it.value();
        if (!s.total || !s.total->target)
            continue;
        if (std::abs(*s.total->target - s.cells) > 1e-9)
            findings.append({Finding::Severity::Error,
                             QStringLiteral("decomposition_total_mismatch"),
                             QStringLiteral("decomposition_cell"), s.total->id, s.total->item,
                             QStringLiteral("分解表“%1”%2年合计为 %3，各单位之和为 %4")
                                 .arg(s.total->item)
                                 .arg(s.total->year)
                                 .arg(*s.total->target)
                                 .arg(s.cells)});
    }
    return findings;
}

QList<Finding> DataChecks::imports(Workspace *workspace)
{
    // What the latest import of each source found wrong in the file itself (a 合计 row that
    // disagrees with its rows) stays a finding until that source is imported again.
    QList<Finding> findings;
    SqlQuery q(workspace->db());
    if (!q.exec(QStringLiteral("SELECT b.id, b.source, b.findings FROM import_batch b WHERE b.id = "
                               "(SELECT MAX(id) FROM import_batch WHERE source = b.source) "
                               "AND b.findings IS NOT NULL ORDER BY b.id")))
        return findings;
    while (q.next()) {
        const QJsonArray list = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).array();
        for (const auto &v : list)
            findings.append(
                {Finding::Severity::Error, QStringLiteral("import_finding"),
                 QStringLiteral("import_batch"), q.value(0).toLongLong(), q.value(1).toString(),
                 QStringLiteral("导入的“%1”：%2").arg(q.value(1).toString(), v.toString())});
    }
    return findings;
}

} // namespace tuoyu
