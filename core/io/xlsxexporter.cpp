#include "xlsxexporter.h"

#include "cellformat.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>

namespace tuoyu::io {

int displayWidth(const QString &text)
{
    int width = 0;
    int lineWidth = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\n') {
            width = std::max(width, lineWidth);
            lineWidth = 0;
            continue;
        }
        if (c.isLowSurrogate())
            continue;
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) ||
                          (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) ||
                          (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60) ||
                          (u >= 0xFFE0 && u <= 0xFFE6) || c.isHighSurrogate();
        lineWidth += wide ? 2 : 1;
    }
    return std::max(width, lineWidth);
}

namespace {

// Cell style indices in styles.xml's cellXfs, in the order written there.
enum Style
{
    StyleDefault = 0,
    StyleTitle,
    StyleHeader,
    StyleText,
    StyleInteger,
    StyleDecimal,
    StylePercent,
    StyleDate,
    StyleMoney,
};

const char *const stylesXml =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/></numFmts>"
    "<fonts count=\"3\">"
    "<font><sz val=\"11\"/><name val=\"等线\"/><family val=\"2\"/><charset val=\"134\"/></font>"
    "<font><b/><sz val=\"14\"/><name val=\"等线\"/><family val=\"2\"/><charset val=\"134\"/></font>"
    "<font><b/><sz val=\"11\"/><name val=\"等线\"/><family val=\"2\"/><charset val=\"134\"/></font>"
    "</fonts>"
    "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill>"
    "<fill><patternFill patternType=\"gray125\"/></fill>"
    "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFDDEBF7\"/><bgColor "
    "indexed=\"64\"/></patternFill></fill></fills>"
    "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
    "<border><left style=\"thin\"><color auto=\"1\"/></left><right style=\"thin\"><color "
    "auto=\"1\"/></right>"
    "<top style=\"thin\"><color auto=\"1\"/></top><bottom style=\"thin\"><color "
    "auto=\"1\"/></bottom><diagonal/></border></borders>"
    "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" "
    "borderId=\"0\"/></cellStyleXfs>"
    "<cellXfs count=\"9\">"
    "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
    "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" "
    "applyAlignment=\"1\">"
    "<alignment horizontal=\"center\" vertical=\"center\"/></xf>"
    "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" "
    "applyFill=\"1\" "
    "applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"center\" "
    "wrapText=\"1\"/></xf>"
    "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
    "applyNumberFormat=\"1\"/>"
    "<xf numFmtId=\"1\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
    "applyNumberFormat=\"1\"/>"
    "<xf numFmtId=\"2\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
    "applyNumberFormat=\"1\"/>"
    "<xf numFmtId=\"10\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
    "applyNumberFormat=\"1\"/>"
    "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
    "applyNumberFormat=\"1\"/>"
    "<xf numFmtId=\"4\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
    "applyNumberFormat=\"1\"/>"
    "</cellXfs>"
    "<cellStyles count=\"1\"><cellStyle name=\"常规\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
    "</styleSheet>";

Style styleFor(ColumnKind kind)
{
    switch (kind) {
    case ColumnKind::Integer:
        return StyleInteger;
    case ColumnKind::Decimal:
        return StyleDecimal;
    case ColumnKind::Percent:
        return StylePercent;
    case ColumnKind::Date:
        return StyleDate;
    case ColumnKind::Money:
        return StyleMoney;
    case ColumnKind::Text:
        break;
    }
    return StyleText;
}

/// Text as XML character data or attribute value. Characters XML 1.0 cannot carry (control
/// characters) are written as OOXML `_xHHHH_` escapes, and a literal "_x" is protected as
/// "_x005F_x" so a reader does not decode it.
void appendEscaped(QByteArray &out, const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        switch (c.unicode()) {
        case u'&':
            escaped += QLatin1String("&amp;");
            break;
        case u'<':
            escaped += QLatin1String("&lt;");
            break;
        case u'>':
            escaped += QLatin1String("&gt;");
            break;
        case u'"':
            escaped += QLatin1String("&quot;");
            break;
        case u'\t':
        case u'\n':
            escaped += c;
            break;
        case u'_':
            if (i + 1 < n && text[i + 1] == u'x')
                escaped += QLatin1String("_x005F_");
            else
                escaped += c;
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0xFFFE || c.unicode() == 0xFFFF)
                escaped += QStringLiteral("_x%1_")
                               .arg(c.unicode(), 4, 16, QLatin1Char('0'))
                               .toUpper()
                               .replace(QLatin1String("_X"), QLatin1String("_x"));
            else
                escaped += c;
        }
    }
    out += escaped.toUtf8();
}

