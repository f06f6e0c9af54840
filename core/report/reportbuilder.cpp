#include "reportbuilder.h"

#include "reportstore.h"

#include "calendar/duesoon.h"
#include "document/fontset.h"
#include "domain/codetable.h"
#include "evidence/evidence.h"
#include "feedback/feedbacktracker.h"
#include "indicators/indicatorengine.h"
#include "indicators/registrytotals.h"
#include "ledgers/ledgers.h"
#include "oversight/oversight.h"
#include "session/workspace.h"
#include "storage/decompositionrepository.h"
#include "storage/indicatorrepository.h"
#include "storage/planrepository.h"
#include "subsidy/fundcheck.h"
#include "subsidy/ledger.h"
#include "yearclose/yearclose.h"

#include "storage/sqlquery.h"
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QPainter>

#include <cmath>

namespace tuoyu {

using namespace document;

namespace {

constexpr CodeName<ReportKind> kKindNames[] = {
    {ReportKind::Progress, "progress", "工作进展情况汇报"},
    {ReportKind::Supervision, "supervision", "督办单"},
    {ReportKind::Circular, "circular", "情况通报"},
    {ReportKind::Institutions, "institutions", "托育机构名单"},
    {ReportKind::Tasks, "tasks", "任务台账"},
    {ReportKind::Indicators, "indicators", "绩效指标完成情况表"},
    {ReportKind::Decomposition, "decomposition", "任务分解表"},
};
constexpr CodeTable<ReportKind> kKinds{kKindNames};

QString number(double v, int decimals = 2)
{
    return ledgers::numberText(v, decimals);
}

QString percent(double part, double whole)
{
    return whole > 0 ? number(100.0 * part / whole, 1) + QStringLiteral("%") : QStringLiteral("—");
}

QString dateText(const QDate &d)
{
    return ledgers::dateText(d);
}

/// Where a task stands on the as-of date, in the words a 督办 office uses.
struct TaskState
{
    bool done = false;
    bool overdue = false;
    int daysOverdue = 0;
    bool dueSoon = false;
    /// The plan gave no 完成时限 and the officer has not confirmed the plan's end as one: the
    /// date is printed as such and no 督办 colour, overdue count or ranking rests on it.
    bool inherited = false;
    bool pastInherited = false; ///< open and past that inherited date (daysOverdue says how far)
};

TaskState stateOf(const TaskView &t, const QDate &asOf, const DueSoon &dueSoon)
{
    TaskState s;
    s.done = t.task.isClosed();
    s.inherited = t.task.deadlineInherited;
    s.daysOverdue = t.daysOverdue(asOf);
    if (s.inherited) {
        s.pastInherited = s.daysOverdue > 0;
    } else if (!s.done && t.task.deadline.isValid()) {
        s.overdue = t.task.deadline < asOf;
        s.dueSoon = dueSoon.appliesTo(t.task, asOf);
    }
    return s;
}

QString deadlineText(const Task &t)
{
    return ledgers::deadlineText(t);
}

QString supervisionColour(const TaskState &s, const SupervisionThresholds &t)
{
    if (s.overdue)
        return s.daysOverdue > t.seriousDays ? QStringLiteral("红色") : QStringLiteral("黄色");
    if (s.dueSoon)
        return QStringLiteral("蓝色");
    return QString();
}

QString shortText(const QString &text, int max = 40)
{
    return text.size() > max ? text.left(max) + QStringLiteral("…") : text;
}

/// Geometry shared by the report's bar charts. The paint callbacks get a target rectangle in
/// device units (1,200 dpi on the PDF writer, 200 dpi in the docx PNG), so every length is given
/// in millimetres of the figure and converted here; fonts are scaled with the figure.
struct ChartFrame
{
    QPainter *p;
    QRectF r;
    double unit; ///< device units per millimetre of the figure

