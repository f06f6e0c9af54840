#pragma once

#include "io/exportsheet.h"
#include "io/table.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <QByteArray>
#include <QDateTime>
#include <QDir>
#include <QList>
#include <QPair>
#include <QString>

#include <ostream>

// Catch prints QStrings in failed assertions through this.
QT_BEGIN_NAMESPACE
inline std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << '"' << s.toStdString() << '"';
}
QT_END_NAMESPACE

inline QString sharedPath(const QString &relative)
{
    return QStringLiteral(TUOYU_SHARED_DIR "/") + relative;
}
inline QString corpusPath(const QString &relative)
{
    return sharedPath(QStringLiteral("corpus/") + relative);
}

/// Writes a zip file with the given entries (name, content), deflated.
inline bool writeZip(const QString &path, const QList<QPair<QString, QByteArray>> &entries)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto &[name, content] : entries) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, Z_DEFLATED, 6))
            return false;
        file.write(content);
        file.close();
    }
    zip.close();
    return zip.getZipError() == ZIP_OK;
}

/// A Word document whose body is `body` (w: elements), the smallest package the reader opens.
inline bool writeDocx(const QString &path, const QByteArray &body)
{
    const QByteArray document =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<w:document "
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
        body + "</w:body></w:document>";
    return writeZip(
        path,
        {{QStringLiteral("[Content_Types].xml"), "<Types/>"},
         {QStringLiteral("_rels/.rels"),
          "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          "<Relationship Id=\"rId1\" "
          "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
          "officeDocument\" Target=\"word/document.xml\"/>"
          "</Relationships>"},
         {QStringLiteral("word/document.xml"), document}});
}

/// A minimal workbook: the given sheets (name, sheet XML body inside <worksheet>, state) plus
/// optional shared strings and styles parts.
struct TestSheet
{
    QString name;
    QByteArray xml; ///< the whole worksheet part
    QString state;  ///< "", "hidden" or "veryHidden"
    QString part;   ///< part name under xl/ (default worksheets/sheetN.xml)
};

inline bool writeWorkbook(const QString &path, const QList<TestSheet> &sheets,
                          const QByteArray &sharedStrings = QByteArray(),
                          const QByteArray &styles = QByteArray(),
                          const QByteArray &workbookPr = QByteArray())
{
    QByteArray workbook =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" +
        workbookPr + "<sheets>";
    QByteArray rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships "
                      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    QList<QPair<QString, QByteArray>> entries;
    for (int i = 0; i < sheets.size(); ++i) {
        const TestSheet &s = sheets[i];
        const QString part =
            s.part.isEmpty() ? QStringLiteral("worksheets/sheet%1.xml").arg(i + 1) : s.part;
        workbook += "<sheet name=\"" + s.name.toUtf8() + "\" sheetId=\"" +
                    QByteArray::number(i + 1) + "\" r:id=\"rId" + QByteArray::number(i + 1) + "\"" +
                    (s.state.isEmpty() ? QByteArray() : " state=\"" + s.state.toUtf8() + "\"") +
                    "/>";
        rels += "<Relationship Id=\"rId" + QByteArray::number(i + 1) +
                "\" "
                "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                "worksheet\" Target=\"" +
                part.toUtf8() + "\"/>";
        entries.append({QDir::cleanPath(QStringLiteral("xl/") + part), s.xml});
    }
    workbook += "</sheets></workbook>";
    if (!sharedStrings.isEmpty()) {
        rels += "<Relationship Id=\"rIdS\" "
                "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                "sharedStrings\" Target=\"sharedStrings.xml\"/>";
        entries.append({QStringLiteral("xl/sharedStrings.xml"), sharedStrings});
    }
    if (!styles.isEmpty()) {
        rels += "<Relationship Id=\"rIdT\" "
                "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                "styles\" Target=\"styles.xml\"/>";
        entries.append({QStringLiteral("xl/styles.xml"), styles});
    }
    rels += "</Relationships>";
    entries.prepend({QStringLiteral("xl/_rels/workbook.xml.rels"), rels});
    entries.prepend({QStringLiteral("xl/workbook.xml"), workbook});
    entries.prepend({QStringLiteral("_rels/.rels"),
                     "<?xml version=\"1.0\"?><Relationships "
                     "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                     "<Relationship Id=\"rId1\" "
                     "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                     "officeDocument\" Target=\"xl/workbook.xml\"/>"
                     "</Relationships>"});
    entries.prepend({QStringLiteral("[Content_Types].xml"),
                     "<?xml version=\"1.0\"?><Types "
                     "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"});
    return writeZip(path, entries);
}

inline QByteArray sheetXml(const QByteArray &body)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" +
           body + "</worksheet>";
}

/// The table with every merged range blanked except its top-left cell (as xlsx2csv prints it).
inline tuoyu::io::Table unmerged(tuoyu::io::Table table)
{
    for (const auto &m : table.merges) {
        for (int r = m.firstRow; r <= m.lastRow && r < table.rows.size(); ++r) {
            for (int c = m.firstColumn; c <= m.lastColumn && c < table.rows[r].size(); ++c) {
                if (r != m.firstRow || c != m.firstColumn)
                    table.rows[r][c] = tuoyu::io::Cell();
            }
        }
    }
    return table;
}

/// Finds the first row whose cells contain `header`; -1 if none.
inline int findHeaderRow(const tuoyu::io::Table &table, const QString &header, int *column)
{
    for (int r = 0; r < table.rowCount(); ++r) {
        for (int c = 0; c < table.rows[r].size(); ++c) {
            if (table.rows[r][c].text.trimmed() == header) {
                *column = c;
                return r;
            }
        }
    }
    return -1;
}

/// The sheet the exporter tests write: every column kind, and text that looks like a formula.
inline tuoyu::io::ExportSheet sampleExportSheet()
{
    using tuoyu::io::ColumnKind;
    tuoyu::io::ExportSheet sheet;
    sheet.name = QStringLiteral("机构名单");
    sheet.title = QStringLiteral("长治市屯留区普惠托育机构名单");
    sheet.headers = {QStringLiteral("序号"),     QStringLiteral("机构名称"),
                     QStringLiteral("托位数"),   QStringLiteral("每千人托位"),
                     QStringLiteral("普惠占比"), QStringLiteral("备案日期"),
                     QStringLiteral("补助金额")};
    sheet.kinds = {ColumnKind::Integer, ColumnKind::Text, ColumnKind::Integer, ColumnKind::Decimal,
                   ColumnKind::Percent, ColumnKind::Date, ColumnKind::Money};
    sheet.rows = {
        {1, QStringLiteral("长治市屯留区直机关旭光幼儿园"), 90, 3.85, 0.25, QDate(2024, 7, 31),
         1234567.5},
        {2, QStringLiteral("=SUM(A1:A2)"), QStringLiteral("待定"), QVariant(), QVariant(),
         QStringLiteral("2025-06-30"), QStringLiteral("10000")},
        {3, QStringLiteral("+86 13800000000"), 40, 1, 1, QVariant(), 0},
        {4, QStringLiteral("@cmd"), -5, -0.5, 0.125, QDateTime(QDate(2023, 1, 2), QTime(8, 0)),
         -20},
        {5, QStringLiteral("-1+2"), 0, 0, 0, QVariant(), QVariant()},
    };
    return sheet;
}
