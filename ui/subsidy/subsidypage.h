#pragma once

#include "domain/subsidyrule.h"
#include "shell/page.h"
#include "subsidy/ledgerline.h"

#include <QDate>

class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTableWidgetItem;

namespace tuoyu {

class LedgerTableModel;

/// 奖补: the plan's subsidy rules, the year's ledger they produce (filters, totals,
/// approve/pay/reject), the claims and the monthly enrolment the ledger is computed from, and
/// the funds with their balances. Every edit is a subsidy command; the dialogs only collect
/// what the commands need, so the public methods below are the whole behaviour.
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

private:
    QWidget *buildLedgerTab();
    QWidget *buildRulesTab();
    QWidget *buildClaimsTab();
    QWidget *buildEnrolmentTab();
    QWidget *buildFundsTab();

    void reloadAll();
    void reloadLedger();
    void applyLedgerFilter();
    void reloadRules();
    void reloadClaims();
    void reloadEnrolment();
    void reloadFunds();
    void updateButtons();
    void setStale(bool stale);
    bool run(std::unique_ptr<class WorkspaceCommand> command, QString *error);
    void report(bool ok, const QString &done, const QString &error);

    void askApprove();
    void askPay();
    void askReject();
    void askReviseRule();
    void askEditRule();
    void askAddRule();
    void askSetRuleAmount();
    void askAddClaim();
    void askAddFund();
    void ruleItemChanged(QTableWidgetItem *item);
    void enrolmentItemChanged(QTableWidgetItem *item);

    Workspace *m_workspace = nullptr;
    qint64 m_planId = 0;
    bool m_loading = false;
    QSpinBox *m_yearBox = nullptr;
    QTabWidget *m_tabs = nullptr;

    // 台账
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_ruleFilter = nullptr;
    QComboBox *m_periodFilter = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_groupBy = nullptr;
    QLabel *m_staleLabel = nullptr;
    QPushButton *m_computeButton = nullptr;
    QPushButton *m_approveButton = nullptr;
    QPushButton *m_payButton = nullptr;
    QPushButton *m_rejectButton = nullptr;
    QTableView *m_ledgerView = nullptr;
    LedgerTableModel *m_ledgerModel = nullptr;
    QSortFilterProxyModel *m_ledgerSort = nullptr;
    QLabel *m_totalsLabel = nullptr;
    QTableWidget *m_groupTable = nullptr;

    // 规则
    QTableWidget *m_ruleTable = nullptr;
    QPushButton *m_reviseButton = nullptr;
    QPushButton *m_setAmountButton = nullptr;

    // 申报
    QTableWidget *m_claimTable = nullptr;

    // 月度收托
    QComboBox *m_monthBox = nullptr;
    QTableWidget *m_enrolmentTable = nullptr;

    // 资金
    QTableWidget *m_fundTable = nullptr;
    QChartView *m_chartView = nullptr;
    QLabel *m_listsLabel = nullptr;
};

} // namespace tuoyu
