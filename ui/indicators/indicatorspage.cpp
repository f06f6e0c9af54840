#include "indicatorspage.h"

#include "commands/plancommands.h"
#include "indicatordialog.h"
#include "indicators/indicatorengine.h"
#include "indicators/indicatorsnapshots.h"
#include "session/workspace.h"
#include "shell/corewords.h"
#include "storage/indicatorrepository.h"
#include "storage/planrepository.h"
#include "yearclose/yearclose.h"

#include "shell/forms.h"
#include "yearcloseaction.h"
#include "yearcomparisonchart.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
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

#include <algorithm>
#include <cmath>

namespace tuoyu {

namespace {
QString number(double v, const QString &unit)
{
    return QLocale().toString(v, 'f', std::fmod(v, 1.0) == 0.0 ? 0 : 2) + unit;
}

QString bound(const Indicator &indicator, double value)
{
    return (indicator.direction == Direction::AtMost ? QStringLiteral("≤") : QStringLiteral("≥")) +
           number(value, indicator.unit);
}

/// The tooltip of the 目标 cell: each target's printed words and stage.
QString targetTip(const IndicatorResult &r)
{
    QStringList lines;
    for (const IndicatorTarget &t : r.indicator.targets)
        lines << QCoreApplication::translate("tuoyu::IndicatorsPage", "%1年%2：%3")
                     .arg(t.year)
                     .arg(t.label.isEmpty()
                              ? QString()
                              : QCoreApplication::translate("tuoyu::IndicatorsPage", "（%1）")
                                    .arg(t.label),
                          t.sourceText.isEmpty() ? bound(r.indicator, t.value) : t.sourceText);
    if (r.indicator.targetKind != TargetKind::Value)
        lines << QCoreApplication::translate("tuoyu::IndicatorsPage", "原文：%1")
                     .arg(r.indicator.sourceText);
    for (const IndicatorAverage &a : r.averages)
        lines << QCoreApplication::translate("tuoyu::IndicatorsPage", "%1平均水平 %2：%3，%4")
                     .arg(a.scope, number(a.value, r.indicator.unit), a.source,
                          a.date.toString(Qt::ISODate));
    if (!r.targetMissing.isEmpty())
        lines << r.targetMissing;
    return lines.join(QLatin1Char('\n'));
}
} // namespace

IndicatorsPage::IndicatorsPage(QWidget *parent)
    // Every change: any change to the registry or the plan can move an indicator.
    : Page(tr("指标"), QStringLiteral("indicators"), {}, parent)
{
    m_table = forms::listTable(QStringLiteral("indicatorTable"),
                               {tr("层级"), tr("指标"), tr("目标"), tr("目标年份"), tr("实际"),
                                tr("状态"), tr("公式或来源")},
                               1);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);

    m_selected = new QLabel(tr("选择一项指标，查看其变化并录入实际值。"));
    m_selected->setObjectName(QStringLiteral("selectedIndicator"));
    m_date = forms::dateEdit(QDate::currentDate());
    m_value = new QDoubleSpinBox;
    m_value->setRange(0, 1e9);
    m_value->setDecimals(2);
    m_source = new QLineEdit;
    m_source->setPlaceholderText(tr("来源，如 2025年家长满意度问卷"));
    m_enter = new QPushButton(tr("录入实际值"));
    m_enter->setEnabled(false);
    m_achieved = new QComboBox;
    m_achieved->setObjectName(QStringLiteral("achieved"));
    m_achieved->addItems({tr("已实现"), tr("未实现")});
    m_achieved->setVisible(false);
    auto *form = new QHBoxLayout;
    forms::addLabelled(form, tr("日期："), m_date);
    m_valueLabel = new QLabel(tr("实际值："));
    form->addWidget(m_valueLabel);
    form->addWidget(m_value);
    form->addWidget(m_achieved);
    form->addWidget(m_source, 1);
    form->addWidget(m_enter);

