#pragma once

#include "subsidytab.h"

#include <QDate>

#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;

namespace tuoyu {

class EvidencePane;
class LedgerTableModel;

/// 台账: the year's ledger lines with filters and totals (per institution, rule, period or
/// fund), computed from the rules and approved, paid or refused line by line; the selected
/// line's 佐证材料 (拨付 vouchers) beside the totals.
class LedgerTab : public SubsidyTab
{
    Q_OBJECT

public:
    explicit LedgerTab(QWidget *parent = nullptr);
    void refresh(const QSet<QString> &tables) override;
    void focusSearch();
    /// The rules, claims or enrolment changed since the ledger was last computed.
    void setStale(bool stale);

    bool computeLedger(QString *error);
    QList<qint64> visibleLineIds() const;
    void selectLines(const QList<qint64> &lineIds);
    QList<qint64> selectedLineIds() const;
    bool approveSelected(qint64 fundId, QString *error);
    bool paySelected(qint64 fundId, const QDate &date, const QString &voucherNo, QString *error);
    bool rejectSelected(const QString &reason, QString *error);

protected:
    void reload() override;

private:
    void applyFilter();
    void updateButtons();
    /// The evidence pane shows the one selected line's files (none when 0 or several).
    void updateEvidence();
    /// 审核 or 拨付 (`verb`) the selected lines: a form naming how many, with a fund to charge
    /// (or none yet, when `allowNone`) that `fill` lays out with its own fields; `act` runs until
    /// it succeeds or the officer cancels.
    void askForSelected(const QString &verb, bool allowNone,
                        const std::function<void(QFormLayout *, QComboBox *)> &fill,
                        const std::function<bool(qint64, QString *)> &act);
    void askApprove();
    void askPay();
    void askReject();

    bool m_loading = false;
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
    QTableView *m_view = nullptr;
    LedgerTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_sort = nullptr;
    QLabel *m_totalsLabel = nullptr;
    QTableWidget *m_groupTable = nullptr;
    EvidencePane *m_evidence = nullptr;
};

} // namespace tuoyu
