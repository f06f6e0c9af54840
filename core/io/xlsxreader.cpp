#include "xlsxreader.h"

#include "cellformat.h"
#include "expatparser.h"
#include "zipsource.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <atomic>
#include <charconv>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

namespace tuoyu::io {

QString decodeOoxmlEscapes(const QString &text)
{
    const qsizetype first = text.indexOf(QLatin1String("_x"));
    if (first < 0)
        return text;
    QString out;
    out.reserve(text.size());
    out.append(QStringView(text).left(first));
    const qsizetype n = text.size();
    for (qsizetype i = first; i < n; ++i) {
        if (text[i] == u'_' && i + 6 < n && text[i + 1] == u'x' && text[i + 6] == u'_') {
            bool ok = false;
            const uint code = QStringView(text).mid(i + 2, 4).toUInt(&ok, 16);
            if (ok) {
                out.append(QChar(char16_t(code)));
                i += 6;
                continue;
            }
        }
        out.append(text[i]);
    }
    return out;
}

bool parseCellReference(const char *ref, int *row, int *column)
{
    if (!ref)
        return false;
    const char *p = ref;
    if (*p == '$')
        ++p;
    long long col = 0;
    int letters = 0;
    while ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z')) {
        col = col * 26 + ((*p | 0x20) - 'a' + 1);
        if (++letters > 4)
            col = 1 << 20; // far past any limit, refused by the caller
        ++p;
    }
    if (letters == 0)
        return false;
    if (*p == '$')
        ++p;
    long long r = 0;
    int digits = 0;
    while (*p >= '0' && *p <= '9') {
        if (digits < 10)
            r = r * 10 + (*p - '0');
        ++digits;
        ++p;
    }
    if (digits == 0 || *p != '\0')
        return false;
    *row = int(std::min<long long>(r, 1LL << 30)) - 1;
    *column = int(col) - 1;
    return true;
}

namespace {

// ---- relationships ---------------------------------------------------------------------------

struct Relationship
{
    QString id;
    QString type;
    QString target;
    bool external = false;
};

class RelationshipsHandler : public XmlHandler
{
public:
    QList<Relationship> relationships;

    void startElement(const char *name, const char **atts) override
    {
        if (!nameIs(name, "Relationship"))
            return;
        Relationship rel;
        rel.id = QString::fromUtf8(attribute(atts, "Id"));
        rel.type = QString::fromUtf8(attribute(atts, "Type"));
        rel.target = QString::fromUtf8(attribute(atts, "Target"));
        const char *mode = attribute(atts, "TargetMode");
        rel.external = mode && nameIs(mode, "External");
        relationships.append(rel);
    }
    void endElement(const char *) override {}
    void characters(const char *, int) override {}

    const Relationship *byTypeSuffix(const char *suffix) const
    {
        for (const auto &rel : relationships) {
            if (!rel.external && rel.type.endsWith(QLatin1String(suffix)))
                return &rel;
        }
        return nullptr;
    }
    const Relationship *byId(const QString &id) const
    {
        for (const auto &rel : relationships) {
            if (rel.id == id)
                return &rel;
        }
        return nullptr;
    }
};

QString relsPartFor(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return part.left(slash + 1) + QLatin1String("_rels/") + part.mid(slash + 1) +
           QLatin1String(".rels");
}

// ---- workbook --------------------------------------------------------------------------------

struct SheetEntry
{
    QString name;
    QString relationshipId;
    bool hidden = false;
};

class WorkbookHandler : public XmlHandler
{
public:
    QList<SheetEntry> sheets;
    bool date1904 = false;

    void startElement(const char *name, const char **atts) override
    {
        if (nameIs(name, "sheet")) {
            SheetEntry sheet;
            sheet.name = QString::fromUtf8(attribute(atts, "name"));
            sheet.relationshipId = QString::fromUtf8(attribute(atts, "id"));
            const char *state = attribute(atts, "state");
            sheet.hidden = state && (nameIs(state, "hidden") || nameIs(state, "veryHidden"));
            sheets.append(sheet);
        } else if (nameIs(name, "workbookPr")) {
            const char *v = attribute(atts, "date1904");
            date1904 = v && (nameIs(v, "1") || nameIs(v, "true"));
        }
    }
    void endElement(const char *) override {}
    void characters(const char *, int) override {}
};

// ---- styles ----------------------------------------------------------------------------------

class StylesHandler : public XmlHandler
{
public:
    std::vector<NumberKind> xfKinds;

