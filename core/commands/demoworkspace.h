#pragma once

#include <QDate>
#include <QString>

namespace tuoyu {

class Workspace;

/// The demo workspace a newcomer opens first: the 屯留区 plan as it would look part-way through
/// its year, so every page shows what it is for — some tasks closed, some in progress with
/// 进展 entries, population figures, institution staff, enrolment and medical partners. Its
/// figures are examples, not official statistics, and every one of them is written through
/// the ordinary commands, so the demo's history is audited like real work.
namespace demoworkspace {

/// The day the demo is shown as of: inside the plan period, where its tasks are neither all
/// ahead nor all overdue.
QDate asOf();

/// Fills a workspace holding the tunliu plan `planId` with the demo's progress and figures,
/// and marks the workspace as the demo. False with a Chinese `error` when a command refuses.
bool fill(Workspace *workspace, qint64 planId, QString *error);

/// The as-of date the pages open on for this workspace: the demo's date for the demo, else
/// an invalid date (meaning today).
QDate defaultAsOf(const Workspace *workspace);

} // namespace demoworkspace
} // namespace tuoyu
