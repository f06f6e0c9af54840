#include "deadlineparser.h"

#include <QRegularExpression>

namespace tuoyu {

namespace {

/// Full-width digits and Chinese numerals in month names (七月, 十二月) become ASCII digits, so one
/// set of patterns serves every way offices write dates.
QString normalise(const QString &words)
{
    QString s;
    s.reserve(words.size());
    for (const QChar c : words) {
        const char16_t u = c.unicode();
        if (u >= 0xFF10 && u <= 0xFF19)
            s.append(QChar(u - 0xFF10 + '0'));
        else if (u == 0x3000 || c.isSpace())
            continue;
        else
            s.append(c);
    }
    static const QString numerals = QStringLiteral("〇一二三四五六七八九");
    // 十二月 / 十一月 / 十月 / 七月 → 12月 / 11月 / 10月 / 7月 (only where followed by 月)
    static const QRegularExpression chineseMonth(QStringLiteral("([一二三四五六七八九十]{1,3})月"));
    QRegularExpressionMatch m;
    int from = 0;
    while ((m = chineseMonth.match(s, from)).hasMatch()) {
        const QString n = m.captured(1);
        int value = 0;
        if (n == QStringLiteral("十"))
            value = 10;
        else if (n.startsWith(QStringLiteral("十")))
            value = 10 + int(numerals.indexOf(n.at(1)));
        else if (n.size() == 1)
            value = int(numerals.indexOf(n.at(0)));
        if (value >= 1 && value <= 12) {
            s.replace(m.capturedStart(1), m.capturedLength(1), QString::number(value));
            from = m.capturedStart(1) + 1;
        } else {
            from = m.capturedEnd();
        }
    }
    return s;
}

QDate endOfMonth(int year, int month)
{
    const QDate first(year, month, 1);
    return first.isValid() ? QDate(year, month, first.daysInMonth()) : QDate();
}

} // namespace

DeadlineParser::Result DeadlineParser::parse(const QString &words)
{
    Result result;
    result.text = words.trimmed();
    const QString s = normalise(words);
    if (s.isEmpty())
        return result;

    // A full date: 2024年12月31日, 2024-12-31, 2024/12/31, 2024.12.31
    static const QRegularExpression fullDate(
        QStringLiteral("(20\\d{2}|19\\d{2})[年\\-/.](\\d{1,2})[月\\-/.](\\d{1,2})日?"));
    if (const auto m = fullDate.match(s); m.hasMatch()) {
        result.date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return result;
    }
    // A month: 2024年7月, 2025年6月底前, 2024年7月中旬 (a deadline means the month's end), 2024.7
    static const QRegularExpression month(
        QStringLiteral("(20\\d{2}|19\\d{2})(?:年|[\\-/.])(\\d{1,2})(?:月|$|[^\\d])"));
    if (const auto m = month.match(s); m.hasMatch()) {
        result.date = endOfMonth(m.captured(1).toInt(), m.captured(2).toInt());
        return result;
    }
    static const QRegularExpression yearOnly(QStringLiteral("(20\\d{2}|19\\d{2})年?"));
    const auto y = yearOnly.match(s);
    if (!y.hasMatch())
        return result; // 长期, 持续推进, 每年 …: no date
    const int year = y.captured(1).toInt();
    const QString rest = s.mid(y.capturedEnd());

    // Halves and quarters of a year.
    if (rest.startsWith(QStringLiteral("上半年")))
        result.date = QDate(year, 6, 30);
    else if (rest.startsWith(QStringLiteral("下半年")))
        result.date = QDate(year, 12, 31);
    else if (static const QRegularExpression quarter(QStringLiteral("^第?([1-4一二三四])季度"));
             quarter.match(rest).hasMatch()) {
        static const QString quarters = QStringLiteral("1234一二三四");
        const int q = int(quarters.indexOf(quarter.match(rest).captured(1))) % 4 + 1;
        result.date = endOfMonth(year, q * 3);
    } else {
        // 2024年底, 2024年末, 2024年, 到2025年, 2025年前, 2024年内: the end of the year.
        result.date = QDate(year, 12, 31);
    }
    return result;
}

} // namespace tuoyu