    void startElement(const char *name, const char **atts) override
    {
        if (nameIs(name, "numFmt")) {
            const char *id = attribute(atts, "numFmtId");
            const char *code = attribute(atts, "formatCode");
            if (id && code)
                m_custom.insert(std::atoi(id), classifyNumberFormat(QString::fromUtf8(code)));
        } else if (nameIs(name, "cellXfs")) {
            m_inCellXfs = true;
        } else if (m_inCellXfs && nameIs(name, "xf")) {
            if (m_xfFormatIds.size() >= 1'000'000) {
                abort(QStringLiteral("样式表中的格式过多，文件已损坏或被篡改"));
                return;
            }
            const char *id = attribute(atts, "numFmtId");
            m_xfFormatIds.push_back(id ? std::atoi(id) : 0);
        }
    }
    void endElement(const char *name) override
    {
        if (nameIs(name, "cellXfs"))
            m_inCellXfs = false;
    }
    void characters(const char *, int) override {}

    void finish()
    {
        xfKinds.reserve(m_xfFormatIds.size());
        for (int id : m_xfFormatIds) {
            const auto it = m_custom.constFind(id);
            xfKinds.push_back(it != m_custom.constEnd() ? *it : builtinNumberKind(id));
        }
    }

private:
    QHash<int, NumberKind> m_custom;
    std::vector<int> m_xfFormatIds;
    bool m_inCellXfs = false;
};

// ---- shared strings --------------------------------------------------------------------------

class SharedStringsHandler : public XmlHandler
{
public:
    SharedStringsHandler(qint64 maxStrings, const ReadOptions &options)
        : m_maxStrings(maxStrings)
        , m_limits(options)
    {
    }

    std::vector<QString> strings;

    void startElement(const char *name, const char **atts) override
    {
        if (nameIs(name, "si")) {
            m_inItem = true;
            m_buffer.clear();
        } else if (nameIs(name, "t")) {
            m_inText = m_inItem && m_phoneticDepth == 0;
        } else if (nameIs(name, "rPh")) {
            ++m_phoneticDepth;
        } else if (nameIs(name, "sst")) {
            if (const char *count = attribute(atts, "uniqueCount"))
                strings.reserve(std::min<size_t>(std::strtoul(count, nullptr, 10), 1'000'000));
        }
    }
    void endElement(const char *name) override
    {
        if (nameIs(name, "t")) {
            m_inText = false;
        } else if (nameIs(name, "rPh")) {
            --m_phoneticDepth;
        } else if (nameIs(name, "si")) {
            m_inItem = false;
            if (qint64(strings.size()) >= m_maxStrings) {
                abort(QStringLiteral("共享字符串超过 %1 条，文件太大或已损坏").arg(m_maxStrings));
                return;
            }
            QString text = QString::fromUtf8(m_buffer.data(), qsizetype(m_buffer.size()));
            strings.push_back(decodeOoxmlEscapes(text));
        }
    }
    void characters(const char *text, int length) override
    {
        if (m_inText)
            appendCellText(m_buffer, text, length, m_limits);
    }

private:
    qint64 m_maxStrings;
    ReadBudget m_limits; ///< only its per-cell limit: strings are shared, not cells
    std::string m_buffer;
    bool m_inItem = false;
    bool m_inText = false;
    int m_phoneticDepth = 0;
};

// ---- worksheet -------------------------------------------------------------------------------

class SheetHandler : public XmlHandler
{
public:
    SheetHandler(Table &table, const std::vector<QString> &strings,
                 const std::vector<NumberKind> &xfKinds, bool date1904, ReadBudget &budget)
        : m_table(table)
        , m_strings(strings)
        , m_xfKinds(xfKinds)
        , m_date1904(date1904)
        , m_options(budget.options())
        , m_budget(budget)
    {
    }

