#include "textclean.h"

#include <array>
#include <charconv>
#include <cmath>

namespace tuoyu::mapping {

namespace {

inline bool isSpace(char16_t c)
{
    if (c > u' ' && c < 0xA0)
        return false; // the common case, decided in two comparisons
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\v' || c == u'\f' ||
           c == 0x3000 || c == 0x00A0 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F ||
           c == 0x205F || c == 0xFEFF;
}

/// Chinese characters, CJK punctuation and full-width forms: a space next to one of them is
/// layout ("组  长"), never a word boundary that matters.
bool isWide(char16_t c)
{
    return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x3000 && c <= 0x303F);
}

bool isFullWidthAlnum(char16_t c)
{
    return (c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) ||
           (c >= 0xFF41 && c <= 0xFF5A);
}

/// Every full-width ASCII form (digits, letters, punctuation, brackets) to its ASCII twin;
/// parsers and header matching want "（" and "(" and "：" and ":" to be the same.
char16_t narrow(char16_t c)
{
    if (c >= 0xFF01 && c <= 0xFF5E)
        return char16_t(c - 0xFEE0);
    if (c == 0x3000)
        return u' ';
    return c;
}

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

/// The view without leading and trailing whitespace of any width.
QStringView trimmed(QStringView t)
{
    qsizetype b = 0, e = t.size();
    while (b < e && isSpace(t[b].unicode()))
        ++b;
    while (e > b && isSpace(t[e - 1].unicode()))
        --e;
    return t.sliced(b, e - b);
}

/// A character as word lists and headers compare it: narrowed, ASCII lower case.
char16_t folded(QChar qc)
{
    const char16_t c = narrow(qc.unicode());
    return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
}

/// Compact form for word lists: folded, no whitespace. Short strings only.
QString compact(QStringView t)
{
    QString out;
    out.reserve(t.size());
    for (QChar qc : t)
        if (const char16_t c = folded(qc); !isSpace(c))
            out.append(QChar(c));
    return out;
}

bool isPlaceholder(QStringView raw)
{
    // What offices type into a cell that has nothing to say. Asked of every non-number cell,
    // so it decides on a short copy on the stack instead of building a string.
    const QStringView t = trimmed(raw);
    if (t.isEmpty() || t.size() > 4)
        return false;
    char16_t buf[4];
    qsizetype n = 0;
    for (QChar qc : t)
        buf[n++] = folded(qc);
    const QStringView c(buf, n);
    static const std::array<const char16_t *, 12> words{
        u"-", u"--", u"—", u"——", u"/", u"\\", u"无", u"空", u"暂无", u"–", u"n/a", u"null"};
    for (const char16_t *w : words)
        if (c == QStringView(w))
            return true;
    return false;
}

/// Units people write after a number: "40个", "90 人", "1500元/月", "2张床".
bool isUnitChar(char16_t c)
{
    static const QStringView units = u"个人名张位间家元月床班托次每所户周天岁额/";
    return units.contains(QChar(c));
}

/// Shared number scanner for parseInteger and parseDecimal: sign, digits with thousands
/// separators, an optional fraction, an optional 万, then only unit characters.
Parsed<double> scanNumber(QStringView raw)
{
    const QStringView t = trimmed(raw);
    if (t.isEmpty())
        return {ParseStatus::Empty, 0.0};
    // Fast path for the common case: plain ASCII digits, as readers give for number cells.
    if (t.size() <= 15) {
        qint64 v = 0;
        bool plain = true;
        for (QChar qc : t) {
            const char16_t c = qc.unicode();
            if (!isDigit(c)) {
                plain = false;
                break;
            }
            v = v * 10 + (c - u'0');
        }
        if (plain)
            return {ParseStatus::Ok, double(v)};
    }
    if (isPlaceholder(t))
        return {ParseStatus::Empty, 0.0};

    char buf[64];
    int len = 0;
    qsizetype i = 0;
    const qsizetype n = t.size();
    auto at = [&](qsizetype k) -> char16_t { return k < n ? narrow(t[k].unicode()) : u'\0'; };
    if (at(i) == u'-' || at(i) == 0x2212) {
        buf[len++] = '-';
        ++i;
    } else if (at(i) == u'+') {
        ++i;
    }
    while (i < n && isSpace(at(i)))
        ++i;
    int digits = 0;
    bool fraction = false;
    while (i < n && len < 60) {
        const char16_t c = at(i);
        if (isDigit(c)) {
            buf[len++] = char(c);
            ++digits;
            ++i;
        } else if ((c == u',' || c == u' ' || c == 0x2009) && !fraction && digits > 0 &&
                   isDigit(at(i + 1)) && isDigit(at(i + 2)) && isDigit(at(i + 3)) &&
                   !isDigit(at(i + 4))) {
            ++i; // a thousands separator: exactly three digits follow
        } else if (c == u'.' && !fraction && digits > 0 && isDigit(at(i + 1))) {
            buf[len++] = '.';
            fraction = true;
            ++i;
        } else {
            break;
        }
    }
    if (digits == 0)
        return {ParseStatus::Invalid, 0.0};
    double value = 0.0;
    if (std::from_chars(buf, buf + len, value).ec != std::errc())
        return {ParseStatus::Invalid, 0.0};
    while (i < n && isSpace(at(i)))
        ++i;
    if (i < n && at(i) == u'万') {
        value *= 10000.0;
        ++i;
    }
    for (; i < n; ++i) {
        const char16_t c = at(i);
        if (!isSpace(c) && !isUnitChar(c))
            return {ParseStatus::Invalid, 0.0};
    }
    return {ParseStatus::Ok, value};
}

struct DateParts
{
    int groups[3] = {0, 0, 0};
    int widths[3] = {0, 0, 0};
    int count = 0;
    bool bareMonth = false; ///< the text ended in 月 (or 月份) right after a group
};

/// Splits "2024年3月1日", "2024/3/1", "2024-03", "3月份" into digit groups. False when the text
/// has anything but digits and date separators (or a time part after an ISO 'T').
bool splitDate(QStringView raw, DateParts &p)
{
    const QStringView t = trimmed(raw);
    qsizetype i = 0;
    const qsizetype n = t.size();
    while (i < n) {
        char16_t c = narrow(t[i].unicode());
        if (!isDigit(c))
            return false;
        if (p.count == 3)
            return false;
        int v = 0, w = 0;
        while (i < n && isDigit(c = narrow(t[i].unicode()))) {
            if (w < 9)
                v = v * 10 + (c - u'0');
            ++w;
            ++i;
        }
        p.groups[p.count] = v;
        p.widths[p.count] = w;
        ++p.count;
        if (i == n)
            break;
        c = narrow(t[i].unicode());
        if (c == u'T' && p.count == 3)
            return true; // ISO date-time from a DateTime cell: the time of day is not wanted
        if (c == u'-' || c == u'/' || c == u'.' || c == u'年' || c == u'月' || c == 0x2212) {
            ++i;
            if (c == u'月') {
                if (i < n && t[i] == u'份')
                    ++i;
                if (i == n)
                    p.bareMonth = true;
            }
            while (i < n && isSpace(t[i].unicode()))
                ++i;
            continue;
        }
        if (c == u'日' || c == u'号') {
            ++i;
            return trimmed(t.sliced(i)).isEmpty();
        }
        if (isSpace(c))
            return trimmed(t.sliced(i)).isEmpty();
        return false;
    }
    return p.count > 0;
}

} // namespace

