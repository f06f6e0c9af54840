#pragma once

#include "ledgerline.h"

#include "evidence/evidence.h"

#include <QHash>
#include <QList>

namespace tuoyu {

class Database;
class Workspace;

/// The ledger as the officer sees it for a year: the lines people decided on (approved, paid,
/// rejected) as they were decided, plus what the rules give now for everything else.
class Ledger
{
public:
    /// Stored lines of the year, with the 待审核 ones replaced by a fresh computation when
    /// `fresh` (what refreshLedger would write), or as stored otherwise.
    static QList<LedgerLine> lines(Workspace *workspace, qint64 planId, int year, bool fresh);

    /// The year the 奖补 page opens on: the latest year of the plan's period that has ledger
    /// lines, claims or monthly enrolment; without data, the plan's last year when it ended
    /// before `thisYear`, else `thisYear` (clamped to the plan's first year).
    static int defaultYear(Workspace *workspace, qint64 planId, int thisYear);

    /// The 佐证材料 of each line by LedgerLine::key: what was attached to the claim (申报) it
    /// pays, then the 拨付凭证 attached to the stored line. By key rather than by id, since a
    /// fresh 待审核 line has no id until the ledger is computed again.
    static QHash<QString, QList<Evidence>> evidence(Database &db);

    struct Totals
    {
        qint64 computedFen = 0;
        qint64 approvedFen = 0;
        qint64 paidFen = 0;
        qint64 rejectedFen = 0;
        qint64 allFen() const { return computedFen + approvedFen + paidFen; }
    };
    static Totals totals(const QList<LedgerLine> &lines);
};

} // namespace tuoyu
