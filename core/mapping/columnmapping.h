#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace tuoyu::mapping {

/// What a table holds, recognised from its header words.
enum class TableKind
{
    Unknown,
    InstitutionList, ///< 机构名单: one institution per row
    Enrolment,       ///< 月度收托情况: one institution and month per row
    Decomposition,   ///< 任务分解表: items as rows, year × area (or unit) as columns
    TaskTable,       ///< 重点任务分工表: one task per row under merged 工程 / 项目 cells
    FeedbackReply,   ///< 反馈表 a department returned (core/feedback): one task per row
    Staff,           ///< 从业人员名单: one person per row (docs/register.md)
    Inspections      ///< 监督检查记录: one inspection per row
};

QString tableKindCode(TableKind kind);            ///< "institutions", "enrolment", …
TableKind tableKindFromCode(const QString &code); ///< Unknown for codes it does not know
QString tableKindLabel(TableKind kind); ///< 机构名单, 月度收托情况, 任务分解表

/// What one column of the table means. For institution lists and enrolment sheets `field` is a
/// canonical key (fields.h); for decomposition tables it is "item" (the row label), "target"
/// (an area's cell, with year and area) or "total" (a printed 合计, with year; year 0 means a
/// total over all years). An empty field means the column is not imported.
struct ColumnAssignment
{
    QString header; ///< the header words as read, normalised, rows joined with "/"
    QString field;
    int year = 0; ///< decomposition only
    QString area; ///< decomposition only: 郑陆, 教育局 … as written

    bool operator==(const ColumnAssignment &) const = default;
};

/// The mapping of one table: where its header is and what each column means. A value type the
/// import dialog shows, lets the officer correct, and hands back to TableMapper::map. Stored by
/// the workspace under signature() so the next file with the same header maps with no questions.
struct ColumnMapping
{
    TableKind kind = TableKind::Unknown;
    int headerFirstRow = -1; ///< zero-based; the header may span two rows (merged group headers)
    int headerLastRow = -1;
    QList<ColumnAssignment> columns; ///< one per table column, in order
    /// Enrolment: the year (and month) the title or sheet name states, used for months written
    /// as "3月" and for sheets without a month column. 0 when not known.
    int contextYear = 0;
    int contextMonth = 0;

    bool isValid() const { return kind != TableKind::Unknown && headerLastRow >= 0; }
    int firstDataRow() const { return headerLastRow + 1; }
    /// The first column assigned to `field`, -1 if none.
    int columnOf(const QString &field) const;
    /// Assigns `field` to `column` (growing the list if needed) and takes it away from any other
    /// column, so one field is never read from two places. An empty field clears the column.
    void setField(int column, const QString &field);

    /// The normalised header words, columns joined with "|", trailing empty columns dropped:
    /// "序号|幼儿园名称|属性|托位数|备注". Equal for two files with the same header.
    QString signature() const;

    QJsonObject toJson() const;
    /// Reads what toJson wrote. std::nullopt (and *error) when the object is not a mapping.
    static std::optional<ColumnMapping> fromJson(const QJsonObject &object,
                                                 QString *error = nullptr);

    bool operator==(const ColumnMapping &) const = default;
};

} // namespace tuoyu::mapping
