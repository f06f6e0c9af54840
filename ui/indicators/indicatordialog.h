#pragma once

#include "commands/indicatorcommands.h"
#include "shell/forms.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace tuoyu {

/// 新增 / 修改指标: tier, name, unit, direction, where the actual comes from (a formula of the
/// engine, each shown with its definition, or values entered by hand) and a target per year.
/// A relative or qualitative target (高于全省平均水平, 基本实现全覆盖) keeps its words: its
/// years are not edited here.
class IndicatorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit IndicatorDialog(QWidget *parent = nullptr);
    /// Fills the form from a stored indicator (editing); a new one starts empty.
    void setIndicator(const Indicator &indicator);
    /// The form as an edit; targets of rows with a year and a number.
    indicatorcommands::IndicatorEdit edit() const;
    /// What in the targets list is not a year and a number ("第2行的目标值“约5”不是数字"); empty
    /// when every row is one, or empty.
    QString targetProblem() const;
    /// Adds a target row (the 添加年份 button, and tests).
    void addTargetRow(int year, const QString &value = QString());

private:
    /// Tier, name, unit, direction and formula, each bound to its field.
    forms::FieldBinder<Indicator, indicatorcommands::IndicatorEdit> m_fields;
    QTableWidget *m_targets = nullptr;
    QLabel *m_targetNote = nullptr;
};

} // namespace tuoyu