    /// Shared-string cells keep their index until resolveSharedStrings(), or until `ready` says
    /// the other thread has read every string: cells after that take their text at once.
    void deferSharedStrings(const std::atomic<bool> *ready)
    {
        m_deferStrings = true;
        m_stringsReady = ready;
    }

    void startElement(const char *name, const char **atts) override
    {
        switch (name[0]) {
        case 'c':
            if (name[1] == '\0' && m_inSheetData)
                startCell(atts);
            return;
        case 'v':
            if (name[1] == '\0' && m_inCell) {
                m_capture = true;
                m_hasValue = true;
            }
            return;
        case 'r':
            if (name[1] == 'o' && nameIs(name, "row") && m_inSheetData) {
                startRow(atts);
            } else if (nameIs(name, "rPh")) {
                ++m_phoneticDepth;
            }
            return;
        case 'i':
            if (name[1] == 's' && name[2] == '\0' && m_inCell) {
                m_inInline = true;
                m_hasValue = true;
            }
            return;
        case 't':
            if (name[1] == '\0' && m_inInline && m_phoneticDepth == 0)
                m_capture = true;
            return;
        case 's':
            if (nameIs(name, "sheetData"))
                m_inSheetData = true;
            return;
        case 'm':
            if (nameIs(name, "mergeCell"))
                addMerge(attribute(atts, "ref"));
            return;
        default:
            return;
        }
    }

    void endElement(const char *name) override
    {
        switch (name[0]) {
        case 'c':
            if (name[1] == '\0' && m_inCell)
                finishCell();
            return;
        case 'v':
        case 't':
            if (name[1] == '\0')
                m_capture = false;
            return;
        case 'r':
            if (nameIs(name, "rPh"))
                --m_phoneticDepth;
            return;
        case 'i':
            if (name[1] == 's' && name[2] == '\0')
                m_inInline = false;
            return;
        case 's':
            if (nameIs(name, "sheetData"))
                m_inSheetData = false;
            return;
        default:
            return;
        }
    }

    void characters(const char *text, int length) override
    {
        if (m_capture)
            appendCellText(m_value, text, length, m_budget);
    }

    QList<Merge> merges;

private:
    Table &m_table;
    const std::vector<QString> &m_strings;
    const std::vector<NumberKind> &m_xfKinds;
    const bool m_date1904;
    const ReadOptions &m_options;
    ReadBudget &m_budget;

    bool m_deferStrings = false;
    const std::atomic<bool> *m_stringsReady = nullptr;
    bool m_inSheetData = false;
    bool m_inCell = false;
    bool m_inInline = false;
    bool m_capture = false;
    bool m_hasValue = false;
    int m_phoneticDepth = 0;
    int m_row = -1;
    int m_column = -1;
    int m_style = 0;
    char m_type = 'n';
    std::string m_value;
    qsizetype m_lastWidth = 0; ///< cells of the row stored before this one
    qsizetype m_room = 0;      ///< cells reserved (and charged) for row m_roomRow
    int m_roomRow = -1;
    qint64 m_rowBytes = 0; ///< text read for the current row so far

    struct CachedNumber
    {
        bool used = false;
        quint64 bits = 0;
        Cell cell;
    };
    std::vector<CachedNumber> m_numberCache = std::vector<CachedNumber>(4096);

    void refuseReference(const char *ref)
    {
        abort(QStringLiteral(
                  "单元格引用 %1 超出 Excel 的范围（最多 %2 行、%3 列），文件已损坏或被篡改")
                  .arg(QString::fromUtf8(ref))
                  .arg(m_options.maxRows)
                  .arg(m_options.maxColumns));
    }

    void startRow(const char **atts)
    {
        const char *r = attribute(atts, "r");
        int row = m_row + 1;
        if (r) {
            long long v = 0;
            auto res = std::from_chars(r, r + std::strlen(r), v);
            if (res.ec == std::errc() && v >= 1)
                row = int(std::min<long long>(v, 1LL << 30)) - 1;
        }
        if (row >= m_options.maxRows) {
            refuseReference(r ? r : "");
            return;
        }
        m_row = row;
        m_column = -1;
        m_rowBytes = 0;
    }

