#pragma once

#include "ledgerline.h"

#include <QList>

namespace tuoyu {

class Workspace;

/// The ledger as the officer sees it for a year: the lines people decided on (approved, paid,
/// rejected) as they were decided, plus what the rules give now for everything else.
class Ledger
{
public:
    /// Stored lines of the year, with the 待审核 ones replaced by a fresh computation when
    /// `fresh` (what refreshLedger would write), or as stored otherwise.
    static QList<LedgerLine> lines(Workspace *workspace, qint64 planId, int year, bool fresh);

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
