#include "settingcommands.h"

#include "rowchanges.h"
#include "session/workspace.h"
#include "storage/workspacesettings.h"

#include "storage/sqlquery.h"

namespace tuoyu::settingcommands {

namespace {

const QString kTable = QStringLiteral("workspace_setting");

/// Sets one whole-number setting, `label` naming it in messages: the row is inserted the first
/// time and updated after, so undo restores "unset" as well as an earlier value.
std::unique_ptr<WorkspaceCommand> setNumber(Workspace *ws, const QString &key, const QString &label,
                                            int value, int current, int max, QString *error)
{
    if (value < 1 || value > max) {
        *error =
            QStringLiteral("%1应为 1 到 %2 之间的整数（填的是 %3）").arg(label).arg(max).arg(value);
        return nullptr;
    }
    if (value == current) {
        *error = QStringLiteral("%1没有改动").arg(label);
        return nullptr;
    }
    SqlQuery q(ws->db());
    q.prepare(QStringLiteral("SELECT id, value FROM workspace_setting WHERE key = ?"));
    q.addBindValue(key);
    const QString text = QStringLiteral("%1改为 %2").arg(label).arg(value);
    if (q.exec() && q.next())
        return std::make_unique<WorkspaceCommand>(
            ws, text,
            QList<RowChange>{RowChange::update(
                kTable, q.value(0).toLongLong(), {{QStringLiteral("value"), q.value(1)}},
                {{QStringLiteral("value"), QString::number(value)}})});
    return rowchanges::insertCommand(
        ws, text, kTable,
        {{QStringLiteral("key"), key}, {QStringLiteral("value"), QString::number(value)}});
}

} // namespace

std::unique_ptr<WorkspaceCommand> setDueSoonWorkingDays(Workspace *ws, int workingDays,
                                                        QString *error)
{
    return setNumber(ws, workspacesettings::dueSoonWorkingDaysKey(),
                     QStringLiteral("“即将到期”的工作日数"), workingDays,
                     workspacesettings::dueSoonWorkingDays(*ws),
                     workspacesettings::kMaxDueSoonWorkingDays, error);
}

std::unique_ptr<WorkspaceCommand> setSeriousOverdueDays(Workspace *ws, int days, QString *error)
{
    return setNumber(ws, workspacesettings::seriousOverdueDaysKey(),
                     QStringLiteral("红色督办的逾期天数"), days,
                     workspacesettings::seriousOverdueDays(*ws),
                     workspacesettings::kMaxSeriousOverdueDays, error);
}

} // namespace tuoyu::settingcommands