QString cleanText(const QString &text)
{
    const qsizetype n = text.size();
    const char16_t *s = reinterpret_cast<const char16_t *>(text.constData());
    bool needs = false;
    for (qsizetype i = 0; i < n && !needs; ++i) {
        const char16_t c = s[i];
        if (isFullWidthAlnum(c)) {
            needs = true;
        } else if (isSpace(c)) {
            needs = c != u' ' || i == 0 || i == n - 1 || isSpace(s[i - 1]) || isWide(s[i - 1]) ||
                    isWide(s[i + 1]);
        }
    }
    if (!needs)
        return text;
    QString out;
    out.reserve(n);
    bool pendingSpace = false;
    for (qsizetype i = 0; i < n; ++i) {
        char16_t c = s[i];
        if (isFullWidthAlnum(c))
            c = char16_t(c - 0xFEE0);
        if (isSpace(c)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace && !isWide(out.back().unicode()) && !isWide(c))
            out.append(QLatin1Char(' '));
        pendingSpace = false;
        out.append(QChar(c));
    }
    return out;
}

QString normaliseHeader(QStringView text)
{
    QString out = compact(text);
    for (QChar &c : out) {
        if (c == u'【' || c == u'〔' || c == u'［')
            c = u'[';
        else if (c == u'】' || c == u'〕' || c == u'］')
            c = u']';
    }
    // A trailing unit in brackets says nothing about which column this is: 托位数（个）.
    if (out.endsWith(QLatin1Char(')')) || out.endsWith(QLatin1Char(']'))) {
        const QChar close = out.back();
        const qsizetype open = out.lastIndexOf(close == u')' ? u'(' : u'[');
        if (open > 0) {
            QString unit = out.mid(open + 1, out.size() - open - 2);
            unit.remove(QStringLiteral("单位"));
            unit.remove(QLatin1Char(':'));
            bool allUnits = !unit.isEmpty() && unit.size() <= 8;
            for (QChar u : std::as_const(unit))
                allUnits = allUnits && (isUnitChar(u.unicode()) || u == u'万');
            if (allUnits)
                out.truncate(open);
        }
    }
    static const QStringView dropped = u"()[]{}<>《》:*★※△▲\"'“”‘’";
    QString result;
    result.reserve(out.size());
    for (QChar c : std::as_const(out))
        if (!dropped.contains(c))
            result.append(c);
    return result;
}

