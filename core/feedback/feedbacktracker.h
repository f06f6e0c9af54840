#pragma once

#include "document/officialdocument.h"
#include "feedbackround.h"

#include <QDate>
#include <QList>

namespace tuoyu {

class Workspace;

namespace feedback {

/// One department of a round as the tracker shows it on a day.
struct TrackerRow
{
    Recipient recipient;
    bool replied = false;
    bool onTime = false;     ///< replied on or before the due day
    bool late = false;       ///< not replied and past the due day, or replied after it
    int lateWorkingDays = 0; ///< working days past the due day (the workspace's calendar)
};

/// The round's departments on `asOf`: who replied, who is late and by how many working days.
QList<TrackerRow> tracker(Workspace *workspace, qint64 roundId, const QDate &asOf);

/// A 催报 notice for each department that has not replied and is late on `asOf`, laid out as
/// the 督办单 is (title, 主送, letter, the department's open tasks, 落款 and date), one per page.
/// An empty document (no blocks) when nobody is late.
document::OfficialDocument chaseNotices(Workspace *workspace, qint64 roundId, const QDate &asOf);

} // namespace feedback
} // namespace tuoyu
