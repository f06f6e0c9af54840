#include "indicatorcommands.h"

#include "indicators/indicatorengine.h"
#include "rowchanges.h"
#include "rowreader.h"
#include "session/workspace.h"

#include "storage/sqlquery.h"

#include <cmath>

namespace tuoyu::indicatorcommands {

using rowchanges::textOrNull;

namespace {

const QString kIndicator = QStringLiteral("indicator");
const QString kTarget = QStringLiteral("indicator_target");

/// The officer's edit checked; the message names the indicator and the field.
bool validate(Workspace *ws, qint64 planId, qint64 indicatorId, const IndicatorEdit &e,
              QString *error)
{
    const QString name = e.name.trimmed();
    if (name.isEmpty()) {
        *error = QStringLiteral("指标名称不能为空");
        return false;
    }
    if (!tiers().contains(e.tier.trimmed()) && !e.tier.trimmed().isEmpty()) {
        *error = QStringLiteral("“%1”的层级“%2”不对，应为 %3 之一")
                     .arg(name, e.tier.trimmed(), tiers().join(QStringLiteral("、")));
        return false;
    }
    if (!e.formula.isEmpty() && !IndicatorEngine::formula(e.formula)) {
        *error = QStringLiteral("“%1”的公式“%2”不在公式列表中（见 indicator-formulas）")
                     .arg(name, e.formula);
        return false;
    }
    QSet<int> years;
    for (const IndicatorTarget &t : e.targets) {
        if (t.year < 1990 || t.year > 2100) {
            *error = QStringLiteral("“%1”的目标年份不对：%2").arg(name).arg(t.year);
            return false;
        }
        if (years.contains(t.year)) {
            *error = QStringLiteral("“%1”的%2年目标填了两次").arg(name).arg(t.year);
            return false;
        }
        years.insert(t.year);
        if (!std::isfinite(t.value) || t.value < 0) {
            *error = QStringLiteral("“%1”的%2年目标应为不小于 0 的数").arg(name).arg(t.year);
            return false;
        }
    }
    // Template actuals and reports name indicators by name: two with one name are one too many.
    SqlQuery q(ws->db());
    q.exec(
        QStringLiteral("SELECT COUNT(*) FROM indicator WHERE plan_id = ? AND name = ? AND id <> ?"),
        {planId, name, indicatorId});
    if (q.next() && q.value(0).toInt() > 0) {
        *error = QStringLiteral("计划中已有指标“%1”").arg(name);
        return false;
    }
    return true;
}

QVariantMap columns(const IndicatorEdit &e)
{
    return {{QStringLiteral("tier"), e.tier.trimmed()},
            {QStringLiteral("name"), e.name.trimmed()},
            {QStringLiteral("unit"), textOrNull(e.unit)},
            {QStringLiteral("direction"), directionSymbol(e.direction)},
            {QStringLiteral("formula"), textOrNull(e.formula)}};
}

RowChange insertTarget(Workspace *ws, qint64 indicatorId, const IndicatorTarget &t)
{
    return RowChange::insert(kTarget, ws->allocateId(kTarget),
                             {{QStringLiteral("indicator_id"), indicatorId},
                              {QStringLiteral("year"), t.year},
                              {QStringLiteral("value"), t.value},
                              {QStringLiteral("label"), textOrNull(t.label)},
                              {QStringLiteral("source_text"), textOrNull(t.sourceText)}});
}

} // namespace

QStringList tiers()
{
    return {tier::quantity(), tier::quality(), tier::socialBenefit(), tier::satisfaction(),
            tier::publicProvision()};
}

std::unique_ptr<WorkspaceCommand> add(Workspace *ws, qint64 planId, const IndicatorEdit &e,
                                      QString *error)
{
    if (rowreader::row(ws->db(), QStringLiteral("plan"), planId).isEmpty()) {
        *error = QStringLiteral("找不到计划 #%1").arg(planId);
        return nullptr;
    }
    if (!validate(ws, planId, 0, e, error))
        return nullptr;
    const qint64 id = ws->allocateId(kIndicator);
    QVariantMap row = columns(e);
    row.insert(QStringLiteral("plan_id"), planId);
    row.insert(QStringLiteral("seq"),
               rowchanges::nextSeq(ws->db(), kIndicator, QStringLiteral("plan_id"), planId));
    row.insert(QStringLiteral("target_kind"), targetKindCode(TargetKind::Value));
    QList<RowChange> changes{RowChange::insert(kIndicator, id, row)};
    for (const IndicatorTarget &t : e.targets)
        changes.append(insertTarget(ws, id, t));
    return std::make_unique<WorkspaceCommand>(
        ws, QStringLiteral("新增指标“%1”").arg(e.name.trimmed()), changes);
}

std::unique_ptr<WorkspaceCommand> edit(Workspace *ws, qint64 indicatorId, const IndicatorEdit &e,
                                       QString *error)
{
    const QVariantMap row = rowreader::row(ws->db(), kIndicator, indicatorId);
    if (row.isEmpty()) {
        *error = QStringLiteral("找不到指标 #%1").arg(indicatorId);
        return nullptr;
    }
    if (!validate(ws, row.value(QStringLiteral("plan_id")).toLongLong(), indicatorId, e, error))
        return nullptr;
    QList<RowChange> changes;
    if (auto u = rowchanges::update(kIndicator, row, columns(e)))
        changes.append(*u);
    // Only a numeric target is a list of years; a relative or qualitative one keeps its words.
    if (targetKindFromCode(row.value(QStringLiteral("target_kind")).toString()) ==
        TargetKind::Value) {
        QHash<int, QVariantMap> stored;
        for (const QVariantMap &t :
             rowreader::rowsWhere(ws->db(), kTarget, QStringLiteral("indicator_id"), indicatorId))
            stored.insert(t.value(QStringLiteral("year")).toInt(), t);
        for (const IndicatorTarget &t : e.targets) {
            if (const auto it = stored.constFind(t.year); it != stored.cend()) {
                if (auto u = rowchanges::update(kTarget, *it, {{QStringLiteral("value"), t.value}}))
                    changes.append(*u);
                stored.remove(t.year);
            } else {
                changes.append(insertTarget(ws, indicatorId, t));
            }
        }
        for (const QVariantMap &t : std::as_const(stored))
            changes.append(
                RowChange::remove(kTarget, t.value(QStringLiteral("id")).toLongLong(), t));
    }
    if (changes.isEmpty()) {
        *error = QStringLiteral("没有改动");
        return nullptr;
    }
    return std::make_unique<WorkspaceCommand>(
        ws, QStringLiteral("修改指标“%1”").arg(e.name.trimmed()), changes);
}

std::unique_ptr<WorkspaceCommand> remove(Workspace *ws, qint64 indicatorId, QString *error)
{
    const QVariantMap row = rowreader::row(ws->db(), kIndicator, indicatorId);
    if (row.isEmpty()) {
        *error = QStringLiteral("找不到指标 #%1").arg(indicatorId);
        return nullptr;
    }
    QList<RowChange> changes;
    for (const QString &table :
         {kTarget, QStringLiteral("indicator_value"), QStringLiteral("indicator_average"),
          QStringLiteral("indicator_snapshot"), QStringLiteral("year_close_indicator")})
        changes +=
            rowchanges::removeWhere(ws->db(), table, QStringLiteral("indicator_id"), indicatorId);
    changes.append(RowChange::remove(kIndicator, indicatorId, row));
    return std::make_unique<WorkspaceCommand>(
        ws, QStringLiteral("删除指标“%1”").arg(row.value(QStringLiteral("name")).toString()),
        changes);
}

QString removalSummary(Workspace *ws, qint64 indicatorId)
{
    QStringList parts;
    const QList<QPair<QString, QString>> kinds = {
        {kTarget, QStringLiteral("%1个年度目标")},
        {QStringLiteral("indicator_value"), QStringLiteral("%1条录入的实际值")},
        {QStringLiteral("indicator_average"), QStringLiteral("%1条平均水平")},
        {QStringLiteral("indicator_snapshot"), QStringLiteral("%1个月的历史记录")}};
    for (const auto &[table, words] : kinds) {
        const auto n =
            rowreader::rowsWhere(ws->db(), table, QStringLiteral("indicator_id"), indicatorId)
                .size();
        if (n > 0)
            parts << words.arg(n);
    }
    return parts.join(QStringLiteral("、"));
}

} // namespace tuoyu::indicatorcommands
