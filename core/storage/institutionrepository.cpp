#include "institutionrepository.h"

#include "database.h"

#include "storage/sqlquery.h"
#include <QSqlRecord>

namespace tuoyu {

namespace {

std::optional<qint64> optionalInt(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

QVariant fromOptional(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant();
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

Institution fromQuery(const SqlQuery &q)
{
    const QSqlRecord r = q.record();
    auto v = [&](const char *name) { return q.value(r.indexOf(QLatin1String(name))); };
    Institution i;
    i.id = v("id").toLongLong();
    i.name = v("name").toString();
    i.creditCode = v("credit_code").toString();
    i.kind = kindFromCode(v("kind").toString());
    i.kindText = v("kind_text").toString();
    i.areaId = v("area_id").toLongLong();
    i.address = v("address").toString();
    i.slots = v("slots").toLongLong();
    i.puhuiSlots = optionalInt(v("puhui_slots"));
    i.slotsInfant = optionalInt(v("slots_infant"));
    i.slotsToddler = optionalInt(v("slots_toddler"));
    i.slotsOlder = optionalInt(v("slots_older"));
    i.enrolled = optionalInt(v("enrolled"));
    i.puhui = v("puhui").toInt() != 0;
    i.filed = v("filed").toInt() != 0;
    i.filedDate = QDate::fromString(v("filed_date").toString(), Qt::ISODate);
    i.grade = v("grade").toString();
    i.medicalPartner = v("medical_partner").toString();
    i.staff = optionalInt(v("staff"));
    i.certifiedStaff = optionalInt(v("certified_staff"));
    i.monthlyPriceFen = optionalInt(v("monthly_price_fen"));
    i.chain = v("chain").toString();
    i.openedDate = QDate::fromString(v("opened_date").toString(), Qt::ISODate);
    i.notes = v("notes").toString();
    return i;
}

} // namespace

Institution InstitutionRepository::read(const SqlQuery &query)
{
    return fromQuery(query);
}

const QStringList &InstitutionRepository::columns()
{
    static const QStringList names = {
        QStringLiteral("name"),
        QStringLiteral("credit_code"),
        QStringLiteral("kind"),
        QStringLiteral("kind_text"),
        QStringLiteral("area_id"),
        QStringLiteral("address"),
        QStringLiteral("slots"),
        QStringLiteral("puhui_slots"),
        QStringLiteral("slots_infant"),
        QStringLiteral("slots_toddler"),
        QStringLiteral("slots_older"),
        QStringLiteral("enrolled"),
        QStringLiteral("filed"),
        QStringLiteral("filed_date"),
        QStringLiteral("grade"),
        QStringLiteral("medical_partner"),
        QStringLiteral("staff"),
        QStringLiteral("certified_staff"),
        QStringLiteral("monthly_price_fen"),
        QStringLiteral("notes"),
        QStringLiteral("puhui"),
        QStringLiteral("chain"),
        QStringLiteral("opened_date"),
    };
    return names;
}

QVariantMap InstitutionRepository::toRow(const Institution &i)
{
    return {
        {QStringLiteral("name"), i.name},
        {QStringLiteral("credit_code"), textOrNull(i.creditCode)},
        {QStringLiteral("kind"), kindCode(i.kind)},
        {QStringLiteral("kind_text"), textOrNull(i.kindText)},
        {QStringLiteral("area_id"), i.areaId > 0 ? QVariant(i.areaId) : QVariant()},
        {QStringLiteral("address"), textOrNull(i.address)},
        {QStringLiteral("slots"), i.slots},
        {QStringLiteral("puhui_slots"), fromOptional(i.puhuiSlots)},
        {QStringLiteral("slots_infant"), fromOptional(i.slotsInfant)},
        {QStringLiteral("slots_toddler"), fromOptional(i.slotsToddler)},
        {QStringLiteral("slots_older"), fromOptional(i.slotsOlder)},
        {QStringLiteral("enrolled"), fromOptional(i.enrolled)},
        {QStringLiteral("filed"), i.filed ? 1 : 0},
        {QStringLiteral("filed_date"),
         i.filedDate.isValid() ? QVariant(i.filedDate.toString(Qt::ISODate)) : QVariant()},
        {QStringLiteral("grade"), textOrNull(i.grade)},
        {QStringLiteral("medical_partner"), textOrNull(i.medicalPartner)},
        {QStringLiteral("staff"), fromOptional(i.staff)},
        {QStringLiteral("certified_staff"), fromOptional(i.certifiedStaff)},
        {QStringLiteral("monthly_price_fen"), fromOptional(i.monthlyPriceFen)},
        {QStringLiteral("notes"), textOrNull(i.notes)},
        {QStringLiteral("puhui"), i.puhui ? 1 : 0},
        {QStringLiteral("chain"), textOrNull(i.chain)},
        {QStringLiteral("opened_date"),
         i.openedDate.isValid() ? QVariant(i.openedDate.toString(Qt::ISODate)) : QVariant()},
    };
}

QList<Institution> InstitutionRepository::all() const
{
    QList<Institution> list;
    SqlQuery q(m_workspace->db());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT * FROM institution ORDER BY id"));
    while (q.next())
        list.append(fromQuery(q));
    return list;
}

std::optional<Institution> InstitutionRepository::byId(qint64 id) const
{
    SqlQuery q(m_workspace->db());
    q.exec(QStringLiteral("SELECT * FROM institution WHERE id = ?"), {id});
    if (q.next())
        return fromQuery(q);
    return std::nullopt;
}

qint64 InstitutionRepository::count() const
{
    SqlQuery q(m_workspace->db());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM institution"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

QString InstitutionRepository::areaName(qint64 areaId) const
{
    if (areaId <= 0)
        return QString();
    SqlQuery q(m_workspace->db());
    q.exec(QStringLiteral("SELECT name FROM area WHERE id = ?"), {areaId});
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace tuoyu
