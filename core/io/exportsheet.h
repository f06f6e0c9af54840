#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace tuoyu::io {

/// How an exported column's values are written.
enum class ColumnKind
{
    Text,    ///< written as text, always (never a formula, whatever it starts with)
    Integer, ///< number shown as 0
    Decimal, ///< number shown as 0.00
    Percent, ///< a fraction (0.25) shown as 25.00%
    Date,    ///< QDate, QDateTime or an ISO yyyy-MM-dd string, shown as yyyy-mm-dd
    Money,   ///< number shown as #,##0.00 (元)
};

/// One sheet to export: a title row, one header row, then data rows. A value that does not fit
/// its column's kind (text in a number column) is written as text; a null QVariant is an empty
/// cell.
struct ExportSheet
{
    QString name;  ///< sheet name (cleaned and cut to Excel's 31 characters); default "Sheet1"
    QString title; ///< written merged across the columns above the headers; none when empty
    QStringList headers;
    QList<ColumnKind> kinds; ///< one per header; missing entries are Text
    QList<QList<QVariant>> rows;
    /// A second line merged under the title (a task table's 实施期限); none when empty.
    QString subtitle;
    /// Body cells merged down one column (a task table's 工程 and 项目): zero-based indexes
    /// into `rows`, inclusive; the value is the first row's.
    struct MergeDown
    {
        int column = 0;
        int firstRow = 0;
        int lastRow = 0;
    };
    QList<MergeDown> merges;
    QList<int> hiddenColumns; ///< written but hidden (a task table's key)
    bool wrapText = false;    ///< long text wraps inside its column, cells centred vertically

    /// What a column accepts when the officer's form is filled in (a 反馈表): checked by the
    /// spreadsheet over the body rows and `spareRows` more below them.
    struct Validation
    {
        enum class Kind
        {
            WholeNumber, ///< minimum..maximum
            List,        ///< one of `choices`
            Date,        ///< any date from 2000 to 2100
        };
        int column = 0;
        Kind kind = Kind::WholeNumber;
        double minimum = 0;
        double maximum = 0;
        QStringList choices;
        QString message; ///< shown when a value is refused
    };
    QList<Validation> validations;
    int spareRows = 0;
    /// Sheet protection without a password (a form: only `unlockedColumns` can be typed in;
    /// rows may still be sorted, filtered, inserted and deleted). Nothing is locked when false.
    bool protect = false;
    QList<int> unlockedColumns;

    ColumnKind kind(int column) const
    {
        return column < kinds.size() ? kinds[column] : ColumnKind::Text;
    }
};

/// True when a text value would be taken as a formula by a spreadsheet (it begins with = + - @,
/// a tab or a carriage return): the CSV writer prefixes such text with an apostrophe.
bool looksLikeFormula(const QString &text);

/// The number a value holds for a numeric column (numbers, or text that parses as one).
bool exportNumber(const QVariant &value, double *number);
/// The date a value holds for a date column (QDate, QDateTime, or ISO text); invalid if none.
QDate exportDate(const QVariant &value);

} // namespace tuoyu::io
