#include "docxreader.h"

#include "cellformat.h"
#include "expatparser.h"
#include "zipsource.h"

#include <string>
#include <vector>

namespace tuoyu::io {

namespace {

class PackageRelsHandler : public XmlHandler
{
public:
    QString documentTarget;
    void startElement(const char *name, const char **atts) override
    {
        if (!nameIs(name, "Relationship"))
            return;
        const char *type = attribute(atts, "Type");
        const char *target = attribute(atts, "Target");
        if (type && target && documentTarget.isEmpty() &&
            QByteArray(type).endsWith("/officeDocument"))
            documentTarget = QString::fromUtf8(target);
    }
    void endElement(const char *) override {}
    void characters(const char *, int) override {}
};

struct RawCell
{
    int row = 0;
    int column = 0;
    int span = 1;
    enum VMerge
    {
        None,
        Restart,
        Continue
    } vmerge = None;
    QString text;
};

struct TableBuild
{
    int number = 0;
    std::vector<RawCell> cells;
    int row = -1;
    int column = 0; // grid column of the next cell in the row
    int gridBefore = 0;
    // the cell being read
    RawCell cell;
    std::string paragraph;
    QStringList paragraphs;
    qint64 cellBytes = 0; ///< text of the cell's finished paragraphs
    qint64 rowBytes = 0;  ///< text of the row's finished cells
};

class DocumentHandler : public XmlHandler
{
public:
    explicit DocumentHandler(ReadBudget &budget)
        : m_options(budget.options())
        , m_budget(budget)
    {
    }

    QList<Table> tables; // indexed by number - 1

    void startElement(const char *name, const char **atts) override
    {
        // Text boxes and the fallback copies of drawings hold paragraphs of their own: skip them.
        if (nameIs(name, "Fallback") || nameIs(name, "txbxContent")) {
            ++m_skipDepth;
            return;
        }
        if (m_skipDepth > 0)
            return;
        if (nameIs(name, "tbl")) {
            if (m_stack.size() >= 32) {
                abort(QStringLiteral("表格嵌套过深，文件可能已损坏"));
                return;
            }
            if (tables.size() >= 10'000) {
                abort(QStringLiteral("文档中的表格超过一万个，文件可能已损坏"));
                return;
            }
            TableBuild build;
            build.number = int(tables.size()) + 1;
            tables.append(Table());
            m_stack.push_back(std::move(build));
            return;
        }
        if (m_stack.empty())
            return;
        TableBuild &t = m_stack.back();
        if (nameIs(name, "tr")) {
            ++t.row;
            t.column = 0;
            t.gridBefore = 0;
            t.rowBytes = 0;
        } else if (nameIs(name, "gridBefore")) {
            if (const char *v = attribute(atts, "val"))
                t.gridBefore = std::clamp(std::atoi(v), 0, 1000);
        } else if (nameIs(name, "tc")) {
            if (t.column == 0)
                t.column = t.gridBefore;
            t.cell = RawCell();
            t.cell.row = t.row;
            t.cell.column = t.column;
            t.paragraphs.clear();
            t.cellBytes = 0;
        } else if (nameIs(name, "gridSpan")) {
            if (const char *v = attribute(atts, "val"))
                t.cell.span = std::clamp(std::atoi(v), 1, 1000);
        } else if (nameIs(name, "vMerge")) {
            const char *v = attribute(atts, "val");
            t.cell.vmerge = v && nameIs(v, "restart") ? RawCell::Restart : RawCell::Continue;
        } else if (nameIs(name, "p")) {
            t.paragraph.clear();
        } else if (nameIs(name, "t")) {
            m_inText = true;
        } else if (nameIs(name, "tab")) {
            // w:tab in a run is a tab character; in w:tabs (paragraph properties) it is a stop.
            if (!m_inTabStops)
                t.paragraph.push_back('\t');
        } else if (nameIs(name, "tabs")) {
            m_inTabStops = true;
        } else if (nameIs(name, "br") || nameIs(name, "cr")) {
            t.paragraph.push_back('\n');
        }
    }

    void endElement(const char *name) override
    {
        if (nameIs(name, "Fallback") || nameIs(name, "txbxContent")) {
            --m_skipDepth;
            return;
        }
        if (m_skipDepth > 0)
            return;
        if (nameIs(name, "tbl")) {
            if (m_stack.empty())
                return;
            TableBuild build = std::move(m_stack.back());
            m_stack.pop_back();
            if (!finishTable(build)) {
                abort(m_budget.error());
                return;
            }
            // The nested table's paragraphs stay in the outer cell as lines.
            if (!m_stack.empty()) {
                for (const RawCell &c : build.cells) {
                    if (!c.text.isEmpty() && c.vmerge != RawCell::Continue)
                        m_stack.back().paragraphs.append(c.text);
                }
            }
            return;
        }
        if (m_stack.empty())
            return;
        TableBuild &t = m_stack.back();
        if (nameIs(name, "t")) {
            m_inText = false;
        } else if (nameIs(name, "tabs")) {
            m_inTabStops = false;
        } else if (nameIs(name, "p")) {
            t.cellBytes += qint64(t.paragraph.size());
            t.paragraphs.append(
                QString::fromUtf8(t.paragraph.data(), qsizetype(t.paragraph.size())));
            t.paragraph.clear();
        } else if (nameIs(name, "tc")) {
            while (!t.paragraphs.isEmpty() && t.paragraphs.last().isEmpty())
                t.paragraphs.removeLast();
            while (!t.paragraphs.isEmpty() && t.paragraphs.first().isEmpty())
                t.paragraphs.removeFirst();
            t.cell.text = t.paragraphs.join(QLatin1Char('\n'));
            t.paragraphs.clear();
            t.rowBytes += t.cellBytes;
            t.column += t.cell.span;
            if (t.column > m_options.maxColumns) {
                abort(QStringLiteral("Word 表格列数超出范围，文件可能已损坏"));
                return;
            }
            if (!m_budget.takeCells(1)) {
                abort(m_budget.error());
                return;
            }
            t.cells.push_back(std::move(t.cell));
            t.cell = RawCell();
        }
    }

