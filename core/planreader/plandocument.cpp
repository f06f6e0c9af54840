#include "plandocument.h"

#include "document/officialdocument.h"
#include "io/cellformat.h"
#include "io/docxreader.h"
#include "io/reader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

namespace tuoyu {

namespace {

void boldOutline(PlanDocument &document, const QList<io::DocxBlock> &blocks);

QString decodeText(const QByteArray &bytes)
{
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8(data);
    if (!utf8.hasError())
        return text;
    QStringDecoder gb("GB18030");
    if (gb.isValid())
        return gb(data);
    return text;
}

void appendTable(PlanDocument &document, QList<QStringList> &rows)
{
    io::Table table;
    table.name = QStringLiteral("表格 %1").arg(document.tables.size() + 1);
    for (const QStringList &row : std::as_const(rows)) {
        QList<io::Cell> cells;
        for (const QString &value : row)
            cells.append(io::textCell(value));
        table.rows.append(cells);
    }
    document.paragraphs.append({QString(), QString(), int(document.tables.size())});
    document.tables.append(table);
    rows.clear();
}

} // namespace

PlanDocument PlanDocument::fromText(const QString &text, const QString &name)
{
    PlanDocument document;
    document.name = name;
    QString all = text;
    all.replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
        .replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QStringList lines = all.split(QLatin1Char('\n'));
    // Tables copied out of Word: one cell per line led by a tab, rows apart by an empty line; a
    // cell's further lines come without the tab.
    QList<QStringList> rows;
    QStringList row;
    bool inTable = false;
    bool lastWasCell = false;
    auto closeRow = [&] {
        if (!row.isEmpty())
            rows.append(row);
        row.clear();
    };
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.startsWith(QLatin1Char('\t'))) {
            inTable = true;
            row.append(line.mid(1).trimmed());
            lastWasCell = true;
            continue;
        }
        if (inTable) {
            if (line.trimmed().isEmpty()) {
                closeRow();
                lastWasCell = false;
                // two empty lines, or text after the empty line, end the table
                const QString next = lines.value(i + 1);
                if (next.startsWith(QLatin1Char('\t')))
                    continue;
                if (!next.trimmed().isEmpty() || lines.value(i + 2).trimmed().isEmpty() ||
                    !lines.value(i + 2).startsWith(QLatin1Char('\t'))) {
                    appendTable(document, rows);
                    inTable = false;
                }
                continue;
            }
            if (lastWasCell && !row.isEmpty()) {
                row.last() += QLatin1Char('\n') + line.trimmed();
                continue;
            }
            closeRow();
            appendTable(document, rows);
            inTable = false;
        }
        document.paragraphs.append({line, QString(), -1});
    }
    if (inTable) {
        closeRow();
        appendTable(document, rows);
    }
    return document;
}

std::optional<PlanDocument> PlanDocument::open(const QString &path, QString *error)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    const io::FileFormat format = io::detectFormat(path);
    const QString saveAsDocx =
        QStringLiteral("无法读取 %1：请在 Word 中“另存为”Word 文档（.docx），或在 WPS 中“另存为 → "
                       "Word 文档”，再打开 .docx 文件")
            .arg(info.fileName());
    if (format == io::FileFormat::Doc || format == io::FileFormat::Wps ||
        format == io::FileFormat::Pdf || suffix == QLatin1String("doc") ||
        suffix == QLatin1String("wps") || suffix == QLatin1String("pdf")) {
        *error = suffix == QLatin1String("pdf")
                     ? QStringLiteral("无法读取 %1：PDF 文件读不出段落和表格；请找到方案的 Word "
                                      "原件，或用 WPS 打开后“另存为 → Word 文档”（.docx）")
                           .arg(info.fileName())
                     : saveAsDocx;
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("无法打开 %1：%2").arg(info.fileName(), file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    file.close();
    const QString version =
        QStringLiteral("sha256:%1 %2")
            .arg(QString::fromLatin1(
                     QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
                 info.lastModified().toString(Qt::ISODate));
    if (format == io::FileFormat::Docx || suffix == QLatin1String("docx")) {
        io::DocxContent content = io::readDocxContent(path);
        if (!content.error.isEmpty()) {
            *error = content.error;
            return std::nullopt;
        }
        PlanDocument document;
        document.name = info.fileName();
        document.version = version;
        document.tables = content.tables;
        for (const io::DocxBlock &block : std::as_const(content.blocks))
            document.paragraphs.append({block.text, block.listLabel, block.table});
        boldOutline(document, content.blocks);
        return document;
    }
    if (suffix != QLatin1String("txt") && format != io::FileFormat::Csv) {
        *error = QStringLiteral("无法读取 %1：实施方案请用 Word 文档（.docx）或文本文件（.txt）")
                     .arg(info.fileName());
        return std::nullopt;
    }
    PlanDocument document = fromText(decodeText(bytes), info.fileName());
    document.version = version;
    return document;
}

namespace {

/// A document whose headings are shown only by bold type, with no number anywhere (no Word list
/// numbering, no typed 一、 or 1.): its bold lines are its outline. A bold line that another bold
/// line follows, or that names a section (…目标, 保障措施), is a section (一、); the others are its
/// items (（一）). The labels are the reader's, marked so, never printed into the plan.
void boldOutline(PlanDocument &document, const QList<io::DocxBlock> &blocks)
{
    static const QRegularExpression numbered(
        QStringLiteral("^\\s*(第[一二三四五六七八九十]+[章条部]|[一二三四五六七八九十]+、|[（(]["
                       "一二三四五六七八九十0-9]+[）)]|[0-9]+[.．、])"));
    static const QRegularExpression section(
        QStringLiteral("目标|指导思想|基本原则|保障措施|组织实施|工作要求|组织领导"));
    static const QRegularExpression title(QStringLiteral("(方案|意见|计划|办法)\\s*$"));
    QList<int> headings;
    for (int i = 0; i < blocks.size(); ++i) {
        const io::DocxBlock &b = blocks[i];
        if (!b.listLabel.isEmpty() || numbered.match(b.text).hasMatch())
            return; // the document numbers its headings: they are read as numbered
        const QString t = b.text.trimmed();
        if (b.bold && b.table < 0 && !t.isEmpty() && t.size() <= 40 &&
            !t.contains(QStringLiteral("。")) && !title.match(t).hasMatch())
            headings.append(i);
    }
    if (headings.size() < 2)
        return;
    int sections = 0;
    int items = 0;
    for (int h = 0; h < headings.size(); ++h) {
        const int i = headings[h];
        int next = i + 1;
        while (next < blocks.size() && blocks[next].text.trimmed().isEmpty() &&
               blocks[next].table < 0)
            ++next;
        const bool isSection = (h + 1 < headings.size() && headings[h + 1] == next) ||
                               section.match(blocks[i].text).hasMatch();
        PlanDocument::Paragraph &p = document.paragraphs[i];
        p.boldHeading = true;
        if (isSection) {
            p.listLabel = document::chineseNumber(++sections) + QStringLiteral("、");
            items = 0;
        } else {
            p.listLabel = QStringLiteral("（%1）").arg(document::chineseNumber(++items));
        }
    }
}

} // namespace

} // namespace tuoyu
