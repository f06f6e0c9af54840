#include "ledgerline.h"

#include <array>

namespace tuoyu {

namespace {
struct StatusName
{
    LedgerStatus status;
    const char *code;
    const char *label;
};
constexpr std::array<StatusName, 4> kStatuses{{
    {LedgerStatus::Computed, "computed", "待审核"},
    {LedgerStatus::Approved, "approved", "已审核"},
    {LedgerStatus::Paid, "paid", "已拨付"},
    {LedgerStatus::Rejected, "rejected", "不予拨付"},
}};
} // namespace

QString ledgerStatusCode(LedgerStatus status)
{
    for (const auto &s : kStatuses)
        if (s.status == status)
            return QString::fromLatin1(s.code);
    return QStringLiteral("computed");
}

LedgerStatus ledgerStatusFromCode(const QString &code)
{
    for (const auto &s : kStatuses)
        if (code == QLatin1String(s.code))
            return s.status;
    return LedgerStatus::Computed;
}

QString ledgerStatusLabel(LedgerStatus status)
{
    for (const auto &s : kStatuses)
        if (s.status == status)
            return QString::fromUtf8(s.label);
    return QString();
}

QString yuanText(qint64 fen)
{
    const bool negative = fen < 0;
    const qint64 a = negative ? -fen : fen;
    QString text = QString::number(a / 100);
    if (a % 100 != 0)
        text += QStringLiteral(".%1").arg(a % 100, 2, 10, QLatin1Char('0'));
    return (negative ? QStringLiteral("-") : QString()) + text + QStringLiteral("元");
}

} // namespace tuoyu
