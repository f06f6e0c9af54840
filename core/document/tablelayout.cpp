#include "tablelayout.h"

#include "fontset.h"
#include "pagesetup.h"

#include <QFontMetricsF>
#include <QImage>
#include <QRegularExpression>

#include <algorithm>
#include <numeric>

namespace tuoyu::document {

QFont tableCellFont()
{
    return FontSet::font(FontRole::Song, page::kTableCellPt);
}

QFont tableHeaderFont()
{
    return FontSet::font(FontRole::Hei, page::kTableCellPt);
}

bool looksNumeric(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[-+]?[0-9][0-9,]*(\\.[0-9]+)?%?$"));
    return re.match(text.trimmed()).hasMatch();
}

namespace {

/// Widths measured at 1,200 dpi (as the PDF writer lays out), returned in millimetres.
double textWidthMm(const QFontMetricsF &fm, const QString &text)
{
    double w = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        w = std::max(w, fm.horizontalAdvance(line));
    return w * 25.4 / 1200.0;
}

/// The widest number in `text` ("1,180", "92.5%", a whole date "2024年12月31日" or "2024年12月"):
/// a column narrower than this would break the number over two lines, which readers take for two
/// numbers, and a date as "2024年 / 12月 / 31日" is read as three.
double widestNumberMm(const QFontMetricsF &fm, const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("[0-9]{4}年[0-9]{1,2}月(?:[0-9]{1,2}日)?|[-+]?[0-9][0-9,.]*%?"));
    double w = 0;
    for (auto it = re.globalMatch(text); it.hasNext();)
        w = std::max(w, textWidthMm(fm, it.next().captured()));
    return w;
}

/// Water-filling: narrow the widest columns to a common cap until the sum fits; no column goes
/// under its minimum (so numbers stay on one line) unless even the minimums do not fit.
QList<double> fitWidths(QList<double> natural, double available, const QList<double> &minimum)
{
    for (qsizetype c = 0; c < natural.size(); ++c)
        natural[c] = std::max(natural[c], minimum.at(c));
    auto capped = [&](double cap) {
        double sum = 0;
        for (qsizetype c = 0; c < natural.size(); ++c)
            sum += std::max(minimum.at(c), std::min(natural.at(c), cap));
        return sum;
    };
    double sum = std::accumulate(natural.begin(), natural.end(), 0.0);
    if (sum > available && capped(0) < available) {
        double lo = 0, hi = *std::max_element(natural.begin(), natural.end());
        for (int i = 0; i < 60; ++i) {
            const double mid = (lo + hi) / 2;
            (capped(mid) > available ? hi : lo) = mid;
        }
        for (qsizetype c = 0; c < natural.size(); ++c)
            natural[c] = std::max(minimum.at(c), std::min(natural.at(c), lo));
        sum = std::accumulate(natural.begin(), natural.end(), 0.0);
    }
    // Fill the type width exactly (or, when even the minimums overflow, squeeze to fit).
    const double s = available / sum;
    for (double &w : natural)
        w *= s;
    return natural;
}

/// Given widths (relative weights scaled to the type width) keep their proportions, but a column
/// under its minimum takes the difference from the columns that have room to spare.
QList<double> respectMinimums(QList<double> widths, const QList<double> &minimum)
{
    double need = 0, spare = 0;
    for (qsizetype c = 0; c < widths.size(); ++c) {
        if (widths.at(c) < minimum.at(c))
            need += minimum.at(c) - widths.at(c);
        else
            spare += widths.at(c) - minimum.at(c);
    }
    if (need <= 0 || spare <= 0)
        return widths;
    const double take = std::min(1.0, need / spare);
    for (qsizetype c = 0; c < widths.size(); ++c)
        widths[c] =
            widths.at(c) < minimum.at(c)
                ? widths.at(c) + (minimum.at(c) - widths.at(c)) * std::min(1.0, spare / need)
                : widths.at(c) - (widths.at(c) - minimum.at(c)) * take;
    return widths;
}

} // namespace

bool landscapeThroughout(const QList<Block> &blocks)
{
    for (const Block &b : blocks)
        if (const TableBlock *t = b.asTable(); t && planTable(*t).landscape)
            return true;
    return false;
}

