#include "ledgertablemodel.h"

#include "ledgers/ledgers.h"

#include <QBrush>
#include <QColor>

namespace tuoyu {

LedgerTableModel::LedgerTableModel(QObject *parent)
    : LedgerItemModel(parent)
{
    applyFilter();
}

void LedgerTableModel::setLines(const QList<LedgerLine> &lines,
                                const QHash<qint64, QString> &fundNames)
{
    m_all = lines;
    m_fundNames = fundNames;
    applyFilter();
}

void LedgerTableModel::setFilter(const Filter &filter)
{
    m_filter = filter;
    applyFilter();
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
    // No evidence: the page shows the selected line's in its pane, not in a column.
    setTable(ledgers::subsidies(visibleLines(), m_fundNames, {}));
}

QList<LedgerLine> LedgerTableModel::visibleLines() const
{
    QList<LedgerLine> lines;
    lines.reserve(m_rows.size());
    for (int i : m_rows)
        lines.append(m_all.at(i));
    return lines;
}

QVariant LedgerTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const LedgerLine &l = lineAt(index.row());
    if (role == LineIdRole)
        return l.id;
    if (index.column() == StatusColumn && role == Qt::UserRole)
        return int(l.status); // the ledger's order: 待审核, 已审核, 已拨付, 不予拨付
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
        return l.rejectReason.isEmpty() ? l.explanation
                                        : l.explanation + tr("\n不予拨付原因：") + l.rejectReason;
    return LedgerItemModel::data(index, role);
}

} // namespace tuoyu
