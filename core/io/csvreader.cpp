#include "csvreader.h"

#include "cellformat.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

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

Table parseDelimited(QStringView text, QChar separator, qint64 maxCells, QString *error)
{
    Table table;
    QList<Cell> row;
    QString field;
    bool fieldQuoted = false;
    bool inQuotes = false;
    bool lineHasContent = false;
    qint64 cells = 0;
    bool overflow = false;

    auto endField = [&] {
        Cell cell;
        if (!field.isEmpty()) {
            cell.type = CellType::Text;
            cell.text = field;
        }
        row.append(std::move(cell));
        field.clear();
        fieldQuoted = false;
        if (++cells > maxCells)
            overflow = true;
    };
    auto endRow = [&] {
        endField();
        // A line with one empty field is an empty row.
        if (row.size() == 1 && row[0].isEmpty() && !lineHasContent)
            row.clear();
        while (!row.isEmpty() && row.last().isEmpty())
            row.removeLast();
        table.rows.append(std::move(row));
        row = QList<Cell>();
        lineHasContent = false;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n && !overflow; ++i) {
        const QChar c = text[i];
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
            endRow();
        } else {
            field.append(c);
            lineHasContent = true;
        }
    }
    if (overflow) {
        if (error)
            *error = QStringLiteral("表格太大：单元格超过 %1 个，无法导入").arg(maxCells);
        return Table();
    }
    if (lineHasContent || !field.isEmpty() || inQuotes)
        endRow();
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
    QString text = decodeText(bytes);

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
    } else {
        separator =
            detectSeparator(text, suffix == QLatin1String("tsv") || suffix == QLatin1String("txt")
                                      ? QLatin1Char('\t')
                                      : QLatin1Char(','));
    }
    QString error;
    Table table = parseDelimited(text, separator, options.maxCells, &error);
    if (!error.isEmpty()) {
        result.error = readError(path, error);
        return result;
    }
    table.name = QFileInfo(path).completeBaseName();
    result.tables.append(std::move(table));
    return result;
}

} // namespace tuoyu::io
