#pragma once

#include "readoptions.h"
#include "table.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tuoyu::io {

/// What reading one file gave: its tables (one per worksheet, one per Word table, one for a CSV
/// file) or, when it could not be read, a non-empty Chinese message that says why and what to do.
struct ReadResult
{
    QList<Table> tables;
    QString error;        ///< empty on success
    QStringList warnings; ///< read, but something was left out (e.g. a chart sheet)

    bool ok() const { return error.isEmpty(); }
};

/// The kinds of file the facade recognises, by content first and by extension second.
enum class FileFormat
{
    Unknown,
    Xlsx,      ///< OOXML workbook (.xlsx, .xlsm, .xltx, .xltm)
    Xls,       ///< BIFF5/BIFF8 workbook in an OLE2 container (Excel 5.0 – 2003)
    LegacyXls, ///< BIFF2–4 bare stream (Excel 2.x – 4.0)
    Csv,       ///< delimited text: .csv, .tsv, .txt
    Docx,      ///< Word document; its tables are read
    // formats recognised only to be refused with a clear message
    Et,            ///< WPS 表格
    Wps,           ///< WPS 文字
    Doc,           ///< Word 97–2003
    Xlsb,          ///< Excel binary workbook
    Ods,           ///< OpenDocument spreadsheet
    Encrypted,     ///< password-protected OOXML (OLE2 with an EncryptedPackage stream)
    Html,          ///< a web page saved with a spreadsheet extension
    SpreadsheetMl, ///< Excel 2003 XML
    Pdf,
    OtherZip,
    OtherOle,
    Binary,
    Empty,
};

/// Looks at the first bytes of the file (and for zip and OLE2 files at their entries) and at
/// the extension. Never reads the whole file.
FileFormat detectFormat(const QString &path);

/// Reads every table of a workbook, delimited text file or Word document. The reader is chosen
/// by content (zip / OLE2 / text magic bytes) and extension. Never throws, never crashes on a
/// malformed file: a file that cannot be read gives an empty table list and ReadResult::error.
/// Hidden sheets are returned too, flagged with Table::hidden.
ReadResult readFile(const QString &path, const ReadOptions &options = {});

/// "无法读取 name：reason" — the common shape of every reader's error.
QString readError(const QString &path, const QString &reason);

} // namespace tuoyu::io