    ChartFrame(QPainter *painter, const QRectF &target, double widthMm)
        : p(painter)
        , r(target)
        , unit(target.width() / widthMm)
    {
    }
    double mm(double v) const { return v * unit; }
    /// Where a horizontal bar chart of `count` rows draws: labels on the left, the plot, room
    /// for each bar's value on the right, the value axis (`axisMm` high) underneath.
    struct BarRows
    {
        double labelWidth, valueWidth, x0, plot, top, bottom, rowHeight;
    };
    BarRows barRows(double labelMm, double valueMm, double axisMm, qsizetype count) const
    {
        BarRows b{};
        b.labelWidth = mm(labelMm);
        b.valueWidth = mm(valueMm);
        b.x0 = r.left() + b.labelWidth + mm(2);
        b.plot = r.right() - b.valueWidth - b.x0;
        b.top = r.top() + mm(2);
        b.bottom = r.bottom() - mm(axisMm);
        b.rowHeight = (b.bottom - b.top) / count;
        return b;
    }
    QFont font(double pt) const
    {
        // A point is 25.4/72 mm; the device turns points into its own pixels by its dpi.
        const double dpi = p->device() ? p->device()->logicalDpiY() : 72.0;
        return FontSet::font(FontRole::Song, pt * unit / (dpi / 25.4));
    }
    /// A label right-aligned before the plot, elided (…) rather than drawn past the figure.
    void label(const QRectF &box, const QString &text) const
    {
        const QFontMetricsF fm(p->font(), p->device());
        p->drawText(box, Qt::AlignRight | Qt::AlignVCenter,
                    fm.elidedText(text, Qt::ElideRight, box.width()));
    }
    /// The value axis under the plot: the axis line, ticks and their labels, and its title.
    void valueAxis(double x0, double plotWidth, double bottom, double max, double step,
                   const QString &suffix, const QString &title) const
    {
        p->setPen(QPen(Qt::black, mm(0.2)));
        p->drawLine(QPointF(x0, bottom), QPointF(x0 + plotWidth, bottom));
        for (double v = 0; v <= max + 1e-9; v += step) {
            const double x = x0 + plotWidth * v / max;
            p->drawLine(QPointF(x, bottom), QPointF(x, bottom + mm(1)));
            p->drawText(QRectF(x - mm(8), bottom + mm(1), mm(16), mm(4)), Qt::AlignCenter,
                        number(v) + suffix);
        }
        p->drawText(QRectF(x0, bottom + mm(5), plotWidth, mm(4)), Qt::AlignCenter, title);
    }
};

/// A horizontal bar chart drawn with QPainter, so it stays vector in the PDF: one bar per
/// indicator with an actual value and a target, its value as a percentage of the target, the
/// 100% line and a percent axis. Nothing to draw (no indicator computed yet) gives no figure.
std::optional<FigureBlock> targetChart(const QList<IndicatorResult> &results, int figureNo)
{
    struct Bar
    {
        QString label;
        double percent;
        IndicatorStatus status;
    };
    QList<Bar> bars;
    for (const IndicatorResult &r : results) {
        if (!r.actual || !r.target || r.target->value == 0)
            continue;
        double p = 100.0 * *r.actual / r.target->value;
        if (r.indicator.direction == Direction::AtMost && *r.actual > 0)
            p = 100.0 * r.target->value / *r.actual; // under the ceiling is "more than done"
        bars.append({r.indicator.name, p, r.status});
    }
    if (bars.isEmpty())
        return std::nullopt;
    FigureBlock f;
    f.caption = QStringLiteral("图%1 绩效指标完成程度（实际值占目标值的百分比）").arg(figureNo);
    constexpr double kWidthMm = 150, kAxisMm = 12, kRowMm = 8;
    f.sizeMm = QSizeF(kWidthMm, kAxisMm + 4 + kRowMm * double(bars.size()));
    f.paint = [bars](QPainter *painter, const QRectF &r) {
        const ChartFrame c(painter, r, kWidthMm);
        QPainter *p = painter;
        p->save();
        p->setFont(c.font(9));
        const auto [labelWidth, valueWidth, x0, plot, top, bottom, rowHeight] =
            c.barRows(50, 14, kAxisMm, bars.size());
        // Up to 200% on the axis; longer bars are drawn to the end with their value printed.
        double maxPercent = 120;
        for (const Bar &b : bars)
            maxPercent = std::max(maxPercent, std::min(b.percent, 200.0));
        maxPercent = std::ceil(maxPercent / 20) * 20;
        for (int i = 0; i < bars.size(); ++i) {
            const Bar &b = bars[i];
            const double y = top + i * rowHeight;
            p->setPen(Qt::black);
            c.label(QRectF(r.left(), y, labelWidth, rowHeight), b.label);
            const double w = plot * std::min(b.percent, maxPercent) / maxPercent;
            const QColor colour = b.status == IndicatorStatus::Met       ? QColor(0x2E, 0x7D, 0x32)
                                  : b.status == IndicatorStatus::Warning ? QColor(0xC6, 0x28, 0x28)
                                                                         : QColor(0xEF, 0x8F, 0x00);
            p->fillRect(QRectF(x0, y + rowHeight * 0.2, w, rowHeight * 0.6), colour);
            p->drawText(QRectF(x0 + w + c.mm(1), y, valueWidth + plot - w, rowHeight),
                        Qt::AlignLeft | Qt::AlignVCenter,
                        number(b.percent, 1) + QStringLiteral("%"));
        }
        p->setPen(QPen(Qt::black, c.mm(0.2)));
        p->drawLine(QPointF(x0, top), QPointF(x0, bottom)); // category axis
        const double hundred = x0 + plot * 100.0 / maxPercent;
        p->setPen(QPen(Qt::black, c.mm(0.2), Qt::DashLine));
        p->drawLine(QPointF(hundred, top), QPointF(hundred, bottom));
        c.valueAxis(x0, plot, bottom, maxPercent, maxPercent > 160 ? 40 : 20, QStringLiteral("%"),
                    QStringLiteral("完成程度（虚线为目标值100%）"));
        p->restore();
    };
    return f;
}

/// Stacked bars of task status per program, with a task-count axis. No tasks, no figure.
std::optional<FigureBlock> taskChart(const QList<ProgramNode> &programs, const QDate &asOf,
                                     int figureNo)
{
    struct Row
    {
        QString label;
        int done = 0, ongoing = 0, overdue = 0;
    };
    QList<Row> rows;
    int most = 0;
    for (const ProgramNode &p : programs) {
        Row row{p.program.number + p.program.title};
        for (const ProjectNode &j : p.projects)
            for (const TaskView &t : j.tasks) {
                const TaskState s = stateOf(t, asOf, DueSoon({}, 0));
                if (s.done)
                    ++row.done;
                else if (s.overdue)
                    ++row.overdue;
                else
                    ++row.ongoing;
            }
        most = std::max(most, row.done + row.ongoing + row.overdue);
        rows.append(row);
    }
    if (most == 0)
        return std::nullopt;
    FigureBlock f;
    f.caption =
        QStringLiteral("图%1 各工程任务完成情况（绿：已完成，蓝：推进中，红：逾期）").arg(figureNo);
    constexpr double kWidthMm = 150, kAxisMm = 12, kRowMm = 9;
    f.sizeMm = QSizeF(kWidthMm, kAxisMm + 4 + kRowMm * double(rows.size()));
    f.paint = [rows, most](QPainter *painter, const QRectF &r) {
        const ChartFrame c(painter, r, kWidthMm);
        QPainter *p = painter;
        p->save();
        p->setFont(c.font(9));
        // A step of 1, 2, 5, 10 … tasks gives at most about eight ticks.
        int step = 1;
        for (int s : {1, 2, 5, 10, 20, 50, 100})
            if (most / s <= 8) {
                step = s;
                break;
            }
        const int axisMax = (most + step - 1) / step * step;
        const auto [labelWidth, valueWidth, x0, plot, top, bottom, rowHeight] =
            c.barRows(56, 10, kAxisMm, rows.size());
        for (int i = 0; i < rows.size(); ++i) {
            const Row &row = rows[i];
            const double y = top + i * rowHeight;
            p->setPen(Qt::black);
            c.label(QRectF(r.left(), y, labelWidth, rowHeight), row.label);
            double x = x0;
            const std::pair<int, QColor> parts[] = {{row.done, QColor(0x2E, 0x7D, 0x32)},
                                                    {row.ongoing, QColor(0x15, 0x65, 0xC0)},
                                                    {row.overdue, QColor(0xC6, 0x28, 0x28)}};
            for (const auto &[count, colour] : parts) {
                const double w = plot * count / axisMax;
                p->fillRect(QRectF(x, y + rowHeight * 0.2, w, rowHeight * 0.6), colour);
                x += w;
            }
            p->drawText(QRectF(x + c.mm(1), y, r.right() - x - c.mm(1), rowHeight),
                        Qt::AlignLeft | Qt::AlignVCenter,
                        QString::number(row.done + row.ongoing + row.overdue));
        }
        p->setPen(QPen(Qt::black, c.mm(0.2)));
        p->drawLine(QPointF(x0, top), QPointF(x0, bottom));
        c.valueAxis(x0, plot, bottom, axisMax, step, QString(), QStringLiteral("任务数（项）"));
        p->restore();
    };
    return f;
}

struct Context
{
    Workspace *ws;
    const ReportOptions &o;
    Plan plan;
    QString district;
    DueSoon dueSoon; ///< the workspace's window: one rule with the dashboard and the task list
};

QString districtName(Workspace *ws)
{
    SqlQuery q(ws->db());
    q.exec(QStringLiteral("SELECT name FROM district WHERE id = 1"));
    return q.next() ? q.value(0).toString() : QString();
}

/// 落款: the plan's issuing office (计划 page, `plan-signer`), never a department of the task
/// list; empty when the plan names none, so the officer signs by hand rather than a wrong unit.
QString leadUnit(Workspace *ws, qint64 planId)
{
    const auto plan = PlanRepository(ws).plan(planId);
    return plan ? plan->signer : QString();
}

/// 附件 托育机构名单: the registry ledger as a document table, upright.
TableBlock institutionTable(Workspace *ws)
{
    TableBlock t = ledgers::toDocumentTable(ledgers::institutions(ws));
    t.orientation = Orientation::Portrait;
    return t;
}

/// 附件 任务台账: the task ledger as a document table, turned for its seven columns.
TableBlock taskTable(Workspace *ws, qint64 planId, const QDate &asOf)
{
    TableBlock t = ledgers::toDocumentTable(ledgers::tasks(ws, planId, asOf));
    t.orientation = Orientation::Landscape;
    return t;
}

TableBlock indicatorTable(const QList<IndicatorResult> &results)
{
    TableBlock t = ledgers::toDocumentTable(ledgers::indicators(results));
    t.orientation = Orientation::Portrait;
    return t;
}

/// 绩效指标逐年对比: each indicator's target and actual in each year of the plan so far, a closed
/// year from its frozen figures (年度结转), the name only on an indicator's first row.
TableBlock yearComparisonTable(const QList<QPair<int, QList<yearclose::YearFigure>>> &years)
{
    TableBlock t;
    t.headerRows = {{QStringLiteral("指标"), QStringLiteral("年度"), QStringLiteral("目标"),
                     QStringLiteral("实际"), QStringLiteral("状态")}};
    t.columnWidths = {3.9, 2.8, 1.9, 1.9, 1.2};
    t.alignments = {ColumnAlign::Left, ColumnAlign::Center, ColumnAlign::Center,
                    ColumnAlign::Center, ColumnAlign::Center};
    t.orientation = Orientation::Portrait;
    const QList<yearclose::YearFigure> &first = years.first().second;
    for (qsizetype i = 0; i < first.size(); ++i)
        for (const auto &[year, figures] : years) {
            const auto f = std::find_if(figures.cbegin(), figures.cend(), [&](const auto &x) {
                return x.indicatorId == first.at(i).indicatorId;
            });
            if (f == figures.cend())
                continue;
            t.rows.append({year == years.first().first ? f->name : QString(),
                           f->frozen ? QStringLiteral("%1年（已结转）").arg(year)
                                     : QStringLiteral("%1年").arg(year),
                           f->targetLabel.isEmpty() ? QStringLiteral("—") : f->targetLabel,
                           f->actual ? f->actualLabel : QStringLiteral("无数据"),
                           indicatorStatusLabel(f->status)});
        }
    return t;
}

/// The 任务分解表 as ledgers::decompositionByYear builds it, one table a year, its year the
/// caption.
QList<TableBlock> decompositionTables(Workspace *ws, qint64 planId)
{
    QList<TableBlock> tables;
    for (const ledgers::LedgerTable &ledger : ledgers::decompositionByYear(ws, planId)) {
        TableBlock t = ledgers::toDocumentTable(ledger);
        t.caption = ledger.name;
        tables.append(t);
    }
    return tables;
}

OfficialDocument attachmentOnly(const Context &c, const QString &title,
                                const QList<TableBlock> &tables, const QString &emptyText = {})
{
    return ReportBuilder::ledgerDocument(title, tables, c.o.asOf, emptyText);
}

OfficialDocument attachmentOnly(const Context &c, const QString &title, TableBlock table)
{
    return attachmentOnly(c, title, QList<TableBlock>{std::move(table)});
}

OfficialDocument progressReport(const Context &c)
{
    Workspace *ws = c.ws;
    const QDate asOf = c.o.asOf;
    const qint64 planId = c.plan.id;
    PlanRepository plans(ws);
    OfficialDocument doc;
    doc.title = QStringLiteral("%1\n工作进展情况汇报")
                    .arg(c.plan.title.endsWith(QStringLiteral("实施方案")) ? c.plan.title.chopped(4)
                                                                           : c.plan.title);
    doc.addressee =
        c.o.addressee.isEmpty() ? QStringLiteral("区普惠托育工作领导小组") : c.o.addressee;
    doc.signature = c.o.signature.isEmpty() ? leadUnit(ws, planId) : c.o.signature;
    doc.date = asOf;
    auto &b = doc.blocks;
    b.append(Block::body(QStringLiteral("根据《%1》部署，现将截至%2的工作进展情况汇报如下。")
                             .arg(c.plan.title, formatDate(asOf)),
                         QStringLiteral("progress.opening")));

    // 一、总体进展
    const RegistryTotals totals = RegistryTotals::of(ws, asOf);
    // What changed since the last progress report kept in the workspace.
    QString sinceLast;
    if (const auto previous = ReportStore::previous(ws, planId, ReportKind::Progress, asOf)) {
        const QJsonObject then = previous->figures;
        const QJsonObject now = ReportStore::figures(ws, planId, asOf);
        auto delta = [&](const char *key) {
            return now.value(QLatin1String(key)).toInteger() -
                   then.value(QLatin1String(key)).toInteger();
        };
        auto signedText = [](qint64 d, const QString &unit) {
            return d > 0   ? QStringLiteral("增加%1%2").arg(d).arg(unit)
                   : d < 0 ? QStringLiteral("减少%1%2").arg(-d).arg(unit)
                           : QStringLiteral("持平");
        };
        sinceLast = QStringLiteral("与上次汇报（截至%1）相比，托育机构%2，托位%3，普惠托位%"
                                   "4，已完成任务%5，逾期任务%6。")
                        .arg(formatDate(previous->asOf),
                             signedText(delta("institutions"), QStringLiteral("家")),
                             signedText(delta("slots"), QStringLiteral("个")),
                             signedText(delta("puhui_slots"), QStringLiteral("个")),
                             signedText(delta("tasks_done"), QStringLiteral("项")),
                             signedText(delta("tasks_overdue"), QStringLiteral("项")));
    }
    const QList<TaskView> tasks = plans.tasks(planId);
    int done = 0, overdue = 0, dueSoon = 0;
    for (const TaskView &t : tasks) {
        const TaskState s = stateOf(t, asOf, c.dueSoon);
        done += s.done ? 1 : 0;
        overdue += s.overdue ? 1 : 0;
        dueSoon += s.dueSoon ? 1 : 0;
    }
    b.append(Block::paragraph(ParagraphStyle::Heading1,
                              headingNumber(1, 1) + QStringLiteral("总体进展"),
                              QStringLiteral("progress.h.overall")));
    b.append(Block::body(
        QStringLiteral(
            "%1共有托育机构%2家，托位%3个，其中普惠托位%4个，占%5；已备案机构%6家，备案率%7。"
            "方案共部署任务%8项，已完成%9项，逾期未完成%10项，%11%12项。")
            .arg(c.district.isEmpty() ? QStringLiteral("全区") : c.district)
            .arg(totals.institutions)
            .arg(totals.slots)
            .arg(totals.puhuiSlots)
            .arg(percent(double(totals.puhuiSlots), double(totals.slots)))
            .arg(totals.filed)
            .arg(percent(double(totals.filed), double(totals.institutions)))
            .arg(tasks.size())
            .arg(done)
            .arg(overdue)
            .arg(c.dueSoon.label())
            .arg(dueSoon),
        QStringLiteral("progress.overall")));
    if (!sinceLast.isEmpty())
        b.append(Block::body(sinceLast, QStringLiteral("progress.since")));

    // 二、绩效指标完成情况
    const QList<IndicatorResult> results = IndicatorEngine::evaluate(ws, planId, asOf);
    b.append(Block::paragraph(ParagraphStyle::Heading1,
                              headingNumber(1, 2) + QStringLiteral("绩效指标完成情况"),
                              QStringLiteral("progress.h.indicators")));
    int met = 0, noData = 0;
    for (const IndicatorResult &r : results) {
        met += r.status == IndicatorStatus::Met ? 1 : 0;
        noData += r.status == IndicatorStatus::NoData ? 1 : 0;
    }
    b.append(Block::body(
        QStringLiteral("方案设定绩效指标%1项，已达标%2项，未达标%3项，暂无数据%4项。具体见下表。")
            .arg(results.size())
            .arg(met)
            .arg(results.size() - met - noData)
            .arg(noData),
        QStringLiteral("progress.indicators")));
    int tableNo = 0;
    if (!results.isEmpty()) {
        TableBlock t = indicatorTable(results);
        t.caption = QStringLiteral("表%1 绩效指标完成情况").arg(++tableNo);
        b.append(Block::table(t, QStringLiteral("progress.indicators.table")));
    }
    // A chart with nothing to show is replaced by a sentence that says why.
    int figureNo = 0;
    if (auto chart = targetChart(results, figureNo + 1)) {
        ++figureNo;
        b.append(Block::figure(*chart, QStringLiteral("progress.indicators.chart")));
    } else {
        b.append(Block::body(results.isEmpty()
                                 ? QStringLiteral("方案未设定绩效指标，不绘制完成程度图。")
                                 : QStringLiteral("各项指标暂无可计算的实际值或目标值，"
                                                  "不绘制完成程度图。"),
                             QStringLiteral("progress.indicators.chart")));
    }
    // Year over year, when the plan has run more than one year by the as-of date.
    const auto years = yearclose::byYear(ws, planId, asOf);
    if (years.size() > 1 && !results.isEmpty()) {
        TableBlock t = yearComparisonTable(years);
        t.caption = QStringLiteral("表%1 绩效指标逐年对比").arg(++tableNo);
        b.append(Block::body(
            QStringLiteral("各项指标逐年目标与实际见表%1；已结转年度为结转时冻结的数据，"
                           "当年为截至%2的数据。")
                .arg(tableNo)
                .arg(formatDate(asOf)),
            QStringLiteral("progress.indicators.years")));
        b.append(Block::table(t, QStringLiteral("progress.indicators.years.table")));
    }

    // 三、重点任务推进情况
    b.append(Block::paragraph(ParagraphStyle::Heading1,
                              headingNumber(1, 3) + QStringLiteral("重点任务推进情况"),
                              QStringLiteral("progress.h.tasks")));
    const QList<ProgramNode> tree = plans.tree(planId);
    int programNo = 0;
    for (const ProgramNode &p : tree) {
        int n = 0, d = 0, o = 0;
        QStringList late;
        QStringList soon;
        QStringList unset; // past an inherited deadline: named, not counted as overdue
        for (const ProjectNode &j : p.projects)
            for (const TaskView &t : j.tasks) {
                ++n;
                const TaskState s = stateOf(t, asOf, c.dueSoon);
                d += s.done ? 1 : 0;
                o += s.overdue ? 1 : 0;
                if (s.overdue)
                    late << QStringLiteral("“%1”（%2，时限%3，已逾期%4天）")
                                .arg(shortText(t.task.text),
                                     t.departments.join(QStringLiteral("、")),
                                     dateText(t.task.deadline))
                                .arg(s.daysOverdue);
                else if (s.pastInherited)
                    unset << QStringLiteral("“%1”（%2按实施期末%3计，已过%4天）")
                                 .arg(shortText(t.task.text),
                                      t.departments.isEmpty()
                                          ? QString()
                                          : t.departments.join(QStringLiteral("、")) +
                                                QStringLiteral("，"),
                                      dateText(t.task.deadline))
                                 .arg(s.daysOverdue);
                else if (s.dueSoon)
                    soon << QStringLiteral("“%1”（%2，时限%3）")
                                .arg(shortText(t.task.text),
                                     t.departments.join(QStringLiteral("、")),
                                     dateText(t.task.deadline));
            }
        QString text = QStringLiteral("共%1项任务，已完成%2项").arg(n).arg(d);
        text += o > 0 ? QStringLiteral("，逾期%1项：%2").arg(o).arg(late.join(QStringLiteral("；")))
                      : QStringLiteral("，无逾期任务");
        if (!soon.isEmpty())
            text += QStringLiteral("；即将到期：%1").arg(soon.join(QStringLiteral("；")));
        if (!unset.isEmpty())
            text += QStringLiteral("；方案未设完成时限、已过实施期末尚未完成%1项：%2")
                        .arg(unset.size())
                        .arg(unset.join(QStringLiteral("；")));
        text += QStringLiteral("。");
        b.append(Block::paragraph(ParagraphStyle::Heading2,
                                  headingNumber(2, ++programNo) + p.program.title,
                                  QStringLiteral("progress.h.program.%1").arg(p.program.id)));
        b.append(Block::body(text, QStringLiteral("progress.program.%1").arg(p.program.id)));
    }
    if (auto chart = taskChart(tree, asOf, figureNo + 1)) {
        ++figureNo;
        b.append(Block::figure(*chart, QStringLiteral("progress.tasks.chart")));
    } else {
        b.append(Block::body(QStringLiteral("方案尚未部署任务，不绘制任务完成情况图。"),
                             QStringLiteral("progress.tasks.chart")));
    }

    int section = 3;
    // 四、任务分解落实情况
    const QList<DecompositionRow> cells = DecompositionRepository(ws).cells(planId);
    if (!cells.isEmpty()) {
        b.append(Block::paragraph(ParagraphStyle::Heading1,
                                  headingNumber(1, ++section) + QStringLiteral("任务分解落实情况"),
                                  QStringLiteral("progress.h.decomposition")));
        // Items count different things (家, 个, 班): sum an area's targets per unit only.
        QMap<QPair<QString, QString>, QPair<double, double>> byArea; // (area, unit): target, done
        QList<QPair<QString, QString>> order;
        for (const DecompositionRow &r : cells) {
            if (r.isTotal())
                continue;
            const QPair<QString, QString> key{r.column, r.unit};
            if (!order.contains(key))
                order << key;
            byArea[key].first += r.target.value_or(0);
            byArea[key].second += r.actual.value_or(0);
        }
        // An area's units together, areas in the plan's order.
        QHash<QString, qsizetype> firstSeen;
        for (qsizetype i = 0; i < order.size(); ++i)
            firstSeen.insert(order.at(i).first, std::min(firstSeen.value(order.at(i).first, i), i));
        std::stable_sort(order.begin(), order.end(), [&](const auto &x, const auto &y) {
            return firstSeen.value(x.first) < firstSeen.value(y.first);
        });
        TableBlock t;
        t.caption = QStringLiteral("表%1 各乡镇（街道）任务分解落实情况").arg(++tableNo);
        t.headerRows = {{QStringLiteral("乡镇（街道）/部门"), QStringLiteral("单位"),
                         QStringLiteral("分解目标"), QStringLiteral("已完成"),
                         QStringLiteral("完成率")}};
        t.orientation = Orientation::Portrait;
        for (const auto &key : order)
            t.rows.append({key.first, key.second, number(byArea[key].first),
                           number(byArea[key].second),
                           percent(byArea[key].second, byArea[key].first)});
        t.computeTotalsByUnit({2, 3}, 1, 2);
        b.append(Block::table(t, QStringLiteral("progress.decomposition.table")));
    }

    // 五、奖补资金
    const QList<LedgerLine> ledger = Ledger::lines(ws, planId, asOf.year(), false);
    const QList<FundBalance> funds = FundCheck::balances(ws, planId);
    if (!ledger.isEmpty() || !funds.isEmpty()) {
        b.append(Block::paragraph(ParagraphStyle::Heading1,
                                  headingNumber(1, ++section) + QStringLiteral("奖补资金拨付情况"),
                                  QStringLiteral("progress.h.subsidies")));
        const Ledger::Totals t = Ledger::totals(ledger);
        qint64 budget = 0;
        for (const FundBalance &f : funds)
            budget += f.budgetFen;
        b.append(Block::body(
            QStringLiteral("%1年安排奖补资金%2，按规则核定应拨付%3，已审核%4，已拨付%5。")
                .arg(asOf.year())
                .arg(yuanText(budget), yuanText(t.allFen()), yuanText(t.approvedFen + t.paidFen),
                     yuanText(t.paidFen)),
            QStringLiteral("progress.subsidies")));
    }

    // 存在问题和下步打算: the officer's words as given, the editor's prompts, or left out.
    QList<Block> words;
    for (const OfficerParagraph &p : ReportBuilder::officerParagraphs(ReportKind::Progress)) {
        const QString given = c.o.officerText.value(p.id).trimmed();
        if (!given.isEmpty() || c.o.prompts)
            words.append(
                Block::body(given.isEmpty() ? p.prompt : given, p.id, BlockOrigin::Officer));
    }
    if (!words.isEmpty()) {
        b.append(
            Block::paragraph(ParagraphStyle::Heading1,
                             headingNumber(1, ++section) + QStringLiteral("存在问题和下步打算"),
                             QStringLiteral("progress.h.next")));
        b.append(words);
    }

    doc.attachments.append(
        {QStringLiteral("托育机构名单"),
         {Block::table(institutionTable(ws), QStringLiteral("attachment.institutions"))}});
    doc.attachments.append(
        {QStringLiteral("任务台账"),
         {Block::table(taskTable(ws, planId, asOf), QStringLiteral("attachment.tasks"))}});
    return doc;
}

/// A notice's cell with the record's 佐证材料 named under it (evidence::names), so the office
/// sees what was sent for it; the cell as it was when there is none. Under the widest cell
/// rather than in a column of its own: a notice's upright table has no room for one.
QString withEvidence(const QString &text, const QList<Evidence> &items)
{
    const QString names = evidence::names(items);
    return names.isEmpty() ? text : text + QStringLiteral("\n佐证材料：") + names;
}

/// The 回执 the department fills in and returns within the five working days the notice sets:
/// who answers, what was done, who signed for the notice and when.
TableBlock replySlip(const QString &department, int taskCount)
{
    TableBlock t;
    t.caption = QStringLiteral("回　执");
    t.rows = {{QStringLiteral("反馈单位"), department},
              {QStringLiteral("督办事项"), QStringLiteral("未完成任务%1项").arg(taskCount)},
              {QStringLiteral("办理情况"),
               QStringLiteral("（逐项说明进展、存在问题和预计完成时间，可另附页）")},
              {QStringLiteral("联系人及电话"), QString()},
              {QStringLiteral("签收人"), QString()},
              {QStringLiteral("反馈日期"), QStringLiteral("　　　　年　　月　　日")}};
    t.columnWidths = {1.3, 4.7};
    t.alignments = {ColumnAlign::Center, ColumnAlign::Left};
    t.orientation = Orientation::Portrait;
    t.repeatHeader = false;
    t.keepTogether = true;
    return t;
}

/// 监督检查整改逾期: the inspections whose 整改 is past its deadline on the as-of date
/// (Inspection::overdue), oldest deadline first, as a notice of its own after the departments';
/// nothing when there are none.
void appendOverdueRectifications(const Context &c, const QString &signer, bool afterNotices,
                                 OfficialDocument *doc)
{
    const QList<Inspection> overdue = oversight::overdueRectifications(*c.ws, c.o.asOf);
    if (overdue.isEmpty())
        return;
    if (afterNotices)
        doc->blocks.append(Block::pageBreak());
    doc->blocks.append(Block::paragraph(ParagraphStyle::Title,
                                        QStringLiteral("托育机构监督检查整改督办单"),
                                        QStringLiteral("supervision.rectify.title")));
    QSet<qint64> institutions;
    // Upright, with the letter, as the departments' notices are; dates whole (2.6).
    TableBlock t;
    t.orientation = Orientation::Portrait;
    t.columnWidths = {0.9, 3.6, 2.6, 1.2, 4.1, 2.6, 0.9};
    t.headerRows = {{QStringLiteral("序号"), QStringLiteral("机构名称"), QStringLiteral("检查日期"),
                     QStringLiteral("检查类型"), QStringLiteral("发现问题"),
                     QStringLiteral("整改期限"), QStringLiteral("逾期天数")}};
    const auto files = evidence::byTarget(*c.ws, EvidenceTarget::Inspection);
    for (const Inspection &n : overdue) {
        institutions.insert(n.institutionId);
        t.rows.append({QString::number(t.rows.size() + 1), n.institution, formatDate(n.inspectedOn),
                       inspectionKinds().label(n.kind), withEvidence(n.findings, files.value(n.id)),
                       formatDate(n.rectifyBy), QString::number(n.rectifyBy.daysTo(c.o.asOf))});
    }
    doc->blocks.append(Block::body(
        QStringLiteral("截至%1，监督检查发现问题的%2家托育机构有%3项整改已超过整改期限。请属地乡镇"
                       "（街道）督促其抓紧整改，于5个工作日内书面反馈整改情况。")
            .arg(formatDate(c.o.asOf))
            .arg(institutions.size())
            .arg(overdue.size()),
        QStringLiteral("supervision.rectify.body")));
    doc->blocks.append(Block::table(t, QStringLiteral("supervision.rectify.table")));
    // A document with no department's notice is signed once, at its end.
    if (doc->signature.isEmpty())
        doc->blocks.append(Block::paragraph(ParagraphStyle::Signature,
                                            signer + QLatin1Char('\n') + formatDate(c.o.asOf),
                                            QStringLiteral("supervision.rectify.signature")));
}

OfficialDocument supervisionNotices(const Context &c, QString *error)
{
    PlanRepository plans(c.ws);
    QStringList departments;
    if (!c.o.department.isEmpty()) {
        bool known = false;
        for (const Department &d : plans.departments(c.plan.id))
            known = known || d.name == c.o.department;
        if (!known) {
            *error = QStringLiteral("计划中没有责任部门“%1”").arg(c.o.department);
            return {};
        }
        departments << c.o.department;
    } else {
        departments = ReportBuilder::departmentsOwingWork(c.ws, c.plan.id);
    }
    OfficialDocument doc;
    doc.title = QStringLiteral("普惠托育重点任务督办单");
    const QString signer = c.o.signature.isEmpty() ? leadUnit(c.ws, c.plan.id) : c.o.signature;
    // Each department's notice is torn off and sent on its own, so each is a complete document:
    // title, 主送, letter, table, 落款 and date, then the 回执. The file's own title heads the
    // first notice; its 落款 would come once after the last 回执, so it is left empty.
    if (departments.isEmpty()) {
        doc.signature = signer;
        doc.date = c.o.asOf;
    }
    const QList<TaskView> tasks = plans.tasks(c.plan.id);
    int noticeNo = 0;
    for (const QString &department : departments) {
        if (noticeNo > 0) {
            doc.blocks.append(Block::pageBreak());
            doc.blocks.append(
                Block::paragraph(ParagraphStyle::Title, doc.title,
                                 QStringLiteral("supervision.%1.title").arg(department)));
        }
        ++noticeNo;
        doc.blocks.append(Block::paragraph(ParagraphStyle::Heading1,
                                           department + QStringLiteral("："),
                                           QStringLiteral("supervision.%1.to").arg(department)));
        TableBlock t;
        t.headerRows = {{QStringLiteral("序号"), QStringLiteral("任务"), QStringLiteral("职责"),
                         QStringLiteral("完成时限"), QStringLiteral("状态"),
                         QStringLiteral("最新进展"), QStringLiteral("逾期天数"),
                         QStringLiteral("督办等级")}};
        // 完成时限 gets the width of a whole "2024年12月31日" (the layout's minimum for a date:
        // wrapped as "2024年 / 12月 / 31日" it reads as three numbers); the task's words take
        // what is left, 状态 "进行中" and 最新进展's date stay on one line.
        t.columnWidths = {0.9, 5.2, 0.9, 2.6, 1.5, 2.4, 0.9, 0.9};
        // Upright, with the letter: a turned table would put the letter, the table and the
        // reply slip on three pages. The widths give way to keep numbers and dates whole.
        t.orientation = Orientation::Portrait;
        int n = 0, red = 0, yellow = 0, blue = 0;
        for (const TaskView &v : tasks) {
            const int at = int(v.departments.indexOf(department));
            if (at < 0)
                continue;
            const TaskState s = stateOf(v, c.o.asOf, c.dueSoon);
            if (s.done)
                continue;
            const QString colour = supervisionColour(s, c.o.thresholds);
            red += colour == QStringLiteral("红色");
            yellow += colour == QStringLiteral("黄色");
            blue += colour == QStringLiteral("蓝色");
            const auto entries = plans.progress(v.task.id);
            t.rows.append({QString::number(++n),
                           withEvidence(v.task.text, evidence::ofTask(*c.ws, v.task.id)),
                           at == 0 && !v.departmentImplied.value(0) ? QStringLiteral("牵头")
                                                                    : QStringLiteral("配合"),
                           deadlineText(v.task), taskStatusLabel(v.task.status),
                           entries.isEmpty() ? QStringLiteral("未报送进展")
                                             : formatDate(entries.last().date) + QLatin1Char(' ') +
                                                   entries.last().text,
                           s.overdue ? QString::number(s.daysOverdue) : QString(), colour});
        }
        doc.blocks.append(
            Block::body(QStringLiteral("根据《%1》分工，截至%2，贵单位牵头或参与的%"
                                       "3项任务尚未完成，其中红色督办（逾期超过%4天）%5项、"
                                       "黄色督办（已逾期）%6项、蓝色督办（%7）%"
                                       "8项。请对照下表抓紧推进，于5个工作日内书面反馈办理情况。")
                            .arg(c.plan.title, formatDate(c.o.asOf))
                            .arg(n)
                            .arg(c.o.thresholds.seriousDays)
                            .arg(red)
                            .arg(yellow)
                            .arg(c.dueSoon.label())
                            .arg(blue),
                        QStringLiteral("supervision.%1.body").arg(department)));
        if (n > 0)
            doc.blocks.append(
                Block::table(t, QStringLiteral("supervision.%1.table").arg(department)));
        doc.blocks.append(Block::paragraph(
            ParagraphStyle::Signature, signer + QLatin1Char('\n') + formatDate(c.o.asOf),
            QStringLiteral("supervision.%1.signature").arg(department)));
        doc.blocks.append(Block::table(replySlip(department, n),
                                       QStringLiteral("supervision.%1.reply").arg(department)));
    }
    if (departments.isEmpty())
        doc.blocks.append(Block::body(
            QStringLiteral("截至%1，各责任部门没有未完成的任务。").arg(formatDate(c.o.asOf)),
            QStringLiteral("supervision.none")));
    // The 整改 overdue after inspections, as their own notice: the whole set only (a notice to
    // one department is about its tasks).
    if (c.o.department.isEmpty())
        appendOverdueRectifications(c, signer, noticeNo > 0, &doc);
    return doc;
}

/// The round a circular reports on: the plan's newest 反馈轮次 whose forms state the tasks as
/// of its day or earlier (the day a round asks about, not the clock time its files were written,
/// so that a circular made again later says the same).
std::optional<feedback::Round> circularRound(const Context &c)
{
    for (const feedback::Round &r : feedback::rounds(c.ws, c.plan.id))
        if (r.asOf <= c.o.asOf)
            return r;
    return std::nullopt;
}

/// 各单位反馈报送情况: the round's departments ranked by their reply — on time, then late (fewer
/// working days first), then none — and, within each, by fewer overdue tasks; equal ones share
/// a rank. The departments that have not replied, for the circular's 工作要求.
QStringList feedbackRanking(const Context &c, const feedback::Round &round,
                            const QHash<QString, int> &overdue, int section, QList<Block> *blocks)
{
    struct Line
    {
        feedback::TrackerRow row;
        int group = 0; ///< 0 on time, 1 late, 2 not replied
        int overdue = 0;
    };
    QList<Line> lines;
    for (const feedback::TrackerRow &r : feedback::tracker(c.ws, round.id, c.o.asOf))
        lines.append(
            {r, r.replied ? (r.onTime ? 0 : 1) : 2, overdue.value(r.recipient.department)});
    auto key = [](const Line &l) {
        return std::make_tuple(l.group, l.group == 1 ? l.row.lateWorkingDays : 0, l.overdue);
    };
    std::stable_sort(lines.begin(), lines.end(),
                     [&](const Line &a, const Line &b) { return key(a) < key(b); });
    int onTime = 0, late = 0;
    QStringList missing;
    TableBlock t;
    t.headerRows = {{QStringLiteral("排名"), QStringLiteral("责任单位"), QStringLiteral("报送情况"),
                     QStringLiteral("报回日期"), QStringLiteral("反馈任务"),
                     QStringLiteral("逾期未完成任务")}};
    t.columnWidths = {0.8, 3.0, 4.2, 2.2, 1.2, 1.6};
    t.orientation = Orientation::Portrait;
    int rank = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Line &l = lines[i];
        if (i == 0 || key(l) != key(lines[i - 1]))
            rank = int(i) + 1;
        QString state;
        if (l.group == 0) {
            state = QStringLiteral("按时报送");
            ++onTime;
        } else if (l.group == 1) {
            state = QStringLiteral("迟报%1个工作日").arg(l.row.lateWorkingDays);
            ++late;
        } else {
            state = l.row.late
                        ? QStringLiteral("未报送（已逾期%1个工作日）").arg(l.row.lateWorkingDays)
                        : QStringLiteral("未报送（未到报送期限）");
            if (l.row.late)
                missing << l.row.recipient.department;
        }
        t.rows.append({QString::number(rank), l.row.recipient.department, state,
                       l.row.replied ? dateText(l.row.recipient.repliedAt) : QStringLiteral("—"),
                       QString::number(l.row.recipient.taskCount), QString::number(l.overdue)});
    }
    blocks->append(Block::paragraph(
        ParagraphStyle::Heading1, headingNumber(1, section) + QStringLiteral("各单位反馈报送情况"),
        QStringLiteral("circular.h.feedback")));
    blocks->append(Block::body(
        QStringLiteral("进展反馈表“%1”（统计截至%2，%3前报回）共发往%4个单位，按时报送%5个，"
                       "迟报%6个，截至%7未报送%8个。")
            .arg(round.name, formatDate(round.asOf), formatDate(round.dueDate))
            .arg(lines.size())
            .arg(onTime)
            .arg(late)
            .arg(formatDate(c.o.asOf))
            .arg(lines.size() - onTime - late),
        QStringLiteral("circular.feedback")));
    blocks->append(Block::table(t, QStringLiteral("circular.feedback.table")));
    return missing;
}

OfficialDocument circular(const Context &c)
{
    struct Score
    {
        QString department;
        int tasks = 0, due = 0, onTime = 0, overdue = 0;
        double rate() const { return due > 0 ? double(onTime) / due : 1.0; }
    };
    PlanRepository plans(c.ws);
    QMap<QString, Score> scores;
    for (const Department &d : plans.departments(c.plan.id))
        scores[d.name].department = d.name;
    for (const TaskView &v : plans.tasks(c.plan.id)) {
        for (const QString &d : v.departments) {
            Score &s = scores[d];
            s.department = d;
            ++s.tasks;
            // An inherited deadline the officer has not confirmed ranks nobody.
            if (!v.task.deadline.isValid() || v.task.deadline > c.o.asOf ||
                v.task.deadlineInherited)
                continue;
            ++s.due;
            const bool done = v.task.status == TaskStatus::Done;
            const bool inTime =
                done && (!v.task.closedDate.isValid() || v.task.closedDate <= v.task.deadline);
            s.onTime += inTime ? 1 : 0;
            s.overdue += v.task.isClosed() ? 0 : 1;
        }
    }
    QList<Score> ranked;
    for (const Score &s : scores)
        if (s.tasks > 0)
            ranked << s;
    std::stable_sort(ranked.begin(), ranked.end(), [](const Score &a, const Score &b) {
        if (a.rate() != b.rate())
            return a.rate() > b.rate();
        return a.overdue < b.overdue;
    });
    OfficialDocument doc;
    doc.title = QStringLiteral("关于普惠托育重点任务完成情况的通报");
    doc.addressee = QStringLiteral("各有关单位");
    doc.signature = c.o.signature.isEmpty() ? leadUnit(c.ws, c.plan.id) : c.o.signature;
    doc.date = c.o.asOf;
    int due = 0, onTime = 0;
    for (const Score &s : ranked) {
        due += s.due;
        onTime += s.onTime;
    }
    doc.blocks.append(Block::body(
        QStringLiteral("为推动《%1》各项任务落实，现将截至%2各责任单位任务完成情况通报如下。")
            .arg(c.plan.title, formatDate(c.o.asOf)),
        QStringLiteral("circular.opening")));
    doc.blocks.append(Block::paragraph(ParagraphStyle::Heading1,
                                       headingNumber(1, 1) + QStringLiteral("总体情况"),
                                       QStringLiteral("circular.h.overall")));
    doc.blocks.append(Block::body(
        QStringLiteral("各责任单位到期任务共%1项（按单位计），按时完成%2项，按时完成率%3。")
            .arg(due)
            .arg(onTime)
            .arg(percent(onTime, due)),
        QStringLiteral("circular.overall")));
    doc.blocks.append(Block::paragraph(ParagraphStyle::Heading1,
                                       headingNumber(1, 2) + QStringLiteral("各单位完成情况排名"),
                                       QStringLiteral("circular.h.ranking")));
    TableBlock t;
    t.headerRows = {{QStringLiteral("排名"), QStringLiteral("责任单位"), QStringLiteral("承担任务"),
                     QStringLiteral("已到期"), QStringLiteral("按时完成"),
                     QStringLiteral("逾期未完成"), QStringLiteral("按时完成率")}};
    t.columnWidths = {0.8, 4.0, 1.2, 1.2, 1.2, 1.4, 1.5};
    t.orientation = Orientation::Portrait;
    // Departments equal on both keys share a rank; the next one skips (1, 1, 3).
    int rank = 0;
    for (qsizetype i = 0; i < ranked.size(); ++i) {
        const Score &s = ranked[i];
        if (i == 0 || s.rate() != ranked[i - 1].rate() || s.overdue != ranked[i - 1].overdue)
            rank = int(i) + 1;
        t.rows.append({QString::number(rank), s.department, QString::number(s.tasks),
                       QString::number(s.due), QString::number(s.onTime),
                       QString::number(s.overdue),
                       s.due > 0 ? percent(s.onTime, s.due) : QStringLiteral("—")});
    }
    doc.blocks.append(Block::table(t, QStringLiteral("circular.table")));
    QStringList behind;
    QHash<QString, int> overdue;
    for (const Score &s : ranked) {
        overdue.insert(s.department, s.overdue);
        if (s.overdue > 0)
            behind << QStringLiteral("%1（逾期%2项）").arg(s.department).arg(s.overdue);
    }
    // With a 反馈轮次 sent, the departments are also ranked by their replies.
    int section = 3;
    QStringList missing;
    if (const std::optional<feedback::Round> round = circularRound(c))
        missing = feedbackRanking(c, *round, overdue, section++, &doc.blocks);
    doc.blocks.append(Block::paragraph(ParagraphStyle::Heading1,
                                       headingNumber(1, section) + QStringLiteral("工作要求"),
                                       QStringLiteral("circular.h.ask")));
    QString ask =
        behind.isEmpty()
            ? QStringLiteral("各单位到期任务均已按时完成，请继续保持。")
            : QStringLiteral("请%1对照任务清单查找原因，限期整改，并将整改情况报领导小组办公室。")
                  .arg(behind.join(QStringLiteral("、")));
    if (!missing.isEmpty())
        ask += QStringLiteral("请%1尽快报回进展反馈表。").arg(missing.join(QStringLiteral("、")));
    doc.blocks.append(Block::body(ask, QStringLiteral("circular.ask")));
    return doc;
}

} // namespace

