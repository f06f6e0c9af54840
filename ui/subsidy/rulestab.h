#pragma once

#include "domain/subsidyrule.h"
#include "subsidytab.h"

#include <functional>

class QFormLayout;
class QLineEdit;
class QPushButton;
class QTableView;

namespace tuoyu {

class RuleTableModel;

/// 规则: the plan's rules valid in the year — switched on and off, their standard revised from
/// a date or set where the plan printed none, their conditions and validity edited, new ones
/// added and unused ones removed.
class RulesTab : public SubsidyTab
{
    Q_OBJECT

public:
    explicit RulesTab(QWidget *parent = nullptr);
    RuleTableModel *model() const { return m_model; }

    bool addRule(const SubsidyRule &rule, QString *error);
    bool setRuleAmount(qint64 ruleId, const QString &amount, const QString &cap, QString *error);
    /// 删除规则 (subsidycommands::removeRule): refused while the rule has paid lines.
    bool removeRule(qint64 ruleId, QString *error);

protected:
    void reload() override;

private:
    /// The rule of the current row, or none (with a hint to choose one, titled `action`).
    const SubsidyRule *currentRule(const QString &action);
    /// 调整标准 and 设定金额 (`action`) of the current rule: a form titled `title` (its %1 the
    /// rule's name) that `fill` starts with its own rows and returns the status to say when done,
    /// then 标准 and 上限 in yuan (an empty cap says `capHint`); `save` runs until it succeeds or
    /// the officer cancels.
    void askStandard(
        const QString &action, const QString &title, const QString &capHint,
        const std::function<QString(const SubsidyRule &, QFormLayout *, QLineEdit *, QLineEdit *)>
            &fill,
        const std::function<bool(qint64, const QString &, const QString &, QString *)> &save);
    void askReviseRule();
    void askEditRule();
    void askAddRule();
    void askSetRuleAmount();
    void askRemoveRule();

    QTableView *m_view = nullptr;
    RuleTableModel *m_model = nullptr;
};

} // namespace tuoyu