QByteArray columnName(int column)
{
    QByteArray name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(char('A' + (c - 1) % 26));
    return name;
}

QByteArray cellRef(int row, int column)
{
    return columnName(column) + QByteArray::number(row + 1);
}

QString cleanSheetName(const QString &wanted, int number, QStringList &used)
{
    QString name =
        wanted.trimmed().isEmpty() ? QStringLiteral("Sheet%1").arg(number) : wanted.trimmed();
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    for (QChar &c : name) {
        if (forbidden.contains(c) || c.unicode() < 0x20)
            c = u'_';
    }
    if (name.startsWith(QLatin1Char('\'')))
        name[0] = u'_';
    if (name.endsWith(QLatin1Char('\'')))
        name[name.size() - 1] = u'_';
    name = name.left(31);
    QString unique = name;
    for (int i = 2; used.contains(unique, Qt::CaseInsensitive); ++i) {
        const QString suffix = QStringLiteral("(%1)").arg(i);
        unique = name.left(31 - suffix.size()) + suffix;
    }
    used.append(unique);
    return unique;
}

struct SharedStrings
{
    QHash<QString, int> index;
    QStringList list;
    int count = 0;
    int add(const QString &text)
    {
        ++count;
        const auto it = index.constFind(text);
        if (it != index.constEnd())
            return *it;
        const int i = int(list.size());
        list.append(text);
        index.insert(text, i);
        return i;
    }
};

struct SheetOutput
{
    QString name;
    QByteArray xml;
    QByteArray filterRange; // for the _FilterDatabase defined name; empty when none
};

