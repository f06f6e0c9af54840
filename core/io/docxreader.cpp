#include "docxreader.h"

#include "cellformat.h"
#include "document/chinesenumber.h"
#include "expatparser.h"
#include "zipsource.h"

#include <QSet>

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
    /// The body in order (paragraphs outside tables, and where each top-level table stands),
    /// kept only when asked for (readDocxContent).
    bool keepBody = false;
    QList<DocxBlock> body;

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
            if (keepBody && m_stack.empty())
                body.append(DocxBlock{QString(), -1, 0, build.number - 1, QString()});
            tables.append(Table());
            m_stack.push_back(std::move(build));
            return;
        }
        if (m_stack.empty()) {
            startBodyElement(name, atts);
            return;
        }
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
        if (m_stack.empty()) {
            endBodyElement(name);
            return;
        }
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
        if (!m_inText || m_skipDepth > 0)
            return;
        if (m_stack.empty()) {
            if (keepBody) {
                if (!appendCellText(m_bodyParagraph, text, length, m_budget))
                    return;
                const bool blank = std::all_of(text, text + length, [](char c) {
                    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
                });
                if (!blank)
                    (m_runBold ? m_boldText : m_plainText) = true;
            }
            return;
        }
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
    std::string m_bodyParagraph;
    DocxBlock m_bodyBlock;
    bool m_runBold = false;   ///< the run under way is bold
    bool m_boldText = false;  ///< the paragraph has text in bold
    bool m_plainText = false; ///< … and text not in bold

    void startBodyElement(const char *name, const char **atts)
    {
        if (!keepBody)
            return;
        if (nameIs(name, "p")) {
            m_bodyParagraph.clear();
            m_bodyBlock = DocxBlock();
            m_boldText = m_plainText = false;
        } else if (nameIs(name, "t")) {
            m_inText = true;
        } else if (nameIs(name, "tab")) {
            if (!m_inTabStops)
                m_bodyParagraph.push_back('\t');
        } else if (nameIs(name, "tabs")) {
            m_inTabStops = true;
        } else if (nameIs(name, "br") || nameIs(name, "cr")) {
            m_bodyParagraph.push_back('\n');
        } else if (nameIs(name, "r")) {
            m_runBold = false;
        } else if (nameIs(name, "b")) {
            // <w:b/> or <w:b w:val="1|true|on">; val 0/false/off switches bold off
            const char *v = attribute(atts, "val");
            m_runBold = !v || !(nameIs(v, "0") || nameIs(v, "false") || nameIs(v, "off"));
        } else if (nameIs(name, "numId")) {
            if (const char *v = attribute(atts, "val"))
                m_bodyBlock.numId = std::atoi(v);
        } else if (nameIs(name, "ilvl")) {
            if (const char *v = attribute(atts, "val"))
                m_bodyBlock.level = std::clamp(std::atoi(v), 0, 8);
        }
    }

    void endBodyElement(const char *name)
    {
        if (nameIs(name, "t")) {
            m_inText = false;
        } else if (nameIs(name, "tabs")) {
            m_inTabStops = false;
        } else if (keepBody && nameIs(name, "p")) {
            if (body.size() >= m_options.maxRows) {
                abort(QStringLiteral("Word 文档的段落数超出范围，文件可能已损坏"));
                return;
            }
            m_bodyBlock.text =
                QString::fromUtf8(m_bodyParagraph.data(), qsizetype(m_bodyParagraph.size()));
            m_bodyBlock.bold = m_boldText && !m_plainText;
            body.append(m_bodyBlock);
            m_bodyParagraph.clear();
        }
    }

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
            // The fill is charged like any cells: a few continuation cells under a wide
            // restart cell would otherwise expand a small file into millions of cells.
            if (!fillMerge(table, m, m.firstRow + 1, table.rows[m.firstRow].value(m.firstColumn),
                           m_budget))
                return false;
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

/// Word's list numbering (word/numbering.xml): per list and level, the number format, the
/// pattern ("%1、", "（%1）") and the start.
class NumberingHandler : public XmlHandler
{
public:
    struct Level
    {
        QString format = QStringLiteral("decimal");
        QString pattern;
        int start = 1;
    };
    QHash<int, QHash<int, Level>> abstractLevels; ///< abstractNumId → ilvl → level
    QHash<int, int> abstractOf;                   ///< numId → abstractNumId
    QHash<int, QHash<int, int>> startOverrides;   ///< numId → ilvl → start (a restarted list)

    void startElement(const char *name, const char **atts) override
    {
        const char *v = attribute(atts, "val");
        if (nameIs(name, "abstractNum")) {
            if (const char *id = attribute(atts, "abstractNumId"))
                m_abstract = std::atoi(id);
        } else if (nameIs(name, "num")) {
            if (const char *id = attribute(atts, "numId"))
                m_num = std::atoi(id);
        } else if (nameIs(name, "abstractNumId") && v && m_num >= 0) {
            abstractOf.insert(m_num, std::atoi(v));
        } else if (nameIs(name, "lvlOverride") && m_num >= 0) {
            if (const char *l = attribute(atts, "ilvl"))
                m_overrideLevel = std::clamp(std::atoi(l), 0, 8);
        } else if (nameIs(name, "startOverride") && v && m_num >= 0 && m_overrideLevel >= 0) {
            startOverrides[m_num].insert(m_overrideLevel, std::clamp(std::atoi(v), 0, 100000));
        } else if (nameIs(name, "lvl") && m_abstract >= 0) {
            if (const char *l = attribute(atts, "ilvl"))
                m_level = std::clamp(std::atoi(l), 0, 8);
        } else if (m_level >= 0 && v) {
            Level &level = abstractLevels[m_abstract][m_level];
            if (nameIs(name, "numFmt"))
                level.format = QString::fromUtf8(v);
            else if (nameIs(name, "lvlText"))
                level.pattern = QString::fromUtf8(v);
            else if (nameIs(name, "start"))
                level.start = std::clamp(std::atoi(v), 0, 100000);
        }
    }
    void endElement(const char *name) override
    {
        if (nameIs(name, "lvl"))
            m_level = -1;
        else if (nameIs(name, "abstractNum"))
            m_abstract = -1;
        else if (nameIs(name, "num"))
            m_num = -1;
        else if (nameIs(name, "lvlOverride"))
            m_overrideLevel = -1;
    }
    void characters(const char *, int) override {}

private:
    int m_abstract = -1;
    int m_num = -1;
    int m_level = -1;
    int m_overrideLevel = -1;
};