    // A relative target (高于全省、全市平均水平) needs the averages it is compared with.
    m_averageRow = forms::named(new QWidget, QStringLiteral("averageRow"));
    m_averageScope = forms::named(new QComboBox, QStringLiteral("averageScope"));
    m_averageValue = forms::named(new QDoubleSpinBox, QStringLiteral("averageValue"));
    m_averageValue->setRange(0, 1e9);
    m_averageValue->setDecimals(2);
    m_averageDate = forms::dateEdit(QDate::currentDate());
    m_averageSource =
        forms::lineEdit(QStringLiteral("averageSource"), tr("来源，如 省卫健委2023年托育统计通报"));
    auto *enterAverageButton = new QPushButton(tr("录入平均水平"));
    enterAverageButton->setObjectName(QStringLiteral("enterAverage"));
    auto *averageForm = new QHBoxLayout(m_averageRow);
    averageForm->setContentsMargins(0, 0, 0, 0);
    averageForm->addWidget(new QLabel(tr("比较的平均水平：")));
    averageForm->addWidget(m_averageScope);
    averageForm->addWidget(m_averageValue);
    forms::addLabelled(averageForm, tr("统计日期："), m_averageDate);
    averageForm->addWidget(m_averageSource, 1);
    averageForm->addWidget(enterAverageButton);
    m_averageRow->setVisible(false);

    m_history = new QChartView;
    m_history->setObjectName(QStringLiteral("indicatorHistory"));
    m_history->setRenderHint(QPainter::Antialiasing);
    m_history->setMinimumHeight(220);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildEditBar());
    layout->addWidget(m_table, 3);
    layout->addWidget(m_selected);
    layout->addLayout(form);
    layout->addWidget(m_averageRow);
    // Beside the months, the years: target and actual per year, closed years frozen.
    m_years = new QChartView;
    m_years->setObjectName(QStringLiteral("indicatorYears"));
    m_years->setRenderHint(QPainter::Antialiasing);
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_history, 1);
    charts->addWidget(m_years, 1);
    layout->addLayout(charts, 2);

    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        // A closed year's figures are frozen: values are entered on today's table.
        m_enter->setEnabled(row >= 0 && shownYear() == 0);
        showForm();
        showHistory();
    });
    connect(m_enter, &QPushButton::clicked, this, [this] {
        QString error;
        const int row = m_table->currentRow();
        const bool words = row >= 0 && row < m_kinds.size() && m_kinds[row] == TargetKind::Words;
        const bool ok =
            words ? judgeAchieved(m_achieved->currentIndex() == 0, m_date->date(), m_source->text(),
                                  &error)
                  : enterValue(m_date->date(), m_value->value(), m_source->text(), &error);
        if (!ok)
            QMessageBox::warning(this, tr("无法录入"), error);
    });
    connect(enterAverageButton, &QPushButton::clicked, this, [this] {
        QString error;
        if (!enterAverage(m_averageScope->currentText(), m_averageDate->date(),
                          m_averageValue->value(), m_averageSource->text(), &error))
            QMessageBox::warning(this, tr("无法录入"), error);
    });
}

