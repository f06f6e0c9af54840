#include "csvreader.h"

#include "cellformat.h"

#include <QFile>
#include <QFileInfo>

#include <QStringDecoder>
#include <algorithm>

namespace tuoyu::io {

QString decodeText(const QByteArray &bytes, QString *encoding)
{
    auto decodeWith = [&](QStringDecoder::Encoding e, const char *name, qsizetype skip) {
        if (encoding)
            *encoding = QString::fromLatin1(name);
        QStringDecoder decoder(e, QStringDecoder::Flag::Stateless);
        return QString(decoder(QByteArrayView(bytes.constData() + skip, bytes.size() - skip)));
    };
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return decodeWith(QStringDecoder::Utf8, "UTF-8", 3);
    if (bytes.startsWith("\xFF\xFE"))
        return decodeWith(QStringDecoder::Utf16LE, "UTF-16LE", 2);
    if (bytes.startsWith("\xFE\xFF"))
        return decodeWith(QStringDecoder::Utf16BE, "UTF-16BE", 2);

    // UTF-16 without a BOM: most ASCII text then has a zero in every other byte.
    const qsizetype probe = std::min<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    if (probe >= 4) {
        qsizetype zeroEven = 0, zeroOdd = 0;
        for (qsizetype i = 0; i < probe; i += 2) {
            zeroEven += bytes[i] == 0;
            zeroOdd += bytes[i + 1] == 0;
        }
        if (zeroOdd > probe / 4 && zeroEven == 0)
            return decodeWith(QStringDecoder::Utf16LE, "UTF-16LE", 0);
        if (zeroEven > probe / 4 && zeroOdd == 0)
            return decodeWith(QStringDecoder::Utf16BE, "UTF-16BE", 0);
    }

    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(bytes);
    if (!utf8.hasError()) {
        if (encoding)
            *encoding = QStringLiteral("UTF-8");
        return text;
    }
    QStringDecoder gb("GB18030", QStringDecoder::Flag::Stateless);
    if (gb.isValid()) {
        if (encoding)
            *encoding = QStringLiteral("GB18030");
        return gb(bytes);
    }
    if (encoding)
        *encoding = QStringLiteral("UTF-8");
    return text;
}

namespace {

bool isAscii(QByteArrayView line)
{
    for (char c : line)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

bool isUtf8(QByteArrayView line)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = utf8(line); // the decoder works when its result is taken
    return !utf8.hasError();
}

} // namespace

DecodedText decodeLines(const QByteArray &bytes)
{
    DecodedText out;
    out.text = decodeText(bytes, &out.encoding);
    // Only a file that is not UTF-8 throughout can mix encodings: one whose UTF-8 failed (read
    // as GB18030), or one with a UTF-8 BOM whose decoding replaced bytes.
    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    if (out.encoding == u"GB18030" || (bom && out.text.contains(QChar::ReplacementCharacter))) {
        // Lines end at CR or LF; neither byte occurs inside a UTF-8 or GB18030 character.
        struct Line
        {
            qsizetype begin, end;
            bool utf8;
        };
        QList<Line> lines;
        qsizetype utf8Lines = 0, otherLines = 0;
        const qsizetype n = bytes.size();
        for (qsizetype begin = bom ? 3 : 0; begin < n;) {
            qsizetype end = begin;
            while (end < n && bytes[end] != '\n' && bytes[end] != '\r')
                ++end;
            while (end < n && (bytes[end] == '\n' || bytes[end] == '\r'))
                ++end;
            const QByteArrayView line(bytes.constData() + begin, end - begin);
            const bool ascii = isAscii(line);
            const bool utf8 = ascii || isUtf8(line);
            if (!ascii)
                ++(utf8 ? utf8Lines : otherLines);
            lines.append({begin, end, utf8});
            begin = end;
        }
        if (utf8Lines == 0 || otherLines == 0)
            return out; // one encoding after all (a BOM file with a bad byte stays as it was)
        // The file's encoding is the one most of its lines are in (GB18030 on a tie: it reads
        // any bytes); the others are read in their own and named.
        const bool fileUtf8 = utf8Lines > otherLines;
        out.encoding = fileUtf8 ? QStringLiteral("UTF-8") : QStringLiteral("GB18030");
        out.text.clear();
        out.text.reserve(bytes.size());
        QStringDecoder gb("GB18030", QStringDecoder::Flag::Stateless);
        for (const Line &line : std::as_const(lines)) {
            const QByteArrayView view(bytes.constData() + line.begin, line.end - line.begin);
            if (line.utf8 && !isAscii(view) && !fileUtf8) {
                out.otherLines.append({out.text.size(), QStringLiteral("UTF-8")});
            } else if (!line.utf8 && fileUtf8) {
                out.otherLines.append({out.text.size(), QStringLiteral("GB18030（GBK）")});
            }
            out.text += line.utf8 ? QString::fromUtf8(view) : QString(gb(view));
        }
    }
    return out;
}

QChar detectSeparator(QStringView text, QChar preferred)
{
    const QChar candidates[3] = {QLatin1Char(','), QLatin1Char('\t'), QLatin1Char(';')};
    constexpr int maxLines = 50;
    int counts[3][maxLines] = {};
    int lines = 0;
    bool quoted = false;
    const qsizetype limit = std::min<qsizetype>(text.size(), 256 * 1024);
    for (qsizetype i = 0; i < limit && lines < maxLines; ++i) {
        const QChar c = text[i];
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && (c == u'\n' || c == u'\r')) {
            if (c == u'\r' && i + 1 < limit && text[i + 1] == u'\n')
                ++i;
            ++lines;
        } else if (!quoted) {
            for (int k = 0; k < 3; ++k) {
                if (c == candidates[k])
                    ++counts[k][lines];
            }
        }
    }
    if (lines < maxLines && limit > 0)
        ++lines; // the last line without a line end
    // Score: lines whose count equals the most common non-zero count.
    int best = -1;
    int bestScore = 0;
    for (int k = 0; k < 3; ++k) {
        QHash<int, int> frequency;
        for (int l = 0; l < lines; ++l) {
            if (counts[k][l] > 0)
                ++frequency[counts[k][l]];
        }
        int score = 0;
        for (auto it = frequency.cbegin(); it != frequency.cend(); ++it)
            score = std::max(score, it.value());
        if (score > bestScore || (score == bestScore && score > 0 && candidates[k] == preferred)) {
            best = k;
            bestScore = score;
        }
    }
    return best < 0 ? preferred : candidates[best];
}

