#include "dashboardpage.h"

#include "calendar/workingdaycalendar.h"
#include "domain/institutionkind.h"
#include "indicators/indicatorengine.h"
#include "indicators/registrytotals.h"
#include "storage/indicatorrepository.h"
#include "storage/planrepository.h"
#include "storage/workspace.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QMap>
#include <QPieSeries>
#include <QScrollArea>
#include <QSqlQuery>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace tuoyu {

namespace {

const QColor kGreen(0x2E, 0x7D, 0x32);
const QColor kAmber(0xEF, 0x8F, 0x00);
const QColor kRed(0xC6, 0x28, 0x28);
const QColor kBlue(0x15, 0x65, 0xC0);
const QColor kGrey(0x9E, 0x9E, 0x9E);

QColor statusColour(IndicatorStatus s)
{
    switch (s) {
    case IndicatorStatus::Met:
        return kGreen;
    case IndicatorStatus::Warning:
        return kRed;
    case IndicatorStatus::NotMet:
        return kAmber;
    case IndicatorStatus::NoData:
        break;
    }
    return kGrey;
}

QString shortName(const QString &s, int max)
{
    return s.size() > max ? s.left(max - 1) + QStringLiteral("…") : s;
}

QString number(double v)
{
    return std::abs(v - std::round(v)) < 1e-9 ? QString::number(qint64(std::llround(v)))
                                              : QString::number(v, 'f', 2);
}

QChartView *makeChartView(const QString &name)
{
    auto *view = new QChartView;
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(260);
    return view;
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    QFont f = chart->titleFont();
    f.setPointSizeF(11);
    f.setBold(true);
    chart->setTitleFont(f);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

/// Which of the plan's tasks are overdue, done … on a date.
enum class TaskBucket
{
    Done,
    Overdue,
    InProgress,
    NotStarted
};

TaskBucket bucketOf(const TaskView &t, const QDate &asOf)
{
    if (t.task.status == TaskStatus::Done || t.task.status == TaskStatus::Cancelled)
        return TaskBucket::Done;
    if (t.overdue(asOf))
        return TaskBucket::Overdue;
    return t.task.status == TaskStatus::InProgress ? TaskBucket::InProgress
                                                   : TaskBucket::NotStarted;
}

} // namespace

DashboardPage::DashboardPage(QWidget *parent)
    : Page(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget;
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(QStringLiteral("截至：")));
    m_dateEdit = new QDateEdit(QDate::currentDate());
    m_dateEdit->setObjectName(QStringLiteral("asOfDate"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QStringLiteral("yyyy年M月d日"));
    top->addWidget(m_dateEdit);
    top->addStretch(1);
    layout->addLayout(top);
    connect(m_dateEdit, &QDateEdit::dateChanged, this, &DashboardPage::setAsOf);

    m_banner = new QLabel;
    m_banner->setObjectName(QStringLiteral("openBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::RichText);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: #FFF4E5; border: 1px solid #EF8F00; "
                       "border-radius: 4px; padding: 6px; }"));
    m_banner->setVisible(false);
    connect(m_banner, &QLabel::linkActivated, this,
            [this](const QString &link) { Q_EMIT showPageRequested(link, 0); });
    layout->addWidget(m_banner);

    m_cards = new QGridLayout;
    layout->addLayout(m_cards);

    auto *charts = new QGridLayout;
    m_targetChart = makeChartView(QStringLiteral("targetChart"));
    m_taskChart = makeChartView(QStringLiteral("taskChart"));
    m_slotChart = makeChartView(QStringLiteral("slotChart"));
    m_timelineChart = makeChartView(QStringLiteral("timelineChart"));
    charts->addWidget(m_targetChart, 0, 0);
    charts->addWidget(m_taskChart, 0, 1);
    charts->addWidget(m_slotChart, 1, 0);
    charts->addWidget(m_timelineChart, 1, 1);
    layout->addLayout(charts);

    auto *dueTitle = new QLabel(QStringLiteral("<b>逾期和30天内到期的任务</b>"));
    layout->addWidget(dueTitle);
    m_dueTable = new QTableWidget;
    m_dueTable->setObjectName(QStringLiteral("dueTable"));
    m_dueTable->setColumnCount(5);
    m_dueTable->setHorizontalHeaderLabels({QStringLiteral("任务"), QStringLiteral("完成时限"),
                                           QStringLiteral("牵头部门"), QStringLiteral("状态"),
                                           QStringLiteral("情况")});
    m_dueTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_dueTable->verticalHeader()->setVisible(false);
    m_dueTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_dueTable->setMinimumHeight(180);
    connect(m_dueTable, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        Q_EMIT showPageRequested(QStringLiteral("tasks"),
                                 m_dueTable->item(row, 0)->data(Qt::UserRole).toLongLong());
    });
    layout->addWidget(m_dueTable);
}

