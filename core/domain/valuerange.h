#pragma once

#include <QString>
#include <QtGlobal>

#include <cmath>

namespace tuoyu {

/// The sane range of one kind of number an officer's file or form gives. A value outside it is
/// refused where it enters — the table mapper for every import kind's numeric fields (each kind
/// names its fields' ranges), the commands behind the forms — with the row or form field named.
/// The bounds are far above any real figure and far below where a sum of a whole registry could
/// overflow: 1,000,000 institutions at the largest value still sum exactly in a qint64 and a
/// double.
struct ValueRange
{
    qint64 min = 0;
    qint64 max = 0;

    constexpr bool contains(qint64 value) const { return value >= min && value <= max; }
    bool contains(double value) const
    {
        return std::isfinite(value) && value >= double(min) && value <= double(max);
    }
    /// "托位数“9000000000000000”超出合理范围（0–100000）".
    QString refusal(const QString &field, const QString &value) const
    {
        return QStringLiteral("%1“%2”超出合理范围（%3–%4）").arg(field, value).arg(min).arg(max);
    }
};

namespace ranges {

/// 托位 of one institution (in all, 普惠, per class): real ones have tens to a few hundred.
inline constexpr ValueRange slots{0, 100'000};
/// Children of one institution: 在托人数, a month's enrolment per class or category.
inline constexpr ValueRange children{0, 100'000};
/// 从业人员, 持证人员 of one institution.
inline constexpr ValueRange staff{0, 100'000};
/// 月收费 per child, in yuan (real fees are hundreds to a few thousand).
inline constexpr ValueRange monthlyFeeYuan{0, 100'000};
/// The same in fen, for the forms that edit the stored column.
inline constexpr ValueRange monthlyFeeFen{0, 100'000 * 100};
/// Any other amount of money, in fen: a rule's amount or cap, a claim, a fund (up to 100亿元).
inline constexpr ValueRange amountFen{0, qint64(10'000'000'000) * 100};
/// A 任务分解表 target for one area and year (a count of slots, a rate …).
inline constexpr ValueRange target{0, 1'000'000'000};
/// A count a kind gives without a range of its own.
inline constexpr ValueRange count{0, 1'000'000'000};

} // namespace ranges

} // namespace tuoyu
