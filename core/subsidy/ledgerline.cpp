#include "ledgerline.h"

#include <QRegularExpression>

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

std::optional<qint64> fenFromYuanText(const QString &text)
{
    QString t = text.trimmed();
    t.remove(QLatin1Char(',')).remove(QChar(0xFF0C)).remove(QLatin1Char(' '));
    if (t.endsWith(QChar(0x5143))) // 元
        t.chop(1);
    int scale = 2;                   // decimal places of a yuan that make a fen
    if (t.endsWith(QChar(0x4E07))) { // 万: 1万 = 10000 元 = 1000000 fen
        t.chop(1);
        scale = 6;
    }
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,12})(?:\\.(\\d+))?$"));
    const QRegularExpressionMatch m = pattern.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    QString fraction = m.captured(2);
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    if (fraction.size() > scale)
        return std::nullopt; // less than a fen
    fraction = fraction.leftJustified(scale, QLatin1Char('0'));
    qint64 unit = 1;
    for (int i = 0; i < scale; ++i)
        unit *= 10;
    return m.captured(1).toLongLong() * unit + (scale ? fraction.toLongLong() : 0);
}

} // namespace tuoyu