Table parseDelimited(QStringView text, QChar separator, const ReadOptions &options, QString *error,
                     QList<qsizetype> *rowStarts)
{
    Table table;
    QList<Cell> row;
    QString field;
    bool fieldQuoted = false;
    bool inQuotes = false;
    bool lineHasContent = false;
    bool overflow = false;
    int overflowRow = 0;
    ReadBudget budget(options);
    // One cell's text in characters (the budget's bytes are UTF-16 here), and the row's so far.
    const qsizetype maxFieldChars = qsizetype(options.maxCellBytes / qint64(sizeof(QChar)));
    qint64 rowBytes = 0;

    auto endField = [&] {
        Cell cell;
        if (!field.isEmpty()) {
            cell.type = CellType::Text;
            cell.text = field;
        }
        const qint64 bytes = field.size() * qint64(sizeof(QChar));
        rowBytes += bytes;
        row.append(std::move(cell));
        field.clear();
        fieldQuoted = false;
        if (!budget.cellFits(bytes) || !budget.takeCells(1) || !budget.columnsFit(row.size()) ||
            !budget.rowFits(rowBytes)) {
            overflow = true;
            overflowRow = int(table.rows.size()) + 1;
        }
    };
    if (rowStarts)
        rowStarts->append(0);
    auto endRow = [&](qsizetype next) {
        endField();
        // A line with one empty field is an empty row.
        if (row.size() == 1 && row[0].isEmpty() && !lineHasContent)
            row.clear();
        while (!row.isEmpty() && row.last().isEmpty())
            row.removeLast();
        table.rows.append(std::move(row));
        row = QList<Cell>();
        lineHasContent = false;
        rowBytes = 0;
        if (rowStarts)
            rowStarts->append(next);
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n && !overflow; ++i) {
        const QChar c = text[i];
        // One comparison per character: a 200 MB "name" stops here, not in the workspace.
        if (field.size() > maxFieldChars) {
            budget.cellFits(options.maxCellBytes + 1);
            overflow = true;
            overflowRow = int(table.rows.size()) + 1;
            break;
        }
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text[i + 1] == u'"') {
                    field.append(c);
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                field.append(c);
            }
            continue;
        }
        if (c == u'"' && field.isEmpty() && !fieldQuoted) {
            inQuotes = true;
            fieldQuoted = true;
            lineHasContent = true;
        } else if (c == separator) {
            lineHasContent = true;
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n')
                ++i;
            endRow(i + 1);
        } else {
            field.append(c);
            lineHasContent = true;
        }
    }
    if (!overflow && (lineHasContent || !field.isEmpty() || inQuotes))
        endRow(n);
    if (overflow) {
        if (error)
            *error = QStringLiteral("第 %1 行：%2").arg(overflowRow).arg(budget.error());
        return Table();
    }
    while (!table.rows.isEmpty() && table.rows.last().isEmpty())
        table.rows.removeLast();
    return table;
}

