#pragma once

#include <QString>
#include <QStringList>

namespace tuoyu {

class Workspace;

/// A fund (中央/省/市/区 money for a year) with what is committed and paid from it.
struct FundBalance
{
    qint64 id = 0;
    QString name;
    QString source; ///< 中央, 省, 市, 区
    int year = 0;
    qint64 budgetFen = 0;
    qint64 committedFen = 0; ///< approved lines charged to it, not yet paid
    qint64 paidFen = 0;
    qint64 remainingFen() const { return budgetFen - committedFen - paidFen; }
};

/// Whether a ledger line may be charged to a fund. Central money (中央财政资金) may not pay for
/// what 002's negative list names — 基本建设, 托位建设补助和运营补助 paid directly to
/// institutions, wages, direct allowances to families; local money is not bound by the lists.
class FundCheck
{
public:
    /// The negative-list item a use falls under, empty when central money may pay for it.
    /// `negativeList` is the plan's list (002's), or the national one when the plan has none.
    static QString negativeItemFor(const QString &useCode, const QStringList &negativeList);
    static QStringList defaultNegativeList();
    /// Empty when the line may be charged; otherwise the Chinese reason.
    static QString refusal(Workspace *workspace, qint64 fundId, const QString &useCode,
                           qint64 amountFen, const QString &lineName);
    static QList<FundBalance> balances(Workspace *workspace, qint64 planId);
    static QStringList negativeList(Workspace *workspace, qint64 planId);
    /// The plan's stored list ("positive" or "negative") as the template transcribed it; empty
    /// when the plan has none.
    static QStringList storedList(Workspace *workspace, qint64 planId, const QString &list);
};

} // namespace tuoyu