QString formatNumber(const QString &format, int n)
{
    if (format.startsWith(QLatin1String("chinese")) ||
        format.startsWith(QLatin1String("ideograph")) ||
        format.startsWith(QLatin1String("japaneseCounting")) ||
        format == QLatin1String("taiwaneseCounting"))
        return document::chineseNumber(n);
    if (format == QLatin1String("decimalEnclosedCircle") ||
        format == QLatin1String("decimalEnclosedCircleChinese"))
        return n >= 1 && n <= 20 ? QString(QChar(0x2460 + n - 1)) : QString::number(n);
    if (format == QLatin1String("none") || format == QLatin1String("bullet"))
        return QString();
    return QString::number(n);
}

/// Gives each numbered body paragraph the label Word would print before it ("一、", "（1）").
void labelLists(QList<DocxBlock> &body, const NumberingHandler &numbering)
{
    QHash<int, QList<int>> counters; // abstractNumId → count per level
    QSet<QPair<int, int>> restarted; // (numId, level) whose start override has been applied
    for (DocxBlock &block : body) {
        if (block.table >= 0 || block.numId <= 0 || !numbering.abstractOf.contains(block.numId))
            continue;
        const int abstract = numbering.abstractOf.value(block.numId);
        const auto levels = numbering.abstractLevels.value(abstract);
        QList<int> &count = counters[abstract];
        count.resize(9, 0);
        // numbers of lists sharing an abstract list run on, unless the list restarts them
        const auto overrides = numbering.startOverrides.value(block.numId);
        if (overrides.contains(block.level) && !restarted.contains({block.numId, block.level})) {
            restarted.insert({block.numId, block.level});
            count[block.level] = overrides.value(block.level);
        } else {
            count[block.level] =
                count[block.level] == 0 ? levels.value(block.level).start : count[block.level] + 1;
        }
        for (int deeper = block.level + 1; deeper < 9; ++deeper)
            count[deeper] = 0;
        const auto level = levels.value(block.level);
        QString label = level.pattern;
        for (int l = 0; l <= block.level; ++l) {
            const int n = count[l] == 0 ? levels.value(l).start : count[l];
            label.replace(QStringLiteral("%%1").arg(l + 1),
                          formatNumber(levels.value(l).format, n));
        }
        block.listLabel = label;
    }
}

/// Opens the main part of a Word document and runs `handler` over it; false with result.error.
bool parseDocument(const QString &path, const ReadOptions &options, ZipArchive &zip,
                   DocumentHandler &handler, QString *message)
{
    QString error;
    if (!zip.open(path, &error)) {
        *message = readError(path, error);
        return false;
    }
    QString documentPart;
    if (zip.contains(QStringLiteral("_rels/.rels"))) {
        PackageRelsHandler rels;
        if (!XmlParser::parseEntry(zip, QStringLiteral("_rels/.rels"), rels, &error)) {
            *message = readError(path, error);
            return false;
        }
        if (!rels.documentTarget.isEmpty())
            documentPart = ZipArchive::resolve(QString(), rels.documentTarget);
    }
    if (documentPart.isEmpty() || !zip.contains(documentPart))
        documentPart = QStringLiteral("word/document.xml");
    if (!zip.contains(documentPart)) {
        *message = readError(
            path, QStringLiteral("这不是 Word 文档（缺少 document.xml），文件可能已损坏"));
        return false;
    }
    Q_UNUSED(options);
    if (!XmlParser::parseEntry(zip, documentPart, handler, &error)) {
        *message = readError(path, error);
        return false;
    }
    return true;
}

} // namespace

ReadResult readDocx(const QString &path, const ReadOptions &options)
{
    ReadResult result;
    ZipArchive zip(options);
    ReadBudget budget(options);
    DocumentHandler handler(budget);
    if (!parseDocument(path, options, zip, handler, &result.error))
        return result;
    result.tables = handler.tables;
    if (result.tables.isEmpty())
        result.error = readError(
            path, QStringLiteral("Word 文档中没有表格；请把名单做成表格，或另存为 Excel 后再导入"));
    return result;
}

DocxContent readDocxContent(const QString &path, const ReadOptions &options)
{
    DocxContent content;
    ZipArchive zip(options);
    ReadBudget budget(options);
    DocumentHandler handler(budget);
    handler.keepBody = true;
    if (!parseDocument(path, options, zip, handler, &content.error))
        return content;
    content.tables = handler.tables;
    content.blocks = handler.body;
    const QString numberingPart = QStringLiteral("word/numbering.xml");
    if (zip.contains(numberingPart)) {
        NumberingHandler numbering;
        QString error;
        if (XmlParser::parseEntry(zip, numberingPart, numbering, &error))
            labelLists(content.blocks, numbering);
        else
            content.warnings.append(readError(path, error));
    }
    return content;
}

} // namespace tuoyu::io
