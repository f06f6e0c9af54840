#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

namespace tuoyu::mapping {

/// How a typed value parsed. Empty covers blank cells and the placeholders offices type for
/// "nothing" (—, -, /, 无); Invalid means words were there but they are not the value wanted.
enum class ParseStatus
{
    Empty,
    Ok,
    Invalid
};

template <typename T> struct Parsed
{
    ParseStatus status = ParseStatus::Empty;
    T value{};

    bool ok() const { return status == ParseStatus::Ok; }
    bool empty() const { return status == ParseStatus::Empty; }
    bool invalid() const { return status == ParseStatus::Invalid; }
};

/// A month with an optional year: "3月" parses with year 0 and the caller supplies the year.
struct YearMonth
{
    int year = 0;
    int month = 0;
};

/// Cell text as people should see it: full-width digits/letters made half-width, whitespace
/// (full-width, no-break, newlines) collapsed, and spaces next to Chinese characters removed
/// ("合  计" → "合计", "创建省普惠\n托育机构" → "创建省普惠托育机构"). Brackets stay as written.
/// Returns the same shared string when nothing needs to change, so clean cells cost no copy.
QString cleanText(const QString &text);

/// The words of a header cell reduced for matching and for the header signature: no spaces or
/// newlines, half-width, ASCII lower case, no brackets, colons or required-field stars, and a
/// trailing unit such as （个） or （元/月） dropped. "所在乡镇（街道）" → "所在乡镇街道".
QString normaliseHeader(QStringView text);

/// True for the labels of total rows: 合计, 小计, 总计, 共计, "合  计", "全区合计：" …
bool isTotalLabel(QStringView text);
/// True only for subtotals (小计), which are skipped without a check.
bool isSubtotalLabel(QStringView text);

/// Whole numbers as typed: "40", "４０", "40个", "90 人", "1,180", "40.0"; "40.5" is Invalid.
/// Negative numbers parse (the caller decides whether they are allowed).
Parsed<qint64> parseInteger(QStringView text);
/// Decimal numbers as typed: "1,500", "1500元/月", "1.5万" (× 10 000), "１２００．５".
Parsed<double> parseDecimal(QStringView text);
/// 是/否, 有/无, √/×, ✓/✗, Y/N, yes/no, true/false, 1/0, 已备案/未备案, 已/未 …
Parsed<bool> parseYesNo(QStringView text);
/// 2024-03-01, 2024/3/1, 2024.3.1, 2024年3月1日, 20240301, ISO text of date cells (with or
/// without a time). "2024年3月" and "2024-03" parse to the first of the month with *monthOnly set.
Parsed<QDate> parseDate(QStringView text, bool *monthOnly = nullptr);
/// 2025-03, 2025/3, 2025.03, 2025年3月(份), 202503, a date ("2025-03-01"), or a bare month
/// ("3月", "3月份", "03") which parses with year 0.
Parsed<YearMonth> parseYearMonth(QStringView text);
/// A year heading: "2023年", "2023年度", "2023". Returns 0 when the text is not a year.
int parseYearHeading(QStringView text);
/// The first "20xx年" in free text (a title such as "2025年3月托育机构收托情况"), with the month
/// that follows it if any. Year 0 when none.
YearMonth findYearMonthInText(QStringView text);

} // namespace tuoyu::mapping
