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
    QString name;
};

struct BiffWorkbook
{
    int version = 0; // 5 or 8
    bool encrypted = false;
    bool date1904 = false;
    int codePage = 1252;
    QHash<int, NumberKind> formats;
    std::vector<int> xfFormats;
    std::vector<QString> strings; // SST
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
    if (length <= 0)
        return QString();
    if (codePage == 1200)
        return QString::fromUtf16(reinterpret_cast<const char16_t *>(data), length / 2);
    QByteArray name;
    switch (codePage) {
    case 367:
        name = "US-ASCII";
        break;
    case 936:
        name = "GB18030";
        break; // superset of GBK
    case 950:
        name = "Big5";
        break;
    case 932:
        name = "Shift_JIS";
        break;
    case 949:
        name = "EUC-KR";
        break;
    case 10000:
    case 32768:
        name = "macintosh";
        break;
    case 32769:
    case 1252:
        name = "windows-1252";
        break;
    default:
        name = (codePage >= 1250 && codePage <= 1258) ? "windows-" + QByteArray::number(codePage)
                                                      : "CP" + QByteArray::number(codePage);
    }
    QStringDecoder decoder(name.constData());
    if (!decoder.isValid())
        return QString::fromLatin1(data, length);
    return decoder(QByteArrayView(data, length));
}

/// Reads across a record and its CONTINUE records, as the SST needs: when a string's characters
/// run past a record, the next one starts with a fresh flags byte.
class ContinuedReader
{
public:
    void add(const char *data, int length) { m_segments.push_back({data, length}); }

    bool byte(quint8 *v)
    {
        if (!settle())
            return false;
        *v = quint8(m_segments[m_segment].first[m_pos++]);
        return true;
    }
    bool word(quint16 *v)
    {
        quint8 a, b;
        if (!byte(&a) || !byte(&b))
            return false;
        *v = quint16(a | (b << 8));
        return true;
    }
    bool dword(quint32 *v)
    {
        quint16 a, b;
        if (!word(&a) || !word(&b))
            return false;
        *v = quint32(a) | (quint32(b) << 16);
        return true;
    }
    bool skip(qint64 n)
    {
        while (n > 0) {
            if (!settle())
                return false;
            const qint64 step = std::min<qint64>(n, m_segments[m_segment].second - m_pos);
            m_pos += int(step);
            n -= step;
        }
        return true;
    }
    bool chars(int count, bool wide, QString *out)
    {
        out->reserve(count);
        while (count > 0) {
            if (m_segment < m_segments.size() && m_pos >= m_segments[m_segment].second) {
                // characters continue in the next record, behind a new flags byte
                ++m_segment;
                m_pos = 0;
                quint8 flags;
                if (!byte(&flags))
                    return false;
                wide = flags & 1;
            }
            if (!settle())
                return false;
            const char *p = m_segments[m_segment].first + m_pos;
            const int available = m_segments[m_segment].second - m_pos;
            const int n = std::min(count, wide ? available / 2 : available);
            if (n <= 0)
                return false;
            if (wide) {
                for (int i = 0; i < n; ++i)
                    out->append(QChar(char16_t(u16(p + 2 * i))));
                m_pos += 2 * n;
            } else {
                out->append(QString::fromLatin1(p, n));
                m_pos += n;
            }
            count -= n;
        }
        return true;
    }

private:
    std::vector<std::pair<const char *, int>> m_segments;
    size_t m_segment = 0;
    int m_pos = 0;

