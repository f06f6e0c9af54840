#include "ledgersheets.h"

#include "ledgers/ledgers.h"

namespace tuoyu::ledgersheets {

io::ExportSheet institutions(Workspace *ws)
{
    return ledgers::toSheet(ledgers::institutions(ws));
}

io::ExportSheet tasks(Workspace *ws, qint64 planId, const QDate &asOf)
{
    return ledgers::toSheet(ledgers::tasks(ws, planId, asOf));
}

io::ExportSheet indicators(Workspace *ws, qint64 planId, const QDate &asOf)
{
    return ledgers::toSheet(ledgers::indicators(ws, planId, asOf));
}

io::ExportSheet decomposition(Workspace *ws, qint64 planId)
{
    return ledgers::toSheet(ledgers::decomposition(ws, planId));
}

io::ExportSheet subsidies(Workspace *ws, qint64 planId, int year)
{
    return ledgers::toSheet(ledgers::subsidies(ws, planId, year));
}

} // namespace tuoyu::ledgersheets
