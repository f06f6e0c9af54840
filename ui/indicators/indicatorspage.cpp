#include "indicatorspage.h"

#include "commands/plancommands.h"
#include "indicators/indicatorengine.h"
#include "indicators/indicatorsnapshots.h"
#include "storage/indicatorrepository.h"
#include "storage/planrepository.h"
#include "storage/workspace.h"

#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScatterSeries>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace tuoyu {

namespace {
QString number(double v, const QString &unit)
{
    return QLocale().toString(v, 'f', std::fmod(v, 1.0) == 0.0 ? 0 : 2) + unit;
}
} // namespace

IndicatorsPage::IndicatorsPage(QWidget *parent)
    : Page(parent)
{
    m_table = new QTableWidget;
    m_table->setObjectName(QStringLiteral("indicatorTable"));
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({QStringLiteral("层级"), QStringLiteral("指标"),
                                        QStringLiteral("目标"), QStringLiteral("目标年份"),
                                        QStringLiteral("实际"), QStringLiteral("状态"),
                                        QStringLiteral("公式或来源")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);

    m_selected = new QLabel(QStringLiteral("选择一项指标，查看其变化并录入实际值。"));
    m_date = new QDateEdit(QDate::currentDate());
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_value = new QDoubleSpinBox;
    m_value->setRange(0, 1e9);
    m_value->setDecimals(2);
    m_source = new QLineEdit;
    m_source->setPlaceholderText(QStringLiteral("来源，如 2025年家长满意度问卷"));
    m_enter = new QPushButton(QStringLiteral("录入实际值"));
    m_enter->setEnabled(false);
    auto *form = new QHBoxLayout;
    form->addWidget(new QLabel(QStringLiteral("日期：")));
    form->addWidget(m_date);
    form->addWidget(new QLabel(QStringLiteral("实际值：")));
    form->addWidget(m_value);
    form->addWidget(m_source, 1);
    form->addWidget(m_enter);

    m_history = new QChartView;
    m_history->setObjectName(QStringLiteral("indicatorHistory"));
    m_history->setRenderHint(QPainter::Antialiasing);
    m_history->setMinimumHeight(220);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 3);
    layout->addWidget(m_selected);
    layout->addLayout(form);
    layout->addWidget(m_history, 2);

    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        m_enter->setEnabled(row >= 0);
        showHistory();
    });
    connect(m_enter, &QPushButton::clicked, this, [this] {
        QString error;
        if (!enterValue(m_date->date(), m_value->value(), m_source->text(), &error))
            QMessageBox::warning(this, QStringLiteral("无法录入"), error);
    });
}

void IndicatorsPage::setContext(Workspace *workspace, qint64 planId)
{
    m_workspace = workspace;
    m_planId = planId;
    reload();
}

void IndicatorsPage::refresh(const QSet<QString> &)
{
    reload(); // any change to the registry or the plan can move an indicator
}

void IndicatorsPage::selectIndicator(int row)
{
    m_table->setCurrentCell(row, 1);
}

int IndicatorsPage::historyPoints() const
{
    return m_points;
}

int IndicatorsPage::storedHistoryPoints() const
{
    return m_storedPoints;
}

bool IndicatorsPage::enterValue(const QDate &date, double value, const QString &source,
                                QString *error)
{
    const int row = m_table->currentRow();
    if (!m_workspace || row < 0 || row >= m_ids.size()) {
        *error = QStringLiteral("请先选择一项指标");
        return false;
    }
    auto command =
        plancommands::addIndicatorValue(m_workspace, m_ids[row], date, value, source, error);
    return command && m_workspace->execute(std::move(command), error);
}