void DashboardPage::setContext(Workspace *workspace, qint64 planId)
{
    const bool newWorkspace = workspace != m_workspace;
    m_workspace = workspace;
    m_planId = planId;
    if (workspace && newWorkspace) {
        // What became overdue since the workspace was last opened: remember the date once per
        // opening, then move the mark to today for the next time.
        m_lastOpened =
            QDate::fromString(workspace->info(QStringLiteral("last_opened")), Qt::ISODate);
        workspace->setInfo(QStringLiteral("last_opened"),
                           QDate::currentDate().toString(Qt::ISODate));
    }
    m_asOf = m_dateEdit->date();
    // Opening a workspace draws the window first and the charts right after, so the window is
    // on screen at once even for a large registry.
    QTimer::singleShot(0, this, &DashboardPage::reload);
}

void DashboardPage::refresh(const QSet<QString> &)
{
    reload();
}

void DashboardPage::setAsOf(const QDate &date)
{
    if (m_dateEdit->date() != date)
        m_dateEdit->setDate(date);
    m_asOf = date;
    reload();
}

QString DashboardPage::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

int DashboardPage::cardCount() const
{
    return m_cards->count();
}

int DashboardPage::dueTaskRows() const
{
    return m_dueTable->rowCount();
}

void DashboardPage::updateBanner()
{
    m_banner->setVisible(false);
    if (!m_workspace || m_planId == 0)
        return;
    const QDate today = QDate::currentDate();
    const WorkingDayCalendar calendar = WorkingDayCalendar::forWorkspace(m_workspace);
    QStringList newlyOverdue;
    QStringList dueSoon;
    for (const TaskView &t : PlanRepository(m_workspace).tasks(m_planId)) {
        if (t.task.status == TaskStatus::Done || t.task.status == TaskStatus::Cancelled ||
            !t.task.deadline.isValid())
            continue;
        const QString name = QStringLiteral("“%1”（%2）").arg(shortName(t.task.text, 18), t.lead());
        if (t.task.deadline < today && (!m_lastOpened.isValid() || t.task.deadline >= m_lastOpened))
            newlyOverdue << name;
        else if (calendar.dueWithin(t.task.deadline, today, 5))
            dueSoon << name;
    }
    if (newlyOverdue.isEmpty() && dueSoon.isEmpty())
        return;
    QStringList parts;
    if (!newlyOverdue.isEmpty())
        parts << QStringLiteral("%1 %2 项：%3")
                     .arg(m_lastOpened.isValid()
                              ? QStringLiteral("自上次打开（%1）以来新逾期")
                                    .arg(m_lastOpened.toString(QStringLiteral("M月d日")))
                              : QStringLiteral("已逾期"))
                     .arg(newlyOverdue.size())
                     .arg(newlyOverdue.mid(0, 5).join(QStringLiteral("、")) +
                          (newlyOverdue.size() > 5 ? QStringLiteral("等") : QString()));
    if (!dueSoon.isEmpty())
        parts << QStringLiteral("5个工作日内到期 %1 项：%2")
                     .arg(dueSoon.size())
                     .arg(dueSoon.mid(0, 5).join(QStringLiteral("、")) +
                          (dueSoon.size() > 5 ? QStringLiteral("等") : QString()));
    m_banner->setText(parts.join(QStringLiteral("<br>")) +
                      QStringLiteral("　<a href=\"tasks\">查看任务</a>"));
    m_banner->setVisible(true);
}

