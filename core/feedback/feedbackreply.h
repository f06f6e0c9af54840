#pragma once

#include "feedbackform.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tuoyu {

class Workspace;

namespace io {
struct Table;
}
namespace mapping {
struct ColumnMapping;
struct MappingResult;
} // namespace mapping

namespace feedback {

/// One field a reply changes on its task, as the review dialog shows it.
struct FieldChange
{
    QString field; ///< 完成百分比, 状态, 进展, 办结申请, 延期申请
    QString oldValue;
    QString newValue;
};

/// One row of a returned form matched to its task, with what merging it would do.
struct ReplyRow
{
    QString file; ///< the file's name
    int row = 0;  ///< 1-based row in the sheet (or Word table)
    qint64 roundId = 0;
    qint64 departmentId = 0;
    QString department;
    qint64 taskId = 0;
    QString taskText;
    bool byKey = true; ///< matched by the hidden key (else by the task's words)

    // What the reply asks for, already checked against the task; empty/unset when nothing.
    QString progressText; ///< a new 进展 entry (with evidence, reporter and phone)
    int percent = -1;     ///< the task's new percent
    bool startTask = false;
    bool requestClose = false;
    QDate extendTo;
    QString extendReason;
    QString reporter;

    QList<FieldChange> changes; ///< empty when the row changes nothing (already merged)
    QStringList warnings;       ///< what was not applied, and why
    bool accepted = true;       ///< the officer's choice in the review; all by default
};

/// A row (or a whole file, row 0) that cannot be merged, with the reason in Chinese.
struct RefusedRow
{
    QString file;
    int row = 0;
    QString reason;
    QString message() const;
};

/// A department's reply to a round, for its receipt.
struct Receipt
{
    qint64 roundId = 0;
    qint64 departmentId = 0;
    QString file;
};

/// Everything the returned files would do, worked out before anything is written.
struct Review
{
    QStringList files;
    QList<ReplyRow> rows; ///< every matched row, those changing nothing included
    QList<RefusedRow> refused;
    QList<Receipt> receipts;
    QDate asOf; ///< the day progress entries are dated

    int matched() const { return int(rows.size()); }
    /// Tasks whose data accepted rows change.
    int updatedTasks() const;
    int unchangedRows() const;
    /// Every row's warnings, "file 第N行：…".
    QStringList warnings() const;
};

/// Reads returned forms (xlsx as Excel, WPS or LibreOffice save them, xls, docx) and matches
/// each row to its task: by the hidden key, else by the task's words among the department's
/// tasks. Rows from another workspace or plan, for another department than the form claims, or
/// edited out of shape are refused with the reason; lowering a percent or reopening a closed
/// task becomes a warning and is not applied. Reads the workspace, writes nothing.
Review review(Workspace *workspace, const QStringList &paths, const QDate &asOf);

/// The record key of a form column in a reply's mapping ("task", "progress", "percent" …).
QString fieldCode(Column column);
/// A reply form's mapping (TableKind::FeedbackReply): its header row is the first of its top
/// rows naming 具体任务 and 本期进展情况, each column the form field its words name (columns may
/// have moved or been deleted). std::nullopt when the table is not a form. TableMapper::propose
/// asks this first, so the import pipeline knows replies.
std::optional<mapping::ColumnMapping> replyMapping(const io::Table &table);
/// The reply import kind's mapping: one record per row below the header that is not blank, its
/// cells' text by field code; the form's key and claimed 填报单位 from the lines above the
/// header (else the first row's key) as the result's facts.
void mapReply(const io::Table &table, const mapping::ColumnMapping &mapping,
              mapping::MappingResult &result);
/// Checks one mapped reply named `file` against the workspace into `out` (its asOf the day
/// entries are dated): what review() does for each file.
void reviewMapped(Workspace *workspace, const QString &file, const mapping::MappingResult &mapped,
                  Review &out);

/// Whether `path` reads as a feedback form (its header names 具体任务 and 本期进展情况): a file
/// dropped on the window is then merged as a reply rather than imported.
bool isReplyFile(const QString &path);

} // namespace feedback
} // namespace tuoyu
