#pragma once

#include "domain/subsidyrule.h"
#include "subsidy/ledgerline.h"
#include "workspacecommand.h"

#include <QDate>
#include <QHash>

#include <memory>
#include <optional>

namespace tuoyu {

class Workspace;

/// Changes to the subsidy ledger, its funds, claims and rules. Each returns nullptr with a
/// Chinese `error` when the change is not allowed; nothing is written then.
namespace subsidycommands {

/// Recomputes a year's ledger: the lines still 待审核 are replaced by what the rules give now;
/// approved, paid and rejected lines are kept as they are and never computed twice.
std::unique_ptr<WorkspaceCommand> refreshLedger(Workspace *workspace, qint64 planId, int year,
                                                QString *error, int *lineCount = nullptr);
/// 审核: approves 待审核 lines, optionally committing them to a fund (checked like a payment).
std::unique_ptr<WorkspaceCommand> approve(Workspace *workspace, const QList<qint64> &lineIds,
                                          qint64 fundId, QString *error);
/// 拨付: pays approved lines from a fund with a date and voucher number.
std::unique_ptr<WorkspaceCommand> pay(Workspace *workspace, const QList<qint64> &lineIds,
                                      qint64 fundId, const QDate &date, const QString &voucherNo,
                                      QString *error);
/// 不予拨付 with a reason; paid lines cannot be rejected.
std::unique_ptr<WorkspaceCommand> reject(Workspace *workspace, const QList<qint64> &lineIds,
                                         const QString &reason, QString *error);

/// A rule's stored columns (all but id, plan_id and seq), for every command that writes a whole
/// rule: a new plan's rules and 新增规则 store a rule alike.
QVariantMap ruleColumns(const SubsidyRule &rule);

std::unique_ptr<WorkspaceCommand> addFund(Workspace *workspace, qint64 planId, const QString &name,
                                          const QString &source, int year, qint64 amountFen,
                                          QString *error);
std::unique_ptr<WorkspaceCommand> addClaim(Workspace *workspace, qint64 ruleId,
                                           qint64 institutionId, const QString &period,
                                           std::optional<double> quantity,
                                           std::optional<int> families,
                                           std::optional<qint64> amountFen, QString *error);
/// One institution's enrolment for a month (counts by band and category; missing keys are kept).
std::unique_ptr<WorkspaceCommand> setEnrolment(Workspace *workspace, qint64 institutionId,
                                               const QString &month,
                                               const QHash<QString, qint64> &counts,
                                               QString *error);
/// A rule's new version from a date: the old one ends the day before, so the ledger of the
/// periods before keeps the old rate.
std::unique_ptr<WorkspaceCommand> reviseRule(Workspace *workspace, qint64 ruleId, const QDate &from,
                                             qint64 amountFen, std::optional<qint64> capFen,
                                             QString *error);
/// Corrects what a rule is rather than what it pays: name, unit, conditions, fund use and
/// validity. Amounts change through reviseRule, so earlier periods keep their rate.
std::unique_ptr<WorkspaceCommand> editRule(Workspace *workspace, const SubsidyRule &rule,
                                           QString *error);
/// A new rule for the plan (a district's own measure, or one the plan names without an amount).
/// An amount of 0 without a cap is 金额待定: the rule is listed and pays nothing until
/// setRuleAmount. Kind, class band, fund use and conditions are checked as editRule does.
std::unique_ptr<WorkspaceCommand> addRule(Workspace *workspace, qint64 planId,
                                          const SubsidyRule &rule, QString *error);
/// Sets the amount (and cap) of a 金额待定 rule in place; a rule that already has an amount
/// changes it from a date with reviseRule instead.
std::unique_ptr<WorkspaceCommand> setRuleAmount(Workspace *workspace, qint64 ruleId,
                                                qint64 amountFen, std::optional<qint64> capFen,
                                                QString *error);
std::unique_ptr<WorkspaceCommand> setRuleEnabled(Workspace *workspace, qint64 ruleId, bool enabled,
                                                 QString *error);

} // namespace subsidycommands
} // namespace tuoyu
