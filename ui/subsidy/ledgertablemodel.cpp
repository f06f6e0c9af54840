#include "ledgertablemodel.h"

#include "domain/money.h"

#include <QBrush>
#include <QColor>

#include <cmath>

namespace tuoyu {

void LedgerTableModel::setLines(const QList<LedgerLine> &lines,
                                const QHash<qint64, QString> &fundNames)
{
    beginResetModel();
    m_all = lines;
    m_fundNames = fundNames;
    applyFilter();
    endResetModel();
}

void LedgerTableModel::setFilter(const Filter &filter)
{
    beginResetModel();
    m_filter = filter;
    applyFilter();
    endResetModel();
}

void LedgerTableModel::applyFilter()
{
    m_rows.clear();
    const QString text = m_filter.text.trimmed();
    for (int i = 0; i < m_all.size(); ++i) {
        const LedgerLine &l = m_all.at(i);
        if (m_filter.status && l.status != *m_filter.status)
            continue;
        if (m_filter.ruleId && l.ruleId != m_filter.ruleId)
            continue;
        if (!m_filter.period.isEmpty() && l.period != m_filter.period)
            continue;
        if (!text.isEmpty() && !l.institutionName.contains(text, Qt::CaseInsensitive) &&
            !l.explanation.contains(text, Qt::CaseInsensitive) &&
            !l.voucherNo.contains(text, Qt::CaseInsensitive))
            continue;
        m_rows.append(i);
    }
}

QList<LedgerLine> LedgerTableModel::visibleLines() const
{
    QList<LedgerLine> lines;
    lines.reserve(m_rows.size());
    for (int i : m_rows)
        lines.append(m_all.at(i));
    return lines;
}

int LedgerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LedgerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LedgerTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const LedgerLine &l = lineAt(index.row());
    if (role == LineIdRole)
        return l.id;
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case QuantityColumn:
        case RateColumn:
        case AmountColumn:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        switch (l.status) {
        case LedgerStatus::Computed:
            return QBrush(QColor(0xB2, 0x6A, 0x00));
        case LedgerStatus::Approved:
            return QBrush(QColor(0x15, 0x65, 0xC0));
        case LedgerStatus::Paid:
            return QBrush(QColor(0x2E, 0x7D, 0x32));
        case LedgerStatus::Rejected:
            return QBrush(QColor(0xC6, 0x28, 0x28));
        }
    }
    if (role == Qt::ToolTipRole && index.column() == ExplanationColumn)
        return l.rejectReason.isEmpty()
                   ? l.explanation
                   : l.explanation + QStringLiteral("\n不予拨付原因：") + l.rejectReason;
    if (role != Qt::DisplayRole && role != Qt::UserRole)
        return {};
    const bool sortKey = role == Qt::UserRole;
    switch (index.column()) {
    case InstitutionColumn:
        return l.institutionName;
    case RuleColumn:
        return l.ruleName;
    case PeriodColumn:
        return l.period;
    case QuantityColumn:
        if (sortKey)
            return l.quantity;
        return l.quantity == std::floor(l.quantity) ? QString::number(qint64(l.quantity))
                                                    : QString::number(l.quantity, 'g', 6);
    case RateColumn:
        return sortKey ? QVariant(l.rateFen)
                       : QVariant(Fen(l.rateFen).toString(Fen::Style::Grouped));
    case AmountColumn:
        return sortKey ? QVariant(l.amountFen)
                       : QVariant(Fen(l.amountFen).toString(Fen::Style::Grouped));
    case StatusColumn:
        return sortKey ? QVariant(int(l.status)) : QVariant(ledgerStatusLabel(l.status));
    case FundColumn:
        return m_fundNames.value(l.fundId);
    case PaymentColumn:
        if (l.status == LedgerStatus::Paid)
            return QStringLiteral("%1 %2").arg(l.paidDate.toString(Qt::ISODate), l.voucherNo);
        return QString();
    case ExplanationColumn:
        return l.rejectReason.isEmpty()
                   ? l.explanation
                   : QStringLiteral("%1（不予拨付：%2）").arg(l.explanation, l.rejectReason);
    default:
        return {};
    }
}

QVariant LedgerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const headers[ColumnCount] = {"机构", "规则",       "期间",
                                                     "数量", "标准（元）", "金额（元）",
                                                     "状态", "资金",       "拨付日期 凭证号",
                                                     "说明"};
    return QString::fromUtf8(headers[section]);
}

} // namespace tuoyu