bool isTotalLabel(QStringView text)
{
    if (text.isEmpty() || text.size() > 16)
        return false;
    QString c = compact(text);
    while (c.endsWith(QLatin1Char(':')))
        c.chop(1);
    if (c.size() > 8)
        return false;
    static const std::array<const char16_t *, 6> endings{u"合计", u"总计",   u"共计",
                                                         u"小计", u"合计数", u"总合计"};
    for (const char16_t *e : endings)
        if (c.endsWith(QStringView(e)))
            return true;
    return c == u"总数" || c == u"总和" || c == u"汇总";
}

bool isSubtotalLabel(QStringView text)
{
    return isTotalLabel(text) && compact(text).contains(u"小计");
}

Parsed<qint64> parseInteger(QStringView text)
{
    const Parsed<double> d = scanNumber(text);
    if (!d.ok())
        return {d.status, 0};
    if (std::floor(d.value) != d.value || std::fabs(d.value) > 9.0e15)
        return {ParseStatus::Invalid, 0};
    return {ParseStatus::Ok, qint64(d.value)};
}

Parsed<double> parseDecimal(QStringView text)
{
    return scanNumber(text);
}

Parsed<bool> parseYesNo(QStringView text)
{
    const QStringView one = trimmed(text);
    if (one.size() == 1) {
        // The usual answer is one character: decide it without building a string.
        switch (narrow(one[0].unicode())) {
        case u'是':
        case u'有':
        case u'√':
        case u'✓':
        case u'✔':
        case u'☑':
        case u'Y':
        case u'y':
        case u'1':
        case u'对':
        case u'已':
            return {ParseStatus::Ok, true};
        case u'否':
        case u'无':
        case u'×':
        case u'✗':
        case u'✘':
        case u'☒':
        case u'X':
        case u'x':
        case u'N':
        case u'n':
        case u'0':
        case u'未':
        case u'不':
        case u'错':
            return {ParseStatus::Ok, false};
        case u'-':
        case u'/':
        case u'—':
            return {ParseStatus::Empty, false};
        default:
            return {ParseStatus::Invalid, false};
        }
    }
    const QString c = compact(text);
    if (c.isEmpty() || c == u"-" || c == u"/" || c == u"—" || c == u"——")
        return {ParseStatus::Empty, false};
    static const std::array<const char16_t *, 16> yes{
        u"是",   u"有", u"√",  u"✓",    u"✔",  u"☑",    u"y",    u"yes",
        u"true", u"1",  u"对", u"备案", u"已", u"是的", u"完成", u"签约"};
    static const std::array<const char16_t *, 16> no{u"否", u"无",   u"×",    u"✗",     u"✘", u"☒",
                                                     u"x",  u"n",    u"no",   u"false", u"0", u"未",
                                                     u"不", u"没有", u"暂无", u"错"};
    for (const char16_t *w : yes)
        if (c == QStringView(w))
            return {ParseStatus::Ok, true};
    for (const char16_t *w : no)
        if (c == QStringView(w))
            return {ParseStatus::Ok, false};
    // 已备案 / 已签约 / 已完成 say yes; 未备案 / 尚未备案 / 待备案 / 不备案 / 备案中 say no.
    if (c.startsWith(u"未") || c.startsWith(u"尚未") || c.startsWith(u"待") ||
        c.startsWith(u"不") || c.startsWith(u"没") || c.startsWith(u"无") ||
        c.startsWith(u"正在") || c.endsWith(u"中"))
        return {ParseStatus::Ok, false};
    if (c.startsWith(u"已"))
        return {ParseStatus::Ok, true};
    return {ParseStatus::Invalid, false};
}

