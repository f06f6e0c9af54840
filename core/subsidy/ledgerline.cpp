#include "ledgerline.h"

#include "domain/money.h"

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
    return Fen(fen).toString(Fen::Style::Yuan);
}

std::optional<qint64> fenFromYuanText(const QString &text)
{
    const std::optional<Fen> money = Fen::parse(text);
    return money ? std::optional<qint64>(money->fen()) : std::nullopt;
}

} // namespace tuoyu
