#include "subsidycommands.h"

#include "domain/money.h"
#include "domain/valuerange.h"
#include "evidence/evidence.h"
#include "evidencecommands.h"
#include "rowchanges.h"
#include "rowreader.h"
#include "session/workspace.h"
#include "subsidy/fundcheck.h"
#include "subsidy/subsidyengine.h"

#include "storage/sqlquery.h"
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlRecord>

namespace tuoyu::subsidycommands {

namespace {

const QString kLine = QStringLiteral("ledger_line");

/// An amount a form gives (a rule's standard or cap, a fund, a claim): not negative and within
/// ranges::amountFen, so that no ledger line or sum over them can overflow. `what` names it.
bool checkAmount(const QString &what, std::optional<qint64> fen, QString *error)
{
    if (!fen || ranges::amountFen.contains(*fen))
        return true;
    *error = *fen < 0 ? QStringLiteral("%1不能为负数").arg(what)
                      : QStringLiteral("%1“%2”超出合理范围（最多 %3）")
                            .arg(what, Fen(*fen).toString(), Fen(ranges::amountFen.max).toString());
    return false;
}

QList<QVariantMap> lines(Workspace *ws, const QList<qint64> &ids, QString *error)
{
    QList<QVariantMap> rows;
    for (qint64 id : ids) {
        const QVariantMap row = rowreader::row(ws->db(), kLine, id);
        if (row.isEmpty()) {
            *error = QStringLiteral("找不到台账行 #%1").arg(id);
            return {};
        }
        rows << row;
    }
    if (rows.isEmpty())
        *error = QStringLiteral("没有选中台账行");
    return rows;
}

QString lineName(const QVariantMap &row)
{
    return QStringLiteral("%1 %2 %3")
        .arg(row.value(QStringLiteral("institution_name")).toString(),
             row.value(QStringLiteral("rule_name")).toString(),
             row.value(QStringLiteral("period")).toString());
}

QString statusOf(const QVariantMap &row)
{
    return row.value(QStringLiteral("status")).toString();
}

/// Checks that every line can be charged to the fund together (negative list and balance).
bool checkFund(Workspace *ws, qint64 fundId, const QList<QVariantMap> &rows, QString *error)
{
    qint64 total = 0;
    for (const QVariantMap &row : rows) {
        // Lines already committed to this fund do not count twice.
        if (row.value(QStringLiteral("fund_id")).toLongLong() != fundId)
            total += row.value(QStringLiteral("amount_fen")).toLongLong();
        const QString why = FundCheck::refusal(
            ws, fundId, row.value(QStringLiteral("use_code")).toString(), 0, lineName(row));
        if (!why.isEmpty()) {
            *error = why;
            return false;
        }
    }
    const QString why =
        FundCheck::refusal(ws, fundId, QString(), total, QStringLiteral("所选台账"));
    if (!why.isEmpty()) {
        *error = why;
        return false;
    }
    return true;
}

/// What editRule and addRule refuse in a rule, named by `old` (the rule's name).
bool checkRule(const SubsidyRule &r, const QString &old, QString *error)
{
    if (r.validFrom.isValid() && r.validTo.isValid() && r.validTo < r.validFrom) {
        *error = QStringLiteral("规则“%1”：有效期的结束日期 %2 早于开始日期 %3")
                     .arg(old, r.validTo.toString(Qt::ISODate), r.validFrom.toString(Qt::ISODate));
        return false;
    }
    static const QStringList uses = {
        QStringLiteral("construction"), QStringLiteral("operation"),
        QStringLiteral("equipment"),    QStringLiteral("safety"),
        QStringLiteral("voucher"),      QStringLiteral("training"),
        QStringLiteral("wages"),        QStringLiteral("family_allowance"),
        QStringLiteral("debt"),         QStringLiteral("other")};
    if (!uses.contains(r.fundUse)) {
        *error = QStringLiteral("规则“%1”：资金用途不对：%2").arg(old, r.fundUse);
        return false;
    }
    // Conditions the engine reads must have the type it reads; unknown keys are kept as notes.
    const QJsonObject &c = r.conditions;
    for (const char *key : {"min_slots", "max_slots", "min_chain_size", "per_family_limit"}) {
        const QJsonValue v = c.value(QLatin1String(key));
        if (!v.isUndefined() && (!v.isDouble() || v.toDouble() < 0)) {
            *error = QStringLiteral("规则“%1”：条件 %2 应为非负整数").arg(old, QLatin1String(key));
            return false;
        }
    }
    const QJsonValue utilisation = c.value(QStringLiteral("min_utilisation"));
    if (!utilisation.isUndefined() &&
        (!utilisation.isDouble() || utilisation.toDouble() < 0 || utilisation.toDouble() > 100)) {
        *error = QStringLiteral("规则“%1”：托位使用率应在 0–100 之间").arg(old);
        return false;
    }
    if (c.contains(QStringLiteral("min_slots")) && c.contains(QStringLiteral("max_slots")) &&
        c.value(QStringLiteral("max_slots")).toInt() <
            c.value(QStringLiteral("min_slots")).toInt()) {
        *error = QStringLiteral("规则“%1”：托位上限小于下限").arg(old);
        return false;
    }
    return true;
}

/// The 拨付 evidence of the lines `removed` deletes: moved onto the line computed again for the
/// same rule, institution and period (`made`), else removed with its line — never left behind.
QList<RowChange> movedEvidence(Workspace *ws, const QList<RowChange> &removed,
                               const QHash<QString, qint64> &made)
{
    QList<RowChange> changes;
    QList<RowChange> gone;
    for (const RowChange &c : removed) {
        const QString key =
            ledgerLineKey(c.before.value(QStringLiteral("rule_id")).toLongLong(),
                          c.before.value(QStringLiteral("institution_id")).toLongLong(),
                          c.before.value(QStringLiteral("period")).toString());
        const qint64 to = made.value(key);
        if (to == 0) {
            gone.append(c);
            continue;
        }
        for (const Evidence &e : evidence::attachedTo(*ws, EvidenceTarget::Payment, c.id))
            changes.append(RowChange::update(QStringLiteral("evidence"), e.id,
                                             {{QStringLiteral("attached_id"), c.id}},
                                             {{QStringLiteral("attached_id"), to}}));
    }
    return changes + evidencecommands::followingRemovals(ws, gone);
}

} // namespace

std::unique_ptr<WorkspaceCommand> refreshLedger(Workspace *ws, qint64 planId, int year,
                                                QString *error, int *lineCount)
{
    const SubsidyEngine::Inputs inputs = SubsidyEngine::load(ws, planId, year);
    const QList<LedgerLine> computed = SubsidyEngine::compute(inputs, year);

    QList<RowChange> changes;
    QSet<QString> kept; // rule|institution|period of lines a person has decided on
    SqlQuery q(ws->db());
    q.exec(
        QStringLiteral("SELECT * FROM ledger_line WHERE plan_id = ? AND period LIKE ? ORDER BY id"),
        {planId, QString::number(year) + QStringLiteral("%")});
    QList<QVariantMap> old;
    while (q.next()) {
        QVariantMap row;
        for (int i = 0; i < q.record().count(); ++i)
            row.insert(q.record().fieldName(i), q.value(i));
        old << row;
    }
    for (const QVariantMap &row : old) {
        // The engine's own refusals (未备案) are replaced like 待审核 lines: they are what the
        // rules say, not what a person decided.
        if (statusOf(row) == QLatin1String("computed") ||
            (statusOf(row) == QLatin1String("rejected") &&
             row.value(QStringLiteral("reject_reason")).toString() == kNotFiledReason))
            changes.append(
                RowChange::remove(kLine, row.value(QStringLiteral("id")).toLongLong(), row));
        else
            kept.insert(ledgerLineKey(row.value(QStringLiteral("rule_id")).toLongLong(),
                                      row.value(QStringLiteral("institution_id")).toLongLong(),
                                      row.value(QStringLiteral("period")).toString()));
    }
    const QStringList columns = {
        QStringLiteral("plan_id"),          QStringLiteral("rule_id"),
        QStringLiteral("rule_name"),        QStringLiteral("institution_id"),
        QStringLiteral("institution_name"), QStringLiteral("period"),
        QStringLiteral("quantity"),         QStringLiteral("rate_fen"),
        QStringLiteral("amount_fen"),       QStringLiteral("explanation"),
        QStringLiteral("use_code"),         QStringLiteral("status"),
        QStringLiteral("reject_reason")};
    QList<qint64> ids;
    QList<QVariantList> rows;
    QHash<QString, qint64> made; // rule|institution|period of each new line: its id
    for (const LedgerLine &l : computed) {
        const QString key = l.key();
        if (kept.contains(key))
            continue;
        ids << ws->allocateId(kLine);
        made.insert(key, ids.last());
        rows << QVariantList{planId,
                             l.ruleId,
                             l.ruleName,
                             l.institutionId,
                             l.institutionName,
                             l.period,
                             l.quantity,
                             l.rateFen,
                             l.amountFen,
                             l.explanation,
                             l.useCode,
                             ledgerStatusCode(l.status),
                             l.rejectReason.isEmpty() ? QVariant() : QVariant(l.rejectReason)};
    }
    changes += movedEvidence(ws, changes, made);
    if (!ids.isEmpty())
        changes.append(RowChange::insertBatch(kLine, columns, ids, rows));
    if (lineCount)
        *lineCount = int(ids.size());
    if (changes.isEmpty()) {
        *error = QStringLiteral("%1年的台账没有变化").arg(year);
        return nullptr;
    }
    return std::make_unique<WorkspaceCommand>(
        ws, QStringLiteral("计算%1年奖补台账").arg(year), changes,
        WorkspaceCommand::AuditMode::Summary,
        QStringLiteral("计算%1年奖补台账：%2 行待审核，保留已审核、已拨付和不予拨付的 %3 行")
            .arg(year)
            .arg(ids.size())
            .arg(kept.size()));
}

std::unique_ptr<WorkspaceCommand> approve(Workspace *ws, const QList<qint64> &lineIds,
                                          qint64 fundId, QString *error)
{
    const QList<QVariantMap> rows = lines(ws, lineIds, error);
    if (rows.isEmpty())
        return nullptr;
    for (const QVariantMap &row : rows)
        if (statusOf(row) != QLatin1String("computed")) {
            *error = QStringLiteral("“%1”不是待审核状态").arg(lineName(row));
            return nullptr;
        }
    if (fundId > 0 && !checkFund(ws, fundId, rows, error))
        return nullptr;
    QList<RowChange> changes;
    const QString now = QDateTime::currentDateTime().toString(Qt::ISODate);
    for (const QVariantMap &row : rows)
        changes.append(rowchanges::set(
            kLine, row,
            {{QStringLiteral("status"), QStringLiteral("approved")},
             {QStringLiteral("fund_id"), fundId > 0 ? QVariant(fundId) : QVariant()},
             {QStringLiteral("approved_by"), ws->actor()},
             {QStringLiteral("approved_at"), now}}));
    return std::make_unique<WorkspaceCommand>(ws, QStringLiteral("审核 %1 行奖补").arg(rows.size()),
                                              changes);
}

std::unique_ptr<WorkspaceCommand> pay(Workspace *ws, const QList<qint64> &lineIds, qint64 fundId,
                                      const QDate &date, const QString &voucherNo, QString *error)
{
    const QList<QVariantMap> rows = lines(ws, lineIds, error);
    if (rows.isEmpty())
        return nullptr;
    if (!date.isValid()) {
        *error = QStringLiteral("请填写拨付日期");
        return nullptr;
    }
    if (voucherNo.trimmed().isEmpty()) {
        *error = QStringLiteral("请填写凭证号");
        return nullptr;
    }
    for (const QVariantMap &row : rows)
        if (statusOf(row) != QLatin1String("approved")) {
            *error = QStringLiteral("“%1”尚未审核，不能拨付").arg(lineName(row));
            return nullptr;
        }
    if (!checkFund(ws, fundId, rows, error))
        return nullptr;
    QList<RowChange> changes;
    for (const QVariantMap &row : rows)
        changes.append(rowchanges::set(kLine, row,
                                       {{QStringLiteral("status"), QStringLiteral("paid")},
                                        {QStringLiteral("fund_id"), fundId},
                                        {QStringLiteral("paid_date"), date.toString(Qt::ISODate)},
                                        {QStringLiteral("voucher_no"), voucherNo.trimmed()}}));
    return std::make_unique<WorkspaceCommand>(ws, QStringLiteral("拨付 %1 行奖补").arg(rows.size()),
                                              changes);
}

std::unique_ptr<WorkspaceCommand> reject(Workspace *ws, const QList<qint64> &lineIds,
                                         const QString &reason, QString *error)
{
    if (reason.trimmed().isEmpty()) {
        *error = QStringLiteral("请填写不予拨付的原因");
        return nullptr;
    }
    const QList<QVariantMap> rows = lines(ws, lineIds, error);
    if (rows.isEmpty())
        return nullptr;
    QList<RowChange> changes;
    for (const QVariantMap &row : rows) {
        if (statusOf(row) == QLatin1String("paid")) {
            *error = QStringLiteral("“%1”已拨付，不能改为不予拨付").arg(lineName(row));
            return nullptr;
        }
        changes.append(rowchanges::set(kLine, row,
                                       {{QStringLiteral("status"), QStringLiteral("rejected")},
                                        {QStringLiteral("fund_id"), QVariant()},
                                        {QStringLiteral("reject_reason"), reason.trimmed()}}));
    }
    return std::make_unique<WorkspaceCommand>(
        ws, QStringLiteral("不予拨付 %1 行奖补").arg(rows.size()), changes);
}

std::unique_ptr<WorkspaceCommand> addFund(Workspace *ws, qint64 planId, const QString &name,
                                          const QString &source, int year, qint64 amountFen,
                                          QString *error)
{
    static const QStringList sources = {QStringLiteral("中央"), QStringLiteral("省"),
                                        QStringLiteral("市"), QStringLiteral("区")};
    if (name.trimmed().isEmpty()) {
        *error = QStringLiteral("请填写资金名称");
        return nullptr;
    }
    if (!sources.contains(source)) {
        *error = QStringLiteral("资金来源应为 中央、省、市 或 区：%1").arg(source);
        return nullptr;
    }
    if (!checkAmount(QStringLiteral("资金金额"), amountFen, error))
        return nullptr;
    return rowchanges::insertCommand(ws, QStringLiteral("新增资金“%1”").arg(name),
                                     QStringLiteral("fund"),
                                     {{QStringLiteral("plan_id"), planId},
                                      {QStringLiteral("name"), name.trimmed()},
                                      {QStringLiteral("source"), source},
                                      {QStringLiteral("year"), year},
                                      {QStringLiteral("amount_fen"), amountFen}});
}

std::unique_ptr<WorkspaceCommand> addClaim(Workspace *ws, qint64 ruleId, qint64 institutionId,
                                           const QString &period, std::optional<double> quantity,
                                           std::optional<int> families,
                                           std::optional<qint64> amountFen, QString *error)
{
    if (rowreader::row(ws->db(), QStringLiteral("subsidy_rule"), ruleId).isEmpty() ||
        rowreader::row(ws->db(), QStringLiteral("institution"), institutionId).isEmpty()) {
        *error = QStringLiteral("找不到奖补规则或机构");
        return nullptr;
    }
    const bool monthly = period.size() == 7 &&
                         QDate::fromString(period + QStringLiteral("-01"), Qt::ISODate).isValid();
    const bool yearly = period.size() == 4 && period.toInt() > 1990;
    if (!monthly && !yearly) {
        *error = QStringLiteral("期间应写作 2025 或 2025-03：%1").arg(period);
        return nullptr;
    }
    if ((quantity && *quantity < 0) || (families && *families < 0) ||
        (amountFen && *amountFen < 0)) {
        *error = QStringLiteral("申报数量和金额不能为负数");
        return nullptr;
    }
    if (quantity && !ranges::count.contains(*quantity)) {
        *error = ranges::count.refusal(QStringLiteral("申报数量"), QString::number(*quantity));
        return nullptr;
    }
    if (families && !ranges::children.contains(qint64(*families))) {
        *error = ranges::children.refusal(QStringLiteral("申报户数"), QString::number(*families));
        return nullptr;
    }
    if (!checkAmount(QStringLiteral("申报金额"), amountFen, error))
        return nullptr;
    return rowchanges::insertCommand(
        ws, QStringLiteral("新增奖补申报"), QStringLiteral("subsidy_claim"),
        {{QStringLiteral("rule_id"), ruleId},
         {QStringLiteral("institution_id"), institutionId},
         {QStringLiteral("period"), period},
         {QStringLiteral("quantity"), quantity ? QVariant(*quantity) : QVariant()},
         {QStringLiteral("families"), families ? QVariant(*families) : QVariant()},
         {QStringLiteral("amount_fen"), amountFen ? QVariant(*amountFen) : QVariant()},
         {QStringLiteral("claim_date"), QDate::currentDate().toString(Qt::ISODate)}});
}

std::unique_ptr<WorkspaceCommand> setEnrolment(Workspace *ws, qint64 institutionId,
                                               const QString &month,
                                               const QHash<QString, qint64> &counts, QString *error)
{
    static const QStringList allowed = {
        QStringLiteral("infant"),         QStringLiteral("toddler"),
        QStringLiteral("older"),          QStringLiteral("second_child"),
        QStringLiteral("third_child"),    QStringLiteral("three_child_family"),
        QStringLiteral("special_family"), QStringLiteral("disabled")};
    if (!QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate).isValid()) {
        *error = QStringLiteral("月份应写作 2025-03：%1").arg(month);
        return nullptr;
    }
    QVariantMap values;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (!allowed.contains(it.key()) || it.value() < 0) {
            *error = QStringLiteral("收托人数不对：%1 = %2").arg(it.key()).arg(it.value());
            return nullptr;
        }
        if (!ranges::children.contains(it.value())) {
            *error =
                ranges::children.refusal(QStringLiteral("%1收托人数（%2）").arg(month, it.key()),
                                         QString::number(it.value()));
            return nullptr;
        }
        values.insert(it.key(), it.value());
    }
    SqlQuery q(ws->db());
    q.prepare(
        QStringLiteral("SELECT id FROM enrolment_record WHERE institution_id = ? AND month = ?"));
    q.addBindValue(institutionId);
    q.addBindValue(month);
    const QString text = QStringLiteral("填写%1收托人数").arg(month);
    if (q.exec() && q.next()) {
        const QString table = QStringLiteral("enrolment_record");
        return std::make_unique<WorkspaceCommand>(
            ws, text,
            QList<RowChange>{rowchanges::set(
                table, rowreader::row(ws->db(), table, q.value(0).toLongLong()), values)});
    }
    values.insert(QStringLiteral("institution_id"), institutionId);
    values.insert(QStringLiteral("month"), month);
    return rowchanges::insertCommand(ws, text, QStringLiteral("enrolment_record"), values);
}

