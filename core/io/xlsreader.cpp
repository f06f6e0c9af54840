#include "xlsreader.h"

#include "cellformat.h"
#include "cfbfile.h"

#include <freexl.h>

#include <QFile>
#include <QHash>
#include <QStringDecoder>
#include <QtEndian>

#include <cstring>
#include <map>

namespace tuoyu::io {

namespace {

quint16 u16(const char *p)
{
    return qFromLittleEndian<quint16>(p);
}
quint32 u32(const char *p)
{
    return qFromLittleEndian<quint32>(p);
}

struct SheetInfo
{
    quint32 offset = 0;
    int state = 0; // 0 visible, 1 hidden, 2 very hidden
    int type = 0;  // 0 worksheet, 1 macro sheet, 2 chart, 6 VB module
    QList<Merge> merges;
    std::map<std::pair<int, int>, Cell> cells; // formula results, booleans, errors
};

struct BiffWorkbook
{
    int version = 0; // 5 or 8
    bool encrypted = false;
    bool date1904 = false;
    int codePage = 1252;
    QHash<int, NumberKind> formats;
    std::vector<int> xfFormats;
    QList<SheetInfo> sheets;
};

struct Record
{
    quint16 type;
    quint16 length;
    const char *data;
};

/// Iterates the records of a BIFF stream from an offset, bounds-checked.
class RecordReader
{
public:
    RecordReader(const QByteArray &stream, qsizetype offset)
        : m_stream(stream)
        , m_pos(offset)
    {
    }
    bool next(Record *record)
    {
        if (m_pos < 0 || m_pos + 4 > m_stream.size())
            return false;
        const char *p = m_stream.constData() + m_pos;
        record->type = u16(p);
        record->length = u16(p + 2);
        if (m_pos + 4 + record->length > m_stream.size())
            return false;
        record->data = p + 4;
        m_pos += 4 + record->length;
        return true;
    }
    bool peek(Record *record) const
    {
        RecordReader copy(m_stream, m_pos);
        return copy.next(record);
    }

private:
    const QByteArray &m_stream;
    qsizetype m_pos;
};

QString decodeCodePage(const char *data, int length, int codePage)
{
    if (codePage == 1200)
        return QString::fromUtf16(reinterpret_cast<const char16_t *>(data), length / 2);
    QByteArray name;
    switch (codePage) {
    case 367: name = "US-ASCII"; break;
    case 936: name = "GB18030"; break; // superset of GBK
    case 950: name = "Big5"; break;
    case 932: name = "Shift_JIS"; break;
    case 949: name = "EUC-KR"; break;
    case 10000: name = "macintosh"; break;
    case 32768: name = "macintosh"; break;
    case 32769: case 1252: name = "windows-1252"; break;
    default:
        name = (codePage >= 1250 && codePage <= 1258) ? "windows-" + QByteArray::number(codePage)
                                                       : "CP" + QByteArray::number(codePage);
    }
    QStringDecoder decoder(name.constData());
    if (!decoder.isValid())
        return QString::fromLatin1(data, length);
    return decoder(QByteArrayView(data, length));
}

/// A BIFF8 XLUnicodeString body (after its character count): flags byte, then characters.
QString biff8Chars(const char *p, const char *end, int count)
{
    if (p >= end)
        return QString();
    const quint8 flags = quint8(*p++);
    if (flags & 0x08)
        p += 2; // rich-text run count
    if (flags & 0x04)
        p += 4; // phonetic size
    QString out;
    if (flags & 0x01) {
        count = int(std::min<qsizetype>(count, (end - p) / 2));
        out.reserve(count);
        for (int i = 0; i < count; ++i)
            out.append(QChar(char16_t(u16(p + 2 * i))));
    } else {
        count = int(std::min<qsizetype>(count, end - p));
        out = QString::fromLatin1(p, std::max(count, 0));
    }
    return out;
}

QString errorText(quint8 code)
{
    switch (code) {
    case 0x00: return QStringLiteral("#NULL!");
    case 0x07: return QStringLiteral("#DIV/0!");
    case 0x0F: return QStringLiteral("#VALUE!");
    case 0x17: return QStringLiteral("#REF!");
    case 0x1D: return QStringLiteral("#NAME?");
    case 0x24: return QStringLiteral("#NUM!");
    case 0x2A: return QStringLiteral("#N/A");
    default: return QStringLiteral("#ERR!");
    }
}

NumberKind kindOfXf(const BiffWorkbook &wb, int xf)
{
    if (xf < 0 || size_t(xf) >= wb.xfFormats.size())
        return NumberKind::Number;
    const int format = wb.xfFormats[size_t(xf)];
    const auto it = wb.formats.constFind(format);
    return it != wb.formats.constEnd() ? *it : builtinNumberKind(format);
}

/// Walks the globals and each sheet substream for what FreeXL leaves out.
void walkBiff(const QByteArray &stream, BiffWorkbook &wb)
{
    RecordReader globals(stream, 0);
    Record r;
    bool first = true;
    while (globals.next(&r)) {
        if (first) {
            first = false;
            if (r.type != 0x0809 || r.length < 2)
                return;
            const quint16 v = u16(r.data);
            wb.version = v == 0x0600 ? 8 : (v == 0x0500 ? 5 : 0);
            continue;
        }
        switch (r.type) {
        case 0x000A: // EOF
            goto sheets;
        case 0x002F: // FILEPASS
            wb.encrypted = true;
            return;
        case 0x0042: // CODEPAGE
            if (r.length >= 2)
                wb.codePage = u16(r.data);
            break;
        case 0x0022: // DATEMODE
            if (r.length >= 2)
                wb.date1904 = u16(r.data) == 1;
            break;
        case 0x041E: { // FORMAT
            if (r.length < 3)
                break;
            const int id = u16(r.data);
            QString code;
            const char *end = r.data + r.length;
            if (wb.version == 8 && r.length >= 5)
                code = biff8Chars(r.data + 4, end, u16(r.data + 2));
            else if (wb.version == 5)
                code = decodeCodePage(r.data + 3, std::min<int>(quint8(r.data[2]), r.length - 3),
                                      wb.codePage);
            wb.formats.insert(id, classifyNumberFormat(code));
            break;
        }
        case 0x00E0: // XF
            if (r.length >= 4 && wb.xfFormats.size() < 65536)
                wb.xfFormats.push_back(u16(r.data + 2));
            break;
        case 0x0085: // BOUNDSHEET
            if (r.length >= 6) {
                SheetInfo sheet;
                sheet.offset = u32(r.data);
                sheet.state = quint8(r.data[4]) & 0x03;
                sheet.type = quint8(r.data[5]);
                wb.sheets.append(sheet);
            }
            break;
        default:
            break;
        }
    }
sheets:
    for (SheetInfo &sheet : wb.sheets) {
        if (sheet.type != 0)
            continue;
        RecordReader reader(stream, qsizetype(sheet.offset));
        if (!reader.next(&r) || r.type != 0x0809)
            continue;
        int cellCount = 0;
        while (reader.next(&r) && r.type != 0x000A) {
            if (r.type == 0x00E5 && r.length >= 2) { // MERGEDCELLS
                const int count = std::min<int>(u16(r.data), (r.length - 2) / 8);
                for (int i = 0; i < count; ++i) {
                    const char *m = r.data + 2 + 8 * i;
                    Merge merge{u16(m), u16(m + 4), u16(m + 2), u16(m + 6)};
                    if (merge.lastRow >= merge.firstRow && merge.lastColumn >= merge.firstColumn)
                        sheet.merges.append(merge);
                }
            } else if (r.type == 0x0006 && r.length >= 20 && ++cellCount < 5'000'000) { // FORMULA
                const int row = u16(r.data);
                const int col = u16(r.data + 2);
                const int xf = u16(r.data + 4);
                const char *v = r.data + 6;
                Cell cell;
                if (quint8(v[6]) == 0xFF && quint8(v[7]) == 0xFF) {
                    switch (quint8(v[0])) {
                    case 0: { // string: in the STRING record that follows
                        Record s;
                        if (reader.peek(&s) && s.type == 0x0207 && s.length >= 2) {
                            reader.next(&s);
                            const int cch = u16(s.data);
                            QString text = wb.version == 8
                                               ? biff8Chars(s.data + 2, s.data + s.length, cch)
                                               : decodeCodePage(s.data + 2,
                                                                std::min<int>(cch, s.length - 2),
                                                                wb.codePage);
                            cell = textCell(text);
                        }
                        break;
                    }
                    case 1:
                        cell.type = CellType::Boolean;
                        cell.number = v[2] ? 1 : 0;
                        cell.text = v[2] ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
                        break;
                    case 2:
                        cell.type = CellType::Error;
                        cell.text = errorText(quint8(v[2]));
                        break;
                    default:
                        break;
                    }
                } else {
                    double value;
                    std::memcpy(&value, v, 8);
                    value = qFromLittleEndian(value);
                    cell = numberCell(value, kindOfXf(wb, xf), wb.date1904);
                }
                sheet.cells[{row, col}] = cell;
            } else if (r.type == 0x0205 && r.length >= 8 && ++cellCount < 5'000'000) { // BOOLERR
                const int row = u16(r.data);
                const int col = u16(r.data + 2);
                Cell cell;
                if (r.data[7]) {
                    cell.type = CellType::Error;
                    cell.text = errorText(quint8(r.data[6]));
                } else {
                    cell.type = CellType::Boolean;
                    cell.number = r.data[6] ? 1 : 0;
                    cell.text = r.data[6] ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
                }
                sheet.cells[{row, col}] = cell;
            }
        }
    }
}

QString freexlError(int code)
{
    switch (code) {
    case FREEXL_INSUFFICIENT_MEMORY:
        return QStringLiteral("内存不足，文件可能已损坏");
    case FREEXL_BIFF_WORKBOOK_NOT_FOUND:
        return QStringLiteral("文件中找不到工作簿数据（可能不是 Excel 文件，或内部结构不标准）；"
                              "请在 Excel 中打开后另存为 .xlsx 再导入");
    case FREEXL_UNSUPPORTED_CHARSET:
    case FREEXL_INVALID_CHARACTER:
        return QStringLiteral("文件使用了无法识别的字符编码；请在 Excel 中另存为 .xlsx 再导入");
    case FREEXL_CRAFTED_FILE:
        return QStringLiteral("文件结构异常（已损坏或被篡改），已拒绝读取");
    default:
        return QStringLiteral("文件已损坏，无法按 Excel 97–2003 格式读取（错误码 %1）；"
                              "请在 Excel 中打开后另存为 .xlsx 再导入")
            .arg(code);
    }
}

} // namespace

ReadResult readXls(const QString &path, const ReadOptions &options)
{
    ReadResult result;
    auto fail = [&](const QString &reason) {
        result.tables.clear();
        result.error = readError(path, reason);
        return result;
    };

    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("无法打开文件（%1）").arg(probe.errorString()));
    const bool ole = probe.read(8) == QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    if (probe.size() > options.maxEntryBytes)
        return fail(QStringLiteral("文件超过 %1 MiB，太大，无法导入").arg(options.maxEntryBytes / (1024 * 1024)));
    probe.close();