void IndicatorsPage::reload()
{
    const int keep = m_table->currentRow();
    m_table->setRowCount(0);
    m_ids.clear();
    if (!m_workspace || m_planId == 0) {
        showHistory();
        return;
    }
    const auto results = IndicatorEngine::evaluate(m_workspace, m_planId, QDate::currentDate());
    m_table->setRowCount(int(results.size()));
    int row = 0;
    for (const IndicatorResult &r : results) {
        m_ids << r.indicator.id;
        const QString unit = r.indicator.unit;
        auto cell = [&](int column, const QString &text) {
            m_table->setItem(row, column, new QTableWidgetItem(text));
        };
        cell(0, r.indicator.tier);
        cell(1, r.indicator.name);
        cell(2, r.target ? (r.indicator.direction == Direction::AtMost ? QStringLiteral("≤")
                                                                       : QStringLiteral("≥")) +
                               number(r.target->value, unit)
                         : QString());
        cell(3, r.target ? QString::number(r.target->year) : QString());
        cell(4, r.actual ? number(*r.actual, unit) : r.missing);
        cell(5, indicatorStatusLabel(r.status));
        cell(6, r.indicator.formula.isEmpty()
                    ? r.actualSource
                    : IndicatorEngine::formulaDescription(r.indicator.formula));
        const QColor colour = r.status == IndicatorStatus::Met       ? QColor(0x2E, 0x7D, 0x32)
                              : r.status == IndicatorStatus::Warning ? QColor(0xC6, 0x28, 0x28)
                              : r.status == IndicatorStatus::NotMet  ? QColor(0xEF, 0x8F, 0x00)
                                                                     : QColor(0x75, 0x75, 0x75);
        m_table->item(row, 5)->setForeground(colour);
        ++row;
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    // The history chart is the page's point: show the first indicator's until one is chosen.
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(keep >= 0 && keep < m_table->rowCount() ? keep : 0, 1);
    showHistory();
}

void IndicatorsPage::showHistory()
{
    m_points = 0;
    m_storedPoints = 0;
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    const int row = m_table->currentRow();
    if (!m_workspace || row < 0 || row >= m_ids.size()) {
        chart->setTitle(QStringLiteral("选择一项指标查看变化"));
        m_history->setChart(chart);
        return;
    }
    IndicatorRepository repo(m_workspace);
    const auto indicators = repo.indicators(m_planId);
    const Indicator *indicator = nullptr;
    for (const Indicator &i : indicators)
        if (i.id == m_ids[row])
            indicator = &i;
    if (!indicator) {
        m_history->setChart(chart);
        return;
    }
    chart->setTitle(QStringLiteral("%1 的变化").arg(indicator->name));
    m_selected->setText(QStringLiteral("已选：<b>%1</b>（%2）")
                            .arg(indicator->name.toHtmlEscaped(),
                                 indicator->formula.isEmpty() ? QStringLiteral("手工录入")
                                                              : QStringLiteral("按机构名单计算")));
    // Each of the last 12 months: the snapshot stored when its values were observed, else (a
    // month before snapshots began, or one with no change and the window not opened) the value
    // at the month's end recomputed from today's data, marked as such: a record edited since can
    // make it differ from what was seen then. And every value entered by hand.
    auto *line = new QLineSeries;
    line->setName(QStringLiteral("月度值"));
    auto *stored = new QScatterSeries;
    stored->setName(QStringLiteral("每月快照（已记录）"));
    stored->setMarkerSize(8);
    auto *recomputed = new QScatterSeries;
    recomputed->setName(QStringLiteral("按月末重算（无快照）"));
    recomputed->setMarkerSize(8);
    recomputed->setColor(Qt::white);
    recomputed->setBorderColor(Qt::gray);
    auto *entered = new QScatterSeries;
    entered->setName(QStringLiteral("录入值"));
    entered->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    entered->setMarkerSize(9);
    double low = 0;
    double high = 1;
    const QDate today = QDate::currentDate();
    const auto snapshots = IndicatorSnapshots::history(m_workspace, indicator->id);
    for (int m = 11; m >= 0; --m) {
        const QDate first = QDate(today.year(), today.month(), 1).addMonths(-m);
        const QDate at = std::min(first.addMonths(1).addDays(-1), today);
        std::optional<double> value;
        const auto snapshot = snapshots.constFind(first.toString(QStringLiteral("yyyy-MM")));
        const bool isStored = snapshot != snapshots.cend();
        if (isStored) {
            value = snapshot->value;
        } else {
            for (const IndicatorResult &r : IndicatorEngine::evaluate(m_workspace, m_planId, at))
                if (r.indicator.id == indicator->id)
                    value = r.actual;
        }
        if (!value)
            continue;
        const double x = double(at.startOfDay().toMSecsSinceEpoch());
        line->append(x, *value);
        (isStored ? stored : recomputed)->append(x, *value);
        m_storedPoints += isStored;
        high = std::max(high, *value);
        ++m_points;
    }
    QDate earliest = QDate(today.year(), today.month(), 1).addMonths(-12);
    for (const IndicatorValue &v : repo.values(indicator->id)) {
        earliest = std::min(earliest, v.date.addDays(-15));
        entered->append(double(v.date.startOfDay().toMSecsSinceEpoch()), v.value);
        high = std::max(high, v.value);
        ++m_points;
    }
    chart->addSeries(line);
    chart->addSeries(stored);
    chart->addSeries(recomputed);
    chart->addSeries(entered);
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("yyyy-MM"));
    x->setRange(earliest.startOfDay(), today.addDays(15).startOfDay()); // room for the last point
    auto *y = new QValueAxis;
    if (const auto target = indicator->finalTarget())
        high = std::max(high, target->value);
    y->setRange(low, high * 1.15);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    m_history->setChart(chart);
}

} // namespace tuoyu
