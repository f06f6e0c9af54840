#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace tuoyu {

class Workspace;

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

} // namespace feedback
} // namespace tuoyu
