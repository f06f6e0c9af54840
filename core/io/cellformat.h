#pragma once

#include "table.h"

#include <QDate>
#include <QString>
#include <QStringView>

namespace tuoyu::io {

/// The canonical text of a number: the shortest digits that read back as the same double, in
/// plain notation for 1e-7 ≤ |v| < 1e21 (1000000, 0.000123) and with an exponent outside that
/// (1.5e+21, 1e-08). Integral values print without a decimal point; -0 prints as 0.
/// (QString::number(v, 'g', QLocale::FloatingPointShortest) would print one million as
/// "1e+06", which no officer wants to see in a slot count or an amount of money.)
QString formatNumber(double value);

/// yyyy-MM-dd, as QDate::toString(Qt::ISODate) writes it, without its cost (it goes through the
/// calendar and locale machinery, which showed in the import of 100,000 dated rows). Empty for an
/// invalid date.
QString formatIsoDate(QDate date);

/// How a cell's number format wants its number shown.
enum class NumberKind : unsigned char
{
    Number,
    Date,     ///< only date parts (y, m, d, e …)
    DateTime, ///< date and time parts
    Time,     ///< only time parts (h, m next to h or s, s, AM/PM)
    Duration, ///< elapsed time: [h], [m] or [s]
};

/// Classifies a built-in number format id (0–163), including the CJK ids 27–36 and 50–58 as
/// Excel's Chinese locales use them.
NumberKind builtinNumberKind(int id);

/// Classifies a custom format code such as `yyyy/m/d`, `"yyyy年m月d日"`-style codes with quoted
/// literals, `[$-F800]dddd, mmmm dd, yyyy`, `[h]:mm:ss`, `0.00%`, `#,##0;[Red]-#,##0`.
NumberKind classifyNumberFormat(QStringView code);

/// Makes a cell for a numeric value shown with a number format of the given kind. Dates use the
/// 1900 system (serial 1 = 1900-01-01, serial 60 = Excel's phantom 1900-02-29, serial 61 =
/// 1900-03-01) or the 1904 system (serial 0 = 1904-01-01). A serial outside 0 … 9999-12-31 stays
/// a Number.
Cell numberCell(double value, NumberKind kind, bool date1904);

/// A text cell (Empty when the text is empty).
Cell textCell(const QString &text);

class ReadBudget;

/// Records the merged ranges on the table and copies each range's top-left value into every cell
/// it covers. Ranges are clamped to the sheet's data (a title merged across A1:XFD1 fills only
/// the columns that have data) and a range declared more than once is kept once; every cell a
/// range fills counts against `budget` (false, and budget.error(), past it). Internal to the
/// readers.
bool applyMerges(Table &table, const QList<Merge> &merges, ReadBudget &budget);

} // namespace tuoyu::io
