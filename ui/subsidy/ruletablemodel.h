#pragma once

#include "domain/subsidyrule.h"

#include "commandtablemodel.h"

namespace tuoyu {

class Workspace;

/// The plan's 奖补 rules valid in a year, one row each. 启用 is a check box; the name, unit and
/// validity dates are typed in place. Every edit is a subsidy command (setRuleEnabled,
/// editRule), so it is audited and undone with 编辑 → 撤销; the model shows what the workspace
/// holds again after each command.
class RuleTableModel : public CommandTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Enabled,
        Name,
        Kind,
        Amount,
        Unit,
        Cap,
        Conditions,
        FundUse,
        ValidFrom,
        ValidTo,
        Source,
        ColumnCount
    };
    /// The rule's id, on every column.
    static constexpr int RuleIdRole = Qt::UserRole + 1;

    explicit RuleTableModel(QObject *parent = nullptr)
        : CommandTableModel(ColumnCount, parent)
    {
    }

    /// Reads the rules again. When they are the same rules in the same order only the cells
    /// change, so the current cell and the selection stay where the officer left them.
    void reload(Workspace *workspace, qint64 planId, int year);
    const SubsidyRule &rule(int row) const { return m_rules.at(row); }
    /// The row of a rule, -1 when the year does not list it.
    int rowOf(qint64 ruleId) const;

    /// One cell as typed: the check state of 启用, the words of 规则 and 单位, a date
    /// (yyyy-MM-dd; empty or 不限 for none) for 有效期. Refusals name the rule and the field.
    bool setCell(int row, int column, const QVariant &value, QString *error) override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

protected:
    int checkColumn() const override { return Enabled; }

private:
    Workspace *m_workspace = nullptr;
    QList<SubsidyRule> m_rules;
};

} // namespace tuoyu
