#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace tuoyu {

enum class LedgerStatus
{
    Computed, ///< 待审核: the engine's result, replaced when the ledger is recomputed
    Approved, ///< 已审核: kept whatever the rules do next
    Paid,     ///< 已拨付: charged to a fund, with date and voucher
    Rejected  ///< 不予拨付, with the reason
};

/// The reason the engine gives, with status 不予拨付, for a line an unfiled institution would
/// otherwise get: public money goes only to filed (已备案) institutions. Such lines are the
/// engine's, not a person's decision, so recomputing replaces them like 待审核 lines.
inline const QString kNotFiledReason = QStringLiteral("未备案，不予补助");

QString ledgerStatusCode(LedgerStatus status);
LedgerStatus ledgerStatusFromCode(const QString &code);
QString ledgerStatusLabel(LedgerStatus status);

/// One line of the 奖补台账: what one rule pays one institution for one period, and why.
/// Money is in fen.
struct LedgerLine
{
    qint64 id = 0;
    qint64 ruleId = 0;
    QString ruleName;
    qint64 institutionId = 0;
    QString institutionName;
    QString period; ///< "2025-03" for monthly rules, "2025" for one-off ones
    double quantity = 0.0;
    qint64 rateFen = 0;
    qint64 amountFen = 0;
    QString explanation; ///< "2025年3月 托小班 12人 × 200元 = 2400元"
    QString useCode;     ///< the rule's fund use, for the central-fund check
    LedgerStatus status = LedgerStatus::Computed;
    qint64 fundId = 0;
    QDate paidDate;
    QString voucherNo;
    QString rejectReason;

    QString key() const;
};

/// What names a line across recomputations (rule|institution|period): a recomputed line is
/// the same line, its decision kept and its 拨付凭证 moved onto it, and a claim (申报) for the
/// same rule, institution and period is the claim it pays.
QString ledgerLineKey(qint64 ruleId, qint64 institutionId, const QString &period);

/// Fen(fen).toString(): "2400元", "2400.50元" (domain/money.h says why).
QString yuanText(qint64 fen);

/// Fen::parse in fen: money an officer typed, exact, or empty.
std::optional<qint64> fenFromYuanText(const QString &text);

} // namespace tuoyu
