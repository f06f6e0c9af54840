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

/// Water-filling: narrow the widest columns to a common cap until the sum fits.
QList<double> fitWidths(QList<double> natural, double available, double minimum)
{
    for (double &w : natural)
        w = std::max(w, minimum);
    double sum = std::accumulate(natural.begin(), natural.end(), 0.0);
    if (sum <= available) {
        const double s = available / sum;
        for (double &w : natural)
            w *= s;
        return natural;
    }
    QList<double> sorted = natural;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype n = sorted.size();
    double cap = minimum, below = 0;
    for (qsizetype i = 0; i < n; ++i) {
        // With columns [i, n) capped at c: below + (n - i) * c == available.
        const double c = (available - below) / double(n - i);
        if (c <= sorted[i]) {
            cap = std::max(c, minimum);
            break;
        }
        below += sorted[i];
        cap = sorted[i];
    }
    for (double &w : natural)
        w = std::min(w, cap);
    sum = std::accumulate(natural.begin(), natural.end(), 0.0);
    const double s = available / sum; // minimum widths may still overflow: scale to fit
    for (double &w : natural)
        w *= s;
    return natural;
}

} // namespace

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
    for (const QStringList &r : table.headerRows) {
        for (int c = 0; c < n && c < r.size(); ++c) {
            // Header text may wrap onto two lines rather than widen a column of short numbers.
            const double full = textWidthMm(headFm, r.at(c));
            const double fourChars = 4 * page::kTableCellPt / page::kPointsPerMm;
            natural[c] = std::max(natural[c], std::min(full, std::max(fourChars, full / 2)) + pad);
        }
    }
    const qsizetype sample = std::min<qsizetype>(table.rows.size(), 300);
    for (qsizetype i = 0; i < sample; ++i) {
        const QStringList &r = table.rows.at(i);
        for (int c = 0; c < n && c < r.size(); ++c)
            natural[c] = std::max(natural[c], textWidthMm(cellFm, r.at(c)) + pad);
    }
    for (int c = 0; c < n && c < table.totals.size(); ++c)
        natural[c] = std::max(natural[c], textWidthMm(headFm, table.totals.at(c)) + pad);

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
    } else {
        // Two characters plus padding at least, so a narrow column still shows "序号"-like text.
        plan.widthsMm =
            fitWidths(natural, available, 2 * page::kTableCellPt / page::kPointsPerMm + pad);
    }

    for (int c = 0; c < n; ++c) {
        ColumnAlign a = c < table.alignments.size() ? table.alignments.at(c) : ColumnAlign::Auto;
        if (a == ColumnAlign::Auto) {
            bool numeric = false, text = false;
            for (const QStringList &r : table.rows) {
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