bool landscapeThroughout(const OfficialDocument &doc)
{
    return doc.addressee.isEmpty() && doc.signature.isEmpty() && landscapeThroughout(doc.blocks);
}

TablePlan planTable(const TableBlock &table, Orientation forced)
{
    TablePlan plan;
    const int n = std::max(1, table.columnCount());
    static QImage probe = [] {
        QImage img(1, 1, QImage::Format_Mono);
        img.setDotsPerMeterX(47244); // 1,200 dpi
        img.setDotsPerMeterY(47244);
        return img;
    }();
    const QFontMetricsF cellFm(tableCellFont(), &probe);
    const QFontMetricsF headFm(tableHeaderFont(), &probe);
    const double pad = 2 * page::kCellPaddingXMm + 0.5;

    QList<double> natural(n, 0.0);
    // Two characters plus padding at least, so a narrow column still shows "序号"-like text, and
    // never narrower than its widest number.
    QList<double> minimum(n, 2 * page::kTableCellPt / page::kPointsPerMm + pad);
    for (const QStringList &r : table.headerRows) {
        for (int c = 0; c < n && c < r.size(); ++c) {
            // Header text may wrap onto two lines rather than widen a column of short numbers.
            const double full = textWidthMm(headFm, r.at(c));
            const double fourChars = 4 * page::kTableCellPt / page::kPointsPerMm;
            natural[c] = std::max(natural[c], std::min(full, std::max(fourChars, full / 2)) + pad);
            minimum[c] = std::max(minimum[c], widestNumberMm(headFm, r.at(c)) + pad);
        }
    }
    const qsizetype sample = std::min<qsizetype>(table.rows.size(), 300);
    for (qsizetype i = 0; i < sample; ++i) {
        const QStringList &r = table.rows.at(i);
        for (int c = 0; c < n && c < r.size(); ++c) {
            natural[c] = std::max(natural[c], textWidthMm(cellFm, r.at(c)) + pad);
            minimum[c] = std::max(minimum[c], widestNumberMm(cellFm, r.at(c)) + pad);
        }
    }
    for (const QStringList &r : table.totalRows())
        for (int c = 0; c < n && c < r.size(); ++c) {
            natural[c] = std::max(natural[c], textWidthMm(headFm, r.at(c)) + pad);
            minimum[c] = std::max(minimum[c], widestNumberMm(headFm, r.at(c)) + pad);
        }

    const double naturalSum = std::accumulate(natural.begin(), natural.end(), 0.0);
    Orientation o = forced != Orientation::Auto ? forced : table.orientation;
    if (o == Orientation::Auto)
        o = naturalSum > page::kTypeWidthMm ? Orientation::Landscape : Orientation::Portrait;
    plan.landscape = o == Orientation::Landscape;
    const double available = plan.landscape ? page::kTypeHeightMm : page::kTypeWidthMm;

    if (table.columnWidths.size() >= n) {
        double sum = 0;
        for (int c = 0; c < n; ++c)
            sum += std::max(0.0, table.columnWidths.at(c));
        for (int c = 0; c < n; ++c)
            plan.widthsMm << (sum > 0 ? std::max(0.0, table.columnWidths.at(c)) / sum * available
                                      : available / n);
        plan.widthsMm = respectMinimums(plan.widthsMm, minimum);
    } else {
        plan.widthsMm = fitWidths(natural, available, minimum);
    }

    for (int c = 0; c < n; ++c) {
        ColumnAlign a = c < table.alignments.size() ? table.alignments.at(c) : ColumnAlign::Auto;
        if (a == ColumnAlign::Auto) {
            bool numeric = false, text = false;
            // The 合计 rows' sums count too (a column empty but for its sums is still a number
            // column); their first cell holds the word 合计.
            QList<QStringList> cells = table.rows;
            if (c > 0)
                cells << table.totalRows();
            for (const QStringList &r : cells) {
                if (c >= r.size() || r.at(c).trimmed().isEmpty())
                    continue;
                (looksNumeric(r.at(c)) ? numeric : text) = true;
                if (text)
                    break;
            }
            a = numeric && !text ? ColumnAlign::Right : ColumnAlign::Left;
        }
        plan.alignments << a;
    }
    return plan;
}

} // namespace tuoyu::document