std::unique_ptr<WorkspaceCommand> reviseRule(Workspace *ws, qint64 ruleId, const QDate &from,
                                             qint64 amountFen, std::optional<qint64> capFen,
                                             QString *error)
{
    const QVariantMap rule = rowreader::row(ws->db(), QStringLiteral("subsidy_rule"), ruleId);
    if (rule.isEmpty()) {
        *error = QStringLiteral("找不到奖补规则 #%1").arg(ruleId);
        return nullptr;
    }
    const QDate validFrom =
        QDate::fromString(rule.value(QStringLiteral("valid_from")).toString(), Qt::ISODate);
    if (!from.isValid() || (validFrom.isValid() && from <= validFrom)) {
        *error = QStringLiteral("新标准的起始日期应晚于原规则的起始日期");
        return nullptr;
    }
    if (!checkAmount(QStringLiteral("标准金额"), amountFen, error) ||
        !checkAmount(QStringLiteral("上限金额"), capFen, error))
        return nullptr;
    QVariantMap copy = rule;
    copy.remove(QStringLiteral("id"));
    copy.insert(QStringLiteral("amount_fen"), amountFen);
    copy.insert(QStringLiteral("cap_fen"),
                capFen ? QVariant(*capFen) : rule.value(QStringLiteral("cap_fen")));
    copy.insert(QStringLiteral("valid_from"), from.toString(Qt::ISODate));
    copy.insert(QStringLiteral("seq"), rule.value(QStringLiteral("seq")).toInt());
    return std::make_unique<WorkspaceCommand>(
        ws, QStringLiteral("调整“%1”的标准").arg(rule.value(QStringLiteral("name")).toString()),
        QList<RowChange>{
            RowChange::update(
                QStringLiteral("subsidy_rule"), ruleId,
                {{QStringLiteral("valid_to"), rule.value(QStringLiteral("valid_to"))}},
                {{QStringLiteral("valid_to"), from.addDays(-1).toString(Qt::ISODate)}}),
            RowChange::insert(QStringLiteral("subsidy_rule"),
                              ws->allocateId(QStringLiteral("subsidy_rule")), copy)});
}

