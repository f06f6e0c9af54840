#include "planacceptance.h"

#include "commands/importcommand.h"
#include "commands/plancommands.h"
#include "commands/planheadercommands.h"
#include "mapping/columnmapping.h"
#include "session/workspace.h"
#include "storage/planrepository.h"

#include <QFile>
#include <QFileInfo>

namespace tuoyu::planacceptance {

namespace {

/// The subsidy engine's kind and unit of what the reader says an amount is paid per (per_slot
/// → per_slot_once, 元/托位). An amount per visit is what a 体验券 pays; an amount the reader
/// could not tie to a unit (a fund of 500万元) is a package capped at it, as is any kind not
/// listed.
QStringList engineKind(const QString &readKind)
{
    static const QString table = QStringLiteral(
        "per_slot per_slot_once 元/托位|per_class per_class_once 元/班|per_institution "
        "per_institution_once 元/家|one_off per_institution_once 元/家|per_child_month "
        "per_child_month 元/人/月|per_visit voucher 元/次");
    for (const QString &row : table.split(QLatin1Char('|'))) {
        const QStringList parts = row.split(QLatin1Char(' '));
        if (parts[0] == readKind)
            return parts.mid(1);
    }
    return {QStringLiteral("capped_package"), QStringLiteral("元")};
}

/// The 附件 tables not yet in the plan, each through the import kind its header proposes, into
/// plan `planId`.
void importAttachments(Workspace *ws, const PlanReading &reading, qint64 planId, Accepted *accepted)
{
    for (const PlanReading::AttachmentReading &a : reading.attachments) {
        if (a.importKind.isEmpty() || a.readAsOutline || a.content.rows.isEmpty())
            continue;
        const QString name =
            a.title.isEmpty() ? QStringLiteral("附件表格%1").arg(a.table + 1) : a.title;
        ImportRequest request;
        request.sourceName = QStringLiteral("%1 %2").arg(reading.documentName, name);
        request.planId = planId;
        io::Table table = a.content;
        ImportPlan plan;
        QString why;
        const bool applied = ws->execute(
            [&](QString *e) -> std::unique_ptr<WorkspaceCommand> {
                plan = Importer::prepare(ws, std::move(table), request, e);
                return std::move(plan.command);
            },
            &why);
        if (applied)
            accepted->attachments.append(
                QStringLiteral("%1 %2（新增%3、更新%4行）")
                    .arg(name, mapping::tableKindLabel(mapping::tableKindFromCode(a.importKind)))
                    .arg(plan.inserted)
                    .arg(plan.updated));
        else
            accepted->warnings.append(QStringLiteral("%1 未能导入：%2").arg(name, why));
    }
}

} // namespace

SubsidyRule ruleDraft(const PlanReading::SubsidyRuleReading &read, const Plan &plan)
{
    SubsidyRule rule;
    const QStringList kind = engineKind(read.kind);
    rule.kind = kind[0];
    rule.unit = kind[1];
    const qint64 fen = read.amount.fen();
    if (rule.kind == QLatin1String("capped_package") || read.limit == QLatin1String("cap")) {
        rule.capFen = fen;
        rule.amountFen = rule.kind == QLatin1String("capped_package") ? 0 : fen;
    } else {
        rule.amountFen = fen;
    }
    if (read.limit == QLatin1String("floor"))
        rule.conditions.insert(QStringLiteral("amount_is_minimum"), true);
    // a draft: nothing is paid under it until the officer has read it and switched it on
    rule.enabled = false;
    rule.conditions.insert(QStringLiteral("draft_from_document"), true);
    QString words = read.sentence.simplified();
    if (words.size() > 24)
        words = words.left(24) + QStringLiteral("…");
    rule.name = QStringLiteral("（草稿）%1").arg(words);
    rule.sourceText = read.sentence;
    rule.validFrom = plan.periodStart;
    rule.validTo = plan.periodEnd;
    return rule;
}

PlanDraft acceptedDraft(const PlanReading &reading)
{
    PlanDraft draft = reading.draft;
    for (const auto &read : reading.subsidyRules)
        draft.subsidyRules.append(ruleDraft(read, draft.plan));
    return draft;
}

std::optional<Accepted> addPlan(Workspace *ws, const PlanReading &reading, const QString &title,
                                QString *error)
{
    const PlanDraft draft = acceptedDraft(reading);
    auto command = planheadercommands::create(ws, draft, title, error);
    if (!command)
        return std::nullopt;
    // the plan and its attachments are one step to undo
    ws->undoStack()->beginMacro(QStringLiteral("从实施方案新建计划：%1").arg(draft.plan.title));
    if (!ws->execute(std::move(command), error)) {
        ws->undoStack()->endMacro();
        ws->undoStack()->undo(); // an empty macro: take it off the stack again
        return std::nullopt;
    }
    Accepted accepted;
    accepted.planId = PlanRepository(ws).defaultPlan()->id; // the newest
    accepted.subsidyDrafts = int(draft.subsidyRules.size());
    importAttachments(ws, reading, accepted.planId, &accepted);
    ws->undoStack()->endMacro();
    return accepted;
}

std::unique_ptr<Workspace> createWorkspace(const QString &path, const PlanReading &reading,
                                           Accepted *accepted, QString *error)
{
    if (QFileInfo::exists(path)) {
        *error = QStringLiteral("%1 已存在：不会覆盖已有文件，请换一个文件名")
                     .arg(QFileInfo(path).fileName());
        return nullptr;
    }
    auto ws = Workspace::create(path, error);
    if (!ws)
        return nullptr;
    const PlanDraft draft = acceptedDraft(reading);
    auto command = plancommands::create(ws.get(), draft, error);
    if (!command || !ws->execute(std::move(command), error)) {
        ws.reset();
        QFile::remove(path); // never leave a half-made workspace behind
        return nullptr;
    }
    Accepted result;
    result.planId = PlanRepository(ws.get()).defaultPlan()->id;
    result.subsidyDrafts = int(draft.subsidyRules.size());
    importAttachments(ws.get(), reading, result.planId, &result);
    ws->undoStack()->clear(); // a new file starts with nothing to undo
    if (accepted)
        *accepted = result;
    return ws;
}

} // namespace tuoyu::planacceptance
