#pragma once

#include "commands/indicatorcommands.h"
#include "domain/indicator.h"
#include "shell/page.h"

#include <functional>
#include <memory>

class QChartView;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace tuoyu {

class WorkspaceCommand;

/// 指标: the plan's indicators by tier with target, actual, status and the formula or source
/// (today's, or a closed year's as frozen at its close);
/// manual actual values entered with a date and a source; the chosen indicator's history over
/// time (each month's stored snapshot, or its recomputed month-end value before snapshots
/// began, and every value entered).
class IndicatorsPage : public Page
{
    Q_OBJECT

public:
    explicit IndicatorsPage(QWidget *parent = nullptr);

    void selectIndicator(int row);
    /// Enters a value for the selected indicator as the form says; false with a message.
    bool enterValue(const QDate &date, double value, const QString &source, QString *error);
    /// Enters a comparison average (全省 / 全市) of the selected relative indicator.
    bool enterAverage(const QString &scope, const QDate &date, double value, const QString &source,
                      QString *error);
    /// Records whether the selected qualitative goal is achieved.
    bool judgeAchieved(bool achieved, const QDate &date, const QString &source, QString *error);
    /// Adds an indicator to the plan, or changes / deletes the selected one; false with a message.
    bool addIndicator(const indicatorcommands::IndicatorEdit &edit, QString *error);
    bool editIndicator(const indicatorcommands::IndicatorEdit &edit, QString *error);
    bool removeIndicator(QString *error);
    /// Points in the history chart: monthly values and entered values.
    int historyPoints() const;
    /// Of the monthly values, those that are stored snapshots rather than recomputed.
    int storedHistoryPoints() const;
    /// The years of the year-over-year chart, as labelled (2023（已结转）).
    QStringList yearLabels() const { return m_yearLabels; }
    /// Shows a closed year's frozen figures in the table (0: today's figures, the default).
    /// False when `year` is not a closed year of the plan.
    bool showYear(int year);
    /// The closed year the table shows, 0 for today's figures.
    int shownYear() const;

private:
    /// Runs the command `build` makes for the selected indicator; false with `error` set when
    /// none is selected or the command is refused.
    bool runOnSelected(const std::function<std::unique_ptr<WorkspaceCommand>(qint64)> &build,
                       QString *error);
    void reload() override;
    void showHistory();
    void showForm();         ///< the entry widgets the selected indicator's kind of target needs
    QWidget *buildEditBar(); ///< 新增 / 修改 / 删除 above the list
    void openEditor(bool add);
    void confirmRemove();

    /// The table's rows from a closed year's frozen figures.
    void fillFrozen(int year);
    /// Lists today and the plan's closed years in the year picker, keeping the choice.
    void fillYearPicker();

    QComboBox *m_yearPicker = nullptr; ///< today, or a closed year (frozen figures)
    QList<qint64> m_ids;
    QList<TargetKind> m_kinds; ///< parallel to m_ids
    QTableWidget *m_table = nullptr;
    QLabel *m_selected = nullptr;
    QDateEdit *m_date = nullptr;
    QDoubleSpinBox *m_value = nullptr;
    QLineEdit *m_source = nullptr;
    QPushButton *m_enter = nullptr;
    QLabel *m_valueLabel = nullptr;
    QComboBox *m_achieved = nullptr; ///< replaces the value for a qualitative goal
    QWidget *m_averageRow = nullptr; ///< shown for a relative target
    QComboBox *m_averageScope = nullptr;
    QDoubleSpinBox *m_averageValue = nullptr;
    QDateEdit *m_averageDate = nullptr;
    QLineEdit *m_averageSource = nullptr;
    QChartView *m_history = nullptr;
    QChartView *m_years = nullptr; ///< target and actual per year
    QStringList m_yearLabels;
    int m_points = 0;
    int m_storedPoints = 0;
};

} // namespace tuoyu