SheetOutput buildSheet(const ExportSheet &sheet, const QString &name, bool first,
                       SharedStrings &strings)
{
    SheetOutput out;
    out.name = name;
    int columns = int(sheet.headers.size());
    for (const auto &row : sheet.rows)
        columns = std::max(columns, int(row.size()));
    columns = std::min(columns, 16384);
    const int rowLimit = 1048576;

    QByteArray data;
    std::vector<int> widths(size_t(std::max(columns, 1)), 6);
    int row = 0;
    auto stringCell = [&](int r, int c, const QString &text, Style style) {
        data += "<c r=\"" + cellRef(r, c) + "\" s=\"" + QByteArray::number(style) +
                "\" t=\"s\"><v>" + QByteArray::number(strings.add(text.left(32767))) + "</v></c>";
    };
    QByteArray merge;
    if (!sheet.title.isEmpty() && columns > 0) {
        data += "<row r=\"1\" ht=\"26\" customHeight=\"1\">";
        stringCell(0, 0, sheet.title, StyleTitle);
        for (int c = 1; c < columns; ++c)
            data += "<c r=\"" + cellRef(0, c) + "\" s=\"" + QByteArray::number(StyleTitle) + "\"/>";
        data += "</row>";
        if (columns > 1)
            merge = "<mergeCells count=\"1\"><mergeCell ref=\"A1:" + cellRef(0, columns - 1) +
                    "\"/></mergeCells>";
        row = 1;
    }
    const int headerRow = row;
    if (!sheet.headers.isEmpty()) {
        data += "<row r=\"" + QByteArray::number(row + 1) + "\">";
        for (int c = 0; c < columns; ++c) {
            const QString header = c < sheet.headers.size() ? sheet.headers[c] : QString();
            stringCell(row, c, header, StyleHeader);
            widths[size_t(c)] = std::max(widths[size_t(c)], displayWidth(header));
        }
        data += "</row>";
        ++row;
    }
    for (const auto &values : sheet.rows) {
        if (row >= rowLimit)
            break;
        data += "<row r=\"" + QByteArray::number(row + 1) + "\">";
        for (int c = 0; c < values.size() && c < columns; ++c) {
            const QVariant &value = values[c];
            if (value.isNull() || !value.isValid())
                continue;
            const ColumnKind kind = sheet.kind(c);
            int width = 0;
            double n = 0;
            if (kind == ColumnKind::Date) {
                if (const QDate d = exportDate(value); d.isValid()) {
                    const qint64 serial = QDate(1899, 12, 30).daysTo(d);
                    if (serial >= 61) { // before 1900-03-01 Excel's calendar is off by a day
                        data += "<c r=\"" + cellRef(row, c) + "\" s=\"" +
                                QByteArray::number(StyleDate) + "\"><v>" +
                                QByteArray::number(serial) + "</v></c>";
                        width = 10;
                    }
                }
            } else if (kind != ColumnKind::Text && exportNumber(value, &n)) {
                data += "<c r=\"" + cellRef(row, c) + "\" s=\"" +
                        QByteArray::number(styleFor(kind)) + "\"><v>" + formatNumber(n).toLatin1() +
                        "</v></c>";
                switch (kind) {
                case ColumnKind::Integer:
                    width = int(QString::number(n, 'f', 0).size());
                    break;
                case ColumnKind::Money:
                    width = int(QString::number(n, 'f', 2).size()) * 4 / 3;
                    break;
                case ColumnKind::Percent:
                    width = int(QString::number(n * 100, 'f', 2).size()) + 1;
                    break;
                default:
                    width = int(QString::number(n, 'f', 2).size());
                    break;
                }
            }
            if (width == 0) {
                // Text, or a value that does not fit its column: always a string cell, never a
                // formula, whatever it begins with.
                const QString text = kind == ColumnKind::Date && value.typeId() == QMetaType::QDate
                                         ? value.toDate().toString(Qt::ISODate)
                                         : value.toString();
                stringCell(row, c, text, StyleText);
                width = displayWidth(text);
            }
            widths[size_t(c)] = std::max(widths[size_t(c)], width);
        }
        data += "</row>";
        ++row;
    }

    QByteArray &xml = out.xml;
    xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
          "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">";
    if (columns > 0 && row > 0)
        xml += "<dimension ref=\"A1:" + cellRef(row - 1, columns - 1) + "\"/>";
    xml += "<sheetViews><sheetView workbookViewId=\"0\"";
    if (first)
        xml += " tabSelected=\"1\"";
    xml += ">";
    if (!sheet.headers.isEmpty()) {
        const QByteArray split = QByteArray::number(headerRow + 1);
        xml += "<pane ySplit=\"" + split + "\" topLeftCell=\"A" +
               QByteArray::number(headerRow + 2) +
               "\" activePane=\"bottomLeft\" state=\"frozen\"/>"
               "<selection pane=\"bottomLeft\" activeCell=\"A" +
               QByteArray::number(headerRow + 2) + "\" sqref=\"A" +
               QByteArray::number(headerRow + 2) + "\"/>";
    }
    xml += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>";
    if (columns > 0) {
        xml += "<cols>";
        for (int c = 0; c < columns; ++c) {
            const int width = std::min(widths[size_t(c)] + 2, 60);
            xml += "<col min=\"" + QByteArray::number(c + 1) + "\" max=\"" +
                   QByteArray::number(c + 1) + "\" width=\"" + QByteArray::number(width) +
                   "\" customWidth=\"1\"/>";
        }
        xml += "</cols>";
    }
    xml += "<sheetData>" + data + "</sheetData>";
    if (!sheet.headers.isEmpty() && columns > 0) {
        out.filterRange = "$A$" + QByteArray::number(headerRow + 1) + ":$" +
                          columnName(columns - 1) + "$" +
                          QByteArray::number(std::max(row, headerRow + 1));
        xml += "<autoFilter ref=\"" + cellRef(headerRow, 0) + ":" +
               cellRef(std::max(row - 1, headerRow), columns - 1) + "\"/>";
    }
    xml += merge;
    xml += "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" "
           "footer=\"0.3\"/>"
           "</worksheet>";
    return out;
}

bool addEntry(QuaZip &zip, const QString &name, const QByteArray &data)
{
    QuaZipFile file(&zip);
    QuaZipNewInfo info(name);
    info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                        QFileDevice::ReadOther);
    info.dateTime = QDateTime::currentDateTime();
    if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, Z_DEFLATED, 6))
        return false;
    const bool ok = file.write(data) == data.size();
    file.close();
    return ok && file.getZipError() == ZIP_OK;
}

} // namespace