QString reportKindCode(ReportKind kind)
{
    return kKinds.code(kind);
}

bool reportKindFromCode(const QString &code, ReportKind *kind)
{
    const auto parsed = kKinds.fromCode(code);
    if (parsed)
        *kind = *parsed;
    return parsed.has_value();
}

QString reportKindLabel(ReportKind kind)
{
    return kKinds.label(kind);
}

QList<OfficerParagraph> ReportBuilder::officerParagraphs(ReportKind kind)
{
    if (kind != ReportKind::Progress)
        return {};
    return {{QStringLiteral("progress.problems"), QStringLiteral("（请在此填写存在的问题。）")},
            {QStringLiteral("progress.next"), QStringLiteral("（请在此填写下一步工作打算。）")}};
}

OfficialDocument ReportBuilder::ledgerDocument(const QString &title,
                                               const QList<TableBlock> &tables, const QDate &asOf,
                                               const QString &emptyText)
{
    OfficialDocument doc;
    doc.title = title;
    for (qsizetype i = 0; i < tables.size(); ++i)
        doc.blocks.append(Block::table(tables.at(i), i == 0 ? QStringLiteral("table")
                                                            : QStringLiteral("table.%1").arg(i)));
    if (tables.isEmpty())
        doc.blocks.append(Block::body(emptyText, QStringLiteral("table")));
    doc.blocks.append(
        Block::paragraph(ParagraphStyle::Note,
                         QStringLiteral("注：数据截至%1，来源于托育工作台。").arg(formatDate(asOf)),
                         QStringLiteral("note")));
    return doc;
}