void DashboardPage::reload()
{
    // Cards
    while (QLayoutItem *item = m_cards->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_dueTable->setRowCount(0);
    for (QChartView *view : {m_targetChart, m_taskChart, m_slotChart, m_timelineChart})
        view->setChart(newChart(QString()));
    if (!m_workspace || m_planId == 0) {
        m_banner->setVisible(false);
        return;
    }
    updateBanner();
    const QDate asOf = m_asOf.isValid() ? m_asOf : QDate::currentDate();
    const QList<IndicatorResult> results = IndicatorEngine::evaluate(m_workspace, m_planId, asOf);
    int column = 0;
    for (const IndicatorResult &r : results) {
        if (column >= 6)
            break;
        auto *card = new QFrame;
        card->setObjectName(QStringLiteral("indicatorCard"));
        card->setFrameShape(QFrame::StyledPanel);
        card->setStyleSheet(
            QStringLiteral(
                "QFrame#indicatorCard { border: 1px solid %1; border-left: 5px solid %1; "
                "border-radius: 4px; background: white; }")
                .arg(statusColour(r.status).name()));
        auto *v = new QVBoxLayout(card);
        auto *name = new QLabel(shortName(r.indicator.name, 14));
        name->setToolTip(r.indicator.name);
        auto *value = new QLabel(
            QStringLiteral("<span style='font-size:16pt;font-weight:bold'>%1</span> %2")
                .arg(r.actual ? number(*r.actual) : QStringLiteral("—"), r.indicator.unit));
        auto *target = new QLabel(
            QStringLiteral("目标 %1%2%3 · <span style='color:%4'>%5</span>")
                .arg(r.indicator.direction == Direction::AtMost ? QStringLiteral("≤")
                                                                : QStringLiteral("≥"),
                     r.target ? number(r.target->value) : QStringLiteral("—"), r.indicator.unit,
                     statusColour(r.status).name(), indicatorStatusLabel(r.status)));
        v->addWidget(name);
        v->addWidget(value);
        v->addWidget(target);
        m_cards->addWidget(card, 0, column++);
    }

    // Target versus actual, as a percentage of each target (the units differ).
    {
        QChart *chart = newChart(QStringLiteral("指标完成程度（实际占目标 %）"));
        auto *series = new QHorizontalBarSeries;
        auto *set = new QBarSet(QStringLiteral("完成程度"));
        QStringList categories;
        double most = 120;
        for (const IndicatorResult &r : results) {
            if (!r.actual || !r.target || r.target->value == 0)
                continue;
            double p = 100.0 * *r.actual / r.target->value;
            if (r.indicator.direction == Direction::AtMost && *r.actual > 0)
                p = 100.0 * r.target->value / *r.actual;
            p = std::min(p, 200.0);
            most = std::max(most, p);
            *set << p;
            categories << shortName(r.indicator.name, 12);
        }
        set->setColor(kBlue);
        series->append(set);
        series->setLabelsVisible(true);
        series->setLabelsFormat(QStringLiteral("@value%"));
        series->setLabelsPrecision(4);
        chart->addSeries(series);
        auto *y = new QBarCategoryAxis;
        y->append(categories);
        auto *x = new QValueAxis;
        const double top = std::ceil(most / 20) * 20;
        x->setRange(0, top);
        x->setTickCount(int(top / 20) + 1);
        x->setLabelFormat(QStringLiteral("%d%"));
        chart->addAxis(y, Qt::AlignLeft);
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(y);
        series->attachAxis(x);
        // The 100% line.
        auto *line = new QLineSeries;
        line->setName(QStringLiteral("目标（100%）"));
        line->append(100, -0.5);
        line->append(100, std::max<qsizetype>(categories.size(), 1) - 0.5);
        line->setPen(QPen(kRed, 2, Qt::DashLine));
        chart->addSeries(line);
        auto *lineY = new QValueAxis;
        lineY->setRange(-0.5, std::max<qsizetype>(categories.size(), 1) - 0.5);
        lineY->setVisible(false);
        chart->addAxis(lineY, Qt::AlignRight);
        line->attachAxis(x);
        line->attachAxis(lineY);
        if (categories.isEmpty())
            chart->setTitle(
                QStringLiteral("指标完成程度：暂无可计算的指标（请填写人口数据或实际值）"));
        m_targetChart->setChart(chart);
    }

    // Task completion by program.
    PlanRepository plans(m_workspace);
    const QList<ProgramNode> tree = plans.tree(m_planId);
    {
        QChart *chart = newChart(QStringLiteral("各工程任务完成情况"));
        auto *series = new QHorizontalStackedBarSeries;
        auto *done = new QBarSet(QStringLiteral("已完成"));
        auto *progress = new QBarSet(QStringLiteral("进行中"));
        auto *waiting = new QBarSet(QStringLiteral("未开始"));
        auto *late = new QBarSet(QStringLiteral("逾期"));
        done->setColor(kGreen);
        progress->setColor(kBlue);
        waiting->setColor(kGrey);
        late->setColor(kRed);
        QStringList categories;
        int most = 1;
        for (const ProgramNode &p : tree) {
            int counts[4] = {0, 0, 0, 0};
            for (const ProjectNode &j : p.projects)
                for (const TaskView &t : j.tasks)
                    ++counts[int(bucketOf(t, asOf))];
            *done << counts[0];
            *late << counts[1];
            *progress << counts[2];
            *waiting << counts[3];
            most = std::max(most, counts[0] + counts[1] + counts[2] + counts[3]);
            categories << shortName(p.program.number + p.program.title, 14);
        }
        series->append({done, progress, waiting, late});
        chart->addSeries(series);
        auto *y = new QBarCategoryAxis;
        y->append(categories);
        auto *x = new QValueAxis;
        x->setRange(0, most);
        x->setTickCount(std::min(most, 10) + 1);
        x->setLabelFormat(QStringLiteral("%d"));
        chart->addAxis(y, Qt::AlignLeft);
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(y);
        series->attachAxis(x);
        m_taskChart->setChart(chart);
    }

    // Slots by kind (pie) — and by area in the slices' tooltips is too hidden; the title says both.
    {
        QChart *chart = newChart(QStringLiteral("托位按机构属性"));
        auto *pie = new QPieSeries;
        QSqlQuery q(m_workspace->db());
        q.prepare(QStringLiteral("SELECT kind, SUM(slots) FROM institution WHERE opened_date IS "
                                 "NULL OR opened_date <= ? "
                                 "GROUP BY kind ORDER BY SUM(slots) DESC"));
        q.addBindValue(asOf.toString(Qt::ISODate));
        q.exec();
        while (q.next()) {
            const qint64 slots = q.value(1).toLongLong();
            if (slots > 0)
                pie->append(QStringLiteral("%1 %2")
                                .arg(kindLabel(kindFromCode(q.value(0).toString())))
                                .arg(slots),
                            double(slots));
        }
        pie->setLabelsVisible(true);
        pie->setPieSize(0.62);
        chart->addSeries(pie);
        chart->legend()->setVisible(false);
        QSqlQuery a(m_workspace->db());
        a.exec(QStringLiteral("SELECT COALESCE(a.name, '未填乡镇'), SUM(i.slots) FROM institution "
                              "i LEFT JOIN area a ON a.id = i.area_id "
                              "GROUP BY a.name ORDER BY SUM(i.slots) DESC"));
        QStringList areas;
        while (a.next())
            areas
                << QStringLiteral("%1 %2").arg(a.value(0).toString()).arg(a.value(1).toLongLong());
        chart->setTitle(QStringLiteral("托位按机构属性；按乡镇（街道）：%1")
                            .arg(areas.mid(0, 4).join(QStringLiteral("，"))));
        m_slotChart->setChart(chart);
    }

    // Deadline timeline: tasks per month by status, this month marked.
    {
        QChart *chart = newChart(QStringLiteral("任务完成时限分布（按月）"));
        QMap<QString, std::array<int, 3>> months; // done, overdue, open
        for (const TaskView &t : plans.tasks(m_planId)) {
            if (!t.task.deadline.isValid())
                continue;
            auto &m = months[t.task.deadline.toString(QStringLiteral("yyyy-MM"))];
            const TaskBucket b = bucketOf(t, asOf);
            ++m[b == TaskBucket::Done ? 0 : b == TaskBucket::Overdue ? 1 : 2];
        }
        auto *series = new QStackedBarSeries;
        auto *done = new QBarSet(QStringLiteral("已完成"));
        auto *late = new QBarSet(QStringLiteral("逾期"));
        auto *open = new QBarSet(QStringLiteral("未到期"));
        done->setColor(kGreen);
        late->setColor(kRed);
        open->setColor(kBlue);
        QStringList categories;
        const QString thisMonth = asOf.toString(QStringLiteral("yyyy-MM"));
        bool marked = false;
        for (auto it = months.cbegin(); it != months.cend(); ++it) {
            if (!marked && it.key() > thisMonth) {
                categories << QStringLiteral("▼本月");
                *done << 0;
                *late << 0;
                *open << 0;
                marked = true;
            }
            categories << (it.key() == thisMonth ? it.key() + QStringLiteral("（本月）")
                                                 : it.key());
            marked = marked || it.key() == thisMonth;
            *done << it.value()[0];
            *late << it.value()[1];
            *open << it.value()[2];
        }
        if (!marked) {
            categories << QStringLiteral("▼本月");
            *done << 0;
            *late << 0;
            *open << 0;
        }
        series->append({done, late, open});
        chart->addSeries(series);
        auto *x = new QBarCategoryAxis;
        x->append(categories);
        auto *y = new QValueAxis;
        y->setLabelFormat(QStringLiteral("%d"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        m_timelineChart->setChart(chart);
    }

    // Tasks overdue or due within 30 days.
    QList<TaskView> due;
    for (const TaskView &t : plans.tasks(m_planId)) {
        const TaskBucket b = bucketOf(t, asOf);
        if (b == TaskBucket::Overdue || (b != TaskBucket::Done && t.task.deadline.isValid() &&
                                         asOf.daysTo(t.task.deadline) <= 30))
            due << t;
    }
    m_dueTable->setRowCount(int(due.size()));
    for (int r = 0; r < due.size(); ++r) {
        const TaskView &t = due[r];
        const bool overdue = t.overdue(asOf);
        auto *text = new QTableWidgetItem(t.task.text);
        text->setData(Qt::UserRole, t.task.id);
        text->setToolTip(t.task.text);
        m_dueTable->setItem(r, 0, text);
        m_dueTable->setItem(r, 1, new QTableWidgetItem(t.task.deadline.toString(Qt::ISODate)));
        m_dueTable->setItem(r, 2, new QTableWidgetItem(t.lead()));
        m_dueTable->setItem(r, 3, new QTableWidgetItem(taskStatusLabel(t.task.status)));
        auto *state = new QTableWidgetItem(
            overdue ? QStringLiteral("逾期 %1 天").arg(t.task.deadline.daysTo(asOf))
                    : QStringLiteral("%1 天后到期").arg(asOf.daysTo(t.task.deadline)));
        state->setForeground(overdue ? kRed : kAmber);
        m_dueTable->setItem(r, 4, state);
    }
}

} // namespace tuoyu
