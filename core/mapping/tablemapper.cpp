#include "tablemapper.h"

#include "fields.h"
#include "kindmappers.h"
#include "textclean.h"

#include <domain/institutionkind.h>
#include <feedback/feedbackreply.h>
#include <import/importkind.h>

#include <QHash>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <optional>

namespace tuoyu::mapping {

namespace {

using io::Cell;
using io::CellType;
using io::Table;

/// Header rows are looked for this far down: titles, 附件 lines and 填报单位 lines come first.
constexpr int kHeaderSearchRows = 30;

QString rowLabel(int row)
{
    return QStringLiteral("第%1行").arg(row);
}

QString numberText(double v)
{
    return (std::floor(v) == v && std::fabs(v) < 9.0e15) ? QString::number(qint64(v))
                                                         : QString::number(v, 'g', 15);
}

bool isBlankRow(const Table &t, int r)
{
    if (r < 0 || r >= t.rowCount())
        return true;
    for (const Cell &c : t.rows[r])
        if (!c.isEmpty())
            return false;
    return true;
}

/// A row whose non-empty cells all say the same thing: a title or note merged across the table
/// (readers copy a merged value into every covered cell), or a lone caption.
bool isBannerRow(const Table &t, int r, QString *text = nullptr)
{
    const QString *first = nullptr;
    for (const Cell &c : t.rows[r]) {
        if (c.isEmpty())
            continue;
        if (!first)
            first = &c.text;
        else if (c.text != *first)
            return false;
    }
    if (first && text)
        *text = *first;
    return first != nullptr;
}

/// Words that open the notes and sign-offs printed under a table.
bool isNoteText(QStringView text)
{
    const QString t = normaliseHeader(text);
    static const char16_t *const openers[] = {u"备注",     u"注",     u"说明",      u"填表",
                                              u"填报",     u"制表",   u"审核",      u"联系人",
                                              u"联系电话", u"负责人", u"单位负责人"};
    for (const char16_t *o : openers)
        if (t.startsWith(QStringView(o)))
            return true;
    return false;
}

/// isTotalLabel allocates; almost no cell contains 计/总/汇, so look for those first.
bool looksLikeTotal(const QString &text)
{
    if (text.isEmpty() || text.size() > 16)
        return false;
    for (QChar c : text)
        if (c == u'计' || c == u'总' || c == u'汇')
            return isTotalLabel(text);
    return false;
}

bool hasMergedHeaderShape(const Table &t, int r)
{
    if (r + 1 >= t.rowCount())
        return false;
    if (!t.merges.isEmpty()) {
        for (const auto &m : t.merges)
            if (m.firstRow == r && (m.lastRow > r || m.lastColumn > m.firstColumn) &&
                !isBannerRow(t, r))
                return true;
        return false;
    }
    // No merge ranges (CSV, or a reader that only fills): a cell repeated straight down next to
    // a column whose second row says something new is what a filled merge looks like.
    bool repeated = false, differs = false;
    const int cols = std::max(t.rows[r].size(), t.rows[r + 1].size());
    for (int c = 0; c < cols; ++c) {
        const Cell &a = t.cell(r, c), &b = t.cell(r + 1, c);
        if (!a.isEmpty() && a.text == b.text)
            repeated = true;
        else if (!b.isEmpty())
            differs = true;
    }
    return repeated && differs;
}

/// Column meanings for one kind from header rows first..last.
struct Candidate
{
    TableKind kind = TableKind::Unknown;
    int first = -1;
    int last = -1;
    int score = 0;
    QList<ColumnAssignment> columns;
};

QString matchingWords(const ColumnAssignment &c)
{
    QString w = c.header;
    w.remove(QLatin1Char('/'));
    return w;
}

/// Assigns fields to header columns for `kind`; each field goes to its first column only.
int assignFields(TableKind kind, QList<ColumnAssignment> &columns, const Table &t, int first,
                 int last)
{
    QSet<QString> seen;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        auto &col = columns[c];
        col.field.clear();
        // A number in a header row is data, not a header word.
        if (t.cell(last, int(c)).type == CellType::Number &&
            t.cell(first, int(c)).type != CellType::Text)
            continue;
        QString f = matchHeader(kind, matchingWords(col));
        if (f.isEmpty() && col.header.contains(QLatin1Char('/'))) {
            // A sub-header that says nothing alone (合计, 数量) defers to the group above it.
            f = matchHeader(kind, col.header.section(QLatin1Char('/'), 0, 0));
        }
        if (f.isEmpty() || seen.contains(f))
            continue;
        seen.insert(f);
        col.field = f;
    }
    return int(seen.size());
}

Candidate scoreRows(const Table &t, int first, int last)
{
    Candidate best;
    const QList<ColumnAssignment> headers = TableMapper::headerColumns(t, first, last);

    QList<ColumnAssignment> inst = headers;
    const int instScore = assignFields(TableKind::InstitutionList, inst, t, first, last);
    QList<ColumnAssignment> enrol = headers;
    int enrolScore = assignFields(TableKind::Enrolment, enrol, t, first, last);

    auto fieldsOf = [](const QList<ColumnAssignment> &cols) {
        QSet<QString> s;
        for (const auto &c : cols)
            if (!c.field.isEmpty())
                s.insert(c.field);
        return s;
    };
    const QSet<QString> instFields = fieldsOf(inst), enrolFields = fieldsOf(enrol);
    static const QStringList enrolOnly{
        QStringLiteral("month"),          QStringLiteral("second_child"),
        QStringLiteral("third_child"),    QStringLiteral("three_child_family"),
        QStringLiteral("special_family"), QStringLiteral("disabled")};
    bool enrolSpecific = false;
    for (const auto &f : enrolOnly)
        enrolSpecific = enrolSpecific || enrolFields.contains(f);
    // 乳儿班人数 is a count of children: the institution matcher ignores it, the enrolment one
    // takes it. That difference alone marks a sheet of counts.
    bool bandsAsPeople = false;
    for (qsizetype c = 0; c < headers.size(); ++c) {
        const QString &ef = enrol[c].field;
        if ((ef == u"infant" || ef == u"toddler" || ef == u"older") && inst[c].field.isEmpty())
            bandsAsPeople = true;
    }
    if (!enrolFields.contains(QStringLiteral("institution")) || !(enrolSpecific || bandsAsPeople))
        enrolScore = 0;
    const int instOk = instFields.contains(QStringLiteral("name")) ? instScore : 0;

    // A task table (重点任务分工表) names its task column and more columns than a list would
    // match by accident (an institution list's 单位 and 备注 are in it too).
    QList<ColumnAssignment> tasks = headers;
    int taskScore = assignFields(TableKind::TaskTable, tasks, t, first, last);
    if (!fieldsOf(tasks).contains(QStringLiteral("task")) || taskScore < 3)
        taskScore = 0;

    best.first = first;
    best.last = last;
    // 从业人员 and 监督检查 lists (docs/register.md): an institution column, the kind's own key
    // column (姓名, 检查日期) and more of its own words than an institution list matches there.
    for (const auto &[kind, key] : {std::pair{TableKind::Staff, u"name"},
                                    std::pair{TableKind::Inspections, u"inspected_on"}}) {
        QList<ColumnAssignment> own = headers;
        const int score = assignFields(kind, own, t, first, last);
        const QSet<QString> fields = fieldsOf(own);
        if (fields.contains(QStringLiteral("institution")) &&
            fields.contains(QString::fromUtf16(key)) && score >= 3 &&
            score > std::max({instOk, enrolScore, taskScore})) {
            best.kind = kind;
            best.score = score;
            best.columns = own;
            return best;
        }
    }
    if (taskScore > std::max(instOk, enrolScore)) {
        best.kind = TableKind::TaskTable;
        best.score = taskScore;
        best.columns = tasks;
    } else if (enrolScore >= 2 && enrolScore > instOk) {
        best.kind = TableKind::Enrolment;
        best.score = enrolScore;
        best.columns = enrol;
    } else if (instOk >= 2) {
        best.kind = TableKind::InstitutionList;
        best.score = instOk;
        best.columns = inst;
    }
    return best;
}

/// Years across merged header cells over areas (or areas over years), items down the side.
Candidate detectDecomposition(const Table &t)
{
    Candidate none;
    const int limit = std::min(t.rowCount(), kHeaderSearchRows);
    for (int y = 0; y < limit; ++y) {
        int yearCells = 0;
        int firstYearCol = -1;
        const int cols = int(t.rows[y].size());
        for (int c = 1; c < cols; ++c)
            if (parseYearHeading(t.rows[y][c].text) > 0) {
                ++yearCells;
                if (firstYearCol < 0)
                    firstYearCol = c;
            }
        if (yearCells < 2)
            continue;
        // The area row is the neighbour with words (not years, not numbers) under the years.
        int areaRow = -1;
        for (int candidate : {y + 1, y - 1}) {
            if (candidate < 0 || candidate >= t.rowCount())
                continue;
            int words = 0;
            for (int c = firstYearCol; c < cols; ++c) {
                const Cell &cell = t.cell(candidate, c);
                if (cell.type == CellType::Text && !cell.isEmpty() &&
                    parseYearHeading(cell.text) == 0 && !parseDecimal(cell.text).ok())
                    ++words;
            }
            if (words >= 2) {
                areaRow = candidate;
                break;
            }
        }
        if (areaRow < 0)
            continue;
        Candidate d;
        d.kind = TableKind::Decomposition;
        d.first = std::min(y, areaRow);
        d.last = std::max(y, areaRow);
        d.columns = TableMapper::headerColumns(t, d.first, d.last);
        int width = int(d.columns.size());
        for (int r = d.last + 1; r < std::min(t.rowCount(), d.last + 50); ++r)
            width = std::max(width, int(t.rows[r].size()));
        while (d.columns.size() < width)
            d.columns.append(ColumnAssignment{});
        bool haveItem = false;
        for (int c = 0; c < width; ++c) {
            auto &col = d.columns[c];
            const QString yearText = t.cell(y, c).text;
            const QString areaText = cleanText(t.cell(areaRow, c).text);
            if (c < firstYearCol) {
                if (!haveItem && !isRowNumberHeader(normaliseHeader(areaText)) &&
                    !isRowNumberHeader(normaliseHeader(yearText))) {
                    col.field = QStringLiteral("item");
                    haveItem = true;
                }
                continue;
            }
            const int year = parseYearHeading(yearText);
            if (isTotalLabel(areaText) || (year == 0 && isTotalLabel(yearText))) {
                col.field = QStringLiteral("total");
                col.year = year;
            } else if (year > 0 && !areaText.isEmpty() && parseYearHeading(areaText) == 0) {
                col.field = QStringLiteral("target");
                col.year = year;
                col.area = areaText;
            }
        }
        d.score = yearCells;
        return d;
    }
    return none;
}

YearMonth contextFrom(const Table &t, int headerFirstRow)
{
    for (int r = 0; r < headerFirstRow && r < t.rowCount(); ++r)
        for (const Cell &c : t.rows[r]) {
            if (c.isEmpty())
                continue;
            const YearMonth ym = findYearMonthInText(c.text);
            if (ym.year != 0)
                return ym;
        }
    return findYearMonthInText(t.name);
}

/// One mapped column with what the hot loop needs looked up once.
struct MappedColumn
{
    int column = 0;
    QString key;
    QString label;
    FieldType type = FieldType::Text;
    bool slotField = false; ///< refusing, not warning, on a bad value
    int slot = -1;          ///< index of the key in the record shape (mapInstitutions)
    ValueRange range;       ///< the values the kind accepts for the field
};

double cellNumber(const Cell &cell, ParseStatus &status)
{
    if (cell.type == CellType::Number || cell.type == CellType::Boolean) {
        status = ParseStatus::Ok;
        return cell.number;
    }
    const Parsed<double> p = parseDecimal(cell.text);
    status = p.status;
    return p.value;
}

Parsed<qint64> cellInteger(const Cell &cell)
{
    if (cell.type == CellType::Number) {
        const double v = cell.number;
        if (std::floor(v) == v && std::fabs(v) < 9.0e15)
            return {ParseStatus::Ok, qint64(v)};
        return {ParseStatus::Invalid, 0};
    }
    return parseInteger(cell.text);
}

Parsed<QDate> cellDate(const Cell &cell, bool *monthOnly)
{
    // A date typed into a cell formatted as a number arrives as a spreadsheet serial.
    if (cell.type == CellType::Number && cell.number >= 20000 && cell.number < 80000 &&
        std::floor(cell.number) == cell.number) {
        *monthOnly = false;
        return {ParseStatus::Ok, QDate(1899, 12, 30).addDays(qint64(cell.number))};
    }
    return parseDate(cell.text, monthOnly);
}

bool validCreditCode(const QString &code)
{
    if (code.size() != 18)
        return false;
    for (QChar c : code)
        if (!((c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z')))
            return false;
    return true;
}

/// State shared by the institution and enrolment passes: 合计 rows checked against the rows
/// above them (or below, for a 合计 printed first under the header).
class TotalTracker
{
public:
    TotalTracker(const QList<MappedColumn> &numeric, MappingResult &result)
        : m_columns(numeric)
        , m_result(result)
        , m_sums(numeric.size(), 0.0)
    {
    }

    void add(int index, double v) { m_sums[index] += v; }
    void rowCounted() { ++m_rows; }

    void totalRow(const Table &t, int r)
    {
        QList<double> printed(m_columns.size(), qQNaN());
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            ParseStatus s;
            const double v = cellNumber(t.cell(r, m_columns[i].column), s);
            if (s == ParseStatus::Ok)
                printed[i] = v;
        }
        if (m_rows == 0 && !m_leading) {
            m_leading = true; // 合计 printed first: it sums the rows below
            m_leadingRow = r;
            m_leadingPrinted = printed;
            return;
        }
        flushLeading();
        compare(r, printed, QStringLiteral("上方各行"));
        std::fill(m_sums.begin(), m_sums.end(), 0.0);
        m_rows = 0;
    }

    void finish() { flushLeading(); }

private:
    void flushLeading()
    {
        if (!m_leading)
            return;
        m_leading = false;
        compare(m_leadingRow, m_leadingPrinted, QStringLiteral("下方各行"));
    }

    void compare(int r, const QList<double> &printed, const QString &where)
    {
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            if (std::isnan(printed[i]))
                continue;
            TotalCheck check;
            check.row = r + 1;
            check.column = m_columns[i].column + 1;
            check.field = m_columns[i].key;
            check.printed = printed[i];
            check.computed = m_sums[i];
            if (!check.matches())
                m_result.findings.append(
                    {check.row, check.column,
                     QStringLiteral("%1合计的%2为%3，但%4之和为%5，请核对")
                         .arg(rowLabel(check.row), m_columns[i].label, numberText(check.printed),
                              where, numberText(check.computed))});
            m_result.totals.append(check);
        }
    }

    const QList<MappedColumn> &m_columns;
    MappingResult &m_result;
    QList<double> m_sums;
    int m_rows = 0;
    bool m_leading = false;
    int m_leadingRow = 0;
    QList<double> m_leadingPrinted;
};

/// True when the row is not data: a 合计/小计 row (checked), a banner or a note. Adds it to the
/// result's skipped rows.
bool skipRow(const Table &t, int r, const QList<int> &labelColumns, TotalTracker &totals,
             MappingResult &result)
{
    const QList<Cell> &cells = t.rows[r];
    bool blank = true;
    for (const Cell &c : cells)
        if (!c.isEmpty()) {
            blank = false;
            break;
        }
    if (blank) {
        result.skippedRows.append(r + 1);
        return true;
    }
    for (int c : labelColumns) {
        const Cell &cell = t.cell(r, c);
        if (cell.type == CellType::Text && looksLikeTotal(cell.text)) {
            if (!isSubtotalLabel(cell.text))
                totals.totalRow(t, r);
            result.skippedRows.append(r + 1);
            return true;
        }
    }
    QString banner;
    int filled = 0;
    for (const Cell &c : cells)
        filled += c.isEmpty() ? 0 : 1;
    if (isBannerRow(t, r, &banner) && (filled >= 2 || isNoteText(banner))) {
        result.skippedRows.append(r + 1);
        result.findings.append(
            {r + 1, 0,
             QStringLiteral("%1是说明文字，未导入：%2").arg(rowLabel(r + 1), cleanText(banner))});
        return true;
    }
    // A sign-off line (填表人：… 联系电话：…) has no name and opens with note words.
    const Cell &nameCell = t.cell(r, labelColumns.value(0, 0));
    for (const Cell &c : cells) {
        if (c.isEmpty())
            continue;
        if (c.type == CellType::Text && isNoteText(c.text) &&
            (nameCell.isEmpty() || nameCell.text == c.text)) {
            result.skippedRows.append(r + 1);
            result.findings.append({r + 1, 0,
                                    QStringLiteral("%1是说明文字，未导入：%2")
                                        .arg(rowLabel(r + 1), cleanText(c.text))});
            return true;
        }
        break;
    }
    return false;
}

/// The record a data row starts (its row number 1-based), the row counted with the totals;
/// nullopt for a row skipRow skips.
std::optional<MappedRecord> startRecord(const Table &t, int r, const QList<int> &labelColumns,
                                        TotalTracker &totals, MappingResult &result)
{
    if (skipRow(t, r, labelColumns, totals, result))
        return std::nullopt;
    totals.rowCounted();
    MappedRecord rec;
    rec.row = r + 1;
    return rec;
}

QList<MappedColumn> mappedColumns(const ColumnMapping &m)
{
    QList<MappedColumn> out;
    QSet<QString> seen;
    for (qsizetype c = 0; c < m.columns.size(); ++c) {
        const QString &key = m.columns[c].field;
        const FieldInfo *info = key.isEmpty() ? nullptr : fieldInfo(m.kind, key);
        if (!info || seen.contains(key))
            continue;
        seen.insert(key);
        MappedColumn mc;
        mc.column = int(c);
        mc.key = info->key;
        mc.label = info->label;
        mc.type = info->type;
        mc.range = info->range;
        mc.slotField = key.startsWith(QLatin1String("slots")) || key == u"puhui_slots";
        out.append(mc);
    }
    return out;
}

QList<int> labelColumnsOf(const ColumnMapping &m, const QString &nameKey)
{
    QList<int> cols;
    const int name = m.columnOf(nameKey);
    if (name >= 0)
        cols.append(name);
    for (qsizetype c = 0; c < m.columns.size(); ++c)
        if (isRowNumberHeader(m.columns[c].header) && !cols.contains(int(c)))
            cols.append(int(c));
    if (!cols.contains(0))
        cols.append(0);
    return cols;
}

/// Rows already accepted, by one or two strings (a credit code; a name and an area). Keyed by a
/// 64-bit hash so 100 000 rows cost no string concatenation; the strings are compared on a hit,
/// and the rare true collision falls back to an exact map.
class DuplicateIndex
{
public:
    explicit DuplicateIndex(int expected) { m_byHash.reserve(expected); }

    static size_t hashOf(const QString &a, const QString &b)
    {
        return qHash(a, 0x9E3779B9u) ^ (qHash(b, 0x85EBCA6Bu) * 31u);
    }

    /// The 1-based row holding these strings, 0 if none.
    int find(size_t h, const QString &a, const QString &b) const
    {
        const auto it = m_byHash.constFind(h);
        if (it == m_byHash.cend())
            return 0;
        if (it->a == a && it->b == b)
            return it->row;
        return m_exact.value(a + QChar(0x1F) + b, 0);
    }

    void add(size_t h, const QString &a, const QString &b, int row)
    {
        const auto it = m_byHash.constFind(h);
        if (it == m_byHash.cend())
            m_byHash.insert(h, {a, b, row});
        else
            m_exact.insert(a + QChar(0x1F) + b, row);
    }

private:
    struct Entry
    {
        QString a;
        QString b;
        int row = 0;
    };
    QHash<size_t, Entry> m_byHash;
    QHash<QString, int> m_exact;
};

} // namespace

// Each kind's rows, called by its ImportKind (core/import/*import.cpp).

/// `release`, when given, is `t` itself, handed over by its owner: each row's cells are freed once
/// the row is mapped, so a big list is not held twice (as cells and as records) at any time.
void mapInstitutions(const Table &t, const ColumnMapping &m, MappingResult &result, Table *release)
{
    QList<MappedColumn> cols = mappedColumns(m);
    // Keys in ascending order, so that a record lists them the same way whatever the column
    // order of the file.
    std::sort(cols.begin(), cols.end(),
              [](const MappedColumn &a, const MappedColumn &b) { return a.key < b.key; });
    QList<MappedColumn> numeric;
    QList<int> numericIndex(cols.size(), -1);
    for (qsizetype i = 0; i < cols.size(); ++i)
        if (cols[i].type == FieldType::Integer || cols[i].type == FieldType::Decimal) {
            numericIndex[i] = int(numeric.size());
            numeric.append(cols[i]);
        }
    TotalTracker totals(numeric, result);
    const QList<int> labelColumns = labelColumnsOf(m, QStringLiteral("name"));
    if (m.columnOf(QStringLiteral("name")) < 0)
        result.findings.append({0, 0, QStringLiteral("没有指定“机构名称”列，所有行都无法导入")});

    const QString kName = QStringLiteral("name"), kArea = QStringLiteral("area"),
                  kCredit = QStringLiteral("credit_code"), kKind = QStringLiteral("kind"),
                  kKindText = QStringLiteral("kind_text"), kSlots = QStringLiteral("slots"),
                  kPuhui = QStringLiteral("puhui_slots"), kEnrolled = QStringLiteral("enrolled"),
                  kFiled = QStringLiteral("filed"), kFiledDate = QStringLiteral("filed_date");
    const bool filedDateMapped = m.columnOf(kFiledDate) >= 0;

    // A list repeats a handful of kind words; kindFromWords and kindCode build strings.
    struct KindAnswer
    {
        QString code;
        bool other = false;
    };
    QHash<QString, KindAnswer> kindCache;

    // Every key this table can fill, each with its slot: a row's values are gathered by slot and
    // appended to the record with no key comparisons.
    QStringList shapeKeys;
    for (const auto &c : std::as_const(cols))
        shapeKeys << c.key;
    if (m.columnOf(kKind) >= 0)
        shapeKeys << kKindText;
    if (m.columnOf(kFiled) >= 0 && !filedDateMapped)
        shapeKeys << kFiledDate;
    std::sort(shapeKeys.begin(), shapeKeys.end());
    for (auto &c : cols)
        c.slot = int(shapeKeys.indexOf(c.key));
    const int kindTextSlot = int(shapeKeys.indexOf(kKindText));
    const int filedDateSlot = int(shapeKeys.indexOf(kFiledDate));

    const int rows = t.rowCount();
    const int expected = std::max(0, rows - m.firstDataRow());
    result.records.reserve(expected);
    DuplicateIndex byCredit(m.columnOf(kCredit) >= 0 ? expected : 0), byNameArea(expected);

    for (int r = m.firstDataRow(); r < rows; ++r) {
        if (release && r > m.firstDataRow())
            release->rows[r - 1] = QList<Cell>();
        std::optional<MappedRecord> started = startRecord(t, r, labelColumns, totals, result);
        if (!started)
            continue;
        MappedRecord &rec = *started;
        QStringList refusals;
        QString name, credit, area;
        qint64 slotCount = -1, puhui = -1, enrolled = -1, bandSum = 0;
        bool anyBand = false;
        QVarLengthArray<QVariant, 24> slotValues(shapeKeys.size());
        auto put = [&slotValues](int slot, QVariant v) { slotValues[slot] = std::move(v); };
        for (qsizetype i = 0; i < cols.size(); ++i) {
            const MappedColumn &col = cols[i];
            const Cell &cell = t.cell(r, col.column);
            if (cell.isEmpty())
                continue;
            switch (col.type) {
            case FieldType::Text: {
                QString v = cleanText(cell.text);
                if (v.isEmpty())
                    break;
                if (col.key == kCredit) {
                    if (!validCreditCode(v))
                        v = v.toUpper().remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
                    if (!validCreditCode(v))
                        rec.warnings
                            << QStringLiteral(
                                   "统一社会信用代码“%1”格式不正确（应为18位数字或大写字母）")
                                   .arg(v);
                    credit = v;
                } else if (col.key == kName) {
                    name = v;
                } else if (col.key == kArea) {
                    area = v;
                }
                put(col.slot, v);
                break;
            }
            case FieldType::Kind: {
                const QString words = cleanText(cell.text);
                if (words.isEmpty())
                    break;
                auto it = kindCache.find(words);
                if (it == kindCache.end()) {
                    const InstitutionKind kind = kindFromWords(words);
                    it = kindCache.insert(words, {kindCode(kind), kind == InstitutionKind::Other});
                }
                put(col.slot, it->code);
                put(kindTextSlot, words);
                if (it->other)
                    rec.warnings << QStringLiteral("%1“%2”无法识别，已按“其他”导入，请核对")
                                        .arg(col.label, words);
                break;
            }
            case FieldType::Integer: {
                const Parsed<qint64> p = cellInteger(cell);
                if (numericIndex[i] >= 0 && p.ok())
                    totals.add(numericIndex[i], double(p.value));
                if (p.empty())
                    break;
                QString problem;
                if (p.invalid())
                    problem = QStringLiteral("%1“%2”不是有效的整数").arg(col.label, cell.text);
                else if (p.value < 0)
                    problem = QStringLiteral("%1不能为负数（%2）").arg(col.label).arg(p.value);
                else if (!col.range.contains(p.value))
                    problem = col.range.refusal(col.label, cell.text);
                if (!problem.isEmpty()) {
                    if (col.slotField)
                        refusals << problem;
                    else
                        rec.warnings << problem + QStringLiteral("，已忽略");
                    break;
                }
                put(col.slot, p.value);
                if (col.key == kSlots) {
                    slotCount = p.value;
                } else if (col.key == kPuhui) {
                    puhui = p.value;
                } else if (col.key == kEnrolled) {
                    enrolled = p.value;
                } else if (col.slotField) {
                    anyBand = true;
                    bandSum += p.value;
                }
                break;
            }
            case FieldType::Decimal: {
                const Parsed<double> p = parseDecimal(cell.text);
                if (p.empty())
                    break;
                if (numericIndex[i] >= 0 && p.ok())
                    totals.add(numericIndex[i], p.value);
                if (p.invalid())
                    rec.warnings
                        << QStringLiteral("%1“%2”不是有效的数字，已忽略").arg(col.label, cell.text);
                else if (p.value < 0)
                    rec.warnings
                        << QStringLiteral("%1不能为负数（%2），已忽略").arg(col.label, cell.text);
                else if (!col.range.contains(p.value))
                    rec.warnings << col.range.refusal(col.label, cell.text) +
                                        QStringLiteral("，已忽略");
                else
                    put(col.slot, p.value);
                break;
            }
            case FieldType::Bool: {
                const Parsed<bool> p = parseYesNo(cell.text);
                if (p.ok()) {
                    put(col.slot, p.value);
                    break;
                }
                if (p.empty())
                    break;
                // Some offices answer 是否备案 with the filing date itself.
                bool monthOnly = false;
                const Parsed<QDate> d = cellDate(cell, &monthOnly);
                if (col.key == kFiled && d.ok()) {
                    put(col.slot, true);
                    if (!filedDateMapped && !monthOnly)
                        put(filedDateSlot, d.value);
                } else {
                    rec.warnings << QStringLiteral("%1“%2”无法识别（应为是/否），已忽略")
                                        .arg(col.label, cell.text);
                }
                break;
            }
            case FieldType::Date: {
                bool monthOnly = false;
                const Parsed<QDate> p = cellDate(cell, &monthOnly);
                if (p.ok()) {
                    put(col.slot, p.value);
                    if (monthOnly)
                        rec.warnings << QStringLiteral("%1“%2”只写到月份，按当月1日记录")
                                            .arg(col.label, cell.text);
                } else if (p.invalid()) {
                    rec.warnings
                        << QStringLiteral("%1“%2”不是有效的日期，已忽略").arg(col.label, cell.text);
                }
                break;
            }
            case FieldType::YearMonth:
                break;
            }
        }

        if (name.isEmpty())
            refusals.prepend(QStringLiteral("缺少机构名称"));
        if (slotCount >= 0 && puhui > slotCount)
            refusals
                << QStringLiteral("普惠托位数（%1）大于托位数（%2）").arg(puhui).arg(slotCount);
        if (slotCount >= 0 && enrolled > slotCount)
            rec.warnings << QStringLiteral("在托人数（%1）大于托位数（%2），请核对")
                                .arg(enrolled)
                                .arg(slotCount);
        if (slotCount >= 0 && anyBand && bandSum != slotCount)
            rec.warnings << QStringLiteral(
                                "乳儿班、托小班、托大班托位之和（%1）与托位数（%2）不一致，请核对")
                                .arg(bandSum)
                                .arg(slotCount);
        if (refusals.isEmpty()) {
            const size_t creditHash =
                credit.isEmpty() ? 0 : DuplicateIndex::hashOf(credit, QString());
            const size_t nameHash = DuplicateIndex::hashOf(name, area);
            const int sameCredit =
                credit.isEmpty() ? 0 : byCredit.find(creditHash, credit, QString());
            const int sameName = byNameArea.find(nameHash, name, area);
            if (sameCredit) {
                refusals << QStringLiteral("与第%1行的统一社会信用代码相同（文件内重复）")
                                .arg(sameCredit);
            } else if (sameName) {
                refusals << (area.isEmpty()
                                 ? QStringLiteral("与第%1行的机构名称相同（文件内重复）")
                                 : QStringLiteral("与第%1行的机构名称和所属街道相同（文件内重复）"))
                                .arg(sameName);
            } else {
                if (!credit.isEmpty())
                    byCredit.add(creditHash, credit, QString(), rec.row);
                byNameArea.add(nameHash, name, area, rec.row);
            }
        }
        if (!refusals.isEmpty()) {
            result.refused.append({rec.row, 0, refusals.join(QStringLiteral("；"))});
            continue;
        }
        int filled = 0;
        for (const QVariant &v : slotValues)
            filled += v.isValid() ? 1 : 0;
        rec.values.reserve(filled);
        for (qsizetype i = 0; i < slotValues.size(); ++i)
            if (slotValues[i].isValid())
                rec.values.append(shapeKeys[i], std::move(slotValues[i]));
        result.records.append(std::move(rec));
    }
    totals.finish();
}

void mapEnrolment(const Table &t, const ColumnMapping &m, MappingResult &result)
{
    const QList<MappedColumn> cols = mappedColumns(m);
    QList<MappedColumn> numeric;
    QList<int> numericIndex(cols.size(), -1);
    for (qsizetype i = 0; i < cols.size(); ++i)
        if (cols[i].type == FieldType::Integer) {
            numericIndex[i] = int(numeric.size());
            numeric.append(cols[i]);
        }
    TotalTracker totals(numeric, result);
    const QList<int> labelColumns = labelColumnsOf(m, QStringLiteral("institution"));
    const QString kInstitution = QStringLiteral("institution"), kMonth = QStringLiteral("month"),
                  kCredit = QStringLiteral("credit_code");
    const bool monthMapped = m.columnOf(kMonth) >= 0;
    if (!monthMapped && (m.contextYear == 0 || m.contextMonth == 0))
        result.findings.append(
            {0, 0, QStringLiteral("表格没有“月份”列，标题中也没有写明年月，无法确定统计月份")});
    QHash<QString, int> seen;
    result.records.reserve(std::max(0, t.rowCount() - m.firstDataRow()));

    for (int r = m.firstDataRow(); r < t.rowCount(); ++r) {
        std::optional<MappedRecord> started = startRecord(t, r, labelColumns, totals, result);
        if (!started)
            continue;
        MappedRecord &rec = *started;
        QStringList refusals;
        YearMonth ym{m.contextYear, monthMapped ? 0 : m.contextMonth};
        for (qsizetype i = 0; i < cols.size(); ++i) {
            const MappedColumn &col = cols[i];
            const Cell &cell = t.cell(r, col.column);
            if (cell.isEmpty())
                continue;
            if (col.type == FieldType::Text) {
                QString v = cleanText(cell.text);
                if (col.key == kCredit)
                    v = v.toUpper().remove(QLatin1Char(' '));
                if (!v.isEmpty())
                    rec.values.insert(col.key, v);
            } else if (col.type == FieldType::YearMonth) {
                const Parsed<YearMonth> p = parseYearMonth(cell.text);
                if (p.ok()) {
                    ym.month = p.value.month;
                    if (p.value.year != 0)
                        ym.year = p.value.year;
                } else if (p.invalid()) {
                    refusals << QStringLiteral("月份“%1”无法识别").arg(cell.text);
                }
            } else {
                const Parsed<qint64> p = cellInteger(cell);
                if (p.ok() && numericIndex[i] >= 0)
                    totals.add(numericIndex[i], double(p.value));
                if (p.invalid())
                    refusals << QStringLiteral("%1“%2”不是有效的整数").arg(col.label, cell.text);
                else if (p.ok() && p.value < 0)
                    refusals << QStringLiteral("%1不能为负数（%2）").arg(col.label).arg(p.value);
                else if (p.ok() && !col.range.contains(p.value))
                    refusals << col.range.refusal(col.label, cell.text);
                else if (p.ok())
                    rec.values.insert(col.key, p.value);
            }
        }
        const QString institution = rec.values.value(kInstitution).toString();
        if (institution.isEmpty())
            refusals.prepend(QStringLiteral("缺少机构名称"));
        if (ym.month == 0 && refusals.isEmpty())
            refusals << QStringLiteral("缺少月份");
        else if (ym.month != 0 && ym.year == 0)
            refusals << QStringLiteral("月份缺少年份：请在月份或标题中写明年份");
        if (refusals.isEmpty()) {
            const QString month = QStringLiteral("%1-%2")
                                      .arg(ym.year, 4, 10, QLatin1Char('0'))
                                      .arg(ym.month, 2, 10, QLatin1Char('0'));
            rec.values.insert(kMonth, month);
            const QString credit = rec.values.value(kCredit).toString();
            const QString key = (credit.isEmpty() ? institution : credit) + QChar(0x1F) + month;
            if (seen.contains(key))
                refusals << QStringLiteral("与第%1行是同一机构同一月份（文件内重复）")
                                .arg(seen.value(key));
            else
                seen.insert(key, rec.row);
        }
        if (!refusals.isEmpty())
            result.refused.append({rec.row, 0, refusals.join(QStringLiteral("；"))});
        else
            result.records.append(std::move(rec));
    }
    totals.finish();
}

void mapDecomposition(const Table &t, const ColumnMapping &m, MappingResult &result)
{
    const int itemCol = m.columnOf(QStringLiteral("item"));
    QList<int> targets, totalCols;
    for (qsizetype c = 0; c < m.columns.size(); ++c) {
        if (m.columns[c].field == u"target")
            targets.append(int(c));
        else if (m.columns[c].field == u"total")
            totalCols.append(int(c));
    }
    if (itemCol < 0) {
        result.findings.append({0, 0, QStringLiteral("没有指定“指标内容”列，无法导入任务分解表")});
        return;
    }
    const QString kYear = QStringLiteral("year"), kArea = QStringLiteral("area"),
                  kItem = QStringLiteral("item"), kTarget = QStringLiteral("target");
    const FieldInfo *targetInfo = fieldInfo(m.kind, kTarget);
    const ValueRange targetRange = targetInfo ? targetInfo->range : ranges::target;
    QHash<QString, int> items;
    // Column sums since the table start, for a 合计 row under the items.
    QHash<int, double> columnSums;

    for (int r = m.firstDataRow(); r < t.rowCount(); ++r) {
        QString banner;
        if (isBlankRow(t, r)) {
            result.skippedRows.append(r + 1);
            continue;
        }
        const QString item = cleanText(t.cell(r, itemCol).text);
        int filled = 0;
        for (const Cell &c : t.rows[r])
            filled += c.isEmpty() ? 0 : 1;
        if (isBannerRow(t, r, &banner) && (filled >= 2 || isNoteText(banner))) {
            result.skippedRows.append(r + 1);
            result.findings.append({r + 1, 0,
                                    QStringLiteral("%1是说明文字，未导入：%2")
                                        .arg(rowLabel(r + 1), cleanText(banner))});
            continue;
        }
        if (looksLikeTotal(item)) {
            // A 合计 row sums each column over the items above.
            result.skippedRows.append(r + 1);
            for (int c : std::as_const(targets) + totalCols) {
                ParseStatus s;
                const double printed = cellNumber(t.cell(r, c), s);
                if (s != ParseStatus::Ok)
                    continue;
                TotalCheck check{r + 1, c + 1,   QStringLiteral("total"), m.columns[c].year,
                                 item,  printed, columnSums.value(c)};
                if (!check.matches())
                    result.findings.append(
                        {r + 1, c + 1,
                         QStringLiteral("%1%2列合计为%3，但上方各项之和为%4，请核对")
                             .arg(rowLabel(r + 1))
                             .arg(c + 1)
                             .arg(numberText(printed), numberText(check.computed))});
                result.totals.append(check);
            }
            continue;
        }
        QVarLengthArray<std::pair<int, double>, 8> yearSums;
        double allSum = 0.0;
        QList<MappedRecord> cells;
        bool anyValue = false;
        for (int c : std::as_const(targets)) {
            const Cell &cell = t.cell(r, c);
            if (cell.isEmpty())
                continue;
            ParseStatus s;
            const double v = cellNumber(cell, s);
            if (s == ParseStatus::Empty)
                continue;
            anyValue = true;
            const ColumnAssignment &col = m.columns[c];
            if (s == ParseStatus::Ok && v >= 0 && !targetRange.contains(v)) {
                result.refused.append(
                    {r + 1, c + 1,
                     targetRange.refusal(
                         QStringLiteral("%1“%2”%3年的目标").arg(item, col.area).arg(col.year),
                         cell.text)});
                continue;
            }
            if (s == ParseStatus::Invalid || v < 0) {
                result.refused.append({r + 1, c + 1,
                                       QStringLiteral("%1“%2”%3年的目标“%4”不是有效的数字")
                                           .arg(item, col.area)
                                           .arg(col.year)
                                           .arg(cell.text)});
                continue;
            }
            MappedRecord rec;
            rec.row = r + 1;
            rec.column = c + 1;
            rec.values.insert(kYear, col.year);
            rec.values.insert(kArea, col.area);
            rec.values.insert(kItem, item);
            if (std::floor(v) == v)
                rec.values.insert(kTarget, qint64(v));
            else
                rec.values.insert(kTarget, v);
            cells.append(rec);
            auto it = std::find_if(yearSums.begin(), yearSums.end(),
                                   [&](const auto &p) { return p.first == col.year; });
            if (it == yearSums.end())
                yearSums.append({col.year, v});
            else
                it->second += v;
            allSum += v;
            columnSums[c] += v;
        }
        if (item.isEmpty()) {
            if (anyValue)
                result.refused.append({r + 1, 0, QStringLiteral("缺少指标名称")});
            else
                result.skippedRows.append(r + 1);
            continue;
        }
        if (items.contains(item)) {
            result.refused.append(
                {r + 1, 0,
                 QStringLiteral("与第%1行的指标重复（文件内重复）").arg(items.value(item))});
            continue;
        }
        items.insert(item, r + 1);
        result.records.append(cells);
        for (int c : std::as_const(totalCols)) {
            ParseStatus s;
            const double printed = cellNumber(t.cell(r, c), s);
            if (s != ParseStatus::Ok)
                continue;
            columnSums[c] += printed;
            const int year = m.columns[c].year;
            double computed = allSum;
            if (year != 0) {
                computed = 0.0;
                for (const auto &p : yearSums)
                    if (p.first == year)
                        computed = p.second;
            }
            TotalCheck check{r + 1, c + 1, QStringLiteral("total"), year, item, printed, computed};
            if (!check.matches()) {
                const QString scope =
                    year ? QStringLiteral("%1年").arg(year) : QStringLiteral("各年度");
                result.findings.append({r + 1, c + 1,
                                        QStringLiteral("%1“%2”%3合计为%4，但各单位之和为%5，请核对")
                                            .arg(rowLabel(r + 1), item, scope, numberText(printed),
                                                 numberText(computed))});
            }
            result.totals.append(check);
        }
    }
}

QList<ColumnAssignment> TableMapper::headerColumns(const io::Table &table, int first, int last)
{
    // Only the header rows: Table::columnCount() walks every row, and this runs per candidate.
    int cols = 0;
    for (int r = first; r <= last && r < table.rowCount(); ++r)
        cols = std::max(cols, int(table.rows[r].size()));
    QList<ColumnAssignment> out(cols);
    for (int c = 0; c < cols; ++c) {
        const QString top = normaliseHeader(table.cell(first, c).text);
        const QString bottom = last > first ? normaliseHeader(table.cell(last, c).text) : QString();
        if (bottom.isEmpty() || bottom == top)
            out[c].header = top;
        else if (top.isEmpty())
            out[c].header = bottom;
        else
            out[c].header = top + QLatin1Char('/') + bottom;
    }
    return out;
}

ColumnMapping TableMapper::propose(const io::Table &table)
{
    // A department's returned 反馈表 is known by its own header words (feedback::replyMapping).
    if (const auto reply = feedback::replyMapping(table))
        return *reply;
    ColumnMapping mapping;
    const int limit = std::min(table.rowCount(), kHeaderSearchRows);
    Candidate best;
    for (int r = 0; r < limit; ++r) {
        if (isBlankRow(table, r) || isBannerRow(table, r))
            continue;
        Candidate single = scoreRows(table, r, r);
        if (single.score > best.score)
            best = single;
        if (hasMergedHeaderShape(table, r)) {
            Candidate twoRows = scoreRows(table, r, r + 1);
            if (twoRows.score > single.score && twoRows.score > best.score)
                best = twoRows;
        }
    }
    const Candidate decomposition = detectDecomposition(table);
    if (decomposition.kind == TableKind::Decomposition &&
        (best.kind == TableKind::Unknown || decomposition.first <= best.first + 1))
        best = decomposition;
    if (best.kind == TableKind::Unknown)
        return mapping;
    mapping.kind = best.kind;
    mapping.headerFirstRow = best.first;
    mapping.headerLastRow = best.last;
    mapping.columns = best.columns;
    const YearMonth ym = contextFrom(table, best.first);
    mapping.contextYear = ym.year;
    mapping.contextMonth = ym.month;
    return mapping;
}

std::optional<ColumnMapping> TableMapper::reuse(const io::Table &table, const ColumnMapping &saved)
{
    if (!saved.isValid())
        return std::nullopt;
    const int span = saved.headerLastRow - saved.headerFirstRow;
    const QString signature = saved.signature();
    const int limit = std::min(table.rowCount() - span, kHeaderSearchRows);
    for (int r = 0; r < limit; ++r) {
        ColumnMapping probe;
        probe.columns = headerColumns(table, r, r + span);
        if (probe.signature() != signature)
            continue;
        ColumnMapping placed = saved;
        placed.headerFirstRow = r;
        placed.headerLastRow = r + span;
        // The title of this month's file says which month it is; last month's does not apply.
        const YearMonth ym = contextFrom(table, r);
        if (ym.year != 0)
            placed.contextYear = ym.year;
        placed.contextMonth = ym.month;
        return placed;
    }
    return std::nullopt;
}

MappingResult TableMapper::map(const io::Table &table, const ColumnMapping &mapping)
{
    return mapTable(table, mapping, nullptr);
}

MappingResult TableMapper::map(io::Table &&table, const ColumnMapping &mapping)
{
    MappingResult result = mapTable(table, mapping, &table);
    table = io::Table();
    return result;
}

MappingResult TableMapper::mapTable(const io::Table &table, const ColumnMapping &mapping,
                                    io::Table *release)
{
    MappingResult result;
    result.kind = mapping.kind;
    result.mapping = mapping;
    if (!mapping.isValid()) {
        result.findings.append(
            {0, 0, QStringLiteral("没有找到可以识别的表头（如“机构名称”“托位数”），无法导入")});
        return result;
    }
    // The reader's doubts about rows, copied before a handed-over table frees its rows.
    const QList<io::RowNote> notes = table.notes;
    if (const ImportKind *kind = importKind(mapping.kind))
        kind->map(table, mapping, result, release);
    // Each doubt goes on the row's record (its first, for a decomposition row of cells), so the
    // preview and the command line flag the row; a row not imported gets it as a finding.
    for (const io::RowNote &note : notes) {
        const int row = note.row + 1;
        const auto record =
            std::lower_bound(result.records.begin(), result.records.end(), row,
                             [](const MappedRecord &r, int wanted) { return r.row < wanted; });
        if (record != result.records.end() && record->row == row)
            record->warnings << note.message;
        else
            result.findings.append({row, 0, note.message});
    }
    return result;
}

MappingResult TableMapper::map(const io::Table &table)
{
    return map(table, propose(table));
}

int proposeTable(const QList<io::Table> &tables)
{
    for (bool allowHidden : {false, true})
        for (qsizetype i = 0; i < tables.size(); ++i)
            if ((allowHidden || !tables[i].hidden) && TableMapper::propose(tables[i]).isValid())
                return int(i);
    return -1;
}

} // namespace tuoyu::mapping
