#include "xlsxexporter.h"

#include <xlsxwriter.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cstdio>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace tuoyu::io {

int displayWidth(const QString &text)
{
    int width = 0;
    int lineWidth = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\n') {
            width = std::max(width, lineWidth);
            lineWidth = 0;
            continue;
        }
        if (c.isLowSurrogate())
            continue;
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF)
                          || (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF)
                          || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
                          || (u >= 0xFFE0 && u <= 0xFFE6) || c.isHighSurrogate();
        lineWidth += wide ? 2 : 1;
    }
    return std::max(width, lineWidth);
}

namespace {

QString sheetName(const QString &wanted, int number, QStringList &used)
{
    QString name = wanted.isEmpty() ? QStringLiteral("Sheet%1").arg(number) : wanted;
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    for (QChar &c : name) {
        if (forbidden.contains(c))
            c = u'_';
    }
    if (name.startsWith(QLatin1Char('\'')))
        name[0] = u'_';
    if (name.endsWith(QLatin1Char('\'')))
        name[name.size() - 1] = u'_';
    name = name.left(31);
    QString unique = name;
    for (int i = 2; used.contains(unique, Qt::CaseInsensitive); ++i) {
        const QString suffix = QStringLiteral("(%1)").arg(i);
        unique = name.left(31 - suffix.size()) + suffix;
    }
    used.append(unique);
    return unique;
}

bool replaceFile(const QString &from, const QString &to)
{
#ifdef Q_OS_WIN
    return MoveFileExW(reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(from).utf16()),
                       reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(to).utf16()),
                       MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH);
#else
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
#endif
}

QByteArray cut(const QString &text)
{
    // Excel's cell limit is 32,767 characters.
    return text.left(32767).toUtf8();
}

} // namespace

