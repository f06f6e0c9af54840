#pragma once

#include "columnmapping.h"
#include "fieldvalues.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace tuoyu::mapping {

/// One accepted row. `values` holds canonical keys (fields.h) for the cells that had a value;
/// a blank cell leaves its key out, so an update never blanks what the file did not say.
/// Institution lists: name, credit_code, kind (kindCode), kind_text, area, address, slots,
/// puhui_slots, slots_infant, slots_toddler, slots_older, enrolled (qint64), filed (bool),
/// filed_date (QDate), grade, medical_partner, notes (QString), staff, certified_staff (qint64),
/// monthly_price (double). Enrolment: institution, credit_code, month ("yyyy-MM"), infant,
/// toddler, older, second_child, third_child, three_child_family, special_family, disabled.
/// Decomposition cells: year (int), area, item (QString), target (qint64, or double if the cell
/// has a fraction).
struct MappedRecord
{
    int row = 0;    ///< 1-based, as the spreadsheet shows it
    int column = 0; ///< 1-based; decomposition cells only (0 otherwise)
    FieldValues values;
    QStringList warnings; ///< kept, but the preview shows these for review
};

/// A row (or, for decomposition tables, a cell) that was not imported and why, in Chinese.
struct RefusedRow
{
    int row = 0;    ///< 1-based
    int column = 0; ///< 1-based, 0 for the whole row
    QString reason;
};

/// A printed total compared with the figures it sums: a 合计 row of an institution list, or a
/// 合计 column of a decomposition table.
struct TotalCheck
{
    int row = 0;    ///< 1-based row of the printed figure
    int column = 0; ///< 1-based column of the printed figure
    QString field;  ///< institution field (slots …), or "total" for decomposition
    int year = 0;   ///< decomposition: the year summed (0 = all years)
    QString item;   ///< decomposition: the row's item
    double printed = 0.0;
    double computed = 0.0;

    bool matches() const { return printed == computed; }
};

/// Something the officer should know that refuses nothing: a total that disagrees, a skipped
/// note row, a month that could not be placed.
struct Finding
{
    int row = 0; ///< 1-based, 0 for the table as a whole
    int column = 0;
    QString message;
};

/// Everything TableMapper::map learned from one table. Free of storage: the import command
/// decides what becomes an insert, an update or nothing.
struct MappingResult
{
    TableKind kind = TableKind::Unknown;
    ColumnMapping mapping;
    QList<MappedRecord> records;
    QList<RefusedRow> refused;
    QList<TotalCheck> totals;
    QList<Finding> findings;
    QList<int> skippedRows; ///< 1-based: blank rows, 小计/合计 rows, notes below the table
    /// What the table says outside its rows (a task table's title and period).
    QVariantMap facts;
};

} // namespace tuoyu::mapping
