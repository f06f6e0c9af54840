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

QList<io::ExportSheet> decomposition(Workspace *ws, qint64 planId)
{
    const ledgers::LedgerTable detail = ledgers::decomposition(ws, planId);
    QList<io::ExportSheet> sheets;
    for (const ledgers::LedgerTable &year : ledgers::decompositionByYear(ws, planId)) {
        io::ExportSheet sheet = ledgers::toSheet(year);
        // The report prints the year as the table's caption; a sheet says it in its title.
        sheet.title = QStringLiteral("%1（%2）").arg(detail.title, year.name);
        sheets.append(sheet);
    }
    io::ExportSheet flat = ledgers::toSheet(detail);
    flat.name = QStringLiteral("分解明细");
    sheets.append(flat);
    return sheets;
}

io::ExportSheet subsidies(Workspace *ws, qint64 planId, int year)
{
    return ledgers::toSheet(ledgers::subsidies(ws, planId, year));
}

QList<io::ExportSheet> byCode(const QString &code, Format format, Workspace *ws, qint64 planId,
                              const QDate &asOf, int year)
{
    QList<io::ExportSheet> sheets;
    if (code == QLatin1String("decomposition"))
        sheets = decomposition(ws, planId);
    else if (const ledgers::LedgerTable t = ledgers::byCode(code, ws, planId, asOf, year);
             !t.columns.isEmpty())
        sheets.append(ledgers::toSheet(t));
    if (format == Format::Csv && sheets.size() > 1)
        sheets = {sheets.constLast()};
    return sheets;
}

} // namespace tuoyu::ledgersheets
