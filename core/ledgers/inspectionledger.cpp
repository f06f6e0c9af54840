#include "ledgers.h"

#include "evidence/evidence.h"
#include "session/workspace.h"

#include <QHash>

namespace tuoyu::ledgers {

LedgerTable inspections(Database &db, const QList<Inspection> &list, const QDate &asOf)
{
    LedgerTable t;
    t.name = QStringLiteral("监督检查台账");
    t.columns = {{QStringLiteral("序号"), T::Count, Everywhere, 0.6, Align::Center},
                 {QStringLiteral("机构"), T::Text, Everywhere, 2.6},
                 {QStringLiteral("检查日期"), T::Date, Everywhere, 1.6},
                 {QStringLiteral("检查类型"), T::Text, Everywhere, 1.0},
                 {QStringLiteral("检查人员"), T::Text, NotPrinted},
                 {QStringLiteral("问题类别"), T::Text, NotPrinted},
                 {QStringLiteral("发现问题"), T::Text, Everywhere, 3.0},
                 {QStringLiteral("整改期限"), T::Date, Everywhere, 1.6},
                 {QStringLiteral("整改情况"), T::Text, Everywhere, 1.4},
                 {QStringLiteral("整改完成日期"), T::Date, NotPrinted},
                 {QStringLiteral("逾期天数"), T::Count, Everywhere, 0.9, Align::Center},
                 // By file name, as evidence::names lists a record's.
                 {QStringLiteral("佐证材料"), T::Text, Everywhere, 2.0}};
    const auto files = evidence::byTarget(db, EvidenceTarget::Inspection);
    qint64 n = 0;
    int pending = 0;
    int overdue = 0;
    for (const Inspection &i : list) {
        pending += i.status == RectifyStatus::Pending ? 1 : 0;
        overdue += i.overdue(asOf) ? 1 : 0;
        t.rows.append({++n, i.institution, Cell::date(i.inspectedOn),
                       inspectionKinds().label(i.kind), i.inspectors,
                       i.categories.join(QStringLiteral("、")), i.findings, Cell::date(i.rectifyBy),
                       i.overdue(asOf) ? QStringLiteral("逾期") : rectifyStatuses().label(i.status),
                       Cell::date(i.rectifiedOn),
                       i.overdue(asOf) ? Cell(qint64(i.rectifyBy.daysTo(asOf))) : Cell(),
                       evidence::names(files.value(i.id))});
    }
    t.title = QStringLiteral("监督检查台账（截至%1，共%2次，整改中%3次，其中逾期%4次）")
                  .arg(document::formatDate(asOf))
                  .arg(list.size())
                  .arg(pending)
                  .arg(overdue);
    return t;
}

LedgerTable inspections(Workspace *ws, const QDate &asOf)
{
    return inspections(*ws, oversight::inspections(*ws), asOf);
}

} // namespace tuoyu::ledgers
