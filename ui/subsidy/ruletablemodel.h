#pragma once

#include "domain/subsidyrule.h"

#include "commandtablemodel.h"
#include "shell/recordtablemodel.h"

namespace tuoyu {

class Workspace;

/// The plan's 奖补 rules valid in a year, one row each. 启用 is a check box; the name, unit and
/// validity dates are typed in place. Every edit is a subsidy command (setRuleEnabled,
/// editRule), so it is audited and undone with 编辑 → 撤销; the model shows what the workspace
/// holds again after each command.
class RuleTableModel : public RecordTableModel<SubsidyRule, CommandTableModel>
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
    explicit RuleTableModel(QObject *parent = nullptr)
        : RecordTableModel(ColumnCount, parent)
    {
    }

    /// Reads the rules again. When they are the same rules in the same order only the cells
    /// change, so the current cell and the selection stay where the officer left them.
    void reload(Workspace *workspace, qint64 planId, int year);
    const SubsidyRule &rule(int row) const { return record(row); }

    /// One cell as typed: the check state of 启用, the words of 规则 and 单位, a date
    /// (yyyy-MM-dd; empty or 不限 for none) for 有效期. Refusals name the rule and the field.
    bool setCell(int row, int column, const QVariant &value, QString *error) override;

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

protected:
    int checkColumn() const override { return Enabled; }
    QVariant cell(const SubsidyRule &r, const QModelIndex &index, int role) const override;

private:
    Workspace *m_workspace = nullptr;
};

} // namespace tuoyu