QWidget *IndicatorsPage::buildEditBar()
{
    auto *bar = new QWidget;
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto *add = new QPushButton(tr("新增指标…"));
    add->setObjectName(QStringLiteral("addIndicator"));
    auto *change = new QPushButton(tr("修改…"));
    change->setObjectName(QStringLiteral("editIndicator"));
    auto *remove = new QPushButton(tr("删除…"));
    remove->setObjectName(QStringLiteral("removeIndicator"));
    row->addWidget(add);
    row->addWidget(change);
    row->addWidget(remove);
    row->addStretch(1);
    // Today's figures, or a closed year's as they were frozen at its close.
    m_yearPicker = forms::named(new QComboBox, QStringLiteral("indicatorYear"));
    m_yearPicker->addItem(tr("当前"), 0);
    forms::addLabelled(row, tr("显示："), m_yearPicker);
    connect(m_yearPicker, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    auto *closeYear = new QPushButton(tr("年度结转…"));
    closeYear->setObjectName(QStringLiteral("closeYear"));
    closeYear->setToolTip(tr("结转一个已结束的年度：未完成任务转入下一年，未达标指标列出，"
                             "该年指标数据冻结（可撤销）"));
    row->addWidget(closeYear);
    connect(closeYear, &QPushButton::clicked, this, [this] {
        if (m_workspace && m_planId != 0)
            yearcloseaction::run(this, m_workspace, m_planId, QDate::currentDate());
    });
    connect(add, &QPushButton::clicked, this, [this] { openEditor(true); });
    connect(change, &QPushButton::clicked, this, [this] { openEditor(false); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { openEditor(false); });
    connect(remove, &QPushButton::clicked, this, &IndicatorsPage::confirmRemove);
    return bar;
}

void IndicatorsPage::openEditor(bool add)
{
    const int row = m_table->currentRow();
    if (!m_workspace || (!add && (row < 0 || row >= m_ids.size())))
        return;
    IndicatorDialog dialog(this);
    if (!add)
        for (const Indicator &i : IndicatorRepository(m_workspace).indicators(m_planId))
            if (i.id == m_ids[row])
                dialog.setIndicator(i);
    while (dialog.exec() == QDialog::Accepted) {
        QString error = dialog.targetProblem();
        if (!error.isEmpty()) {
            QMessageBox::warning(this, tr("无法保存"), error);
            continue;
        }
        if (add ? addIndicator(dialog.edit(), &error) : editIndicator(dialog.edit(), &error))
            return;
        if (error == QStringLiteral("没有改动"))
            return;
        QMessageBox::warning(this, tr("无法保存"), error);
    }
}

void IndicatorsPage::confirmRemove()
{
    const int row = m_table->currentRow();
    if (!m_workspace || row < 0 || row >= m_ids.size())
        return;
    const QString with = indicatorcommands::removalSummary(m_workspace, m_ids[row]);
    const QString name = m_table->item(row, 1)->text();
    if (QMessageBox::question(this, tr("删除指标"),
                              with.isEmpty()
                                  ? tr("删除指标“%1”？（可撤销）").arg(name)
                                  : tr("删除指标“%1”及其%2？（可撤销）").arg(name, with)) !=
        QMessageBox::Yes)
        return;
    QString error;
    if (!removeIndicator(&error))
        QMessageBox::warning(this, tr("无法删除"), error);
}

bool IndicatorsPage::addIndicator(const indicatorcommands::IndicatorEdit &edit, QString *error)
{
    if (!m_workspace || m_planId == 0) {
        *error = tr("请先打开一个计划");
        return false;
    }
    auto command = indicatorcommands::add(m_workspace, m_planId, edit, error);
    if (!command || !m_workspace->execute(std::move(command), error))
        return false;
    selectIndicator(int(m_ids.size()) - 1);
    return true;
}

bool IndicatorsPage::editIndicator(const indicatorcommands::IndicatorEdit &edit, QString *error)
{
    const int row = m_table->currentRow();
    if (!m_workspace || row < 0 || row >= m_ids.size()) {
        *error = tr("请先选择一项指标");
        return false;
    }
    auto command = indicatorcommands::edit(m_workspace, m_ids[row], edit, error);
    return command && m_workspace->execute(std::move(command), error);
}

bool IndicatorsPage::removeIndicator(QString *error)
{
    const int row = m_table->currentRow();
    if (!m_workspace || row < 0 || row >= m_ids.size()) {
        *error = tr("请先选择一项指标");
        return false;
    }
    auto command = indicatorcommands::remove(m_workspace, m_ids[row], error);
    return command && m_workspace->execute(std::move(command), error);
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
    return runOnSelected(
        [&](qint64 id) {
            return plancommands::addIndicatorValue(m_workspace, id, date, value, source, error);
        },
        error);
}

bool IndicatorsPage::enterAverage(const QString &scope, const QDate &date, double value,
                                  const QString &source, QString *error)
{
    return runOnSelected(
        [&](qint64 id) {
            return plancommands::addIndicatorAverage(m_workspace, id, scope, date, value, source,
                                                     error);
        },
        error);
}

bool IndicatorsPage::judgeAchieved(bool achieved, const QDate &date, const QString &source,
                                   QString *error)
{
    return runOnSelected(
        [&](qint64 id) {
            return plancommands::setIndicatorAchieved(m_workspace, id, achieved, date, source,
                                                      error);
        },
        error);
}

bool IndicatorsPage::runOnSelected(
    const std::function<std::unique_ptr<WorkspaceCommand>(qint64)> &build, QString *error)
{
    const int row = m_table->currentRow();
    if (!m_workspace || row < 0 || row >= m_ids.size()) {
        *error = tr("请先选择一项指标");
        return false;
    }
    auto command = build(m_ids[row]);
    return command && m_workspace->execute(std::move(command), error);
}

void IndicatorsPage::showForm()
{
    const int row = m_table->currentRow();
    const TargetKind kind = row >= 0 && row < m_kinds.size() ? m_kinds[row] : TargetKind::Value;
    m_value->setVisible(kind != TargetKind::Words);
    m_achieved->setVisible(kind == TargetKind::Words);
    m_valueLabel->setText(kind == TargetKind::Words ? tr("认定：") : tr("实际值："));
    m_enter->setText(kind == TargetKind::Words ? tr("认定") : tr("录入实际值"));
    m_averageRow->setVisible(kind == TargetKind::AboveAverage);
    if (kind != TargetKind::AboveAverage || !m_workspace)
        return;
    for (const Indicator &i : IndicatorRepository(m_workspace).indicators(m_planId))
        if (i.id == m_ids[row] && m_averageScope->count() != i.comparedWith.size()) {
            m_averageScope->clear();
            m_averageScope->addItems(i.comparedWith);
        }
}

int IndicatorsPage::shownYear() const
{
    return m_yearPicker->currentData().toInt();
}

bool IndicatorsPage::showYear(int year)
{
    const int index = m_yearPicker->findData(year);
    if (index < 0)
        return false;
    m_yearPicker->setCurrentIndex(index);
    return true;
}

void IndicatorsPage::fillYearPicker()
{
    const int chosen = shownYear();
    const QSignalBlocker quiet(m_yearPicker);
    m_yearPicker->clear();
    m_yearPicker->addItem(tr("当前"), 0);
    if (m_workspace && m_planId != 0)
        for (const yearclose::ClosedYear &y : yearclose::closedYears(*m_workspace, m_planId))
            m_yearPicker->addItem(tr("%1年（已结转）").arg(y.year), y.year);
    m_yearPicker->setCurrentIndex(std::max(0, m_yearPicker->findData(chosen)));
}

void IndicatorsPage::fillFrozen(int year)
{
    QHash<qint64, Indicator> indicators;
    for (const Indicator &i : IndicatorRepository(m_workspace).indicators(m_planId))
        indicators.insert(i.id, i);
    const QList<yearclose::YearFigure> figures =
        yearclose::figures(m_workspace, m_planId, year, QDate::currentDate());
    m_table->setRowCount(int(figures.size()));
    int row = 0;
    for (const yearclose::YearFigure &f : figures) {
        const Indicator indicator = indicators.value(f.indicatorId);
        m_ids << f.indicatorId;
        m_kinds << indicator.targetKind;
        const QStringList cells{
            indicator.tier, f.name,
            f.targetLabel,  f.targetYear > 0 ? QString::number(f.targetYear) : QString(),
            f.actualLabel,  shownWords(indicatorStatusLabel(f.status)),
            f.note};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(tr("%1年度结转时冻结的数字").arg(year));
            m_table->setItem(row, c, item);
        }
        ++row;
    }
    m_table->setColumnHidden(0, std::all_of(indicators.cbegin(), indicators.cend(),
                                            [](const Indicator &i) { return i.tier.isEmpty(); }));
}

void IndicatorsPage::reload()
{
    const int keep = m_table->currentRow();
    m_table->setRowCount(0);
    m_ids.clear();
    m_kinds.clear();
    fillYearPicker();
    if (!m_workspace || m_planId == 0) {
        showHistory();
        return;
    }
    if (const int year = shownYear(); year != 0) {
        fillFrozen(year);
        m_table->resizeColumnsToContents();
        m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
        if (m_table->rowCount() > 0)
            m_table->setCurrentCell(keep >= 0 && keep < m_table->rowCount() ? keep : 0, 1);
        m_enter->setEnabled(false);
        showHistory();
        return;
    }
    const auto results = IndicatorEngine::evaluate(m_workspace, m_planId, QDate::currentDate());
    m_table->setRowCount(int(results.size()));
    int row = 0;
    for (const IndicatorResult &r : results) {
        m_ids << r.indicator.id;
        m_kinds << r.indicator.targetKind;
        auto cell = [&](int column, const QString &text) {
            m_table->setItem(row, column, new QTableWidgetItem(text));
        };
        cell(0, r.indicator.tier);
        cell(1, r.indicator.name);
        cell(2, indicatorTargetLabel(r, true));
        m_table->item(row, 2)->setToolTip(targetTip(r));
        const int year = r.target ? r.target->year : r.indicator.targetYear;
        cell(3, year > 0 ? QString::number(year) : QString());
        cell(4, r.actual ? indicatorActualLabel(r) : r.missing);
        // A relative target without its averages says what is missing beside the status.
        cell(5, r.targetMissing.isEmpty()
                    ? shownWords(indicatorStatusLabel(r.status))
                    : tr("%1：缺少%2平均水平").arg(shownWords(indicatorStatusLabel(r.status)), [&] {
                          QStringList lacking = r.indicator.comparedWith;
                          for (const IndicatorAverage &a : r.averages)
                              lacking.removeAll(a.scope);
                          return lacking.join(tr("、"));
                      }()));
        m_table->item(row, 5)->setToolTip(r.targetMissing);
        cell(6, !r.indicator.formula.isEmpty()
                    ? IndicatorEngine::formulaDescription(r.indicator.formula)
                : r.actualSource.isEmpty() ? tr("手工录入")
                                           : r.actualSource);
        const QColor colour = r.status == IndicatorStatus::Met       ? QColor(0x2E, 0x7D, 0x32)
                              : r.status == IndicatorStatus::Warning ? QColor(0xC6, 0x28, 0x28)
                              : r.status == IndicatorStatus::NotMet  ? QColor(0xEF, 0x8F, 0x00)
                                                                     : QColor(0x75, 0x75, 0x75);
        m_table->item(row, 5)->setForeground(colour);
        ++row;
    }
    // 001, 003 and 004 name no tiers: no empty 层级 column for them.
    m_table->setColumnHidden(
        0, std::all_of(results.cbegin(), results.cend(),
                       [](const IndicatorResult &r) { return r.indicator.tier.isEmpty(); }));
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    if (results.isEmpty())
        m_selected->setText(
            tr("本计划还没有绩效指标。点“新增指标…”逐项添加：层级、名称、单位、方向、各年目标，"
               "以及实际值按机构名单计算（选公式）还是手工录入。"));
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
    m_years->setChart(yearComparisonChart(m_workspace, m_planId,
                                          row >= 0 && row < m_ids.size() ? m_ids[row] : qint64(0),
                                          &m_yearLabels));
    if (!m_workspace || row < 0 || row >= m_ids.size()) {
        chart->setTitle(tr("选择一项指标查看变化"));
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
    chart->setTitle(tr("%1 的变化").arg(indicator->name));
    QString how = indicator->formula.isEmpty() ? tr("手工录入") : tr("按机构名单计算");
    if (indicator->targetKind == TargetKind::Words)
        how = tr("目标为文字“%1”，由您认定是否实现").arg(indicator->targetText);
    QString text = tr("已选：<b>%1</b>（%2）").arg(indicator->name.toHtmlEscaped(), how);
    if (indicator->targetKind == TargetKind::AboveAverage) {
        for (const IndicatorResult &r :
             IndicatorEngine::evaluate(m_workspace, m_planId, QDate::currentDate()))
            if (r.indicator.id == indicator->id && !r.targetMissing.isEmpty())
                text += QStringLiteral("<br><span style='color:#c62828'>%1</span>")
                            .arg(r.targetMissing.toHtmlEscaped());
    }
    m_selected->setText(text);
    // Each of the last 12 months: the snapshot stored when its values were observed, else (a
    // month before snapshots began, or one with no change and the window not opened) the value
    // at the month's end recomputed from today's data, marked as such: a record edited since can
    // make it differ from what was seen then. And every value entered by hand.
    auto *line = new QLineSeries;
    line->setName(tr("月度值"));
    auto *stored = new QScatterSeries;
    stored->setName(tr("每月快照（已记录）"));
    stored->setMarkerSize(8);
    auto *recomputed = new QScatterSeries;
    recomputed->setName(tr("按月末重算（无快照）"));
    recomputed->setMarkerSize(8);
    recomputed->setColor(Qt::white);
    recomputed->setBorderColor(Qt::gray);
    auto *entered = new QScatterSeries;
    entered->setName(tr("录入值"));
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
