#pragma once

#include <QDate>
#include <QString>

namespace tuoyu {

/// Resolves the 完成时限 words of a plan to a date, keeping the words. A deadline always means
/// the last day of the period it names: 2024年7月 → 2024-07-31, 2024年底 → 2024-12-31,
/// 2025年6月底前 → 2025-06-30, 到2025年 → 2025-12-31, 2025年上半年 → 2025-06-30,
/// 2024年第三季度 → 2024-09-30. Words that name no date (长期, 持续推进) resolve to nothing.
class DeadlineParser
{
public:
    struct Result
    {
        QDate date;   ///< invalid when the words name no date
        QString text; ///< the words as given (trimmed)
        bool resolved() const { return date.isValid(); }
    };

    static Result parse(const QString &words);
    /// Shown where a deadline has no date.
    static QString undetermined() { return QStringLiteral("未定"); }
};

} // namespace tuoyu