bool writeXlsx(const QString &path, const QList<ExportSheet> &sheets, QString *error)
{
    auto fail = [&](const QString &reason) {
        if (error)
            *error = QStringLiteral("无法写入 %1：%2").arg(QFileInfo(path).fileName(), reason);
        return false;
    };

    SharedStrings strings;
    QStringList used;
    QList<SheetOutput> outputs;
    const QList<ExportSheet> list = sheets.isEmpty() ? QList<ExportSheet>{ExportSheet()} : sheets;
    for (int i = 0; i < list.size(); ++i)
        outputs.append(
            buildSheet(list[i], cleanSheetName(list[i].name, i + 1, used), i == 0, strings));

    QByteArray contentTypes =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" "
        "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/xl/workbook.xml\" "
        "ContentType=\"application/"
        "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        "<Override PartName=\"/xl/styles.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        "<Override PartName=\"/xl/sharedStrings.xml\" "
        "ContentType=\"application/"
        "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
        "<Override PartName=\"/docProps/app.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>";
    QByteArray workbook =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        "<workbookPr/><bookViews><workbookView/></bookViews><sheets>";
    QByteArray workbookRels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    QByteArray definedNames;
    for (int i = 0; i < outputs.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        contentTypes += "<Override PartName=\"/xl/worksheets/sheet" + n +
                        ".xml\" "
                        "ContentType=\"application/"
                        "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
        workbook += "<sheet name=\"";
        appendEscaped(workbook, outputs[i].name);
        workbook += "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
        workbookRels += "<Relationship Id=\"rId" + n +
                        "\" "
                        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                        "relationships/worksheet\" Target=\"worksheets/sheet" +
                        n + ".xml\"/>";
        if (!outputs[i].filterRange.isEmpty()) {
            QString quoted = outputs[i].name;
            quoted.replace(QLatin1String("'"), QLatin1String("''"));
            definedNames += "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"" +
                            QByteArray::number(i) + "\" hidden=\"1\">";
            appendEscaped(definedNames, QLatin1Char('\'') + quoted + QLatin1Char('\''));
            definedNames += "!" + outputs[i].filterRange + "</definedName>";
        }
    }
    contentTypes += "</Types>";
    workbook += "</sheets>";
    if (!definedNames.isEmpty())
        workbook += "<definedNames>" + definedNames + "</definedNames>";
    workbook += "</workbook>";
    const int count = int(outputs.size());
    workbookRels +=
        "<Relationship Id=\"rId" + QByteArray::number(count + 1) +
        "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
        "Target=\"styles.xml\"/>"
        "<Relationship Id=\"rId" +
        QByteArray::number(count + 2) +
        "\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        "sharedStrings\" Target=\"sharedStrings.xml\"/>"
        "</Relationships>";
    const QByteArray rootRels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        "officeDocument\" Target=\"xl/workbook.xml\"/>"
        "<Relationship Id=\"rId2\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        "extended-properties\" Target=\"docProps/app.xml\"/>"
        "</Relationships>";
    const QByteArray app =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Properties "
        "xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
        "<Application>TuoyuDesk</Application></Properties>";
    QByteArray sst =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"" +
        QByteArray::number(strings.count) + "\" uniqueCount=\"" +
        QByteArray::number(strings.list.size()) + "\">";
    for (const QString &s : std::as_const(strings.list)) {
        const bool preserve = !s.isEmpty() && (s.front().isSpace() || s.back().isSpace());
        sst += preserve ? "<si><t xml:space=\"preserve\">" : "<si><t>";
        appendEscaped(sst, s);
        sst += "</t></si>";
    }
    sst += "</sst>";

    // Written through QSaveFile: a temporary file beside the target, renamed over it only when
    // everything was written.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    QuaZip zip(&file);
    zip.setAutoClose(false);
    if (!zip.open(QuaZip::mdCreate)) {
        file.cancelWriting();
        return fail(QStringLiteral("无法创建 zip 容器"));
    }
    bool ok = addEntry(zip, QStringLiteral("[Content_Types].xml"), contentTypes) &&
              addEntry(zip, QStringLiteral("_rels/.rels"), rootRels) &&
              addEntry(zip, QStringLiteral("docProps/app.xml"), app) &&
              addEntry(zip, QStringLiteral("xl/workbook.xml"), workbook) &&
              addEntry(zip, QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRels) &&
              addEntry(zip, QStringLiteral("xl/styles.xml"), QByteArray(stylesXml)) &&
              addEntry(zip, QStringLiteral("xl/sharedStrings.xml"), sst);
    for (int i = 0; ok && i < outputs.size(); ++i)
        ok = addEntry(zip, QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1), outputs[i].xml);
    zip.close();
    if (!ok || zip.getZipError() != ZIP_OK) {
        file.cancelWriting();
        return fail(QStringLiteral("写入失败（磁盘已满或没有权限？）"));
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace tuoyu::io
