#include "cellformat.h"

#include <QDate>

#include <charconv>
#include <cmath>
#include <cstring>

namespace tuoyu::io {

QString formatNumber(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value < 0 ? QStringLiteral("-inf") : QStringLiteral("inf");
    if (value == 0)
        return QStringLiteral("0");

    char buf[64];
    // Fast path: integers that doubles hold exactly.
    if (std::fabs(value) < 9007199254740992.0 && value == std::trunc(value)) {
        auto res = std::to_chars(buf, buf + sizeof buf, static_cast<long long>(value));
        return QString::fromLatin1(buf, res.ptr - buf);
    }

    // Shortest round-trip digits in scientific form: d[.ddd]e±XX.
    auto res = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
    const char *p = buf;
    const char *end = res.ptr;
    bool negative = false;
    if (*p == '-') {
        negative = true;
        ++p;
    }
    char digits[32];
    int nDigits = 0;
    const char *e = p;
    while (e < end && *e != 'e') {
        if (*e != '.' && nDigits < int(sizeof digits))
            digits[nDigits++] = *e;
        ++e;
    }
    int exponent = 0;
    if (e < end)
        std::from_chars(e + 1 + (e[1] == '+' ? 1 : 0), end, exponent);
    while (nDigits > 1 && digits[nDigits - 1] == '0')
        --nDigits;

    char out[64];
    int n = 0;
    if (negative)
        out[n++] = '-';
    if (exponent >= -7 && exponent < 21) {
        if (exponent < 0) {
            out[n++] = '0';
            out[n++] = '.';
            for (int i = -1; i > exponent; --i)
                out[n++] = '0';
            for (int i = 0; i < nDigits; ++i)
                out[n++] = digits[i];
        } else {
            for (int i = 0; i <= exponent || i < nDigits; ++i) {
                if (i == exponent + 1)
                    out[n++] = '.';
                out[n++] = i < nDigits ? digits[i] : '0';
            }
        }
    } else {
        out[n++] = digits[0];
        if (nDigits > 1) {
            out[n++] = '.';
            for (int i = 1; i < nDigits; ++i)
                out[n++] = digits[i];
        }
        out[n++] = 'e';
        out[n++] = exponent < 0 ? '-' : '+';
        int a = std::abs(exponent);
        if (a < 10)
            out[n++] = '0';
        auto r = std::to_chars(out + n, out + sizeof out, a);
        n = int(r.ptr - out);
    }
    return QString::fromLatin1(out, n);
}

NumberKind builtinNumberKind(int id)
{
    switch (id) {
    case 14:
    case 15:
    case 16:
    case 17:
    case 27:
    case 28:
    case 29:
    case 30:
    case 31:
    case 36:
    case 50:
    case 51:
    case 52:
    case 53:
    case 54:
    case 57:
    case 58:
        return NumberKind::Date;
    case 18:
    case 19:
    case 20:
    case 21:
    case 32:
    case 33:
    case 34:
    case 35:
    case 55:
    case 56:
    case 45:
    case 47:
        return NumberKind::Time;
    case 46:
        return NumberKind::Duration;
    case 22:
        return NumberKind::DateTime;
    default:
        return NumberKind::Number;
    }
}

NumberKind classifyNumberFormat(QStringView code)
{
    bool hasDate = false;
    bool hasTime = false;
    bool hasDuration = false;
    bool pendingMonthOrMinute = false; // an 'm' not yet known to be a month or a minute
    bool lastWasTime = false;          // the previous date/time token was h (m after h = minutes)

    const qsizetype n = code.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = code[i];
        const char16_t u = c.unicode();
        if (u == ';')
            break; // only the first (positive) section decides
        if (u == '"') {
            ++i;
            while (i < n && code[i] != u'"')
                ++i;
            continue;
        }
        if (u == '\\' || u == '_' || u == '*') {
            ++i;
            continue;
        }
        if (u == '[') {
            const qsizetype close = code.indexOf(u']', i);
            if (close < 0)
                break;
            const QStringView inner = code.mid(i + 1, close - i - 1);
            const QString lower = inner.toString().toLower();
            if (lower == u"h" || lower == u"hh" || lower == u"m" || lower == u"mm" ||
                lower == u"s" || lower == u"ss") {
                hasDuration = true;
                hasTime = true;
            } else if (lower.startsWith(u"$-")) {
                // [$-F800] system long date, [$-F400] system time; others are locale tags.
                const QString tag = lower.mid(2);
                if (tag.endsWith(u"f800"))
                    hasDate = true;
                else if (tag.endsWith(u"f400"))
                    hasTime = true;
            }
            i = close;
            continue;
        }
        switch (u) {
        case 'G':
        case 'g':
            if (code.mid(i, 7).compare(u"General", Qt::CaseInsensitive) == 0) {
                i += 6;
                break;
            }
            hasDate = true; // era (g, gg, ggg) in CJK date formats
            lastWasTime = false;
            break;
        case 'B':
        case 'b':
            // bb / bbbb: Buddhist year; B1/B2 calendar prefixes are not dates by themselves.
            if (i + 1 < n && (code[i + 1] == u'b' || code[i + 1] == u'B')) {
                hasDate = true;
                lastWasTime = false;
                ++i;
            }
            break;
        case 'E':
        case 'e':
            // 'E' also appears in scientific formats (0.00E+00).
            if (i + 1 < n && (code[i + 1] == u'+' || code[i + 1] == u'-'))
                return NumberKind::Number;
            hasDate = true;
            lastWasTime = false;
            break;
        case 'y':
        case 'Y':
        case 'd':
        case 'D':
            hasDate = true;
            pendingMonthOrMinute = false;
            lastWasTime = false;
            break;
        case 'h':
        case 'H':
            hasTime = true;
            lastWasTime = true;
            if (pendingMonthOrMinute) { // "m" before "h" stays a month: m/d h:mm
                hasDate = true;
                pendingMonthOrMinute = false;
            }
            break;
        case 's':
        case 'S':
            hasTime = true;
            if (pendingMonthOrMinute) // "mm:ss": m was minutes
                pendingMonthOrMinute = false;
            lastWasTime = true;
            break;
        case 'm':
        case 'M':
            while (i + 1 < n && (code[i + 1] == u'm' || code[i + 1] == u'M'))
                ++i;
            if (lastWasTime) {
                hasTime = true;
            } else {
                if (pendingMonthOrMinute)
                    hasDate = true;
                pendingMonthOrMinute = true;
            }
            break;
        case 'A':
        case 'a':
            if (code.mid(i, 5).compare(u"AM/PM", Qt::CaseInsensitive) == 0 ||
                code.mid(i, 3).compare(u"A/P", Qt::CaseInsensitive) == 0) {
                hasTime = true;
                i += code.mid(i, 5).compare(u"AM/PM", Qt::CaseInsensitive) == 0 ? 4 : 2;
            } else if (code.mid(i, 3).compare(u"aaa", Qt::CaseInsensitive) == 0) {
                hasDate = true; // weekday name in CJK formats
                while (i + 1 < n && (code[i + 1] == u'a' || code[i + 1] == u'A'))
                    ++i;
            }
            break;
        default:
            if (c == QChar(0x4E0A) || c == QChar(0x4E0B)) { // 上午/下午
                hasTime = true;
            }
            break;
        }
    }
    if (pendingMonthOrMinute)
        hasDate = true;
    if (hasDuration)
        return NumberKind::Duration;
    if (hasDate && hasTime)
        return NumberKind::DateTime;
    if (hasDate)
        return NumberKind::Date;
    if (hasTime)
        return NumberKind::Time;
    return NumberKind::Number;
}