    BiffWorkbook wb;
    if (ole) {
        CfbFile cfb;
        QString error;
        if (!cfb.open(path, options.maxEntryBytes, &error))
            return fail(error);
        QByteArray stream = cfb.stream(QStringLiteral("Workbook"));
        if (stream.isEmpty())
            stream = cfb.stream(QStringLiteral("Book"));
        if (stream.isEmpty())
            return fail(QStringLiteral("文件中没有 Excel 工作簿数据（可能是其他 Office 文件）"));
        walkBiff(stream, wb);
        if (wb.encrypted)
            return fail(QStringLiteral("工作簿受密码保护（已加密）；请在 Excel 中输入密码打开，"
                                       "取消密码后另存为 .xlsx 再导入"));
    }

    const void *handle = nullptr;
    const int rc = freexl_open(QFile::encodeName(path).constData(), &handle);
    struct Closer
    {
        const void *h;
        ~Closer()
        {
            if (h)
                freexl_close(h);
        }
    } closer{handle};
    if (rc != FREEXL_OK)
        return fail(freexlError(rc));

    unsigned int info = 0;
    if (freexl_get_info(handle, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK
        && info == FREEXL_BIFF_OBFUSCATED)
        return fail(QStringLiteral("工作簿受密码保护（已加密）；请在 Excel 中输入密码打开，"
                                   "取消密码后另存为 .xlsx 再导入"));
    unsigned int sheetCount = 0;
    freexl_get_info(handle, FREEXL_BIFF_SHEET_COUNT, &sheetCount);

    qint64 cellBudget = options.maxCells;
    for (unsigned int s = 0; s < sheetCount && s < 65535; ++s) {
        const SheetInfo *extra = int(s) < wb.sheets.size() ? &wb.sheets[int(s)] : nullptr;
        const char *name = nullptr;
        freexl_get_worksheet_name(handle, (unsigned short)s, &name);
        const QString sheetName = name ? QString::fromUtf8(name) : QStringLiteral("Sheet%1").arg(s + 1);
        if (extra && extra->type != 0) {
            result.warnings.append(QStringLiteral("工作表“%1”不是数据表（图表或宏表），已跳过").arg(sheetName));
            continue;
        }
        if (freexl_select_active_worksheet(handle, (unsigned short)s) != FREEXL_OK)
            continue;
        unsigned int rows = 0;
        unsigned short columns = 0;
        if (freexl_worksheet_dimensions(handle, &rows, &columns) != FREEXL_OK)
            continue;
        Table table;
        table.name = sheetName;
        table.hidden = extra && extra->state != 0;
        rows = std::min<unsigned int>(rows, unsigned(options.maxRows));
        for (unsigned int r = 0; r < rows; ++r) {
            QList<Cell> row;
            for (unsigned short c = 0; c < columns && c < options.maxColumns; ++c) {
                FreeXL_CellValue value;
                if (freexl_get_cell_value(handle, r, c, &value) != FREEXL_OK)
                    continue;
                Cell cell;
                switch (value.type) {
                case FREEXL_CELL_INT:
                    cell.type = CellType::Number;
                    cell.number = value.value.int_value;
                    cell.text = formatNumber(cell.number);
                    break;
                case FREEXL_CELL_DOUBLE:
                    cell.type = CellType::Number;
                    cell.number = value.value.double_value;
                    cell.text = formatNumber(cell.number);
                    break;
                case FREEXL_CELL_TEXT:
                case FREEXL_CELL_SST_TEXT:
                    if (value.value.text_value)
                        cell = textCell(QString::fromUtf8(value.value.text_value));
                    break;
                case FREEXL_CELL_DATE:
                    cell.type = CellType::Date;
                    cell.text = QString::fromUtf8(value.value.text_value);
                    break;
                case FREEXL_CELL_DATETIME:
                    cell.type = CellType::DateTime;
                    cell.text = QString::fromUtf8(value.value.text_value).replace(QLatin1Char(' '), QLatin1Char('T'));
                    break;
                case FREEXL_CELL_TIME:
                    cell.type = CellType::Time;
                    cell.text = QString::fromUtf8(value.value.text_value);
                    break;
                default:
                    break;
                }
                if (cell.isEmpty())
                    continue;
                if (row.size() <= c) {
                    cellBudget -= c + 1 - row.size();
                    row.resize(c + 1);
                }
                row[c] = std::move(cell);
            }
            if (cellBudget < 0)
                return fail(QStringLiteral("表格太大：单元格超过 %1 个，无法导入").arg(options.maxCells));
            table.rows.append(std::move(row));
        }
        if (extra) {
            for (const auto &[at, cell] : extra->cells) {
                const auto [r, c] = at;
                if (cell.isEmpty() || r >= options.maxRows || c >= options.maxColumns)
                    continue;
                if (r >= table.rows.size())
                    table.rows.resize(r + 1);
                auto &row = table.rows[r];
                if (row.size() <= c) {
                    cellBudget -= c + 1 - row.size();
                    if (cellBudget < 0)
                        return fail(QStringLiteral("表格太大：单元格超过 %1 个，无法导入").arg(options.maxCells));
                    row.resize(c + 1);
                }
                row[c] = cell;
            }
        }
        while (!table.rows.isEmpty() && table.rows.last().isEmpty())
            table.rows.removeLast();
        if (extra) {
            QString error;
            if (!applyMerges(table, extra->merges, cellBudget, options, &error))
                return fail(error);
        }
        result.tables.append(std::move(table));
    }
    if (sheetCount == 0)
        return fail(QStringLiteral("工作簿中没有任何工作表"));
    return result;
}

} // namespace tuoyu::io
