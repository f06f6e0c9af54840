#pragma once

#include "io/exportsheet.h"

#include <QString>

namespace tuoyu {

class Workspace;

/// A plan written as the 重点任务分工表 offices keep (import/tasktableformat.h has the layout):
/// the title and period above, one task per row, 工程 and 项目 merged down over their tasks,
/// lead and other units, deadline words, notes, and a hidden key that lets a re-import of the
/// file find each task again. Importing it into a blank workspace gives the same plan back.
namespace plantable {

/// The id this workspace writes into the keys of the files it sends out (task tables,
/// feedback forms), made on first use.
QString workspaceId(Workspace *workspace);
/// The plan as a sheet (xlsx: merged program and project cells, the key column hidden).
io::ExportSheet sheet(Workspace *workspace, qint64 planId);
/// Writes the plan to `path`: .xlsx through the xlsx writer, .docx as a Word table. False with
/// a Chinese message naming the file when it cannot.
bool write(Workspace *workspace, qint64 planId, const QString &path, QString *error);
/// A sheet the office sends out (a task table, a feedback form) written to `path`: .xlsx as it
/// is, .docx as a Word table of the columns before `keyColumn` (a Word table cannot hide one)
/// under the title and subtitle. `what` names the table in the message for another suffix.
bool writeSheet(const io::ExportSheet &sheet, int keyColumn, const QList<double> &widths,
                const QString &blockId, const QString &what, const QString &path, QString *error);

} // namespace plantable
} // namespace tuoyu
