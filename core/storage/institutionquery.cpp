#include "institutionquery.h"

#include "database.h"
#include "institutionrepository.h"

#include "storage/sqlquery.h"

namespace tuoyu {

InstitutionQuery::InstitutionQuery(Database *workspace, InstitutionFilter filter, SortKey sort,
                                   bool descending)
    : m_workspace(workspace)
    , m_filter(std::move(filter))
    , m_sort(sort)
    , m_descending(descending)
{
}

QString InstitutionQuery::where(QVariantList *values) const
{
    QStringList terms;
    const QString words = m_filter.search.trimmed();
    if (!words.isEmpty()) {
        terms << QStringLiteral(
            "(instr(i.name, ?) > 0 OR instr(COALESCE(i.credit_code, ''), ?) > 0 "
            "OR instr(COALESCE(i.address, ''), ?) > 0 "
            "OR instr(COALESCE(i.notes, ''), ?) > 0)");
        for (int n = 0; n < 4; ++n)
            *values << words;
    }
    if (m_filter.kind) {
        terms << QStringLiteral("i.kind = ?");
        *values << kindCode(*m_filter.kind);
    }
    if (m_filter.areaId == 0) {
        terms << QStringLiteral("i.area_id IS NULL");
    } else if (m_filter.areaId > 0) {
        terms << QStringLiteral("i.area_id = ?");
        *values << m_filter.areaId;
    }
    // Puhui as the indicators count it: the institution is puhui or offers puhui slots.
    if (m_filter.puhui)
        terms << (*m_filter.puhui
                      ? QStringLiteral("(i.puhui = 1 OR COALESCE(i.puhui_slots, 0) > 0)")
                      : QStringLiteral("(i.puhui = 0 AND COALESCE(i.puhui_slots, 0) = 0)"));
    if (m_filter.filed)
        terms << (*m_filter.filed ? QStringLiteral("i.filed = 1") : QStringLiteral("i.filed = 0"));
    return terms.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

qint64 InstitutionQuery::count() const
{
    if (!m_workspace)
        return 0;
    QVariantList values;
    SqlQuery q(m_workspace->db());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM institution i") + where(&values));
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QList<Institution> InstitutionQuery::page(qint64 offset, qint64 limit) const
{
    QList<Institution> list;
    if (!m_workspace)
        return list;
    QString order;
    switch (m_sort) {
    case SortKey::Id:
        break;
    case SortKey::Name:
        order = QStringLiteral("i.name");
        break;
    case SortKey::Kind:
        order = QStringLiteral("i.kind");
        break;
    case SortKey::Area:
        order = QStringLiteral("(SELECT seq FROM area a WHERE a.id = i.area_id)");
        break;
    case SortKey::Slots:
        order = QStringLiteral("i.slots");
        break;
    case SortKey::PuhuiSlots:
        order = QStringLiteral("i.puhui_slots");
        break;
    case SortKey::Enrolled:
        order = QStringLiteral("i.enrolled");
        break;
    case SortKey::Filed:
        order = QStringLiteral("i.filed");
        break;
    case SortKey::CreditCode:
        order = QStringLiteral("i.credit_code");
        break;
    case SortKey::FiledDate:
        order = QStringLiteral("i.filed_date");
        break;
    }
    const QString direction = m_descending ? QStringLiteral(" DESC") : QString();
    // The id breaks ties, so pages never overlap or skip a row.
    const QString orderBy = order.isEmpty()
                                ? QStringLiteral(" ORDER BY i.id") + direction
                                : QStringLiteral(" ORDER BY %1%2, i.id%2").arg(order, direction);
    QVariantList values;
    SqlQuery q(m_workspace->db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT i.* FROM institution i") + where(&values) + orderBy +
              QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return list;
    while (q.next())
        list.append(InstitutionRepository::read(q));
    return list;
}

InstitutionTotals InstitutionQuery::totals() const
{
    InstitutionTotals t;
    if (!m_workspace)
        return t;
    QVariantList values;
    SqlQuery q(m_workspace->db());
    q.prepare(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(i.slots), 0), "
                             "COALESCE(SUM(CASE WHEN i.puhui_slots IS NOT NULL THEN i.puhui_slots "
                             "WHEN i.puhui = 1 THEN i.slots ELSE 0 END), 0), "
                             "COALESCE(SUM(i.enrolled), 0), COALESCE(SUM(i.filed), 0) "
                             "FROM institution i") +
              where(&values));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (q.exec() && q.next()) {
        t.count = q.value(0).toLongLong();
        t.slots = q.value(1).toLongLong();
        t.puhuiSlots = q.value(2).toLongLong();
        t.enrolled = q.value(3).toLongLong();
        t.filed = q.value(4).toLongLong();
    }
    return t;
}

} // namespace tuoyu
