#include "xlsxexporter.h"

#include "xlsxwriterlibrary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QPair>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryFile>

#include <algorithm>
#include <array>
#include <vector>

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
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) ||
                          (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) ||
                          (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60) ||
                          (u >= 0xFFE0 && u <= 0xFFE6) || c.isHighSurrogate();
        lineWidth += wide ? 2 : 1;
    }
    return std::max(width, lineWidth);
}

namespace {

// The cell formats the writer uses, indices into Formats.
enum Style
{
    StyleTitle,
    StyleHeader,
    StyleText,
    StyleInteger,
    StyleDecimal,
    StylePercent,
    StyleDate,
    StyleMoney,
    StyleWrap,     ///< text that wraps, centred vertically (task tables)
    StyleUnlocked, ///< a form's column to fill in: text, wraps, not locked by protection
    StyleCount
};

using Formats = std::array<lxw_format *, StyleCount>;

/// Adds the formats to the workbook; false if the library could not allocate one.
bool addFormats(const XlsxWriterApi &x, lxw_workbook *workbook, Formats &formats)
{
    for (lxw_format *&format : formats) {
        format = x.workbook_add_format(workbook);
        if (!format)
            return false;
        // 等线 (DengXian) with the GB2312 character set, what Excel and WPS give Chinese text
        x.format_set_font_name(format, "等线");
        x.format_set_font_family(format, 2);
        x.format_set_font_charset(format, 134);
    }
    lxw_format *title = formats[StyleTitle];
    x.format_set_bold(title);
    x.format_set_font_size(title, 14);
    x.format_set_align(title, LXW_ALIGN_CENTER);
    x.format_set_align(title, LXW_ALIGN_VERTICAL_CENTER);

    lxw_format *header = formats[StyleHeader];
    x.format_set_bold(header);
    x.format_set_pattern(header, LXW_PATTERN_SOLID);
    x.format_set_bg_color(header, 0xDDEBF7);
    x.format_set_border(header, LXW_BORDER_THIN);
    x.format_set_align(header, LXW_ALIGN_CENTER);
    x.format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
    x.format_set_text_wrap(header);

    // Excel's built-in formats by index: @, 0, 0.00, 0.00%, #,##0.00
    x.format_set_num_format_index(formats[StyleText], 49);
    x.format_set_num_format_index(formats[StyleInteger], 1);
    x.format_set_num_format_index(formats[StyleDecimal], 2);
    x.format_set_num_format_index(formats[StylePercent], 10);
    x.format_set_num_format_index(formats[StyleMoney], 4);
    x.format_set_num_format(formats[StyleDate], "yyyy-mm-dd");
    x.format_set_num_format_index(formats[StyleWrap], 49);
    x.format_set_text_wrap(formats[StyleWrap]);
    x.format_set_align(formats[StyleWrap], LXW_ALIGN_VERTICAL_CENTER);
    x.format_set_border(formats[StyleWrap], LXW_BORDER_THIN);
    lxw_format *unlocked = formats[StyleUnlocked];
    x.format_set_text_wrap(unlocked);
    x.format_set_align(unlocked, LXW_ALIGN_VERTICAL_CENTER);
    x.format_set_border(unlocked, LXW_BORDER_THIN);
    x.format_set_pattern(unlocked, LXW_PATTERN_SOLID);
    x.format_set_bg_color(unlocked, 0xFFF8DC);
    x.format_set_unlocked(unlocked);
    return true;
}

Style styleFor(ColumnKind kind)
{
    switch (kind) {
    case ColumnKind::Integer:
        return StyleInteger;
    case ColumnKind::Decimal:
        return StyleDecimal;
    case ColumnKind::Percent:
        return StylePercent;
    case ColumnKind::Date:
        return StyleDate;
    case ColumnKind::Money:
        return StyleMoney;
    case ColumnKind::Text:
        break;
    }
    return StyleText;
}

QString cleanSheetName(const QString &wanted, int number, QStringList &used)
{
    QString name =
        wanted.trimmed().isEmpty() ? QStringLiteral("Sheet%1").arg(number) : wanted.trimmed();
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    for (QChar &c : name) {
        if (forbidden.contains(c) || c.unicode() < 0x20)
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

/// Text as libxlsxwriter takes it: UTF-8, at most Excel's 32,767 characters. libxlsxwriter
/// escapes control characters as OOXML's _xHHHH_ but leaves such a sequence already in the text
/// alone, and a reader would decode it ("_x0041_" would read back as "A"): its underscore is
/// written as _x005F_ so the text reads back as it was.
QByteArray cellText(const QString &text)
{
    if (!text.contains(QLatin1String("_x")))
        return QStringView(text).left(32767).toUtf8();
    static const QRegularExpression escape(QStringLiteral("_(x[0-9A-Fa-f]{4}_)"));
    QString escaped = text;
    escaped.replace(escape, QStringLiteral("_x005F_\\1"));
    return QStringView(escaped).left(32767).toUtf8();
}

/// A form's data validations over body rows first..last (zero-based sheet rows).
template <typename Check>
void writeValidations(const XlsxWriterApi &x, lxw_worksheet *worksheet, const ExportSheet &sheet,
                      int first, int last, Check &check)
{
    if (last < first)
        return;
    for (const ExportSheet::Validation &v : sheet.validations) {
        lxw_data_validation validation{};
        validation.ignore_blank = LXW_VALIDATION_ON;
        validation.show_error = LXW_VALIDATION_ON;
        validation.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
        QList<QByteArray> choices;
        std::vector<char *> list;
        switch (v.kind) {
        case ExportSheet::Validation::Kind::WholeNumber:
            validation.validate = LXW_VALIDATION_TYPE_INTEGER;
            validation.minimum_number = v.minimum;
            validation.maximum_number = v.maximum;
            break;
        case ExportSheet::Validation::Kind::List:
            validation.validate = LXW_VALIDATION_TYPE_LIST;
            for (const QString &choice : v.choices)
                choices.append(choice.toUtf8());
            for (QByteArray &choice : choices)
                list.push_back(choice.data());
            list.push_back(nullptr);
            validation.value_list = list.data();
            break;
        case ExportSheet::Validation::Kind::Date:
            validation.validate = LXW_VALIDATION_TYPE_DATE;
            validation.minimum_datetime = lxw_datetime{2000, 1, 1, 0, 0, 0};
            validation.maximum_datetime = lxw_datetime{2100, 12, 31, 0, 0, 0};
            break;
        }
        QByteArray title = QStringLiteral("请核对").toUtf8();
        QByteArray message = v.message.left(255).toUtf8();
        if (!message.isEmpty()) {
            validation.error_title = title.data();
            validation.error_message = message.data();
        }
        check(x.worksheet_data_validation_range(worksheet, lxw_row_t(first), lxw_col_t(v.column),
                                                lxw_row_t(last), lxw_col_t(v.column), &validation));
    }
}

/// Writes one sheet's cells, column widths, frozen header row and autofilter. Returns the first
/// error the library reported.
lxw_error writeSheet(const XlsxWriterApi &x, lxw_worksheet *worksheet, const Formats &formats,
                     const ExportSheet &sheet)
{
    lxw_error error = LXW_NO_ERROR;
    auto check = [&](lxw_error e) {
        if (error == LXW_NO_ERROR)
            error = e;
    };
    // Always a string cell (worksheet_write_string, never a formula), whatever the text begins
    // with.
    auto writeText = [&](int row, int column, const QString &text, Style style) {
        check(x.worksheet_write_string(worksheet, lxw_row_t(row), lxw_col_t(column),
                                       cellText(text).constData(), formats[style]));
    };

    int columns = int(sheet.headers.size());
    for (const auto &row : sheet.rows)
        columns = std::max(columns, int(row.size()));
    columns = std::min(columns, int(LXW_COL_MAX));
    const int rowLimit = int(LXW_ROW_MAX);

    std::vector<int> widths(size_t(std::max(columns, 1)), 6);
    int row = 0;
    if (!sheet.title.isEmpty() && columns > 0) {
        check(x.worksheet_set_row(worksheet, 0, 26, nullptr));
        if (columns > 1)
            check(x.worksheet_merge_range(worksheet, 0, 0, 0, lxw_col_t(columns - 1),
                                          cellText(sheet.title).constData(), formats[StyleTitle]));
        else
            writeText(0, 0, sheet.title, StyleTitle);
        row = 1;
        if (!sheet.subtitle.isEmpty() && columns > 1) {
            // Lines of instructions (a form's) wrap inside the merged row, made tall enough
            // for them: readers do not grow a merged row to its text.
            const bool lines = sheet.subtitle.contains(QLatin1Char('\n'));
            if (lines)
                check(x.worksheet_set_row(worksheet, 1,
                                          16.0 * (sheet.subtitle.count(QLatin1Char('\n')) + 1 +
                                                  displayWidth(sheet.subtitle) / (columns * 12)),
                                          nullptr));
            check(x.worksheet_merge_range(worksheet, 1, 0, 1, lxw_col_t(columns - 1),
                                          cellText(sheet.subtitle).constData(),
                                          formats[lines ? StyleWrap : StyleText]));
            row = 2;
        }
    }
    const int headerRow = row;
    if (!sheet.headers.isEmpty()) {
        for (int c = 0; c < columns; ++c) {
            const QString header = c < sheet.headers.size() ? sheet.headers[c] : QString();
            writeText(row, c, header, StyleHeader);
            widths[size_t(c)] = std::max(widths[size_t(c)], displayWidth(header));
        }
        ++row;
    }
    // Merged cells: written once over their range, skipped in the rows they cover.
    QHash<QPair<int, int>, int> mergeEnds, covered;
    for (const ExportSheet::MergeDown &m : sheet.merges)
        if (m.lastRow > m.firstRow) {
            mergeEnds.insert({m.firstRow, m.column}, m.lastRow);
            for (int r = m.firstRow + 1; r <= m.lastRow; ++r)
                covered.insert({r, m.column}, 1);
        }
    const int firstBodyRow = row;
    // Wrapped text: each row as tall as its longest cell's lines at the width its column will get
    // (readers do not grow rows a file gives no height), and the sheet printed across the page.
    std::vector<int> wrapWidths(size_t(std::max(columns, 1)), 6);
    if (sheet.wrapText) {
        for (int c = 0; c < columns; ++c)
            wrapWidths[size_t(c)] = displayWidth(sheet.headers.value(c));
        for (const auto &values : sheet.rows)
            for (int c = 0; c < values.size() && c < columns; ++c)
                wrapWidths[size_t(c)] =
                    std::max(wrapWidths[size_t(c)], displayWidth(values[c].toString()));
        x.worksheet_set_landscape(worksheet);
        x.worksheet_fit_to_pages(worksheet, 1, 0);
        check(x.worksheet_repeat_rows(worksheet, lxw_row_t(headerRow), lxw_row_t(headerRow)));
    }
    for (const auto &values : sheet.rows) {
        if (row >= rowLimit || error != LXW_NO_ERROR)
            break;
        if (sheet.wrapText) {
            int lines = 1;
            for (int c = 0; c < values.size() && c < columns; ++c) {
                if (covered.contains({row - firstBodyRow, c}) ||
                    mergeEnds.contains({row - firstBodyRow, c}))
                    continue;
                const int width = std::max(std::min(wrapWidths[size_t(c)] + 2, 40) - 2, 4);
                int cellLines = 0;
                for (const QString &line : values[c].toString().split(QLatin1Char('\n')))
                    cellLines += std::max(1, (displayWidth(line) + width - 1) / width);
                lines = std::max(lines, cellLines);
            }
            if (lines > 1)
                check(x.worksheet_set_row(worksheet, lxw_row_t(row), 15.0 * lines, nullptr));
        }
        for (int c = 0; c < values.size() && c < columns; ++c) {
            const QVariant &value = values[c];
            // A form's empty cell to fill in carries the unlocked format itself: readers that
            // do not apply a column's format to its empty cells would take it as locked.
            if (sheet.unlockedColumns.contains(c) && (value.isNull() || !value.isValid())) {
                check(x.worksheet_write_blank(worksheet, lxw_row_t(row), lxw_col_t(c),
                                              formats[StyleUnlocked]));
                continue;
            }
            if (covered.contains({row - firstBodyRow, c}))
                continue;
            if (const auto end = mergeEnds.constFind({row - firstBodyRow, c});
                end != mergeEnds.cend()) {
                const QString text = value.toString();
                check(x.worksheet_merge_range(worksheet, lxw_row_t(row), lxw_col_t(c),
                                              lxw_row_t(firstBodyRow + *end), lxw_col_t(c),
                                              cellText(text).constData(),
                                              formats[sheet.wrapText ? StyleWrap : StyleText]));
                widths[size_t(c)] = std::max(widths[size_t(c)], displayWidth(text));
                continue;
            }
            if (value.isNull() || !value.isValid())
                continue;
            const ColumnKind kind = sheet.kind(c);
            int width = 0;
            double n = 0;
            if (kind == ColumnKind::Date) {
                if (const QDate d = exportDate(value); d.isValid()) {
                    // An Excel date is a day count from 1899-12-30 shown with a date format.
                    const qint64 serial = QDate(1899, 12, 30).daysTo(d);
                    if (serial >= 61) { // before 1900-03-01 Excel's calendar is off by a day
                        check(x.worksheet_write_number(worksheet, lxw_row_t(row), lxw_col_t(c),
                                                       double(serial), formats[StyleDate]));
                        width = 10;
                    }
                }
            } else if (kind != ColumnKind::Text && exportNumber(value, &n)) {
                check(x.worksheet_write_number(worksheet, lxw_row_t(row), lxw_col_t(c), n,
                                               formats[styleFor(kind)]));
                switch (kind) {
                case ColumnKind::Integer:
                    width = int(QString::number(n, 'f', 0).size());
                    break;
                case ColumnKind::Money:
                    width = int(QString::number(n, 'f', 2).size()) * 4 / 3;
                    break;
                case ColumnKind::Percent:
                    width = int(QString::number(n * 100, 'f', 2).size()) + 1;
                    break;
                default:
                    width = int(QString::number(n, 'f', 2).size());
                    break;
                }
            }
            if (width == 0) {
                // Text, or a value that does not fit its column: a string cell.
                const QString text = kind == ColumnKind::Date && value.typeId() == QMetaType::QDate
                                         ? value.toDate().toString(Qt::ISODate)
                                         : value.toString();
                writeText(row, c, text, sheet.wrapText ? StyleWrap : StyleText);
                width = displayWidth(text);
            }
            widths[size_t(c)] = std::max(widths[size_t(c)], width);
        }
        ++row;
    }

    // Widths are known only once every row is written; libxlsxwriter puts the columns into the
    // sheet when the workbook is closed, so setting them now is in time even in constant memory.
    // Wrapped text gets a column a reader can take in at a glance and as many lines as it needs.
    const int widest = sheet.wrapText ? 40 : 60;
    for (int c = 0; c < columns; ++c) {
        lxw_row_col_options hidden{};
        hidden.hidden = sheet.hiddenColumns.contains(c) ? 1 : 0;
        // A column to fill in is unlocked as a whole, so rows a department inserts are too.
        const bool unlocked = sheet.unlockedColumns.contains(c);
        check(x.worksheet_set_column_opt(
            worksheet, lxw_col_t(c), lxw_col_t(c),
            std::min(std::max(widths[size_t(c)], unlocked ? 14 : 0) + 2, widest),
            unlocked ? formats[StyleUnlocked] : nullptr, hidden.hidden ? &hidden : nullptr));
    }
    writeValidations(x, worksheet, sheet, firstBodyRow, row - 1 + sheet.spareRows, check);
    if (sheet.protect) {
        // No password: a department that must change a locked cell can lift the protection.
        lxw_protection protection{};
        protection.format_columns = 1;
        protection.format_rows = 1;
        protection.insert_rows = 1;
        protection.delete_rows = 1;
        protection.sort = 1;
        protection.autofilter = 1;
        x.worksheet_protect(worksheet, nullptr, &protection);
    }
    if (!sheet.headers.isEmpty()) {
        x.worksheet_freeze_panes(worksheet, lxw_row_t(headerRow + 1), 0);
        if (columns > 0)
            check(x.worksheet_autofilter(worksheet, lxw_row_t(headerRow), 0,
                                         lxw_row_t(std::max(row - 1, headerRow)),
                                         lxw_col_t(columns - 1)));
    }
    return error;
}

/// The file name libxlsxwriter opens: it converts UTF-8 to UTF-16 on Windows, and takes the
/// bytes as they are elsewhere.
QByteArray libraryFileName(const QString &path)
{
#ifdef Q_OS_WIN
    return QDir::toNativeSeparators(path).toUtf8();
#else
    return QFile::encodeName(path);
#endif
}

} // namespace

bool writeXlsx(const QString &path, const QList<ExportSheet> &sheets, QString *error)
{
    auto fail = [&](const QString &reason) {
        if (error)
            *error = QStringLiteral("无法写入 %1：%2").arg(QFileInfo(path).fileName(), reason);
        return false;
    };
    QString loadError;
    const XlsxWriterApi *x = xlsxWriterApi(&loadError);
    if (!x) {
        if (error)
            *error = loadError;
        return false;
    }

    // The target is replaced only when everything was written (QSaveFile: a temporary file beside
    // it, renamed over it on commit). libxlsxwriter writes the whole zip to a file name of its
    // own at workbook_close(), so it writes a scratch file that is then copied in.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    QTemporaryFile scratch(QDir::tempPath() + QStringLiteral("/tuoyu-export-XXXXXX.xlsx"));
    if (!scratch.open()) {
        file.cancelWriting();
        return fail(scratch.errorString());
    }
    scratch.close(); // kept (and removed when done); libxlsxwriter opens it by name

    // constant_memory: each row goes to a temporary file once the next begins (strings inline),
    // so a 100,000-row ledger does not hold every cell in memory until the workbook is closed.
    // Cells merged down reach into rows not written yet, which that mode refuses; sheets with
    // such merges (a task table: a plan's tasks, never that many) are held until the close.
    lxw_workbook_options options{};
    options.constant_memory = std::none_of(sheets.cbegin(), sheets.cend(),
                                           [](const ExportSheet &s) { return !s.merges.isEmpty(); })
                                  ? LXW_TRUE
                                  : LXW_FALSE;
    const QByteArray scratchName = libraryFileName(scratch.fileName());
    lxw_workbook *workbook = x->workbook_new_opt(scratchName.constData(), &options);
    if (!workbook) {
        file.cancelWriting();
        return fail(QStringLiteral("libxlsxwriter 无法创建工作簿"));
    }
    lxw_error status = LXW_NO_ERROR;
    Formats formats{};
    if (!addFormats(*x, workbook, formats))
        status = LXW_ERROR_MEMORY_MALLOC_FAILED;
    QStringList used;
    const QList<ExportSheet> list = sheets.isEmpty() ? QList<ExportSheet>{ExportSheet()} : sheets;
    for (int i = 0; status == LXW_NO_ERROR && i < list.size(); ++i) {
        const QByteArray name = cleanSheetName(list[i].name, i + 1, used).toUtf8();
        lxw_worksheet *worksheet = x->workbook_add_worksheet(workbook, name.constData());
        status = worksheet ? writeSheet(*x, worksheet, formats, list[i])
                           : LXW_ERROR_SHEETNAME_ALREADY_USED;
    }
    // Closing also frees the workbook, so it is closed even after an error.
    const lxw_error closed = x->workbook_close(workbook);
    if (status == LXW_NO_ERROR)
        status = closed;
    if (status != LXW_NO_ERROR) {
        file.cancelWriting();
        return fail(QStringLiteral("libxlsxwriter 报告：%1")
                        .arg(QString::fromUtf8(x->lxw_strerror(status))));
    }

    QFile written(scratch.fileName());
    if (!written.open(QIODevice::ReadOnly)) {
        file.cancelWriting();
        return fail(written.errorString());
    }
    while (!written.atEnd()) {
        const QByteArray chunk = written.read(1 << 20);
        if (chunk.isEmpty() || file.write(chunk) != chunk.size()) {
            file.cancelWriting();
            return fail(QStringLiteral("写入失败（磁盘已满或没有权限？）"));
        }
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace tuoyu::io
