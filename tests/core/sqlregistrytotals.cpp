#include "sqlregistrytotals.h"

#include "session/workspace.h"

#include <QSqlQuery>

namespace tuoyu::test {

RegistryTotals SqlRegistry::totals(const QDate &asOf)
{
    RegistryTotals t;
    QSqlDatabase &db = m_workspace->db();
    const QString date = asOf.toString(Qt::ISODate);
    // One pass over the registry. "open" and "filed" are evaluated as of the date.
    static const QString sql = QStringLiteral(
        "WITH r AS (SELECT *, CASE WHEN filed = 1 AND (filed_date IS NULL OR filed_date <= :d) "
        "THEN 1 ELSE 0 END AS filed_now, p.n AS record_staff, p.c AS record_certified "
        "FROM institution LEFT JOIN (SELECT institution_id, COUNT(*) AS n, SUM(CASE WHEN "
        "TRIM(COALESCE(certificate_type, '')) <> '' OR TRIM(COALESCE(certificate_no, '')) <> '' "
        "THEN 1 ELSE 0 END) AS c FROM staff GROUP BY institution_id) p "
        "ON p.institution_id = institution.id "
        "WHERE opened_date IS NULL OR opened_date <= :d) "
        "SELECT COUNT(*), COALESCE(SUM(slots), 0), "
        "COALESCE(SUM(CASE WHEN puhui_slots IS NOT NULL THEN puhui_slots "
        "                  WHEN puhui = 1 THEN slots ELSE 0 END), 0), "
        "COALESCE(SUM(CASE WHEN puhui = 1 OR COALESCE(puhui_slots, 0) > 0 THEN 1 ELSE 0 END), 0), "
        "COALESCE(SUM(filed_now), 0), "
        "COALESCE(SUM(CASE WHEN COALESCE(medical_partner, '') <> '' THEN 1 ELSE 0 END), 0), "
        "COALESCE(SUM(enrolled), 0), "
        "COALESCE(SUM(CASE WHEN enrolled IS NOT NULL THEN slots ELSE 0 END), 0), "
        "COALESCE(SUM(COALESCE(slots_infant, 0) + COALESCE(slots_toddler, 0)), 0), "
        "COALESCE(SUM(CASE WHEN slots_infant IS NOT NULL OR slots_toddler IS NOT NULL "
        "                  OR slots_older IS NOT NULL THEN slots ELSE 0 END), 0), "
        // Staff records, where an institution has any, stand for its typed counts.
        "COALESCE(SUM(CASE WHEN record_staff > 0 THEN record_staff "
        "                  WHEN certified_staff IS NOT NULL THEN staff ELSE 0 END), 0), "
        "COALESCE(SUM(CASE WHEN record_staff > 0 THEN record_certified "
        "                  WHEN staff IS NOT NULL THEN certified_staff ELSE 0 END), 0), "
        "COALESCE(SUM(CASE WHEN kind IN ('public', 'health') THEN 1 ELSE 0 END), 0), "
        "COALESCE(SUM(CASE WHEN kind IN ('public', 'health') THEN slots ELSE 0 END), 0) "
        "FROM r");
    QSqlQuery q(db);
    q.prepare(sql);
    q.bindValue(QStringLiteral(":d"), date);
    if (q.exec() && q.next()) {
        int c = 0;
        t.institutions = q.value(c++).toLongLong();
        t.slots = q.value(c++).toLongLong();
        t.puhuiSlots = q.value(c++).toLongLong();
        t.puhuiInstitutions = q.value(c++).toLongLong();
        t.filed = q.value(c++).toLongLong();
        t.withMedicalPartner = q.value(c++).toLongLong();
        t.enrolled = q.value(c++).toLongLong();
        t.slotsReportingEnrolled = q.value(c++).toLongLong();
        t.under2Slots = q.value(c++).toLongLong();
        t.slotsReportingBands = q.value(c++).toLongLong();
        t.staff = q.value(c++).toLongLong();
        t.certifiedStaff = q.value(c++).toLongLong();
        t.publicInstitutions = q.value(c++).toLongLong();
        t.publicSlots = q.value(c++).toLongLong();
    }
    QSqlQuery k(db);
    k.prepare(QStringLiteral("SELECT kind, COUNT(*), SUM(slots) FROM institution WHERE "
                             "opened_date IS NULL OR opened_date <= ? GROUP BY kind"));
    k.addBindValue(date);
    if (k.exec()) {
        while (k.next()) {
            t.institutionsByKind.insert(k.value(0).toString(), k.value(1).toLongLong());
            t.slotsByKind.insert(k.value(0).toString(), k.value(2).toLongLong());
        }
    }
    QSqlQuery byArea(db);
    byArea.prepare(QStringLiteral("SELECT COALESCE(area_id, 0), SUM(slots) FROM institution WHERE "
                                  "opened_date IS NULL OR opened_date <= ? GROUP BY area_id"));
    byArea.addBindValue(date);
    if (byArea.exec())
        while (byArea.next())
            t.slotsByArea.insert(byArea.value(0).toLongLong(), byArea.value(1).toLongLong());
    QSqlQuery a(db);
    a.prepare(QStringLiteral(
        "SELECT COUNT(*), COALESCE(SUM(CASE WHEN EXISTS (SELECT 1 FROM institution i WHERE "
        "i.area_id = area.id AND i.kind = 'community' AND (i.opened_date IS NULL OR "
        "i.opened_date <= ?)) THEN 1 ELSE 0 END), 0) FROM area"));
    a.addBindValue(date);
    if (a.exec() && a.next()) {
        t.areas = a.value(0).toLongLong();
        t.areasWithCommunity = a.value(1).toLongLong();
    }
    return t;
}

} // namespace tuoyu::test