    void startCell(const char **atts)
    {
        m_inCell = true;
        m_hasValue = false;
        m_capture = false;
        m_inInline = false;
        m_value.clear();
        m_type = 'n';
        m_style = 0;
        const char *ref = nullptr;
        for (const char **a = atts; *a; a += 2) {
            const char *n = a[0];
            if (n[0] == 'r' && n[1] == '\0') {
                ref = a[1];
            } else if (n[0] == 't' && n[1] == '\0') {
                const char *t = a[1];
                if (nameIs(t, "s"))
                    m_type = 's';
                else if (nameIs(t, "inlineStr"))
                    m_type = 'i';
                else if (nameIs(t, "str"))
                    m_type = 'f';
                else if (nameIs(t, "b"))
                    m_type = 'b';
                else if (nameIs(t, "e"))
                    m_type = 'e';
                else if (nameIs(t, "d"))
                    m_type = 'd';
                else
                    m_type = 'n';
            } else if (n[0] == 's' && n[1] == '\0') {
                m_style = std::atoi(a[1]);
            }
        }
        int row = -1;
        int column = -1;
        if (ref && parseCellReference(ref, &row, &column)) {
            if (row < 0 || row >= m_options.maxRows || column < 0 ||
                column >= m_options.maxColumns) {
                refuseReference(ref);
                return;
            }
            m_row = row;
            m_column = column;
        } else {
            if (m_row < 0)
                m_row = 0;
            ++m_column;
            if (m_column >= m_options.maxColumns) {
                refuseReference("");
                return;
            }
        }
    }