    void characters(const char *text, int length) override
    {
        if (!m_inText || m_skipDepth > 0 || m_stack.empty())
            return;
        TableBuild &t = m_stack.back();
        std::string &paragraph = t.paragraph;
        // A paragraph is part of one cell's text, and the cell part of its row's.
        const qint64 cell = t.cellBytes + qint64(paragraph.size()) + length;
        if (!m_budget.cellFits(cell) || !m_budget.rowFits(t.rowBytes + cell)) {
            abort(m_budget.error());
            return;
        }
        paragraph.append(text, size_t(length));
    }

private:
    const ReadOptions &m_options;
    ReadBudget &m_budget;
    std::vector<TableBuild> m_stack;
    int m_skipDepth = 0;
    bool m_inText = false;
    bool m_inTabStops = false;

    /// False when the table's cells (padding and vertical-merge fill included) pass the budget.
    bool finishTable(TableBuild &build)
    {
        Table &table = tables[build.number - 1];
        table.name = QStringLiteral("表格 %1").arg(build.number);
        int rows = build.row + 1;
        table.rows.resize(std::max(rows, 0));
        // Active vertical merge per grid column: index into table.merges.
        QHash<int, qsizetype> active;
        for (RawCell &c : build.cells) {
            auto &row = table.rows[c.row];
            const int last = c.column + c.span - 1;
            if (row.size() <= last) {
                if (!m_budget.takeCells(last + 1 - row.size()))
                    return false;
                row.resize(last + 1);
            }
            if (c.vmerge == RawCell::Continue && active.contains(c.column)) {
                Merge &m = table.merges[active.value(c.column)];
                m.lastRow = c.row;
                continue; // filled below from the top-left cell
            }
            Cell cell = textCell(c.text);
            for (int col = c.column; col <= last; ++col)
                row[col] = cell;
            if (c.vmerge == RawCell::Restart || c.span > 1) {
                table.merges.append(Merge{c.row, c.column, c.row, last});
                if (c.vmerge == RawCell::Restart)
                    active.insert(c.column, table.merges.size() - 1);
                else
                    active.remove(c.column);
            } else {
                active.remove(c.column);
            }
        }
        // Drop single-cell "merges" and fill vertical ones.
        QList<Merge> merges;
        for (const Merge &m : std::as_const(table.merges)) {
            if (m.firstRow == m.lastRow && m.firstColumn == m.lastColumn)
                continue;
            merges.append(m);
            const Cell value = table.rows[m.firstRow].value(m.firstColumn);
            // The fill is charged like any cells: a few continuation cells under a wide
            // restart cell would otherwise expand a small file into millions of cells.
            if (!m_budget.takeCells(qint64(m.lastRow - m.firstRow) *
                                    (m.lastColumn - m.firstColumn + 1)))
                return false;
            for (int r = m.firstRow + 1; r <= m.lastRow; ++r) {
                auto &row = table.rows[r];
                if (row.size() <= m.lastColumn) {
                    // the fill is charged above; the empty cells before it are not yet
                    if (!m_budget.takeCells(std::max<qsizetype>(0, m.firstColumn - row.size())))
                        return false;
                    row.resize(m.lastColumn + 1);
                }
                for (int col = m.firstColumn; col <= m.lastColumn; ++col)
                    row[col] = value;
            }
        }
        table.merges = merges;
        for (auto &row : table.rows) {
            while (!row.isEmpty() && row.last().isEmpty())
                row.removeLast();
        }
        while (!table.rows.isEmpty() && table.rows.last().isEmpty())
            table.rows.removeLast();
        return true;
    }
};

} // namespace

ReadResult readDocx(const QString &path, const ReadOptions &options)
{
    ReadResult result;
    ZipArchive zip(options);
    QString error;
    if (!zip.open(path, &error)) {
        result.error = readError(path, error);
        return result;
    }
    QString documentPart;
    if (zip.contains(QStringLiteral("_rels/.rels"))) {
        PackageRelsHandler rels;
        if (!XmlParser::parseEntry(zip, QStringLiteral("_rels/.rels"), rels, &error)) {
            result.error = readError(path, error);
            return result;
        }
        if (!rels.documentTarget.isEmpty())
            documentPart = ZipArchive::resolve(QString(), rels.documentTarget);
    }
    if (documentPart.isEmpty() || !zip.contains(documentPart))
        documentPart = QStringLiteral("word/document.xml");
    if (!zip.contains(documentPart)) {
        result.error = readError(
            path, QStringLiteral("这不是 Word 文档（缺少 document.xml），文件可能已损坏"));
        return result;
    }
    ReadBudget budget(options);
    DocumentHandler handler(budget);
    if (!XmlParser::parseEntry(zip, documentPart, handler, &error)) {
        result.error = readError(path, error);
        return result;
    }
    result.tables = handler.tables;
    if (result.tables.isEmpty())
        result.error = readError(
            path, QStringLiteral("Word 文档中没有表格；请把名单做成表格，或另存为 Excel 后再导入"));
    return result;
}

} // namespace tuoyu::io
