#pragma once

#include "domain/subsidyrule.h"
#include "shell/page.h"

#include <QDate>

class QSpinBox;
class QTabWidget;

namespace tuoyu {

class EnrolmentTab;
class LedgerTab;
class RulesTab;
class SubsidyTab;

/// 奖补: the year's ledger, the plan's rules, the claims, the monthly enrolment and the funds,
/// one tab each (ledgertab, rulestab, claimstab, enrolmenttab, fundstab). The page only picks
/// the year, hands every tab the workspace, plan and year, and passes on what each command
/// changed; the public methods below are the tabs' behaviour, for the window and the tests.
class SubsidyPage : public Page
{
    Q_OBJECT

public:
    explicit SubsidyPage(QWidget *parent = nullptr);
    QString title() const override { return QStringLiteral("奖补"); }
    QString key() const override { return QStringLiteral("subsidies"); }
    void setContext(Workspace *workspace, qint64 planId) override;
    void refresh(const QSet<QString> &tables) override;
    bool focusSearch() override;

    int year() const;
    void setYear(int year);

    LedgerTab *ledgerTab() const { return m_ledger; }
    RulesTab *rulesTab() const { return m_rules; }
    EnrolmentTab *enrolmentTab() const { return m_enrolment; }

    /// 计算台账: the 待审核 lines of the year replaced by what the rules give now.
    bool computeLedger(QString *error);
    /// The ids of the ledger lines the filters let through, in the order shown.
    QList<qint64> visibleLineIds() const;
    void selectLines(const QList<qint64> &lineIds);
    QList<qint64> selectedLineIds() const;
    bool approveSelected(qint64 fundId, QString *error);
    bool paySelected(qint64 fundId, const QDate &date, const QString &voucherNo, QString *error);
    bool rejectSelected(const QString &reason, QString *error);
    /// One cell of the enrolment grid typed in: the month shown, the institution of `row`, the
    /// band or category of `column`. Refuses anything but a whole number ≥ 0.
    bool setEnrolmentCell(int row, int column, const QString &text, QString *error);
    void showEnrolmentMonth(int month);
    /// 新增规则: a rule of the plan; no amount (0, no cap) makes it 金额待定.
    bool addRule(const SubsidyRule &rule, QString *error);
    /// 设定金额 of a 金额待定 rule, from the yuan the officer typed (empty cap = none).
    bool setRuleAmount(qint64 ruleId, const QString &amount, const QString &cap, QString *error);
    /// 删除规则: refused while the rule has paid (已拨付) ledger lines.
    bool removeRule(qint64 ruleId, QString *error);

private:
    QList<SubsidyTab *> tabs() const;
    void reloadAll();

    Workspace *m_workspace = nullptr;
    qint64 m_planId = 0;
    bool m_loading = false;
    QSpinBox *m_yearBox = nullptr;
    QTabWidget *m_tabs = nullptr;
    LedgerTab *m_ledger = nullptr;
    RulesTab *m_rules = nullptr;
    SubsidyTab *m_claims = nullptr;
    EnrolmentTab *m_enrolment = nullptr;
    SubsidyTab *m_funds = nullptr;
};

} // namespace tuoyu