    void finishCell()
    {
        m_inCell = false;
        m_capture = false;
        if (!m_hasValue)
            return;
        m_rowBytes += qint64(m_value.size());
        if (!m_budget.rowFits(m_rowBytes)) {
            abort(m_budget.error());
            return;
        }
        Cell cell;
        switch (m_type) {
        case 's': {
            long long index = -1;
            const char *b = m_value.data();
            while (b < m_value.data() + m_value.size() && *b == ' ')
                ++b;
            std::from_chars(b, m_value.data() + m_value.size(), index);
            if (index < 0)
                return;
            if (m_deferStrings && m_stringsReady->load(std::memory_order_acquire))
                m_deferStrings = false;
            if (m_deferStrings) {
                // The shared strings are still being read on another thread: keep the index,
                // resolveSharedStrings() fills the text in.
                cell.type = CellType::Text;
                cell.number = double(index);
                break;
            }
            if (index >= (long long)m_strings.size())
                return;
            const QString &s = m_strings[size_t(index)];
            if (s.isEmpty())
                return;
            cell.type = CellType::Text;
            cell.text = s;
            break;
        }
        case 'i':
        case 'f': {
            if (m_value.empty())
                return;
            cell.type = CellType::Text;
            cell.text =
                decodeOoxmlEscapes(QString::fromUtf8(m_value.data(), qsizetype(m_value.size())));
            break;
        }
        case 'b': {
            const bool value = m_value == "1" || m_value == "true";
            cell.type = CellType::Boolean;
            cell.number = value ? 1 : 0;
            cell.text = value ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            break;
        }
        case 'e':
            if (m_value.empty())
                return;
            cell.type = CellType::Error;
            cell.text = QString::fromUtf8(m_value.data(), qsizetype(m_value.size()));
            break;
        case 'd': {
            const QString iso = QString::fromUtf8(m_value.data(), qsizetype(m_value.size()));
            const QDateTime dt = QDateTime::fromString(iso, Qt::ISODateWithMs);
            if (dt.isValid() && iso.contains(QLatin1Char('T'))) {
                cell.type = CellType::DateTime;
                cell.text = dt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
            } else if (const QDate d = QDate::fromString(iso.left(10), Qt::ISODate); d.isValid()) {
                cell.type = CellType::Date;
                cell.text = d.toString(Qt::ISODate);
            } else {
                cell = textCell(iso);
            }
            break;
        }
        default: {
            const char *b = m_value.data();
            const char *e = b + m_value.size();
            while (b < e && (*b == ' ' || *b == '\t' || *b == '\n' || *b == '\r'))
                ++b;
            while (e > b && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\n' || e[-1] == '\r'))
                --e;
            if (b == e)
                return;
            if (*b == '+')
                ++b;
            double value = 0;
            auto res = std::from_chars(b, e, value);
            if (res.ec != std::errc() || res.ptr != e) {
                cell = textCell(QString::fromUtf8(b, e - b));
                break;
            }
            const NumberKind kind = m_style >= 0 && size_t(m_style) < m_xfKinds.size()
                                        ? m_xfKinds[size_t(m_style)]
                                        : NumberKind::Number;
            // Repeated values (slot counts, dates, kinds of codes) share one text: fewer
            // allocations and less memory for big sheets.
            quint64 bits;
            std::memcpy(&bits, &value, sizeof bits);
            bits ^= quint64(kind) << 60;
            CachedNumber &slot = m_numberCache[size_t((bits * 0x9E3779B97F4A7C15ULL) >> 52)];
            if (slot.used && slot.bits == bits) {
                cell = slot.cell;
            } else {
                cell = numberCell(value, kind, m_date1904);
                slot.used = true;
                slot.bits = bits;
                slot.cell = cell;
            }
            break;
        }
        }
        store(std::move(cell));
    }

    void store(Cell &&cell)
    {
        auto &rows = m_table.rows;
        if (m_row >= rows.size())
            rows.resize(m_row + 1);
        auto &row = rows[m_row];
        if (m_column >= row.size()) {
            // What the row holds room for is charged, not only the cells it stores: one far
            // cell reserves every cell before it. A new row makes room for as many cells as the
            // row before it had (rows of a list are alike), not as the widest row so far, which
            // would let one title reaching column XFD make every later row reserve 16,384 cells.
            qsizetype charge = 0;
            if (row.isEmpty()) {
                if (m_row > 0 && !rows[m_row - 1].isEmpty())
                    m_lastWidth = rows[m_row - 1].size();
                m_room = std::max<qsizetype>(m_lastWidth, m_column + 1);
                m_roomRow = m_row;
                charge = m_room;
            } else {
                const qsizetype had =
                    m_roomRow == m_row ? std::max(row.size(), m_room) : row.size();
                charge = std::max<qsizetype>(0, m_column + 1 - had);
            }
            if (!m_budget.takeCells(charge)) {
                abort(m_budget.error());
                return;
            }
            if (row.isEmpty())
                row.reserve(m_room);
            row.resize(m_column + 1);
        }
        row[m_column] = std::move(cell);
    }

    void addMerge(const char *ref)
    {
        if (!ref)
            return;
        const char *colon = std::strchr(ref, ':');
        Merge merge;
        if (colon) {
            const std::string first(ref, colon);
            if (!parseCellReference(first.c_str(), &merge.firstRow, &merge.firstColumn) ||
                !parseCellReference(colon + 1, &merge.lastRow, &merge.lastColumn))
                return;
        } else {
            if (!parseCellReference(ref, &merge.firstRow, &merge.firstColumn))
                return;
            merge.lastRow = merge.firstRow;
            merge.lastColumn = merge.firstColumn;
        }
        if (merge.firstRow > merge.lastRow)
            std::swap(merge.firstRow, merge.lastRow);
        if (merge.firstColumn > merge.lastColumn)
            std::swap(merge.firstColumn, merge.lastColumn);
        if (merge.firstRow < 0 || merge.firstColumn < 0 || merge.lastRow >= m_options.maxRows ||
            merge.lastColumn >= m_options.maxColumns) {
            refuseReference(ref);
            return;
        }
        if (!m_budget.takeMerge()) {
            abort(m_budget.error());
            return;
        }
        merges.append(merge);
    }
};

/// Fills in the text of shared-string cells read with deferSharedStrings(): a Text cell with a
/// null text holds its string index in `number`.
void resolveSharedStrings(Table &table, const std::vector<QString> &strings)
{
    for (auto &row : table.rows) {
        bool emptied = false;
        for (Cell &cell : row) {
            if (cell.type != CellType::Text || !cell.text.isNull())
                continue;
            const double index = cell.number;
            cell.number = 0;
            if (index >= 0 && index < double(strings.size()) && !strings[size_t(index)].isEmpty()) {
                cell.text = strings[size_t(index)];
            } else {
                cell.type = CellType::Empty;
                emptied = true;
            }
        }
        if (emptied) {
            while (!row.isEmpty() && row.last().isEmpty())
                row.removeLast();
        }
    }
    while (!table.rows.isEmpty() && table.rows.last().isEmpty())
        table.rows.removeLast();
}

} // namespace

bool applyMerges(Table &table, const QList<Merge> &merges, ReadBudget &budget)
{
    const int dataRows = table.rowCount();
    const int dataColumns = table.columnCount();
    // A range declared twice is recorded and filled once: a file repeating one merge 100,000
    // times over a large area would otherwise copy that area 100,000 times.
    QSet<std::pair<quint64, quint64>> seen;
    for (Merge merge : merges) {
        if (merge.firstRow >= dataRows || merge.firstColumn >= dataColumns)
            continue;
        merge.lastRow = std::min(merge.lastRow, std::max(dataRows - 1, merge.firstRow));
        merge.lastColumn = std::min(merge.lastColumn, std::max(dataColumns - 1, merge.firstColumn));
        if (merge.lastRow == merge.firstRow && merge.lastColumn == merge.firstColumn)
            continue;
        const std::pair<quint64, quint64> key{
            quint64(merge.firstRow) << 32 | quint32(merge.lastRow),
            quint64(merge.firstColumn) << 32 | quint32(merge.lastColumn)};
        if (seen.contains(key))
            continue;
        seen.insert(key);
        table.merges.append(merge);
        const Cell value = table.cell(merge.firstRow, merge.firstColumn);
        if (value.isEmpty())
            continue;
        // Every cell a range fills is charged, whether the row had it already or not: ranges
        // that overlap (Excel never writes them) cost what they copy.
        if (!fillMerge(table, merge, merge.firstRow, value, budget))
            return false;
    }
    return true;
}

ReadResult readXlsx(const QString &path, const ReadOptions &options)
{
    ReadResult result;
    ZipArchive zip(options);
    QString error;
    auto fail = [&](const QString &reason) {
        result.tables.clear();
        result.error = readError(path, reason);
        return result;
    };
    if (!zip.open(path, &error))
        return fail(error);

    // The workbook part, through the package relationships.
    QString workbookPart;
    if (zip.contains(QStringLiteral("_rels/.rels"))) {
        RelationshipsHandler rels;
        if (!XmlParser::parseEntry(zip, QStringLiteral("_rels/.rels"), rels, &error))
            return fail(error);
        if (const auto *rel = rels.byTypeSuffix("/officeDocument"))
            workbookPart = ZipArchive::resolve(QString(), rel->target);
    }
    if (workbookPart.isEmpty() || !zip.contains(workbookPart))
        workbookPart = QStringLiteral("xl/workbook.xml");
    if (!zip.contains(workbookPart)) {
        if (zip.contains(QStringLiteral("xl/workbook.bin")))
            return fail(QStringLiteral(
                "这是 Excel 二进制工作簿（.xlsb），请在 Excel 中另存为 .xlsx 后再导入"));
        return fail(QStringLiteral("这不是 Excel 工作簿（缺少 workbook.xml），文件可能已损坏"));
    }
    // Keep the logical name ("xl/workbook.xml"): some writers store entries with backslashes
    // (xl\workbook.xml), which ZipArchive::find() matches anyway.

    WorkbookHandler workbook;
    if (!XmlParser::parseEntry(zip, workbookPart, workbook, &error))
        return fail(error);

    RelationshipsHandler workbookRels;
    const QString workbookRelsPart = relsPartFor(workbookPart);
    if (zip.contains(workbookRelsPart) &&
        !XmlParser::parseEntry(zip, workbookRelsPart, workbookRels, &error))
        return fail(error);

    auto partOf = [&](const char *typeSuffix, const QString &fallback) {
        if (const auto *rel = workbookRels.byTypeSuffix(typeSuffix))
            return ZipArchive::resolve(workbookPart, rel->target);
        return fallback;
    };

    StylesHandler styles;
    const QString stylesPart = partOf("/styles", QStringLiteral("xl/styles.xml"));
    if (zip.contains(stylesPart) && !XmlParser::parseEntry(zip, stylesPart, styles, &error))
        return fail(error);
    styles.finish();

    // Big shared-string tables are read on a second thread (from a second handle on the archive)
    // while the sheets are parsed; sheets then keep string indices until both are done.
    const QString stringsPart = partOf("/sharedStrings", QStringLiteral("xl/sharedStrings.xml"));
    SharedStringsHandler sharedStrings(std::min<qint64>(options.maxCells, 8'000'000), options);
    QString stringsError;
    bool stringsOk = true;
    std::atomic<bool> stringsReady = false;
    std::thread stringsThread;
    const bool parallel =
        zip.contains(stringsPart) && zip.declaredSize(stringsPart) >= 2 * 1024 * 1024;
    if (parallel) {
        stringsThread = std::thread([&] {
            ZipArchive second(options);
            stringsOk = second.open(path, &stringsError) &&
                        XmlParser::parseEntry(second, stringsPart, sharedStrings, &stringsError);
            if (stringsOk)
                stringsReady.store(true, std::memory_order_release);
        });
    } else if (zip.contains(stringsPart) &&
               !XmlParser::parseEntry(zip, stringsPart, sharedStrings, &error)) {
        return fail(error);
    }
    struct Joiner
    {
        std::thread &t;
        ~Joiner()
        {
            if (t.joinable())
                t.join();
        }
    } joiner{stringsThread};

    ReadBudget budget(options);
    int number = 0;
    QList<QList<Merge>> sheetMerges;
    for (const SheetEntry &entry : std::as_const(workbook.sheets)) {
        ++number;
        QString sheetPart;
        const Relationship *rel = workbookRels.byId(entry.relationshipId);
        if (rel) {
            if (!rel->type.endsWith(QLatin1String("/worksheet"))) {
                result.warnings.append(
                    QStringLiteral("工作表“%1”不是数据表（图表或宏表），已跳过").arg(entry.name));
                continue;
            }
            sheetPart = ZipArchive::resolve(workbookPart, rel->target);
        } else {
            sheetPart = QStringLiteral("xl/worksheets/sheet%1.xml").arg(number);
        }
        if (!zip.contains(sheetPart))
            return fail(QStringLiteral("文件已损坏：缺少工作表“%1”的数据（%2）")
                            .arg(entry.name, sheetPart));

        Table table;
        table.name = entry.name.isEmpty() ? QStringLiteral("Sheet%1").arg(number) : entry.name;
        table.hidden = entry.hidden;
        SheetHandler handler(table, sharedStrings.strings, styles.xfKinds, workbook.date1904,
                             budget);
        if (parallel)
            handler.deferSharedStrings(&stringsReady);
        if (!XmlParser::parseEntry(zip, sheetPart, handler, &error))
            return fail(error);
        sheetMerges.append(handler.merges);
        result.tables.append(std::move(table));
    }
    if (stringsThread.joinable())
        stringsThread.join();
    if (!stringsOk)
        return fail(stringsError);
    for (qsizetype i = 0; i < result.tables.size(); ++i) {
        Table &table = result.tables[i];
        if (parallel)
            resolveSharedStrings(table, sharedStrings.strings);
        if (!applyMerges(table, sheetMerges[i], budget))
            return fail(budget.error());
    }
    if (workbook.sheets.isEmpty())
        return fail(QStringLiteral("工作簿中没有任何工作表"));
    return result;
}

} // namespace tuoyu::io