bool writeXlsx(const QString &path, const QList<ExportSheet> &sheets, QString *error)
{
    auto fail = [&](const QString &reason) {
        if (error)
            *error = QStringLiteral("无法写入 %1：%2").arg(QFileInfo(path).fileName(), reason);
        return false;
    };
    const QFileInfo target(path);
    QTemporaryFile temporary(target.absolutePath() + QLatin1Char('/') + target.fileName()
                             + QStringLiteral(".XXXXXX.tmp"));
    if (!temporary.open())
        return fail(QStringLiteral("无法在目标文件夹中创建临时文件（%1）").arg(temporary.errorString()));
    const QString temporaryPath = temporary.fileName();
    temporary.close();

    const QByteArray fileName = QFile::encodeName(temporaryPath);
    lxw_workbook_options options = {};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = nullptr;
    options.use_zip64 = LXW_FALSE;
    lxw_workbook *workbook = workbook_new_opt(fileName.constData(), &options);
    if (!workbook)
        return fail(QStringLiteral("无法创建工作簿"));

    lxw_format *titleFormat = workbook_add_format(workbook);
    format_set_bold(titleFormat);
    format_set_font_size(titleFormat, 14);
    format_set_align(titleFormat, LXW_ALIGN_CENTER);
    format_set_align(titleFormat, LXW_ALIGN_VERTICAL_CENTER);

    lxw_format *headerFormat = workbook_add_format(workbook);
    format_set_bold(headerFormat);
    format_set_text_wrap(headerFormat);
    format_set_align(headerFormat, LXW_ALIGN_CENTER);
    format_set_align(headerFormat, LXW_ALIGN_VERTICAL_CENTER);
    format_set_border(headerFormat, LXW_BORDER_THIN);
    format_set_bg_color(headerFormat, 0xDDEBF7);

    auto numberFormat = [&](const char *code) {
        lxw_format *f = workbook_add_format(workbook);
        format_set_num_format(f, code);
        return f;
    };
    lxw_format *textFormat = workbook_add_format(workbook);
    format_set_num_format(textFormat, "@");
    lxw_format *integerFormat = numberFormat("0");
    lxw_format *decimalFormat = numberFormat("0.00");
    lxw_format *percentFormat = numberFormat("0.00%");
    lxw_format *dateFormat = numberFormat("yyyy-mm-dd");
    lxw_format *moneyFormat = numberFormat("#,##0.00");
    auto formatFor = [&](ColumnKind kind) {
        switch (kind) {
        case ColumnKind::Integer: return integerFormat;
        case ColumnKind::Decimal: return decimalFormat;
        case ColumnKind::Percent: return percentFormat;
        case ColumnKind::Date: return dateFormat;
        case ColumnKind::Money: return moneyFormat;
        case ColumnKind::Text: break;
        }
        return textFormat;
    };

    QStringList usedNames;
    QString problem;
    int number = 0;
    const QList<ExportSheet> list = sheets.isEmpty() ? QList<ExportSheet>{ExportSheet()} : sheets;
    for (const ExportSheet &sheet : list) {
        ++number;
        const QByteArray name = sheetName(sheet.name, number, usedNames).toUtf8();
        lxw_worksheet *ws = workbook_add_worksheet(workbook, name.constData());
        if (!ws) {
            problem = QStringLiteral("工作表名称“%1”无效").arg(sheet.name);
            break;
        }
        int columns = int(sheet.headers.size());
        for (const auto &row : sheet.rows)
            columns = std::max(columns, int(row.size()));
        columns = std::min(columns, 16384);

        lxw_row_t row = 0;
        if (!sheet.title.isEmpty()) {
            const QByteArray title = cut(sheet.title);
            if (columns > 1)
                worksheet_merge_range(ws, 0, 0, 0, lxw_col_t(columns - 1), title.constData(), titleFormat);
            else
                worksheet_write_string(ws, 0, 0, title.constData(), titleFormat);
            worksheet_set_row(ws, 0, 24, nullptr);
            row = 1;
        }
        std::vector<int> widths(size_t(std::max(columns, 1)), 6);
        for (int c = 0; c < sheet.headers.size() && c < columns; ++c) {
            worksheet_write_string(ws, row, lxw_col_t(c), cut(sheet.headers[c]).constData(), headerFormat);
            widths[size_t(c)] = std::max(widths[size_t(c)], displayWidth(sheet.headers[c]));
        }
        const lxw_row_t headerRow = row;
        if (!sheet.headers.isEmpty())
            ++row;
        for (const auto &values : sheet.rows) {
            if (row >= 1048576) {
                problem = QStringLiteral("行数超过 Excel 的上限 1048576 行");
                break;
            }
            for (int c = 0; c < values.size() && c < columns; ++c) {
                const QVariant &value = values[c];
                if (value.isNull() || !value.isValid())
                    continue;
                const ColumnKind kind = sheet.kind(c);
                double n = 0;
                int width = 0;
                if (kind == ColumnKind::Date) {
                    if (const QDate d = exportDate(value); d.isValid()) {
                        lxw_datetime dt = {d.year(), d.month(), d.day(), 0, 0, 0.0};
                        worksheet_write_datetime(ws, row, lxw_col_t(c), &dt, dateFormat);
                        width = 10;
                    }
                } else if (kind != ColumnKind::Text && exportNumber(value, &n)) {
                    worksheet_write_number(ws, row, lxw_col_t(c), n, formatFor(kind));
                    switch (kind) {
                    case ColumnKind::Integer: width = int(QString::number(n, 'f', 0).size()); break;
                    case ColumnKind::Money: width = int(QString::number(n, 'f', 2).size() * 4 / 3); break;
                    case ColumnKind::Percent: width = int(QString::number(n * 100, 'f', 2).size()) + 1; break;
                    default: width = int(QString::number(n, 'f', 2).size()); break;
                    }
                }
                if (width == 0) {
                    // Text, or a value that does not fit the column's kind: always a string
                    // cell, never a formula.
                    const QString text = value.toString();
                    worksheet_write_string(ws, row, lxw_col_t(c), cut(text).constData(), textFormat);
                    width = displayWidth(text);
                }
                widths[size_t(c)] = std::max(widths[size_t(c)], width);
            }
            ++row;
        }
        for (int c = 0; c < columns; ++c)
            worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c),
                                 std::min(widths[size_t(c)] + 2, 60), nullptr);
        if (!sheet.headers.isEmpty()) {
            worksheet_freeze_panes(ws, headerRow + 1, 0);
            if (columns > 0)
                worksheet_autofilter(ws, headerRow, 0, std::max(row - 1, headerRow),
                                     lxw_col_t(columns - 1));
        }
        if (!problem.isEmpty())
            break;
    }
    const lxw_error result = workbook_close(workbook);
    if (!problem.isEmpty() || result != LXW_NO_ERROR) {
        QFile::remove(temporaryPath);
        return fail(problem.isEmpty() ? QString::fromUtf8(lxw_strerror(result)) : problem);
    }
    if (!replaceFile(temporaryPath, path)) {
        QFile::remove(temporaryPath);
        return fail(QStringLiteral("无法替换目标文件（是否在 Excel 中打开着？）"));
    }
    return true;
}

} // namespace tuoyu::io