std::unique_ptr<WorkspaceCommand> editRule(Workspace *ws, const SubsidyRule &edited, QString *error)
{
    const QVariantMap rule = rowreader::row(ws->db(), QStringLiteral("subsidy_rule"), edited.id);
    if (rule.isEmpty()) {
        *error = QStringLiteral("找不到奖补规则 #%1").arg(edited.id);
        return nullptr;
    }
    const QString old = rule.value(QStringLiteral("name")).toString();
    if (edited.name.trimmed().isEmpty()) {
        *error = QStringLiteral("规则“%1”：名称不能为空").arg(old);
        return nullptr;
    }
    if (!checkRule(edited, old, error))
        return nullptr;
    using rowchanges::dateOrNull;
    const QVariantMap after = {
        {QStringLiteral("name"), edited.name.trimmed()},
        {QStringLiteral("unit"), edited.unit.trimmed()},
        {QStringLiteral("conditions"),
         QString::fromUtf8(QJsonDocument(edited.conditions).toJson(QJsonDocument::Compact))},
        {QStringLiteral("fund_use"), edited.fundUse},
        {QStringLiteral("valid_from"), dateOrNull(edited.validFrom)},
        {QStringLiteral("valid_to"), dateOrNull(edited.validTo)}};
    QVariantMap before;
    QVariantMap changed;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const QVariant was = rule.value(it.key());
        const bool same = (was.isNull() || was.toString().isEmpty()) ==
                              (it.value().isNull() || it.value().toString().isEmpty()) &&
                          was.toString() == it.value().toString();
        if (!same) {
            before.insert(it.key(), was);
            changed.insert(it.key(), it.value());
        }
    }
    if (changed.isEmpty()) {
        *error = QStringLiteral("没有改动");
        return nullptr;
    }
    return std::make_unique<WorkspaceCommand>(
        ws, QStringLiteral("修改规则“%1”").arg(old),
        QList<RowChange>{
            RowChange::update(QStringLiteral("subsidy_rule"), edited.id, before, changed)});
}

