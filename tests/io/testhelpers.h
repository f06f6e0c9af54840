#pragma once

#include "io/table.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <QByteArray>
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
