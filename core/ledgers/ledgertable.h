#pragma once

#include "document/officialdocument.h"
#include "io/exportsheet.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <type_traits>

namespace tuoyu::ledgers {

/// What a column's values are. Each rendering writes a type its own way: a count is a number
/// cell in the sheet and plain digits in the document; money (fen) is a #,##0.00 cell in the
/// sheet and 1,234.50 in the document and on the page; a date is a date cell in the sheet and
/// 2024年5月10日 in the document.
enum class ColumnType
{
    Text,
    Count,   ///< a whole number (qint64)
    Decimal, ///< a number that may have decimals (double)
    Money,   ///< fen (qint64), read through Fen
    Percent, ///< a fraction (double): 0.25 is 25.0%
    Date,    ///< QDate
};

/// Where a ledger is shown. A column is shown everywhere unless its ledger says otherwise, so
/// a column added to a ledger appears in the official document, the xlsx/csv sheet and the page.
enum Rendering : unsigned
{
    InDocument = 1, ///< the table a report attaches (width-limited: A4)
    InSheet = 2,    ///< the xlsx/csv export
    OnPage = 4,     ///< the window's table
    Everywhere = InDocument | InSheet | OnPage,
    /// In the sheet and on the page but not on A4: what a printed table has no room for.
    NotPrinted = InSheet | OnPage,
};

using Align = document::ColumnAlign;
using T = ColumnType;

struct Column
{
    QString header;
    ColumnType type = ColumnType::Text;
    unsigned shownIn = Everywhere;
    double documentWidth = 0; ///< relative width in the document; 0 = from the contents
    document::ColumnAlign documentAlign = document::ColumnAlign::Auto;
    QString documentEmpty; ///< what the document prints in an empty cell ("—", "无数据")

    Column(QString header_, ColumnType type_ = ColumnType::Text, unsigned shownIn_ = Everywhere,
           double documentWidth_ = 0,
           document::ColumnAlign documentAlign_ = document::ColumnAlign::Auto,
           QString documentEmpty_ = {})
        : header(std::move(header_))
        , type(type_)
        , shownIn(shownIn_)
        , documentWidth(documentWidth_)
        , documentAlign(documentAlign_)
        , documentEmpty(std::move(documentEmpty_))
    {
    }
};

/// One cell: its value of the column's type (null = empty), and the words shown in the document
/// and on the page when they are not simply the value's printed form (an indicator's target
/// "≥5个" over the number 5, a target in words in a number column).
struct Cell
{
    QVariant value;
    QString words;

    Cell() = default;
    /// Any value a QVariant holds (QString, qint64, double, QDate …), so rows read as lists.
    template <typename T>
    requires(!std::is_same_v<std::decay_t<T>, Cell> && std::is_constructible_v<QVariant, T>)
        Cell(T &&v)
        : value(std::forward<T>(v))
    {
    }
    Cell(QVariant v, QString w)
        : value(std::move(v))
        , words(std::move(w))
    {
    }
    /// An optional number: empty when absent.
    template <typename T> static Cell of(const std::optional<T> &v)
    {
        return v ? Cell(QVariant::fromValue(*v)) : Cell();
    }
    /// A date: empty when invalid.
    static Cell date(const QDate &d) { return d.isValid() ? Cell(QVariant(d)) : Cell(); }
};

/// A 台账 built once from the workspace and rendered three ways: toDocumentTable (what reports
/// attach), toSheet (what export writes to xlsx/csv) and, in ui/, LedgerItemModel (what pages
/// show). Build a ledger in one file of core/ledgers/; never rebuild its rows in a renderer.
struct LedgerTable
{
    QString name;  ///< the sheet's name (机构名单)
    QString title; ///< the sheet's title row; none when empty
    QList<Column> columns;
    QList<QList<Cell>> rows;
    QList<Cell> totals; ///< the 合计 row, one cell per column; none when empty
    /// Further 合计 rows after `totals`, where a ledger never adds its units together (家, 个 and
    /// 班 in the 任务分解表): one per unit.
    QList<QList<Cell>> moreTotals;

    /// Appends a column; its cells in existing rows are empty. Returns its index.
    int addColumn(const Column &column);
    /// The columns a rendering shows, in the ledger's order.
    QList<int> columnsIn(Rendering rendering) const;
    QStringList headersIn(Rendering rendering) const;
    const Cell &cell(int row, int column) const;
};

/// A cell as the document (or the page) prints it: its words, else its value in the column's
/// type (empty when null). Dates are 2024年5月10日 in a document and 2024-05-10 on the page, as
/// the window's date fields show them.
QString cellText(const Column &column, const Cell &cell, Rendering rendering = InDocument);
/// A number printed without trailing zeros (12, 12.5), up to `decimals` decimals.
QString numberText(double value, int decimals = 2);

/// The ledger as a report's table: the InDocument columns, their widths and alignments, the
/// cells as text, the totals row.
document::TableBlock toDocumentTable(const LedgerTable &table);
/// The ledger as an export sheet: the InSheet columns with a cell kind from each column's type,
/// numbers as numbers, money in yuan, dates as dates; words only where the value is words.
io::ExportSheet toSheet(const LedgerTable &table);

} // namespace tuoyu::ledgers