    bool settle()
    {
        while (m_segment < m_segments.size() && m_pos >= m_segments[m_segment].second) {
            ++m_segment;
            m_pos = 0;
        }
        return m_segment < m_segments.size();
    }
};

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
    if (p > end)
        return QString();
    QString out;
    if (flags & 0x01) {
        count = int(std::min<qsizetype>(count, (end - p) / 2));
        out.reserve(std::max(count, 0));
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
    case 0x00:
        return QStringLiteral("#NULL!");
    case 0x07:
        return QStringLiteral("#DIV/0!");
    case 0x0F:
        return QStringLiteral("#VALUE!");
    case 0x17:
        return QStringLiteral("#REF!");
    case 0x1D:
        return QStringLiteral("#NAME?");
    case 0x24:
        return QStringLiteral("#NUM!");
    case 0x2A:
        return QStringLiteral("#N/A");
    default:
        return QStringLiteral("#ERR!");
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

double decodeRk(quint32 rk)
{
    double value;
    if (rk & 0x02) {
        value = double(qint32(rk) >> 2);
    } else {
        const quint64 bits = quint64(rk & 0xFFFFFFFCu) << 32;
        std::memcpy(&value, &bits, sizeof value);
    }
    return (rk & 0x01) ? value / 100 : value;
}

void parseSst(const QByteArray &stream, qsizetype offsetAfterSst, const Record &sst,
              BiffWorkbook &wb)
{
    ContinuedReader reader;
    reader.add(sst.data, sst.length);
    RecordReader more(stream, offsetAfterSst);
    Record r;
    while (more.peek(&r) && r.type == 0x003C) { // CONTINUE
        more.next(&r);
        reader.add(r.data, r.length);
    }
    quint32 total, unique;
    if (!reader.dword(&total) || !reader.dword(&unique))
        return;
    wb.strings.reserve(std::min<quint32>(unique, 1'000'000));
    for (quint32 i = 0; i < unique; ++i) {
        quint16 count;
        quint8 flags;
        if (!reader.word(&count) || !reader.byte(&flags))
            return;
        quint16 runs = 0;
        quint32 extSize = 0;
        if ((flags & 0x08) && !reader.word(&runs))
            return;
        if ((flags & 0x04) && !reader.dword(&extSize))
            return;
        QString text;
        if (!reader.chars(count, flags & 0x01, &text))
            return;
        if (!reader.skip(qint64(runs) * 4 + extSize)) {
            wb.strings.push_back(text);
            return;
        }
        wb.strings.push_back(text);
    }
}

/// Reads the workbook globals: version, encryption, code page, date system, number formats,
/// XFs, the shared strings and the sheet list.
bool readGlobals(const QByteArray &stream, BiffWorkbook &wb)
{
    RecordReader globals(stream, 0);
    Record r;
    if (!globals.next(&r) || r.type != 0x0809 || r.length < 4)
        return false;
    const quint16 v = u16(r.data);
    wb.version = v == 0x0600 ? 8 : (v == 0x0500 ? 5 : 0);
    if (wb.version == 0)
        return false;
    qsizetype offset = 4 + r.length;
    while (globals.next(&r)) {
        offset += 4 + r.length;
        switch (r.type) {
        case 0x000A: // EOF
            return true;
        case 0x002F: // FILEPASS
            wb.encrypted = true;
            return true;
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
            if (wb.version == 8 && r.length >= 5)
                code = biff8Chars(r.data + 4, r.data + r.length, u16(r.data + 2));
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
        case 0x00FC: // SST
            if (wb.version == 8)
                parseSst(stream, offset, r, wb);
            break;
        case 0x0085: // BOUNDSHEET
            if (r.length >= 7) {
                SheetInfo sheet;
                sheet.offset = u32(r.data);
                sheet.state = quint8(r.data[4]) & 0x03;
                sheet.type = quint8(r.data[5]);
                const int count = quint8(r.data[6]);
                if (wb.version == 8)
                    sheet.name = biff8Chars(r.data + 7, r.data + r.length, count);
                else
                    sheet.name =
                        decodeCodePage(r.data + 7, std::min<int>(count, r.length - 7), wb.codePage);
                wb.sheets.append(sheet);
            }
            break;
        default:
            break;
        }
    }
    return true;
}

/// Builds one worksheet's table from its substream.
class SheetBuilder
{
public:
    SheetBuilder(Table &table, ReadBudget &budget)
        : m_table(table)
        , m_budget(budget)
        , m_options(budget.options())
    {
    }
    bool set(int row, int column, Cell &&cell)
    {
        if (cell.isEmpty() || row >= m_options.maxRows || column >= m_options.maxColumns)
            return true;
        if (row >= m_table.rows.size())
            m_table.rows.resize(row + 1);
        auto &r = m_table.rows[row];
        if (r.size() <= column) {
            if (!m_budget.takeCells(column + 1 - r.size()))
                return false;
            r.resize(column + 1);
        }
        r[column] = std::move(cell);
        return true;
    }

private:
    Table &m_table;
    ReadBudget &m_budget;
    const ReadOptions &m_options;
};

bool readSheet(const QByteArray &stream, const SheetInfo &info, const BiffWorkbook &wb,
               Table &table, QList<Merge> &merges, ReadBudget &budget)
{
    RecordReader reader(stream, qsizetype(info.offset));
    Record r;
    if (!reader.next(&r) || r.type != 0x0809)
        return true; // a broken offset: an empty sheet
    SheetBuilder builder(table, budget);
    auto number = [&](int row, int col, int xf, double value) {
        return builder.set(row, col, numberCell(value, kindOfXf(wb, xf), wb.date1904));
    };
    int depth = 0; // embedded chart substreams have their own BOF … EOF
    while (reader.next(&r)) {
        if (r.type == 0x0809) {
            ++depth;
            continue;
        }
        if (r.type == 0x000A) {
            if (depth == 0)
                break;
            --depth;
            continue;
        }
        if (depth > 0)
            continue;
        const char *d = r.data;
        const int len = r.length;
        bool ok = true;
        switch (r.type) {
        case 0x00FD: // LABELSST
            if (len >= 10) {
                const quint32 index = u32(d + 6);
                if (index < wb.strings.size())
                    ok = builder.set(u16(d), u16(d + 2), textCell(wb.strings[index]));
            }
            break;
        case 0x0204: // LABEL
        case 0x00D6: // RSTRING
            if (len >= 8) {
                const int count = u16(d + 6);
                QString text = wb.version == 8
                                   ? biff8Chars(d + 8, d + len, count)
                                   : decodeCodePage(d + 8, std::min(count, len - 8), wb.codePage);
                ok = builder.set(u16(d), u16(d + 2), textCell(text));
            }
            break;
        case 0x0203: // NUMBER
            if (len >= 14) {
                double value;
                std::memcpy(&value, d + 6, 8);
                ok = number(u16(d), u16(d + 2), u16(d + 4), qFromLittleEndian(value));
            }
            break;
        case 0x027E: // RK
            if (len >= 10)
                ok = number(u16(d), u16(d + 2), u16(d + 4), decodeRk(u32(d + 6)));
            break;
        case 0x00BD: // MULRK
            if (len >= 6) {
                const int row = u16(d);
                const int first = u16(d + 2);
                const int count = (len - 6) / 6;
                for (int i = 0; i < count && ok; ++i)
                    ok = number(row, first + i, u16(d + 4 + 6 * i), decodeRk(u32(d + 6 + 6 * i)));
            }
            break;
        case 0x0205: // BOOLERR
            if (len >= 8) {
                Cell cell;
                if (d[7]) {
                    cell.type = CellType::Error;
                    cell.text = errorText(quint8(d[6]));
                } else {
                    cell.type = CellType::Boolean;
                    cell.number = d[6] ? 1 : 0;
                    cell.text = d[6] ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
                }
                ok = builder.set(u16(d), u16(d + 2), std::move(cell));
            }
            break;
        case 0x0006: // FORMULA: its cached result
            if (len >= 20) {
                const int row = u16(d);
                const int col = u16(d + 2);
                const char *v = d + 6;
                Cell cell;
                if (quint8(v[6]) == 0xFF && quint8(v[7]) == 0xFF) {
                    switch (quint8(v[0])) {
                    case 0: { // text: in the STRING record that follows
                        Record s;
                        while (reader.peek(&s) && s.type == 0x04BC) // SHRFMLA in between
                            reader.next(&s);
                        if (reader.peek(&s) && s.type == 0x0207 && s.length >= 2) {
                            reader.next(&s);
                            const int cch = u16(s.data);
                            cell = textCell(wb.version == 8
                                                ? biff8Chars(s.data + 2, s.data + s.length, cch)
                                                : decodeCodePage(s.data + 2,
                                                                 std::min<int>(cch, s.length - 2),
                                                                 wb.codePage));
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
                    ok = builder.set(row, col, std::move(cell));
                } else {
                    double value;
                    std::memcpy(&value, v, 8);
                    ok = number(row, col, u16(d + 4), qFromLittleEndian(value));
                }
            }
            break;
        case 0x00E5: // MERGEDCELLS
            if (len >= 2) {
                const int count = std::min<int>(u16(d), (len - 2) / 8);
                for (int i = 0; i < count && ok; ++i) {
                    const char *m = d + 2 + 8 * i;
                    const Merge merge{u16(m), u16(m + 4), u16(m + 2), u16(m + 6)};
                    if (merge.lastRow >= merge.firstRow && merge.lastColumn >= merge.firstColumn)
                        ok = budget.takeMerge();
                    if (ok)
                        merges.append(merge);
                }
            }
            break;
        default:
            break;
        }
        if (!ok)
            return false;
    }
    while (!table.rows.isEmpty() && table.rows.last().isEmpty())
        table.rows.removeLast();
    return true;
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

namespace {

const QString encryptedMessage = QStringLiteral(
    "工作簿受密码保护（已加密）；请在 Excel 中输入密码打开，取消密码后另存为 .xlsx 再导入");

/// True when every record of a BIFF stream up to its EOF record ends inside the stream. FreeXL
/// copies as many bytes as a record's length says without checking them against the end of its
/// buffer (a heap overflow found by tests/fuzz): a stream that fails this never reaches it.
bool recordsFitStream(const QByteArray &stream)
{
    qsizetype offset = 0;
    while (offset + 4 <= stream.size()) {
        const quint16 type = u16(stream.constData() + offset);
        offset += 4 + u16(stream.constData() + offset + 2);
        if (offset > stream.size())
            return false;
        if (type == 0x000A) // EOF: what follows is not read
            break;
    }
    return true;
}

const QString truncatedRecord =
    QStringLiteral("文件已损坏：一条记录超出了文件末尾（文件可能不完整）");

/// FreeXL: BIFF2–4 bare streams, and OLE files whose workbook stream the own walker cannot read.
ReadResult readWithFreeXl(const QString &path, const ReadOptions &options)
{
    ReadResult result;
    auto fail = [&](const QString &reason) {
        result.tables.clear();
        result.error = readError(path, reason);
        return result;
    };
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
    if (freexl_get_info(handle, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK &&
        info == FREEXL_BIFF_OBFUSCATED)
        return fail(encryptedMessage);
    unsigned int sheetCount = 0;
    freexl_get_info(handle, FREEXL_BIFF_SHEET_COUNT, &sheetCount);
    if (sheetCount == 0)
        return fail(
            QStringLiteral("无法解析工作簿（Excel 97–2003 格式的数据已损坏，或是不支持的变体）；"
                           "请在 Excel 或 WPS 中打开后另存为 .xlsx 再导入"));

    ReadBudget budget(options);
    for (unsigned int s = 0; s < sheetCount && s < 65535; ++s) {
        const char *name = nullptr;
        freexl_get_worksheet_name(handle, (unsigned short)s, &name);
        if (freexl_select_active_worksheet(handle, (unsigned short)s) != FREEXL_OK)
            continue;
        unsigned int rows = 0;
        unsigned short columns = 0;
        if (freexl_worksheet_dimensions(handle, &rows, &columns) != FREEXL_OK)
            continue;
        Table table;
        table.name = name ? QString::fromUtf8(name) : QStringLiteral("Sheet%1").arg(s + 1);
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
                    cell.text = QString::fromUtf8(value.value.text_value)
                                    .replace(QLatin1Char(' '), QLatin1Char('T'));
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
                if (!budget.cellFits(cell.text.size() * qint64(sizeof(QChar))))
                    return fail(budget.error());
                if (row.size() <= c) {
                    if (!budget.takeCells(c + 1 - row.size()))
                        return fail(budget.error());
                    row.resize(c + 1);
                }
                row[c] = std::move(cell);
            }
            table.rows.append(std::move(row));
        }
        while (!table.rows.isEmpty() && table.rows.last().isEmpty())
            table.rows.removeLast();
        result.tables.append(std::move(table));
    }
    return result;
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
    if (probe.size() > options.maxEntryBytes)
        return fail(QStringLiteral("文件超过 %1 MiB，太大，无法导入")
                        .arg(options.maxEntryBytes / (1024 * 1024)));
    const QByteArray bytes = probe.readAll();
    const bool ole = bytes.startsWith(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
    probe.close();
    if (!ole) { // BIFF2–4 bare stream
        if (!recordsFitStream(bytes))
            return fail(truncatedRecord);
        return readWithFreeXl(path, options);
    }

    CfbFile cfb;
    QString error;
    if (!cfb.open(path, options.maxEntryBytes, &error))
        return fail(error);
    QByteArray stream = cfb.stream(QStringLiteral("Workbook"));
    if (stream.isEmpty())
        stream = cfb.stream(QStringLiteral("Book"));
    if (stream.isEmpty())
        return fail(QStringLiteral("文件中没有 Excel 工作簿数据（可能是其他 Office 文件）"));

    BiffWorkbook wb;
    if (!readGlobals(stream, wb)) {
        // FreeXL reads the BIFF2–4 workbooks this reader does not. Any other stream that does
        // not begin as a BIFF5/8 workbook is damaged, and FreeXL leaks memory on some of them
        // (found by tests/fuzz): it is refused here, never handed on.
        const quint16 bof = stream.size() >= 2 ? u16(stream.constData()) : 0;
        if (bof == 0x0009 || bof == 0x0209 || bof == 0x0409)
            return recordsFitStream(stream) ? readWithFreeXl(path, options) : fail(truncatedRecord);
        return fail(QStringLiteral("工作簿数据已损坏：开头不是 Excel 工作簿记录"));
    }
    if (wb.encrypted)
        return fail(encryptedMessage);

    ReadBudget budget(options);
    int number = 0;
    for (const SheetInfo &info : std::as_const(wb.sheets)) {
        ++number;
        const QString name =
            info.name.isEmpty() ? QStringLiteral("Sheet%1").arg(number) : info.name;
        if (info.type != 0) {
            result.warnings.append(
                QStringLiteral("工作表“%1”不是数据表（图表或宏表），已跳过").arg(name));
            continue;
        }
        Table table;
        table.name = name;
        table.hidden = info.state != 0;
        QList<Merge> merges;
        if (!readSheet(stream, info, wb, table, merges, budget) ||
            !applyMerges(table, merges, budget))
            return fail(budget.error());
        result.tables.append(std::move(table));
    }
    if (wb.sheets.isEmpty())
        return fail(QStringLiteral("工作簿中没有任何工作表"));
    return result;
}

} // namespace tuoyu::io