std::unique_ptr<WorkspaceCommand> setRuleEnabled(Workspace *ws, qint64 ruleId, bool enabled,
                                                 QString *error)
{
    const QVariantMap rule = rowreader::row(ws->db(), QStringLiteral("subsidy_rule"), ruleId);
    if (rule.isEmpty()) {
        *error = QStringLiteral("找不到奖补规则 #%1").arg(ruleId);
        return nullptr;
    }
    if ((rule.value(QStringLiteral("enabled")).toInt() != 0) == enabled) {
        *error = QStringLiteral("没有改动");
        return nullptr;
    }
    return std::make_unique<WorkspaceCommand>(
        ws,
        QStringLiteral("%1“%2”").arg(enabled ? QStringLiteral("启用") : QStringLiteral("停用"),
                                     rule.value(QStringLiteral("name")).toString()),
        QList<RowChange>{
            RowChange::update(QStringLiteral("subsidy_rule"), ruleId,
                              {{QStringLiteral("enabled"), rule.value(QStringLiteral("enabled"))}},
                              {{QStringLiteral("enabled"), enabled ? 1 : 0}})});
}

} // namespace tuoyu::subsidycommands

namespace tuoyu::subsidycommands {

std::unique_ptr<WorkspaceCommand> addRule(Workspace *ws, qint64 planId, const SubsidyRule &rule,
                                          QString *error)
{
    const QString name = rule.name.trimmed();
    if (name.isEmpty()) {
        *error = QStringLiteral("新规则：名称不能为空");
        return nullptr;
    }
    SqlQuery plan(ws->db());
    plan.exec(QStringLiteral("SELECT 1 FROM plan WHERE id = ?"), {planId});
    if (!plan.next()) {
        *error = QStringLiteral("找不到方案 #%1").arg(planId);
        return nullptr;
    }
    static const QStringList kinds = {
        QStringLiteral("per_slot_once"),        QStringLiteral("per_class_once"),
        QStringLiteral("per_institution_once"), QStringLiteral("per_child_month"),
        QStringLiteral("capped_package"),       QStringLiteral("voucher")};
    if (!kinds.contains(rule.kind)) {
        *error = QStringLiteral("规则“%1”：类型不对：%2（应为 %3）")
                     .arg(name, rule.kind, kinds.join(QStringLiteral("、")));
        return nullptr;
    }
    static const QStringList bands = {QString(), QStringLiteral("infant"),
                                      QStringLiteral("toddler"), QStringLiteral("older")};
    if (!bands.contains(rule.classBand)) {
        *error = QStringLiteral("规则“%1”：班型不对：%2（应为 infant、toddler 或 older）")
                     .arg(name, rule.classBand);
        return nullptr;
    }
    if (!checkAmount(QStringLiteral("规则“%1”：金额").arg(name), rule.amountFen, error) ||
        !checkAmount(QStringLiteral("规则“%1”：上限").arg(name), rule.capFen, error))
        return nullptr;
    if (!checkRule(rule, name, error))
        return nullptr;
    SqlQuery seq(ws->db());
    seq.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM subsidy_rule WHERE plan_id = ?"),
             {planId});
    const int next = seq.next() ? seq.value(0).toInt() + 1 : 1;
    QVariantMap row = ruleColumns(rule);
    row.insert(QStringLiteral("plan_id"), planId);
    row.insert(QStringLiteral("seq"), next);
    return rowchanges::insertCommand(
        ws,
        QStringLiteral("新增规则“%1”%2")
            .arg(name, rule.amountPending() ? QStringLiteral("（金额待定）") : QString()),
        QStringLiteral("subsidy_rule"), row);
}

