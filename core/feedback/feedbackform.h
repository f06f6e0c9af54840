#pragma once

#include "io/exportsheet.h"
#include "storage/planrepository.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace tuoyu {

class Database;
class Workspace;

/// 督办 without a server: each 责任单位 gets a form (反馈表) with its tasks, fills it in and sends
/// it back; the reply is merged into the plan (feedbackreply.h). This file is the form's layout,
/// what the writer and the reader of replies share, and the writer.
namespace feedback {

/// The columns of a feedback form, in order. Columns up to StatusColumn and the last one are the
/// office's (locked); ProgressColumn … PhoneColumn are the department's to fill in.
enum Column
{
    RowNumber,
    ProjectColumn,
    TaskColumn,
    RoleColumn, ///< 牵头 or 配合
    DeadlineColumn,
    StatusColumn,
    LastProgressColumn,
    ProgressColumn,
    PercentColumn,
    DoneColumn,
    ExtendToColumn,
    ExtendReasonColumn,
    EvidenceColumn,
    ReporterColumn,
    PhoneColumn,
    KeyColumn, ///< hidden in xlsx: ties the row to its task whatever is done to the rows
    ColumnCount
};
QStringList headers();
/// The columns a reply must still have to be read (the others may be deleted).
QList<Column> requiredColumns();
/// The words of the 是否办结 list.
QString doneYes();
QString doneNo();

/// What a key names: the workspace that wrote the form, the round, the department it was sent
/// to and the task (0 in the form's own key, written above the table).
struct Key
{
    QString workspaceId;
    qint64 roundId = 0;
    qint64 departmentId = 0;
    qint64 taskId = 0;
};
/// "tuoyu-fb:<workspace id>:<round>:<department>:<task>".
QString keyText(const Key &key);
/// The key in `text` (anywhere in it, so a title line can carry the form's); nullopt if none.
std::optional<Key> parseKey(const QString &text);
/// "填报单位：区卫健委" as the instruction row writes it; the name, empty when the text has none.
QString claimedDepartment(const QString &text);

/// The tasks a department owes in a plan (it leads or shares them), in the plan's order.
QList<TaskView> departmentTasks(Database *db, qint64 planId, qint64 departmentId);
/// 牵头 or 配合: the department's part in a task.
QString roleOf(const TaskView &task, qint64 departmentId);

/// One round's form for one department, as a sheet (xlsx: validation, protection, hidden key).
/// Empty (no rows, no headers) when the round or the department is not found.
io::ExportSheet formSheet(Workspace *workspace, qint64 roundId, qint64 departmentId);
/// Writes the form to `path`: .xlsx as the sheet, .docx as a Word table with the same columns
/// (no key column; the form's key is in the instruction line). False with a Chinese message
/// naming the file when it cannot.
bool writeForm(Workspace *workspace, qint64 roundId, qint64 departmentId, const QString &path,
               QString *error);
/// The file name a department's form is given: "反馈表-<round>-<department>.<suffix>", with
/// characters no file system takes replaced.
QString formFileName(const QString &roundName, const QString &department, const QString &suffix);

} // namespace feedback
} // namespace tuoyu
