#include "ledgerline.h"

#include "domain/money.h"

#include "domain/codetable.h"

namespace tuoyu {

namespace {
constexpr CodeName<LedgerStatus> kStatusNames[] = {
    {LedgerStatus::Computed, "computed", "待审核"},
    {LedgerStatus::Approved, "approved", "已审核"},
    {LedgerStatus::Paid, "paid", "已拨付"},
    {LedgerStatus::Rejected, "rejected", "不予拨付"},
};
constexpr CodeTable<LedgerStatus> kStatuses{kStatusNames};
} // namespace

QString ledgerStatusCode(LedgerStatus status)
{
    return kStatuses.code(status);
}

LedgerStatus ledgerStatusFromCode(const QString &code)
{
    return kStatuses.fromCode(code).value_or(LedgerStatus::Computed);
}

QString ledgerStatusLabel(LedgerStatus status)
{
    return kStatuses.label(status);
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

QString ledgerLineKey(qint64 ruleId, qint64 institutionId, const QString &period)
{
    return QStringLiteral("%1|%2|%3").arg(ruleId).arg(institutionId).arg(period);
}

QString LedgerLine::key() const
{
    return ledgerLineKey(ruleId, institutionId, period);
}

} // namespace tuoyu
