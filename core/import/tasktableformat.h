#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace tuoyu::tasktable {

// The layout of a 重点任务分工表 as the product writes it and reads it back: what the columns are
// called, how a program's or project's number sits before its title, how units share a cell and
// what the hidden key says. Import (import/tasktableimport.cpp) and export
// (exporting/plantable.cpp) both use these, so a table the product writes reads back the same.

/// The columns of an exported task table, in order. The last (key) is hidden in xlsx.
enum Column
{
    RowNumber,
    ProgramColumn,
    ProjectColumn,
    TaskColumn,
    LeadColumn,
    CoColumn,
    DeadlineColumn,
    NoteColumn,
    KeyColumn,
    ColumnCount
};
QStringList headers();

/// A program or project cell as printed: "（一）完善政策支持体系", "1. 落实党政责任".
struct Numbered
{
    QString number; ///< "（一）", "(一)", "1", "一"; empty when the cell has none
    QString title;
};
/// Splits the number a cell starts with from its title. Bracketed numbers are kept with their
/// brackets; 一、 / 1. / 1、 / 项目1： lose their separator.
Numbered splitNumber(const QString &cell);
/// The cell for a number and title; splitNumber(joinNumber(n, t)) gives n and t back.
QString joinNumber(const QString &number, const QString &title);

/// Units as one cell writes them: separated by 、，,；; or line breaks (and spaces).
QStringList splitUnits(const QString &cell);
/// Units as the export writes them: one per line.
QString joinUnits(const QStringList &units);

/// The hidden key of a task: "tuoyu:<workspace id>:<task id>".
QString taskKey(const QString &workspaceId, qint64 taskId);
/// The task id a key names when it was written by the workspace `workspaceId`; 0 otherwise.
qint64 taskIdFromKey(const QString &key, const QString &workspaceId);
/// The workspace_info key under which a workspace keeps its id.
QString workspaceIdInfoKey();

/// Words of a title row that say the table is a task table, not part of the plan's title.
QString planTitleFromTitleRow(const QString &titleRow);
/// "实施期限：2023年1月1日至2025年12月31日" as the export writes it under the title.
QString periodLine(const QDate &start, const QDate &end);
/// The period a line under the title (or the title itself: "（2023—2025年）") states; both
/// invalid when none.
bool parsePeriod(const QString &text, QDate *start, QDate *end);

} // namespace tuoyu::tasktable
