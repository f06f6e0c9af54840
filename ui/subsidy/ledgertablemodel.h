#pragma once

#include "ledgers/ledgeritemmodel.h"
#include "subsidy/ledgerline.h"

#include <QHash>

#include <optional>

namespace tuoyu {

/// The 奖补台账 lines of a year as a table, filtered by status, rule, period and text. Filtering
/// happens here rather than in a proxy so the page can total exactly the rows it shows. The
/// columns and cells are the core ledger's (ledgers::subsidies), the same as the export's.
class LedgerTableModel : public LedgerItemModel
{
    Q_OBJECT

public:
    /// The ledger's OnPage columns, in its order (a test holds them to ledgers::subsidies).
    enum Column
    {
        InstitutionColumn,
        RuleColumn,
        PeriodColumn,
        QuantityColumn,
        RateColumn,
        AmountColumn,
        StatusColumn,
        FundColumn,
        PaymentColumn, ///< 拨付日期
        VoucherColumn,
        RejectReasonColumn,
        ExplanationColumn, ///< last: the page stretches it
        ColumnCount
    };
    /// Qt::UserRole gives a value to sort by (numbers as numbers); LineIdRole the line's id.
    static constexpr int LineIdRole = Qt::UserRole + 1;

    /// Starts with the ledger's columns and no lines, so the page can size the columns at once.
    explicit LedgerTableModel(QObject *parent = nullptr);

    void setLines(const QList<LedgerLine> &lines, const QHash<qint64, QString> &fundNames);
    struct Filter
    {
        std::optional<LedgerStatus> status;
        qint64 ruleId = 0; ///< 0: every rule
        QString period;    ///< "2025-03", "2025" (one-off lines) or empty for the whole year
        QString text;      ///< part of the institution's name or the explanation
    };
    void setFilter(const Filter &filter);
    /// The lines that pass the filter, in the model's order.
    QList<LedgerLine> visibleLines() const;
    const LedgerLine &lineAt(int row) const { return m_all.at(m_rows.at(row)); }
    /// How many lines the year has, shown or not.
    int lineCount() const { return int(m_all.size()); }
    QString fundName(qint64 fundId) const { return m_fundNames.value(fundId); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void applyFilter();
    QList<LedgerLine> m_all;
    QList<int> m_rows; ///< indexes into m_all of the lines shown
    QHash<qint64, QString> m_fundNames;
    Filter m_filter;
};

} // namespace tuoyu
