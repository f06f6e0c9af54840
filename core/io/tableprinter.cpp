#include "tableprinter.h"

#include <QStringList>

namespace tuoyu::io {

QByteArray toCsv(const Table &table)
{
    QByteArray out;
    const int columns = table.columnCount();
    // A sparse sheet (one cell at XFD1048576) would pad to 17 billion fields: pad only while the
    // padded grid stays reasonable, else print each row as wide as it is.
    const bool pad = qint64(columns) * table.rowCount() <= 10'000'000;
    QString line;
    for (const auto &row : table.rows) {
        line.clear();
        const int width = pad ? columns : int(row.size());
        for (int c = 0; c < width; ++c) {
            if (c > 0)
                line.append(QLatin1Char(','));
            if (c >= row.size())
                continue;
            const QString &text = row[c].text;
            bool quote = false;
            for (QChar ch : text) {
                if (ch == u',' || ch == u'"' || ch == u'\n' || ch == u'\r') {
                    quote = true;
                    break;
                }
            }
            if (quote) {
                line.append(QLatin1Char('"'));
                QString escaped = text;
                escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
                line.append(escaped);
                line.append(QLatin1Char('"'));
            } else {
                line.append(text);
            }
        }
        line.append(QLatin1String("\r\n"));
        out.append(line.toUtf8());
    }
    return out;
}

namespace {

QString available(const QList<Table> &tables)
{
    QStringList names;
    for (int i = 0; i < tables.size(); ++i) {
        names.append(
            QStringLiteral("%1. %2%3")
                .arg(i + 1)
                .arg(tables[i].name, tables[i].hidden ? QStringLiteral("（隐藏）") : QString()));
    }
    return names.join(QStringLiteral("、"));
}

} // namespace

TablePick pickTable(const QList<Table> &tables, const QString &sheet, int tableNumber)
{
    TablePick pick;
    if (tables.isEmpty()) {
        pick.error = QStringLiteral("文件中没有可读取的表格");
        return pick;
    }
    int bySheet = -1;
    if (!sheet.isEmpty()) {
        for (int i = 0; i < tables.size() && bySheet < 0; ++i) {
            if (tables[i].name == sheet)
                bySheet = i;
        }
        for (int i = 0; i < tables.size() && bySheet < 0; ++i) {
            if (tables[i].name.compare(sheet, Qt::CaseInsensitive) == 0)
                bySheet = i;
        }
        if (bySheet < 0) {
            bool isNumber = false;
            const int n = sheet.toInt(&isNumber);
            if (isNumber && n >= 1 && n <= tables.size())
                bySheet = n - 1;
            else if (isNumber)
                pick.error = QStringLiteral("没有第 %1 个工作表（共 %2 个：%3）")
                                 .arg(n)
                                 .arg(tables.size())
                                 .arg(available(tables));
            else
                pick.error =
                    QStringLiteral("没有名为“%1”的工作表；可选：%2").arg(sheet, available(tables));
            if (bySheet < 0)
                return pick;
        }
    }
    int byTable = -1;
    if (tableNumber != 0) {
        if (tableNumber < 1 || tableNumber > tables.size()) {
            pick.error = QStringLiteral("没有第 %1 个表格（共 %2 个：%3）")
                             .arg(tableNumber)
                             .arg(tables.size())
                             .arg(available(tables));
            return pick;
        }
        byTable = tableNumber - 1;
    }
    if (bySheet >= 0 && byTable >= 0 && bySheet != byTable) {
        pick.error = QStringLiteral("--sheet 与 --table 指向不同的表格，请只给出其中一个");
        return pick;
    }
    if (bySheet >= 0 || byTable >= 0) {
        pick.index = bySheet >= 0 ? bySheet : byTable;
        return pick;
    }
    pick.index = 0;
    for (int i = 0; i < tables.size(); ++i) {
        if (!tables[i].hidden) {
            pick.index = i;
            break;
        }
    }
    return pick;
}

} // namespace tuoyu::io