QVariantMap ruleColumns(const SubsidyRule &rule)
{
    using rowchanges::dateOrNull;
    using rowchanges::textOrNull;
    return {{QStringLiteral("name"), rule.name.trimmed()},
            {QStringLiteral("kind"), rule.kind},
            {QStringLiteral("amount_fen"), rule.amountFen},
            {QStringLiteral("unit"), textOrNull(rule.unit)},
            {QStringLiteral("cap_fen"), rule.capFen ? QVariant(*rule.capFen) : QVariant()},
            {QStringLiteral("class_band"), textOrNull(rule.classBand)},
            {QStringLiteral("category"), textOrNull(rule.category)},
            {QStringLiteral("conditions"),
             rule.conditions.isEmpty()
                 ? QVariant()
                 : QVariant(QString::fromUtf8(
                       QJsonDocument(rule.conditions).toJson(QJsonDocument::Compact)))},
            {QStringLiteral("fund_use"), textOrNull(rule.fundUse)},
            {QStringLiteral("valid_from"), dateOrNull(rule.validFrom)},
            {QStringLiteral("valid_to"), dateOrNull(rule.validTo)},
            {QStringLiteral("enabled"), rule.enabled ? 1 : 0},
            {QStringLiteral("source_text"), textOrNull(rule.sourceText)}};
}

