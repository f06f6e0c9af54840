#include "money.h"

#include <QRegularExpression>
#include <QtNumeric>

#include <cmath>

namespace tuoyu {

namespace {

QString grouped(qint64 whole)
{
    QString digits = QString::number(whole);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return digits;
}

QString twoDecimals(qint64 fen)
{
    return QStringLiteral("%1").arg(fen, 2, 10, QLatin1Char('0'));
}

} // namespace

QString Fen::toString(Style style) const
{
    const QString sign = m_fen < 0 ? QStringLiteral("-") : QString();
    // The magnitude as unsigned, so that the most negative amount has one too.
    const quint64 a = m_fen < 0 ? quint64(0) - quint64(m_fen) : quint64(m_fen);
    const qint64 whole = qint64(a / 100);
    const qint64 cents = qint64(a % 100);
    switch (style) {
    case Style::Yuan:
        return sign + QString::number(whole) +
               (cents ? QLatin1Char('.') + twoDecimals(cents) : QString()) + QStringLiteral("元");
    case Style::Grouped:
        return sign + grouped(whole) + QLatin1Char('.') + twoDecimals(cents);
    case Style::GroupedYuan:
        return sign + grouped(whole) + QLatin1Char('.') + twoDecimals(cents) +
               QStringLiteral(" 元");
    case Style::Symbol:
        return sign + QStringLiteral("¥") + grouped(whole) + QLatin1Char('.') + twoDecimals(cents);
    case Style::Wan: {
        // 1万元 = 1,000,000 fen: six decimal places make it exact; trailing zeros go.
        QString fraction = QStringLiteral("%1").arg(qint64(a % 1000000), 6, 10, QLatin1Char('0'));
        while (fraction.endsWith(QLatin1Char('0')))
            fraction.chop(1);
        return sign + QString::number(qint64(a / 1000000)) +
               (fraction.isEmpty() ? QString() : QLatin1Char('.') + fraction) +
               QStringLiteral("万元");
    }
    }
    return QString();
}

QString Fen::yuanDecimal() const
{
    const quint64 a = m_fen < 0 ? quint64(0) - quint64(m_fen) : quint64(m_fen);
    return (m_fen < 0 ? QStringLiteral("-") : QString()) + QString::number(a / 100) +
           QLatin1Char('.') + twoDecimals(qint64(a % 100));
}

std::optional<Fen> Fen::parse(const QString &text)
{
    QString t = text.trimmed();
    t.remove(QLatin1Char(',')).remove(QChar(0xFF0C)).remove(QLatin1Char(' '));
    if (t.startsWith(QChar(0xA5)) || t.startsWith(QChar(0xFFE5))) // ¥ or its full-width form
        t.remove(0, 1);
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
    return Fen(m.captured(1).toLongLong() * unit + (scale ? fraction.toLongLong() : 0));
}

std::optional<Fen> Fen::plus(Fen other) const
{
    qint64 sum = 0;
    if (qAddOverflow(m_fen, other.m_fen, &sum))
        return std::nullopt;
    return Fen(sum);
}

std::optional<Fen> Fen::times(qint64 count) const
{
    qint64 product = 0;
    if (qMulOverflow(m_fen, count, &product))
        return std::nullopt;
    return Fen(product);
}

namespace {

/// A number of fen as a double, rounded, when it fits in a qint64 (2^63 is exact in a double;
/// anything from it up does not fit).
std::optional<Fen> roundedFen(double fen)
{
    constexpr double limit = 9223372036854775808.0;
    if (!std::isfinite(fen) || fen >= limit || fen <= -limit)
        return std::nullopt;
    return Fen(std::llround(fen));
}

} // namespace

std::optional<Fen> Fen::times(double quantity) const
{
    return roundedFen(quantity * double(m_fen));
}

std::optional<Fen> Fen::fromYuanNumber(double yuan)
{
    return roundedFen(yuan * 100.0);
}

void Fen::writeJson(QJsonObject &json, const QString &key) const
{
    json.insert(key + QStringLiteral("_fen"), m_fen);
    json.insert(key + QStringLiteral("_yuan"), yuanDecimal());
}

} // namespace tuoyu
