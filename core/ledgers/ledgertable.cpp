#include "ledgertable.h"

#include "domain/money.h"

#include <cmath>

namespace tuoyu::ledgers {

int LedgerTable::addColumn(const Column &column)
{
    columns.append(column);
    for (QList<Cell> &row : rows)
        row.resize(columns.size());
    if (!totals.isEmpty())
        totals.resize(columns.size());
    for (QList<Cell> &row : moreTotals)
        row.resize(columns.size());
    return int(columns.size()) - 1;
}

QList<int> LedgerTable::columnsIn(Rendering rendering) const
{
    QList<int> shown;
    for (int c = 0; c < columns.size(); ++c)
        if (columns.at(c).shownIn & rendering)
            shown << c;
    return shown;
}

QStringList LedgerTable::headersIn(Rendering rendering) const
{
    QStringList headers;
    for (int c : columnsIn(rendering))
        headers << columns.at(c).header;
    return headers;
}

const Cell &LedgerTable::cell(int row, int column) const
{
    static const Cell empty;
    const QList<Cell> &r = rows.at(row);
    return column < r.size() ? r.at(column) : empty;
}

QString numberText(double v, int decimals)
{
    if (std::abs(v - std::round(v)) < 1e-9)
        return QString::number(qint64(std::llround(v)));
    QString s = QString::number(v, 'f', decimals);
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s;
}

QString cellText(const Column &column, const Cell &cell, Rendering rendering)
{
    if (!cell.words.isEmpty())
        return cell.words;
    const QVariant &v = cell.value;
    if (v.isNull() || !v.isValid())
        return QString();
    if (v.typeId() == QMetaType::QString)
        return v.toString();
    switch (column.type) {
    case ColumnType::Text:
        return v.toString();
    case ColumnType::Count:
        return QString::number(v.toLongLong());
    case ColumnType::Decimal:
        return numberText(v.toDouble());
    case ColumnType::Money:
        return Fen(v.toLongLong()).toString(Fen::Style::Grouped);
    case ColumnType::Percent:
        return numberText(100.0 * v.toDouble(), 1) + QStringLiteral("%");
    case ColumnType::Date:
        return rendering == OnPage ? v.toDate().toString(Qt::ISODate)
                                   : document::formatDate(v.toDate());
    }
    return v.toString();
}

document::TableBlock toDocumentTable(const LedgerTable &table)
{
    document::TableBlock t;
    const QList<int> shown = table.columnsIn(InDocument);
    QStringList header;
    bool widths = false;
    for (int c : shown) {
        const Column &column = table.columns.at(c);
        header << column.header;
        t.columnWidths << column.documentWidth;
        widths = widths || column.documentWidth > 0;
        t.alignments << column.documentAlign;
    }
    if (!widths)
        t.columnWidths.clear();
    t.headerRows = {header};
    auto textRow = [&](const QList<Cell> &cells, bool fillEmpty) {
        QStringList row;
        for (int c : shown) {
            const Column &column = table.columns.at(c);
            const QString text = cellText(column, c < cells.size() ? cells.at(c) : Cell());
            row << (text.isEmpty() && fillEmpty ? column.documentEmpty : text);
        }
        return row;
    };
    for (const QList<Cell> &cells : table.rows)
        t.rows.append(textRow(cells, true));
    if (!table.totals.isEmpty())
        t.totals = textRow(table.totals, false);
    for (const QList<Cell> &cells : table.moreTotals)
        t.moreTotals.append(textRow(cells, false));
    return t;
}

namespace {

io::ColumnKind kindOf(ColumnType type)
{
    using K = io::ColumnKind;
    constexpr K kinds[] = {K::Text, K::Integer, K::Decimal, K::Money, K::Percent, K::Date};
    return kinds[int(type)]; // in ColumnType's order
}

QVariant sheetValue(const Column &column, const Cell &cell)
{
    const QVariant &v = cell.value;
    if (v.isNull() || !v.isValid())
        return QVariant();
    if (v.typeId() == QMetaType::QString)
        return v;
    if (column.type == ColumnType::Money)
        return double(v.toLongLong()) / 100.0; // the writer's money cells are yuan
    return v;
}

} // namespace

io::ExportSheet toSheet(const LedgerTable &table)
{
    io::ExportSheet sheet;
    sheet.name = table.name;
    sheet.title = table.title;
    const QList<int> shown = table.columnsIn(InSheet);
    for (int c : shown) {
        sheet.headers << table.columns.at(c).header;
        sheet.kinds << kindOf(table.columns.at(c).type);
    }
    auto valueRow = [&](const QList<Cell> &cells) {
        QList<QVariant> row;
        for (int c : shown)
            row << sheetValue(table.columns.at(c), c < cells.size() ? cells.at(c) : Cell());
        return row;
    };
    for (const QList<Cell> &cells : table.rows)
        sheet.rows.append(valueRow(cells));
    QList<QList<Cell>> totals = table.moreTotals;
    if (!table.totals.isEmpty())
        totals.prepend(table.totals);
    for (const QList<Cell> &cells : std::as_const(totals)) {
        // The writers end a row at its last value, as the sheets always have.
        QList<QVariant> row = valueRow(cells);
        while (!row.isEmpty() && row.constLast().isNull())
            row.removeLast();
        sheet.rows.append(row);
    }
    return sheet;
}

} // namespace tuoyu::ledgers
