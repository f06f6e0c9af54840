#include "subsidyrulecommands.h"

#include "evidencecommands.h"
#include "rowreader.h"
#include "session/workspace.h"
#include "subsidy/ledgerline.h"

namespace tuoyu::subsidycommands {

std::unique_ptr<WorkspaceCommand> removeRule(Workspace *ws, qint64 ruleId, QString *error)
{
    const QString ruleTable = QStringLiteral("subsidy_rule");
    const QString lineTable = QStringLiteral("ledger_line");
    const QVariantMap rule = rowreader::row(ws->db(), ruleTable, ruleId);
    if (rule.isEmpty()) {
        *error = QStringLiteral("找不到奖补规则 #%1").arg(ruleId);
        return nullptr;
    }
    const QString name = rule.value(QStringLiteral("name")).toString();
    const QList<QVariantMap> lines =
        rowreader::rowsWhere(ws->db(), lineTable, QStringLiteral("rule_id"), ruleId);
    QStringList paid;
    for (const QVariantMap &l : lines)
        if (l.value(QStringLiteral("status")).toString() == ledgerStatusCode(LedgerStatus::Paid))
            paid << QStringLiteral("%1 %2").arg(
                l.value(QStringLiteral("institution_name")).toString(),
                l.value(QStringLiteral("period")).toString());
    if (!paid.isEmpty()) {
        *error = QStringLiteral("规则“%1”已有 %2 行台账已拨付（%3%4），不能删除；"
                                "不再执行的规则请取消“启用”。")
                     .arg(name)
                     .arg(paid.size())
                     .arg(paid.mid(0, 3).join(QStringLiteral("、")),
                          paid.size() > 3 ? QStringLiteral("等") : QString());
        return nullptr;
    }
    // Children first, each as its own row change: the database's ON DELETE would remove claims
    // and unlink lines behind the command's back, and undo could not put them back.
    QList<RowChange> changes;
    for (const QVariantMap &l : lines) {
        const qint64 id = l.value(QStringLiteral("id")).toLongLong();
        const QString status = l.value(QStringLiteral("status")).toString();
        const bool undecided =
            status == ledgerStatusCode(LedgerStatus::Computed) ||
            (status == ledgerStatusCode(LedgerStatus::Rejected) &&
             l.value(QStringLiteral("reject_reason")).toString() == kNotFiledReason);
        if (undecided)
            changes << RowChange::remove(lineTable, id, l);
        else
            changes << RowChange::update(lineTable, id, {{QStringLiteral("rule_id"), ruleId}},
                                         {{QStringLiteral("rule_id"), QVariant()}});
    }
    for (const QVariantMap &c : rowreader::rowsWhere(ws->db(), QStringLiteral("subsidy_claim"),
                                                     QStringLiteral("rule_id"), ruleId))
        changes << RowChange::remove(QStringLiteral("subsidy_claim"),
                                     c.value(QStringLiteral("id")).toLongLong(), c);
    changes << RowChange::remove(ruleTable, ruleId, rule);
    changes += evidencecommands::followingRemovals(ws, changes); // the claims' and lines' files
    return std::make_unique<WorkspaceCommand>(ws, QStringLiteral("删除规则“%1”").arg(name),
                                              changes);
}

} // namespace tuoyu::subsidycommands