namespace {

void put2(QChar *&p, int v)
{
    *p++ = QChar(u'0' + v / 10);
    *p++ = QChar(u'0' + v % 10);
}

void putDate(QChar *&p, int y, int m, int d)
{
    *p++ = QChar(u'0' + y / 1000);
    *p++ = QChar(u'0' + (y / 100) % 10);
    *p++ = QChar(u'0' + (y / 10) % 10);
    *p++ = QChar(u'0' + y % 10);
    *p++ = u'-';
    put2(p, m);
    *p++ = u'-';
    put2(p, d);
}

void putTime(QChar *&p, long long secs)
{
    put2(p, int(secs / 3600));
    *p++ = u':';
    put2(p, int(secs / 60 % 60));
    *p++ = u':';
    put2(p, int(secs % 60));
}

/// hh:mm:ss of a time of day (or a duration under 100 hours).
QString timeText(long long secs)
{
    QString text(8, Qt::Uninitialized);
    QChar *p = text.data();
    putTime(p, secs);
    return text;
}

} // namespace

QString formatIsoDate(QDate date)
{
    if (!date.isValid())
        return {};
    if (date.year() < 1 || date.year() > 9999)
        return date.toString(Qt::ISODate);
    QString text(10, Qt::Uninitialized);
    QChar *p = text.data();
    putDate(p, date.year(), date.month(), date.day());
    return text;
}