std::unique_ptr<WorkspaceCommand> setRuleAmount(Workspace *ws, qint64 ruleId, qint64 amountFen,
                                                std::optional<qint64> capFen, QString *error)
{
    const QVariantMap rule = rowreader::row(ws->db(), QStringLiteral("subsidy_rule"), ruleId);
    if (rule.isEmpty()) {
        *error = QStringLiteral("找不到奖补规则 #%1").arg(ruleId);
        return nullptr;
    }
    const QString name = rule.value(QStringLiteral("name")).toString();
    // Only a 金额待定 rule takes an amount in place: it has paid nothing, so no period keeps an
    // old rate. A rule with an amount changes it from a date (reviseRule).
    if (rule.value(QStringLiteral("amount_fen")).toLongLong() > 0 ||
        !rule.value(QStringLiteral("cap_fen")).isNull()) {
        *error = QStringLiteral("规则“%1”已有标准，请用“调整标准”从某日起改").arg(name);
        return nullptr;
    }
    if (!checkAmount(QStringLiteral("规则“%1”：金额").arg(name), amountFen, error) ||
        !checkAmount(QStringLiteral("规则“%1”：上限").arg(name), capFen, error))
        return nullptr;
    if (amountFen == 0 && !capFen) {
        *error = QStringLiteral("规则“%1”：请填写大于 0 的标准或上限").arg(name);
        return nullptr;
    }
    return std::make_unique<WorkspaceCommand>(
        ws, QStringLiteral("设定规则“%1”的金额").arg(name),
        QList<RowChange>{RowChange::update(
            QStringLiteral("subsidy_rule"), ruleId,
            {{QStringLiteral("amount_fen"), rule.value(QStringLiteral("amount_fen"))},
             {QStringLiteral("cap_fen"), rule.value(QStringLiteral("cap_fen"))}},
            {{QStringLiteral("amount_fen"), amountFen},
             {QStringLiteral("cap_fen"), capFen ? QVariant(*capFen) : QVariant()}})});
}

} // namespace tuoyu::subsidycommands
