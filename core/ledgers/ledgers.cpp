#include "ledgers.h"

namespace tuoyu::ledgers {

QStringList codes()
{
    return {QStringLiteral("institutions"), QStringLiteral("tasks"),
            QStringLiteral("indicators"),   QStringLiteral("decomposition"),
            QStringLiteral("subsidies"),    QStringLiteral("inspections")};
}

LedgerTable byCode(const QString &code, Workspace *ws, qint64 planId, const QDate &asOf, int year)
{
    if (code == QLatin1String("institutions"))
        return institutions(ws);
    if (code == QLatin1String("tasks"))
        return tasks(ws, planId, asOf);
    if (code == QLatin1String("indicators"))
        return indicators(ws, planId, asOf);
    if (code == QLatin1String("decomposition"))
        return decomposition(ws, planId);
    if (code == QLatin1String("subsidies"))
        return subsidies(ws, planId, year);
    if (code == QLatin1String("inspections"))
        return inspections(ws, asOf);
    return {};
}

} // namespace tuoyu::ledgers