QStringList ReportBuilder::departmentsOwingWork(Workspace *ws, qint64 planId)
{
    PlanRepository plans(ws);
    QSet<QString> owing;
    for (const TaskView &v : plans.tasks(planId))
        if (!v.task.isClosed())
            for (const QString &d : v.departments)
                owing.insert(d);
    QStringList ordered;
    for (const Department &d : plans.departments(planId))
        if (owing.contains(d.name))
            ordered << d.name;
    return ordered;
}

OfficialDocument ReportBuilder::build(Workspace *ws, const ReportOptions &o, QString *error)
{
    const auto plan = PlanRepository(ws).plan(o.planId);
    if (!plan) {
        *error = QStringLiteral("没有编号为 %1 的计划").arg(o.planId);
        return {};
    }
    ReportOptions options = o;
    if (!options.asOf.isValid())
        options.asOf = QDate::currentDate();
    const Context c{ws, options, *plan, districtName(ws), DueSoon::forWorkspace(ws)};
    switch (o.kind) {
    case ReportKind::Progress:
        return progressReport(c);
    case ReportKind::Supervision:
        return supervisionNotices(c, error);
    case ReportKind::Circular:
        return circular(c);
    case ReportKind::Institutions:
        return attachmentOnly(c, QStringLiteral("%1托育机构名单").arg(c.district),
                              institutionTable(ws));
    case ReportKind::Tasks:
        return attachmentOnly(c,
                              QStringLiteral("%1任务台账")
                                  .arg(plan->shortTitle.isEmpty() ? plan->title : plan->shortTitle),
                              taskTable(ws, plan->id, options.asOf));
    case ReportKind::Indicators:
        return attachmentOnly(
            c, QStringLiteral("绩效指标完成情况表"),
            indicatorTable(IndicatorEngine::evaluate(ws, plan->id, options.asOf)));
    case ReportKind::Decomposition:
        return attachmentOnly(c,
                              QStringLiteral("%1任务分解表")
                                  .arg(plan->shortTitle.isEmpty() ? plan->title : plan->shortTitle),
                              decompositionTables(ws, plan->id),
                              QStringLiteral("本计划没有录入任务分解表。"));
    }
    return {};
}

} // namespace tuoyu
