#pragma once

#include "columnmapping.h"
#include "mappingresult.h"

#include <io/table.h>

#include <QList>

#include <optional>

namespace tuoyu::mapping {

/// Turns a Table read from a spreadsheet, CSV file or Word table into canonical records:
/// institutions, monthly enrolment or decomposition cells. Three steps the import dialog can
/// pause between: propose() finds the kind, header rows and column meanings; the officer may
/// correct the ColumnMapping; map() cleans every cell, refuses rows it cannot trust (with the
/// row number the officer sees and a Chinese reason) and checks printed 合计 figures.
class TableMapper
{
public:
    /// Recognises the kind of table and its header (below any title rows; two rows when a group
    /// header is merged over sub-headers). An invalid mapping (kind Unknown) when no header
    /// row names enough known columns.
    static ColumnMapping propose(const io::Table &table);

    /// Places a mapping remembered for another file with the same header signature: finds the
    /// header rows in this table (the title above may have changed) and returns the mapping
    /// moved there, with the year and month of the new title. std::nullopt when no rows match.
    static std::optional<ColumnMapping> reuse(const io::Table &table, const ColumnMapping &saved);

    /// Maps every row below the header with the given (possibly corrected) mapping.
    static MappingResult map(const io::Table &table, const ColumnMapping &mapping);
    /// propose() then map().
    static MappingResult map(const io::Table &table);
    /// map(), freeing the table's rows as they are mapped: for an import that needs the table no
    /// more (the command line, the benchmark), so that 100,000 rows are not held as cells and as
    /// records at once. The table is left empty.
    static MappingResult map(io::Table &&table, const ColumnMapping &mapping);

    /// The header cells of rows first..last normalised and joined as ColumnMapping stores them.
    static QList<ColumnAssignment> headerColumns(const io::Table &table, int first, int last);

private:
    static MappingResult mapTable(const io::Table &table, const ColumnMapping &mapping,
                                  io::Table *release);
};

/// For a Word file or workbook with several tables: the index of the first table whose header
/// looks like an institution list, enrolment sheet or decomposition table, visible sheets before
/// hidden ones; -1 if none.
int proposeTable(const QList<io::Table> &tables);

} // namespace tuoyu::mapping