Cell numberCell(double value, NumberKind kind, bool date1904)
{
    Cell cell;
    cell.number = value;
    if (kind == NumberKind::Number || !std::isfinite(value) || value < 0 || value >= 2958466.0) {
        cell.type = CellType::Number;
        cell.text = formatNumber(value);
        return cell;
    }
    if (kind == NumberKind::Duration) {
        const long long secs = std::llround(value * 86400.0);
        if (secs / 3600 >= 100) { // hours do not fit two digits: plain h:mm:ss
            cell.type = CellType::Time;
            cell.text = QStringLiteral("%1:%2:%3")
                            .arg(secs / 3600)
                            .arg(secs / 60 % 60, 2, 10, QLatin1Char('0'))
                            .arg(secs % 60, 2, 10, QLatin1Char('0'));
            return cell;
        }
        cell.type = CellType::Time;
        cell.text = timeText(secs);
        return cell;
    }

    long long day = static_cast<long long>(std::floor(value));
    long long secs = std::llround((value - double(day)) * 86400.0);
    if (secs >= 86400) {
        secs -= 86400;
        ++day;
    }
    if (kind == NumberKind::Time) {
        cell.type = CellType::Time;
        cell.text = timeText(secs);
        return cell;
    }

    int y = 0, m = 0, d = 0;
    if (date1904) {
        QDate(1904, 1, 1).addDays(day).getDate(&y, &m, &d);
    } else if (day == 60) {
        y = 1900, m = 2, d = 29; // Excel's phantom leap day; kept as Excel shows it
    } else if (day == 0) {
        y = 1899, m = 12, d = 31; // Excel shows "1900-01-00"
    } else {
        QDate(1899, 12, day < 60 ? 31 : 30).addDays(day).getDate(&y, &m, &d);
    }
    if (y > 9999 || y < 1) {
        cell.type = CellType::Number;
        cell.text = formatNumber(value);
        return cell;
    }
    if (kind == NumberKind::Date) {
        QString text(10, Qt::Uninitialized);
        QChar *p = text.data();
        putDate(p, y, m, d);
        cell.type = CellType::Date;
        cell.text = text;
    } else {
        QString text(19, Qt::Uninitialized);
        QChar *p = text.data();
        putDate(p, y, m, d);
        *p++ = u'T';
        putTime(p, secs);
        cell.type = CellType::DateTime;
        cell.text = text;
    }
    return cell;
}

Cell textCell(const QString &text)
{
    Cell cell;
    if (!text.isEmpty()) {
        cell.type = CellType::Text;
        cell.text = text;
    }
    return cell;
}

} // namespace tuoyu::io
