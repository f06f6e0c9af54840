#pragma once

#include "planreader/planreading.h"

#include <QStringList>

#include <memory>
#include <optional>

namespace tuoyu {

class Workspace;

/// Writing a read (and corrected) 实施方案 into a workspace: the one path the review window and
/// the command line (`new --from-document`, `plan-new --from-document`) share.
namespace planacceptance {

/// The draft as written: the plan read, with every money amount the reader found as a draft
/// subsidy rule — switched off (启用 = 否) and named 草稿, because public money goes only where a
/// rule the officer confirmed says; the sentence it came from is kept as its source.
PlanDraft acceptedDraft(const PlanReading &reading);

/// A rule draft from one amount the reader found (see acceptedDraft).
SubsidyRule ruleDraft(const PlanReading::SubsidyRuleReading &read, const Plan &plan);

/// What accepting wrote, for the message the officer reads.
struct Accepted
{
    qint64 planId = 0;
    int subsidyDrafts = 0;
    QStringList attachments; ///< 附件 imported: "附件1 机构名单（12行）"
    QStringList warnings;    ///< attachments that could not be imported, each named
};

/// The reading as a new plan in an open workspace: the plan (one command), then each 附件 table
/// through its import kind into that plan, all one step on the undo stack. nullopt (and
/// *error) when the plan cannot be written; nothing is then changed.
std::optional<Accepted> addPlan(Workspace *workspace, const PlanReading &reading,
                                const QString &title, QString *error);

/// The reading as a new workspace file at `path`, which must not exist (never overwritten).
/// Nothing is left behind when it fails. The new workspace starts with nothing to undo.
std::unique_ptr<Workspace> createWorkspace(const QString &path, const PlanReading &reading,
                                           Accepted *accepted, QString *error);

} // namespace planacceptance
} // namespace tuoyu
