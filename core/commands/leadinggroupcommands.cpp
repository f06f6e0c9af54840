#include "leadinggroupcommands.h"

#include "rowchanges.h"
#include "rowreader.h"
#include "session/workspace.h"

namespace tuoyu::leadinggroupcommands {

namespace {

const QString kMember = QStringLiteral("leading_group_member");

bool validate(const LeadingGroupMember &m, QString *error)
{
    if (m.name.trimmed().isEmpty() && m.unit.trimmed().isEmpty()) {
        *error = QStringLiteral("领导小组成员应填写姓名或单位");
        return false;
    }
    return true;
}

QVariantMap columns(const LeadingGroupMember &m)
{
    using rowchanges::textOrNull;
    return {{QStringLiteral("role"), textOrNull(m.role)},
            {QStringLiteral("name"), textOrNull(m.name)},
            {QStringLiteral("position"), textOrNull(m.position)},
            {QStringLiteral("unit"), textOrNull(m.unit)}};
}

QString who(const QVariantMap &row)
{
    const QString name = row.value(QStringLiteral("name")).toString();
    return name.isEmpty() ? row.value(QStringLiteral("unit")).toString() : name;
}

} // namespace

QStringList roles()
{
    return {QStringLiteral("组长"), QStringLiteral("副组长"), QStringLiteral("成员"),
            QStringLiteral("办公室主任")};
}

std::unique_ptr<WorkspaceCommand> add(Workspace *ws, qint64 planId, const LeadingGroupMember &m,
                                      QString *error)
{
    if (rowreader::row(ws->db(), QStringLiteral("plan"), planId).isEmpty()) {
        *error = QStringLiteral("找不到计划 #%1").arg(planId);
        return nullptr;
    }
    if (!validate(m, error))
        return nullptr;
    QVariantMap row = columns(m);
    row.insert(QStringLiteral("plan_id"), planId);
    row.insert(QStringLiteral("seq"),
               rowchanges::nextSeq(ws->db(), kMember, QStringLiteral("plan_id"), planId));
    return rowchanges::insertCommand(ws, QStringLiteral("领导小组新增“%1”").arg(who(row)), kMember,
                                     row);
}

std::unique_ptr<WorkspaceCommand> edit(Workspace *ws, qint64 memberId, const LeadingGroupMember &m,
                                       QString *error)
{
    const QVariantMap row = rowreader::row(ws->db(), kMember, memberId);
    if (row.isEmpty()) {
        *error = QStringLiteral("找不到领导小组成员 #%1").arg(memberId);
        return nullptr;
    }
    if (!validate(m, error))
        return nullptr;
    const auto change = rowchanges::update(kMember, row, columns(m));
    if (!change) {
        *error = QStringLiteral("没有改动");
        return nullptr;
    }
    return std::make_unique<WorkspaceCommand>(
        ws, QStringLiteral("修改领导小组成员“%1”").arg(who(columns(m))), QList<RowChange>{*change});
}

std::unique_ptr<WorkspaceCommand> remove(Workspace *ws, qint64 memberId, QString *error)
{
    const QVariantMap row = rowreader::row(ws->db(), kMember, memberId);
    if (row.isEmpty()) {
        *error = QStringLiteral("找不到领导小组成员 #%1").arg(memberId);
        return nullptr;
    }
    return std::make_unique<WorkspaceCommand>(
        ws, QStringLiteral("领导小组删除“%1”").arg(who(row)),
        QList<RowChange>{RowChange::remove(kMember, memberId, row)});
}

} // namespace tuoyu::leadinggroupcommands