ReadResult readDelimitedText(const QString &path, const ReadOptions &options)
{
    ReadResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error =
            readError(path, QStringLiteral("无法打开文件（%1）").arg(file.errorString()));
        return result;
    }
    if (file.size() > options.maxEntryBytes) {
        result.error = readError(path, QStringLiteral("文本文件超过 %1 MiB，太大，无法导入")
                                           .arg(options.maxEntryBytes / (1024 * 1024)));
        return result;
    }
    const QByteArray bytes = file.read(options.maxEntryBytes + 1);
    DecodedText decoded = decodeLines(bytes);
    QString &text = decoded.text;

    const QString suffix = QFileInfo(path).suffix().toLower();
    QChar separator;
    // Excel's "sep=;" hint line.
    if (text.startsWith(QLatin1String("sep="), Qt::CaseInsensitive) && text.size() >= 5 &&
        (text.size() == 5 || text[5] == u'\r' || text[5] == u'\n')) {
        separator = text[4];
        qsizetype skip = 5;
        if (skip < text.size() && text[skip] == u'\r')
            ++skip;
        if (skip < text.size() && text[skip] == u'\n')
            ++skip;
        text.remove(0, skip);
        for (auto &line : decoded.otherLines)
            line.first -= skip;
    } else {
        separator =
            detectSeparator(text, suffix == QLatin1String("tsv") || suffix == QLatin1String("txt")
                                      ? QLatin1Char('\t')
                                      : QLatin1Char(','));
    }
    QString error;
    QList<qsizetype> rowStarts;
    Table table = parseDelimited(text, separator, options, &error,
                                 decoded.otherLines.isEmpty() ? nullptr : &rowStarts);
    if (!error.isEmpty()) {
        result.error = readError(path, error);
        return result;
    }
    // Lines in another encoding than the file's are read in their own, and their rows flagged.
    for (const auto &[offset, encoding] : std::as_const(decoded.otherLines)) {
        const auto next = std::upper_bound(rowStarts.cbegin(), rowStarts.cend(), offset);
        const int row = int(next - rowStarts.cbegin()) - 1;
        if (row < 0 || row >= table.rowCount() ||
            (!table.notes.isEmpty() && table.notes.last().row == row))
            continue;
        table.notes.append(
            {row,
             QStringLiteral("这一行是 %1 编码，与文件其余各行（%2）不同；已按 %1 读取，请核对")
                 .arg(encoding, decoded.encoding == u"GB18030" ? QStringLiteral("GB18030（GBK）")
                                                               : decoded.encoding)});
    }
    table.name = QFileInfo(path).completeBaseName();
    result.tables.append(std::move(table));
    return result;
}

} // namespace tuoyu::io
