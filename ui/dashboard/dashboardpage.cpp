#include "dashboardpage.h"

#include "oversight/overduerectifications.h"

#include "calendar/duesoon.h"
#include "commands/demoworkspace.h"
#include "domain/institutionkind.h"
#include "indicators/indicatorengine.h"
#include "indicators/registrycache.h"
#include "session/workspace.h"
#include "shell/corewords.h"
#include "storage/indicatorrepository.h"
#include "storage/planrepository.h"

#include "shell/forms.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QCryptographicHash>
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
#include <QPieSlice>
#include <QScrollArea>
#include <QSettings>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace tuoyu {

namespace {

const QColor kGreen(0x2E, 0x7D, 0x32);
const QColor kAmber(0xEF, 0x8F, 0x00);
const QColor kRed(0xC6, 0x28, 0x28);
const QColor kBlue(0x15, 0x65, 0xC0);
const QColor kGrey(0x9E, 0x9E, 0x9E);
/// An indicator card's width: its name (14 characters) and its target line fit.
constexpr int kCardWidth = 210;

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

/// A bar chart tall enough for a line of text per category: Qt Charts shows a category's label
/// as "…" when its bar is narrower than the text is high.
void fitCategories(QChartView *view, qsizetype categories)
{
    view->setMinimumHeight(std::max(260, 130 + 30 * int(categories)));
}

QChartView *makeChartView(const QString &name)
{
    auto *view = new QChartView;
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(260);
    return view;
}

QBarSet *barSet(const QString &name, const QColor &colour)
{
    auto *set = new QBarSet(name);
    set->setColor(colour);
    return set;
}

/// One stacked band of a bar chart: its name, colour and which count of each bar it shows.
struct Band
{
    QString name;
    QColor colour;
    size_t column;
};

template <size_t N>
QList<QBarSet *> bandSets(const QList<Band> &bands, const QList<std::array<int, N>> &counts)
{
    QList<QBarSet *> sets;
    for (const Band &band : bands) {
        QBarSet *set = barSet(band.name, band.colour);
        for (const auto &c : counts)
            *set << c[band.column];
        sets << set;
    }
    return sets;
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

/// Counts on a value axis: a range from 0 whose ticks fall on whole numbers (steps of 1, 2, 5,
/// 10, 20 …), so the labels never read 0, 2, 5, 8. At most 5 steps: Qt Charts hides a vertical
/// axis's labels as "…" once they are closer than a line of Chinese text.
void setCountRange(QValueAxis *axis, int most)
{
    most = std::max(most, 1);
    int step = 0;
    for (int factor = 1; step == 0; factor *= 10)
        for (int s : {1, 2, 5})
            if (step == 0 && most <= s * factor * 5)
                step = s * factor;
    const int top = (most + step - 1) / step * step;
    axis->setRange(0, top);
    axis->setTickCount(top / step + 1);
    axis->setMinorTickCount(0);
    axis->setLabelFormat(QStringLiteral("%d"));
}

/// Adds bars of counts to `chart`: `categories` along the `categorySide` edge (left for bars
/// across, bottom for columns), the counts on whole-number ticks along the other.
void addCountSeries(QChart *chart, QAbstractBarSeries *series, const QStringList &categories,
                    Qt::Alignment categorySide, int most)
{
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto *countAxis = new QValueAxis;
    chart->addAxis(categoryAxis, categorySide);
    chart->addAxis(countAxis, categorySide == Qt::AlignLeft ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(countAxis);
    setCountRange(countAxis, most); // after attaching, which would set the range from the data
}

/// A chart with nothing to draw says so in its title instead of keeping empty axes or a
/// dangling title.
QChart *emptyChart(const QString &title, const QString &why)
{
    QChart *chart =
        newChart(QCoreApplication::translate("tuoyu::DashboardPage", "%1：%2").arg(title, why));
    chart->legend()->setVisible(false);
    return chart;
}

/// Whether `view` is to draw its figures: not when they are what it already shows
/// (`changed` false), nor when there are none (`empty`), when its title says `why` instead.
bool drawing(QChartView *view, bool changed, bool empty, const QString &title, const QString &why)
{
    if (changed && empty)
        view->setChart(emptyChart(title, why));
    return changed && !empty;
}

/// (value, key) pairs, the largest value first (ties by key, so the order is stable).
QList<std::pair<qint64, QString>> largestFirst(const QHash<QString, qint64> &values)
{
    QList<std::pair<qint64, QString>> list;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        list.append({it.value(), it.key()});
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    return list;
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
    if (t.task.isClosed())
        return TaskBucket::Done;
    if (t.overdueFirm(asOf))
        return TaskBucket::Overdue;
    return t.task.status == TaskStatus::InProgress ? TaskBucket::InProgress
                                                   : TaskBucket::NotStarted;
}

} // namespace

DashboardPage::DashboardPage(QWidget *parent)
    : Page(tr("概览"), QStringLiteral("dashboard"), {}, parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea;
    m_scroll->setObjectName(QStringLiteral("dashboardScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->viewport()->installEventFilter(this);
    outer->addWidget(m_scroll);
    m_content = new QWidget;
    m_scroll->setWidget(m_content);
    auto *layout = new QVBoxLayout(m_content);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("截至：")));
    m_dateEdit = new QDateEdit(QDate::currentDate());
    m_dateEdit->setObjectName(QStringLiteral("asOfDate"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(tr("yyyy年M月d日"));
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

    m_dueTitle = new QLabel(tr("<b>逾期和即将到期的任务</b>"));
    layout->addWidget(m_dueTitle);
    m_unconfirmedNote = new QLabel;
    m_unconfirmedNote->setObjectName(QStringLiteral("unconfirmedDeadlines"));
    m_unconfirmedNote->setWordWrap(true);
    m_unconfirmedNote->setVisible(false);
    layout->addWidget(m_unconfirmedNote);
    m_dueTable =
        forms::listTable(QStringLiteral("dueTable"),
                         {tr("任务"), tr("完成时限"), tr("牵头部门"), tr("状态"), tr("情况")}, 0);
    m_dueTable->setMinimumHeight(180);
    connect(m_dueTable, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        Q_EMIT showPageRequested(QStringLiteral("tasks"),
                                 m_dueTable->item(row, 0)->data(Qt::UserRole).toLongLong());
    });
    layout->addWidget(m_dueTable);
    m_overdueRectifications = new OverdueRectifications;
    connect(m_overdueRectifications, &OverdueRectifications::inspectionActivated, this,
            [this](qint64 id) { Q_EMIT showPageRequested(QStringLiteral("oversight"), id); });
    layout->addWidget(m_overdueRectifications);
}

void DashboardPage::contextChanged(Workspace *previous)
{
    if (m_workspace && m_workspace != previous) {
        // What became overdue since the workspace was last opened: remember the date once per
        // opening, then move the mark to today for the next time. It is this officer's memory
        // of this file, kept with the user's settings: writing it into the workspace would
        // change the file (and a colleague's mark) behind the undo stack and the audit log.
        const QString key =
            QStringLiteral("dashboard/lastOpened/") +
            QString::fromLatin1(
                QCryptographicHash::hash(m_workspace->path().toUtf8(), QCryptographicHash::Sha1)
                    .toHex());
        QSettings settings;
        m_lastOpened = QDate::fromString(settings.value(key).toString(), Qt::ISODate);
        settings.setValue(key, QDate::currentDate().toString(Qt::ISODate));
        // The demo opens on its own day inside the plan period; any other workspace on today.
        m_demoAsOf = demoworkspace::defaultAsOf(m_workspace);
        const QSignalBlocker blocker(m_dateEdit);
        m_dateEdit->setDate(m_demoAsOf.isValid() ? m_demoAsOf : QDate::currentDate());
    }
    m_asOf = m_dateEdit->date();
    // Opening a workspace draws the window first and the charts right after, so the window is
    // on screen at once even for a large registry.
    QTimer::singleShot(0, this, &DashboardPage::reload);
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
    return int(m_cardWidgets.size());
}

int DashboardPage::dueTaskRows() const
{
    return m_dueTable->rowCount();
}

int DashboardPage::overdueTaskCount() const
{
    return m_overdueCount;
}

int DashboardPage::overdueRectificationCount() const
{
    return m_overdueRectifications->count();
}

int DashboardPage::unconfirmedDeadlineCount() const
{
    return m_unconfirmedCount;
}

qint64 DashboardPage::shownSlots() const
{
    qint64 total = 0;
    for (QAbstractSeries *s : m_slotChart->chart()->series())
        if (auto *pie = qobject_cast<QPieSeries *>(s))
            total += qint64(std::llround(pie->sum()));
    return total;
}

void DashboardPage::updateBanner(const QList<TaskView> &tasks)
{
    m_banner->setVisible(false);
    // The demo's "today" is its day inside the plan period.
    const QDate today = m_demoAsOf.isValid() ? m_demoAsOf : QDate::currentDate();
    const DueSoon window = DueSoon::forWorkspace(m_workspace);
    QStringList newlyOverdue;
    QStringList dueSoon;
    for (const TaskView &t : tasks) {
        if (t.task.isClosed() || !t.task.deadline.isValid() || !t.deadlineFirm())
            continue;
        const QString name = tr("“%1”（%2）").arg(shortName(t.task.text, 18), t.lead());
        if (t.task.deadline < today && (!m_lastOpened.isValid() || t.task.deadline >= m_lastOpened))
            newlyOverdue << name;
        else if (window.appliesTo(t.task, today))
            dueSoon << name;
    }
    QStringList parts;
    if (m_demoAsOf.isValid())
        parts << tr("这是示例工作区（屯留区实施方案，数字为示例）：各页按计划期内的 %1 "
                    "显示进度和逾期；在“截至”处可改为其他日期。")
                     .arg(m_demoAsOf.toString(tr("yyyy年M月d日")));
    if (newlyOverdue.isEmpty() && dueSoon.isEmpty() && parts.isEmpty())
        return;
    if (!newlyOverdue.isEmpty())
        parts << tr("%1 %2 项：%3")
                     .arg(m_lastOpened.isValid() ? tr("自上次打开（%1）以来新逾期")
                                                       .arg(m_lastOpened.toString(tr("M月d日")))
                                                 : tr("已逾期"))
                     .arg(newlyOverdue.size())
                     .arg(newlyOverdue.mid(0, 5).join(tr("、")) +
                          (newlyOverdue.size() > 5 ? tr("等") : QString()));
    if (!dueSoon.isEmpty())
        parts << tr("%1 %2 项：%3")
                     .arg(shownWords(window.label()))
                     .arg(dueSoon.size())
                     .arg(dueSoon.mid(0, 5).join(tr("、")) +
                          (dueSoon.size() > 5 ? tr("等") : QString()));
    m_banner->setText(parts.join(QStringLiteral("<br>")) +
                      (newlyOverdue.isEmpty() && dueSoon.isEmpty()
                           ? QString()
                           : tr("　<a href=\"tasks\">查看任务</a>")));
    m_banner->setVisible(true);
}

bool DashboardPage::needsRedraw(const void *part, const QString &shows)
{
    // Rebuilding a chart costs milliseconds, and after one edit most parts of the page show
    // what they showed before: only those whose figures changed are built again.
    const auto it = m_shown.constFind(part);
    if (it != m_shown.cend() && *it == shows)
        return false;
    m_shown.insert(part, shows);
    return true;
}

void DashboardPage::clear()
{
    while (QLayoutItem *item = m_cards->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_cardWidgets.clear();
    m_dueTable->setRowCount(0);
    m_overdueRectifications->show(nullptr, {});
    for (QChartView *view : {m_targetChart, m_taskChart, m_slotChart, m_timelineChart})
        view->setChart(newChart(QString()));
    m_shown.clear();
    m_banner->setVisible(false);
}

void DashboardPage::reload()
{
    if (!m_workspace || m_planId == 0) {
        clear();
        return;
    }
    const QDate asOf = m_asOf.isValid() ? m_asOf : QDate::currentDate();
    PlanRepository plans(m_workspace);
    const QList<TaskView> tasks = plans.tasks(m_planId);
    updateBanner(tasks);
    const QList<IndicatorResult> results = IndicatorEngine::evaluate(m_workspace, m_planId, asOf);
    showCards(results);
    showTargets(results);
    showTaskProgress(plans.tree(m_planId), asOf);
    showSlots(asOf);
    showTimeline(tasks, asOf);
    showDue(tasks, asOf);
    m_overdueRectifications->show(m_workspace, asOf);
}

void DashboardPage::showCards(const QList<IndicatorResult> &results)
{
    struct Card
    {
        QString colour, name, tooltip, value, target;
    };
    QList<Card> cards;
    QString shows;
    for (const IndicatorResult &r : results) {
        const QString colour = statusColour(r.status).name();
        // A qualitative goal shows its judgement (已实现 / 未实现 / 未认定) as its value.
        const bool words = r.indicator.targetKind == TargetKind::Words;
        const QString target = indicatorTargetLabel(r);
        Card c{colour, shortName(r.indicator.name, 14), r.indicator.name,
               QStringLiteral("<span style='font-size:16pt;font-weight:bold'>%1</span> %2")
                   .arg(words      ? indicatorActualLabel(r)
                        : r.actual ? number(*r.actual)
                                   : QStringLiteral("—"),
                        words ? QString() : r.indicator.unit),
               tr("目标 %1 · <span style='color:%2'>%3</span>")
                   .arg((target.isEmpty() ? QStringLiteral("—") : target).toHtmlEscaped(), colour,
                        shownWords(indicatorStatusLabel(r.status)))};
        shows += c.colour + c.tooltip + c.value + c.target;
        cards << c;
    }
    if (!needsRedraw(m_cards, shows))
        return;
    while (QLayoutItem *item = m_cards->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_cardWidgets.clear();
    for (const Card &c : std::as_const(cards)) {
        auto *card = new QFrame;
        card->setObjectName(QStringLiteral("indicatorCard"));
        card->setFrameShape(QFrame::StyledPanel);
        card->setStyleSheet(
            QStringLiteral(
                "QFrame#indicatorCard { border: 1px solid %1; border-left: 5px solid %1; "
                "border-radius: 4px; background: white; }")
                .arg(c.colour));
        auto *v = new QVBoxLayout(card);
        auto *name = new QLabel(c.name);
        name->setToolTip(c.tooltip);
        v->addWidget(name);
        v->addWidget(new QLabel(c.value));
        auto *target = new QLabel(c.target);
        target->setObjectName(QStringLiteral("cardTarget"));
        target->setWordWrap(true); // 高于全省、全市平均水平（…） is wider than a card
        v->addWidget(target);
        card->setMinimumWidth(kCardWidth);
        card->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        m_cardWidgets << card;
    }
    m_cardColumns = 0;
    layoutCards();
}

void DashboardPage::layoutCards()
{
    // As many cards to a row as the page is wide, the rest in further rows: a row that ran
    // past the page would scroll sideways.
    const int spacing = std::max(m_cards->horizontalSpacing(), 0);
    const int width = m_scroll->viewport()->width() -
                      m_content->layout()->contentsMargins().left() -
                      m_content->layout()->contentsMargins().right();
    const int columns = std::max(1, (width + spacing) / (kCardWidth + spacing));
    if (columns == m_cardColumns && m_cards->count() == m_cardWidgets.size())
        return;
    m_cardColumns = columns;
    while (QLayoutItem *item = m_cards->takeAt(0))
        delete item; // the card itself stays
    for (qsizetype i = 0; i < m_cardWidgets.size(); ++i)
        m_cards->addWidget(m_cardWidgets[i], int(i / columns), int(i % columns));
    // The columns share the width evenly; a short last row leaves its right part empty.
    for (int c = 0; c < std::max(m_cards->columnCount(), columns + 1); ++c)
        m_cards->setColumnStretch(c, c < columns ? 1 : 0);
}

bool DashboardPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        layoutCards();
    return Page::eventFilter(watched, event);
}

void DashboardPage::showTargets(const QList<IndicatorResult> &results)
{
    // Target versus actual, as a percentage of each target (the units differ).
    QList<double> percents;
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
        percents << p;
        categories << shortName(r.indicator.name, 12);
    }
    QString shows = categories.join(QLatin1Char('\n'));
    for (double p : std::as_const(percents))
        shows += QLatin1Char(' ') + QString::number(p, 'g', 12);
    if (!drawing(m_targetChart, needsRedraw(m_targetChart, shows), categories.isEmpty(),
                 tr("指标完成程度"), tr("暂无可计算的指标（请填写人口数据或实际值）")))
        return;
    fitCategories(m_targetChart, categories.size());
    QChart *chart = newChart(tr("指标完成程度（实际占目标 %）"));
    auto *series = new QHorizontalBarSeries;
    QBarSet *set = barSet(tr("完成程度"), kBlue);
    set->append(percents);
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
    line->setName(tr("目标（100%）"));
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
    m_targetChart->setChart(chart);
}

void DashboardPage::showTaskProgress(const QList<ProgramNode> &tree, const QDate &asOf)
{
    // Task completion by program.
    QStringList categories;
    QList<std::array<int, 4>> counts; // done, overdue, in progress, not started
    int most = 1;
    QString shows;
    for (const ProgramNode &p : tree) {
        std::array<int, 4> c = {0, 0, 0, 0};
        for (const ProjectNode &j : p.projects)
            for (const TaskView &t : j.tasks)
                ++c[size_t(bucketOf(t, asOf))];
        most = std::max(most, c[0] + c[1] + c[2] + c[3]);
        categories << shortName(p.program.number + p.program.title, 14);
        counts << c;
        shows += categories.last() +
                 QStringLiteral(" %1 %2 %3 %4\n").arg(c[0]).arg(c[1]).arg(c[2]).arg(c[3]);
    }
    if (!drawing(m_taskChart, needsRedraw(m_taskChart, shows), tree.isEmpty(),
                 tr("各工程任务完成情况"), tr("计划中还没有任务")))
        return;
    fitCategories(m_taskChart, categories.size());
    QChart *chart = newChart(tr("各工程任务完成情况"));
    auto *series = new QHorizontalStackedBarSeries;
    series->append(bandSets({{tr("已完成"), kGreen, 0},
                             {tr("进行中"), kBlue, 2},
                             {tr("未开始"), kGrey, 3},
                             {tr("逾期"), kRed, 1}},
                            counts));
    addCountSeries(chart, series, categories, Qt::AlignLeft, most);
    m_taskChart->setChart(chart);
}

void DashboardPage::showSlots(const QDate &asOf)
{
    // Slots by kind (pie); by area in the title. From the registry cache: after an edit only
    // the edited rows are read again.
    const RegistryTotals totals = RegistryTotals::of(m_workspace, asOf);
    QList<std::pair<QString, qint64>> slices;
    for (const auto &[slots, kind] : largestFirst(totals.slotsByKind))
        if (slots > 0)
            slices.append(
                {QStringLiteral("%1 %2").arg(shownWords(kindLabel(kindFromCode(kind)))).arg(slots),
                 slots});
    QHash<QString, qint64> byAreaName;
    QHash<qint64, QString> names;
    for (const Area &a : IndicatorRepository(m_workspace).areas())
        names.insert(a.id, a.name);
    for (auto it = totals.slotsByArea.cbegin(); it != totals.slotsByArea.cend(); ++it)
        byAreaName[names.value(it.key(), tr("未填乡镇"))] += it.value();
    QStringList areas;
    for (const auto &[slots, name] : largestFirst(byAreaName))
        areas << QStringLiteral("%1 %2").arg(name).arg(slots);
    const QString title =
        tr("托位按机构属性；按乡镇（街道）：%1").arg(areas.mid(0, 4).join(tr("，")));
    QString shows = title;
    for (const auto &[label, slots] : std::as_const(slices))
        shows += QLatin1Char('\n') + label;
    if (!drawing(m_slotChart, needsRedraw(m_slotChart, shows), slices.isEmpty(),
                 tr("托位按机构属性"), tr("机构名单中还没有托位（请导入机构名单）")))
        return;
    QChart *chart = newChart(title);
    auto *pie = new QPieSeries;
    for (const auto &[label, slots] : std::as_const(slices))
        pie->append(label, double(slots));
    // Thin slices' labels would lie on top of each other: only slices of at least 8% carry a
    // label, and the legend beside the pie names every kind with its slots.
    for (QPieSlice *slice : pie->slices())
        slice->setLabelVisible(slice->percentage() >= 0.08);
    pie->setPieSize(0.62);
    chart->addSeries(pie);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignRight);
    m_slotChart->setChart(chart);
}

void DashboardPage::showTimeline(const QList<TaskView> &tasks, const QDate &asOf)
{
    // Deadline timeline: tasks per month by status, this month marked.
    QMap<QString, std::array<int, 3>> months; // done, overdue, open
    int most = 1;
    for (const TaskView &t : tasks) {
        if (!t.task.deadline.isValid() || !t.deadlineFirm()) // the plan's end is not its date
            continue;
        auto &m = months[t.task.deadline.toString(QStringLiteral("yyyy-MM"))];
        const TaskBucket b = bucketOf(t, asOf);
        ++m[b == TaskBucket::Done ? 0 : b == TaskBucket::Overdue ? 1 : 2];
        most = std::max(most, m[0] + m[1] + m[2]);
    }
    QStringList categories;
    QList<std::array<int, 3>> counts;
    const QString thisMonth = asOf.toString(QStringLiteral("yyyy-MM"));
    bool marked = false;
    for (auto it = months.cbegin(); it != months.cend(); ++it) {
        if (!marked && it.key() > thisMonth) {
            categories << tr("▼本月");
            counts.append({0, 0, 0});
            marked = true;
        }
        categories << (it.key() == thisMonth ? it.key() + tr("（本月）") : it.key());
        marked = marked || it.key() == thisMonth;
        counts << it.value();
    }
    if (!marked) {
        categories << tr("▼本月");
        counts.append({0, 0, 0});
    }
    QString shows;
    for (qsizetype i = 0; i < categories.size(); ++i)
        shows += QStringLiteral("%1 %2 %3 %4\n")
                     .arg(categories[i])
                     .arg(counts[i][0])
                     .arg(counts[i][1])
                     .arg(counts[i][2]);
    if (!drawing(m_timelineChart, needsRedraw(m_timelineChart, shows), months.isEmpty(),
                 tr("任务完成时限分布"), tr("没有写明完成时限的任务")))
        return;
    QChart *chart = newChart(tr("任务完成时限分布（按月）"));
    auto *series = new QStackedBarSeries;
    series->append(bandSets(
        {{tr("已完成"), kGreen, 0}, {tr("逾期"), kRed, 1}, {tr("未到期"), kBlue, 2}}, counts));
    addCountSeries(chart, series, categories, Qt::AlignBottom, most);
    m_timelineChart->setChart(chart);
}

void DashboardPage::showDue(const QList<TaskView> &tasks, const QDate &asOf)
{
    // Tasks overdue or due soon. Open tasks whose deadline is the plan's end, not yet
    // confirmed, are neither: they are counted apart, for the officer to confirm or reword.
    const DueSoon window = DueSoon::forWorkspace(m_workspace);
    m_dueTitle->setText(tr("<b>逾期和%1的任务</b>").arg(shownWords(window.label())));
    QList<TaskView> due;
    m_overdueCount = 0;
    m_dueSoonCount = 0;
    m_unconfirmedCount = 0;
    for (const TaskView &t : tasks) {
        const TaskBucket b = bucketOf(t, asOf);
        m_overdueCount += b == TaskBucket::Overdue ? 1 : 0;
        if (!t.deadlineFirm()) {
            m_unconfirmedCount += b != TaskBucket::Done && t.task.deadline.isValid() ? 1 : 0;
            continue;
        }
        const bool soon = window.appliesTo(t.task, asOf);
        m_dueSoonCount += soon ? 1 : 0;
        if (b == TaskBucket::Overdue || soon)
            due << t;
    }
    m_unconfirmedNote->setText(
        tr("另有 %1 项未完成任务的完成时限文件未写、按实施期末计，尚未确认，不计逾期；"
           "可在“任务”页“编辑任务”中确认。")
            .arg(m_unconfirmedCount));
    m_unconfirmedNote->setVisible(m_unconfirmedCount > 0);
    m_dueTable->setRowCount(int(due.size()));
    for (int r = 0; r < due.size(); ++r) {
        const TaskView &t = due[r];
        const bool overdue = t.overdueFirm(asOf);
        auto *text = new QTableWidgetItem(t.task.text);
        text->setData(Qt::UserRole, t.task.id);
        text->setToolTip(t.task.text);
        m_dueTable->setItem(r, 0, text);
        m_dueTable->setItem(r, 1, new QTableWidgetItem(t.task.deadline.toString(Qt::ISODate)));
        m_dueTable->setItem(r, 2, new QTableWidgetItem(t.lead()));
        m_dueTable->setItem(r, 3, new QTableWidgetItem(shownWords(taskStatusLabel(t.task.status))));
        auto *state = new QTableWidgetItem(
            overdue ? shownWords(overdueDaysText(t.daysOverdue(asOf)))
                    : tr("还有 %1 个工作日")
                          .arg(window.calendar().workingDaysBetween(asOf, t.task.deadline)));
        state->setForeground(overdue ? kRed : kAmber);
        m_dueTable->setItem(r, 4, state);
    }
}

} // namespace tuoyu