Parsed<QDate> parseDate(QStringView text, bool *monthOnly)
{
    if (monthOnly)
        *monthOnly = false;
    // Date cells arrive as ISO text (yyyy-MM-dd, perhaps with a time): read that directly.
    if (text.size() >= 10 && text[4] == u'-' && text[7] == u'-' &&
        (text.size() == 10 || text[10] == u'T')) {
        static constexpr int pos[8] = {0, 1, 2, 3, 5, 6, 8, 9};
        int v[8];
        bool digits = true;
        for (int k = 0; k < 8; ++k) {
            const char16_t c = text[pos[k]].unicode();
            digits = digits && isDigit(c);
            v[k] = c - u'0';
        }
        if (digits) {
            const QDate d(v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3], v[4] * 10 + v[5],
                          v[6] * 10 + v[7]);
            if (d.isValid() && d.year() >= 1900 && d.year() <= 2100)
                return {ParseStatus::Ok, d};
            return {ParseStatus::Invalid, {}};
        }
    }
    if (trimmed(text).isEmpty() || isPlaceholder(text))
        return {ParseStatus::Empty, {}};
    DateParts p;
    if (!splitDate(text, p))
        return {ParseStatus::Invalid, {}};
    int y = 0, m = 0, d = 1;
    bool onlyMonth = false;
    if (p.count == 1 && p.widths[0] == 8) {
        y = p.groups[0] / 10000;
        m = p.groups[0] / 100 % 100;
        d = p.groups[0] % 100;
    } else if (p.count == 1 && p.widths[0] == 6) {
        y = p.groups[0] / 100;
        m = p.groups[0] % 100;
        onlyMonth = true;
    } else if (p.count >= 2 && p.widths[0] == 4) {
        y = p.groups[0];
        m = p.groups[1];
        if (p.count == 3)
            d = p.groups[2];
        else
            onlyMonth = true;
    } else {
        return {ParseStatus::Invalid, {}};
    }
    const QDate date(y, m, d);
    if (!date.isValid() || y < 1900 || y > 2100)
        return {ParseStatus::Invalid, {}};
    if (monthOnly)
        *monthOnly = onlyMonth;
    return {ParseStatus::Ok, date};
}

Parsed<YearMonth> parseYearMonth(QStringView text)
{
    if (trimmed(text).isEmpty() || isPlaceholder(text))
        return {ParseStatus::Empty, {}};
    DateParts p;
    if (!splitDate(text, p))
        return {ParseStatus::Invalid, {}};
    YearMonth ym;
    if (p.count == 1 && p.widths[0] <= 2) {
        ym.month = p.groups[0]; // "3月", "3月份", "03": the year comes from elsewhere
    } else if (p.count == 1 && p.widths[0] == 6) {
        ym.year = p.groups[0] / 100;
        ym.month = p.groups[0] % 100;
    } else if (p.count == 1 && p.widths[0] == 8) {
        ym.year = p.groups[0] / 10000;
        ym.month = p.groups[0] / 100 % 100;
    } else if (p.count >= 2 && p.widths[0] == 4 && p.widths[1] <= 2) {
        ym.year = p.groups[0];
        ym.month = p.groups[1];
    } else {
        return {ParseStatus::Invalid, {}};
    }
    if (ym.month < 1 || ym.month > 12 || (ym.year != 0 && (ym.year < 1900 || ym.year > 2100)))
        return {ParseStatus::Invalid, {}};
    return {ParseStatus::Ok, ym};
}

int parseYearHeading(QStringView text)
{
    QString c = compact(text);
    if (c.size() < 4 || !isDigit(c[0].unicode()) || !isDigit(c[1].unicode()) ||
        !isDigit(c[2].unicode()) || !isDigit(c[3].unicode()))
        return 0;
    const QStringView rest = QStringView(c).sliced(4);
    if (!rest.isEmpty() && rest != u"年" && rest != u"年度" && rest != u"年份" && rest != u".0")
        return 0;
    const int year = QStringView(c).first(4).toInt();
    return (year >= 1990 && year <= 2100) ? year : 0;
}

YearMonth findYearMonthInText(QStringView text)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i + 4 < n; ++i) {
        if (text[i + 4] != u'年')
            continue;
        int year = 0;
        bool digits = true;
        for (int k = 0; k < 4; ++k) {
            const char16_t c = narrow(text[i + k].unicode());
            digits = digits && isDigit(c);
            year = year * 10 + (c - u'0');
        }
        if (!digits || year < 1990 || year > 2100 ||
            (i > 0 && isDigit(narrow(text[i - 1].unicode()))))
            continue;
        YearMonth ym{year, 0};
        qsizetype j = i + 5;
        int month = 0, w = 0;
        while (j < n && isDigit(narrow(text[j].unicode())) && w < 3) {
            month = month * 10 + (narrow(text[j].unicode()) - u'0');
            ++j;
            ++w;
        }
        if (w > 0 && j < n && text[j] == u'月' && month >= 1 && month <= 12)
            ym.month = month;
        return ym;
    }
    return {};
}

} // namespace tuoyu::mapping
