#include "registrycache.h"

#include "domain/institution.h"
#include "session/workspace.h"
#include "storage/sqldialect.h"

#include "storage/sqlquery.h"
#include <QSet>

#include <limits>
#include <utility>

namespace tuoyu {

namespace {

const QString kLog = QStringLiteral("registry_log");
const QString kStaffLog = QStringLiteral("registry_staff_log");

// Past this many changed rows (an import) one full read is cheaper than reading them by id.
constexpr qint64 kReloadAllAbove = 20000;

// A date column as a number that orders like SQLite compares it with an ISO date: NULL and
// numbers (which sort before any text) are always on or before; a blob never is; ISO text
// yyyy-MM-dd is yyyymmdd. Any other text is compared as text (kText), as SQLite does.
constexpr int kAlways = std::numeric_limits<int>::min();
constexpr int kNever = std::numeric_limits<int>::max();
constexpr int kText = kNever - 1;

bool isIsoDate(const QString &s)
{
    if (s.size() != 10 || s[4] != QLatin1Char('-') || s[7] != QLatin1Char('-'))
        return false;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (s[i] < QLatin1Char('0') || s[i] > QLatin1Char('9'))
            return false;
    return true;
}

int isoKey(const QString &s)
{
    return s.left(4).toInt() * 10000 + s.mid(5, 2).toInt() * 100 + s.mid(8, 2).toInt();
}

QString isoText(int key)
{
    return QStringLiteral("%1-%2-%3")
        .arg(key / 10000, 4, 10, QLatin1Char('0'))
        .arg(key / 100 % 100, 2, 10, QLatin1Char('0'))
        .arg(key % 100, 2, 10, QLatin1Char('0'));
}

int dateKey(const QVariant &v)
{
    if (v.isNull())
        return kAlways;
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::Double:
        return kAlways;
    case QMetaType::QByteArray:
        return kNever;
    default:
        break;
    }
    const QString s = v.toString();
    return isIsoDate(s) ? isoKey(s) : kText;
}

qint64 number(const QVariant &v)
{
    return v.isNull() ? 0 : v.toLongLong();
}

const QString kColumns = QStringLiteral(
    "id, area_id, kind, opened_date, filed, filed_date, puhui, puhui_slots, slots, "
    "medical_partner, enrolled, slots_infant, slots_toddler, slots_older, staff, certified_staff");

} // namespace

RegistryCache::RegistryCache(Workspace *workspace)
    : QObject(workspace)
    , m_workspace(workspace)
{
}

RegistryCache *RegistryCache::of(Workspace *workspace)
{
    if (auto *cache = workspace->findChild<RegistryCache *>(QString(), Qt::FindDirectChildrenOnly))
        return cache;
    return new RegistryCache(workspace);
}

int RegistryCache::kindIndex(const QString &code)
{
    const qsizetype i = m_kinds.indexOf(code);
    if (i >= 0)
        return int(i);
    m_kinds << code;
    return int(m_kinds.size() - 1);
}

RegistryCache::Row RegistryCache::rowFrom(const SqlQuery &q)
{
    // The rules are the domain's (Institution, InstitutionKind); the dates are kept as keys so
    // that any as-of date is a comparison.
    Row r;
    r.id = q.value(0).toLongLong();
    r.areaId = number(q.value(1));
    const QString kind = q.value(2).toString();
    r.kind = kindIndex(kind);
    r.publicKind = isPublic(kindFromCode(kind));
    r.opened = dateKey(q.value(3));
    if (r.opened == kText)
        m_textDates.insert({r.id, 3}, q.value(3).toString());
    r.filed = number(q.value(4)) == 1;
    r.filedOn = dateKey(q.value(5));
    if (r.filedOn == kText)
        m_textDates.insert({r.id, 5}, q.value(5).toString());
    const bool puhui = number(q.value(6)) == 1;
    const std::optional<qint64> puhuiSlots =
        q.value(7).isNull() ? std::nullopt : std::optional<qint64>(q.value(7).toLongLong());
    r.slots = number(q.value(8));
    r.puhuiSlots = Institution::puhuiSlotCount(puhui, puhuiSlots, r.slots);
    r.puhuiInstitution = Institution::isPuhui(puhui, puhuiSlots);
    r.medicalPartner = !q.value(9).isNull() && !q.value(9).toString().isEmpty();
    const QVariant enrolled = q.value(10);
    r.enrolled = number(enrolled);
    r.slotsReportingEnrolled = enrolled.isNull() ? 0 : r.slots;
    const QVariant infant = q.value(11);
    const QVariant toddler = q.value(12);
    const QVariant older = q.value(13);
    r.under2Slots = number(infant) + number(toddler);
    r.slotsReportingBands = infant.isNull() && toddler.isNull() && older.isNull() ? 0 : r.slots;
    const QVariant staff = q.value(14);
    const QVariant certified = q.value(15);
    r.staff = certified.isNull() ? 0 : number(staff);
    r.certifiedStaff = staff.isNull() ? 0 : number(certified);
    return r;
}

void RegistryCache::put(const Row &row)
{
    const auto it = m_index.constFind(row.id);
    if (it != m_index.cend()) {
        m_rows[size_t(*it)] = row;
        return;
    }
    m_index.insert(row.id, qsizetype(m_rows.size()));
    m_rows.push_back(row);
}

void RegistryCache::remove(qint64 id)
{
    const auto it = m_index.constFind(id);
    if (it == m_index.cend())
        return;
    const qsizetype at = *it;
    m_index.erase(it);
    m_textDates.remove({id, 3});
    m_textDates.remove({id, 5});
    if (size_t(at) + 1 != m_rows.size()) {
        m_rows[size_t(at)] = m_rows.back();
        m_index[m_rows[size_t(at)].id] = at;
    }
    m_rows.pop_back();
}

bool RegistryCache::loadAll()
{
    QSqlDatabase &db = m_workspace->db();
    const SqlDialect &dialect = m_workspace->dialect();
    // The log starts before the read, so that no write can fall between the two.
    if (!m_logging)
        m_logging = dialect.startChangeLog(db, QStringLiteral("institution"), kLog, nullptr);
    if (m_logging && !dialect.clearChangeLog(db, kLog))
        m_logging = false;
    SqlQuery q(db);
    m_rows.clear();
    m_index.clear();
    m_textDates.clear();
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM institution").arg(kColumns)))
        return false;
    while (q.next())
        put(rowFrom(q));
    // Without the log the rows are right now but cannot be kept current: read again next time.
    return m_logging;
}

bool RegistryCache::reloadLogged()
{
    QSqlDatabase &db = m_workspace->db();
    const SqlDialect &dialect = m_workspace->dialect();
    QList<qint64> changed;
    if (!dialect.loggedIds(db, kLog, &changed))
        return false;
    if (changed.isEmpty())
        return true;
    if (changed.size() > kReloadAllAbove)
        return loadAll();
    // A changed row is dropped and read again; a deleted one is simply not found.
    for (qint64 id : std::as_const(changed))
        remove(id);
    SqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(dialect.selectLogged(QStringLiteral("institution"), kColumns, kLog)))
        return false;
    while (q.next())
        put(rowFrom(q));
    return dialect.clearChangeLog(db, kLog);
}

void RegistryCache::catchUpStaff()
{
    // Any write to the staff records reads their counts again: one pass over a table of a few
    // people per institution, and writes to it are rare beside the totals' reads.
    QSqlDatabase &db = m_workspace->db();
    const SqlDialect &dialect = m_workspace->dialect();
    if (!m_staffLogging)
        m_staffLogging = dialect.startChangeLog(db, QStringLiteral("staff"), kStaffLog, nullptr);
    QList<qint64> changed;
    if (m_staffLoaded && m_staffLogging && dialect.loggedIds(db, kStaffLog, &changed) &&
        changed.isEmpty())
        return;
    m_staffRecords = oversight::staffRecordCounts(*m_workspace);
    m_staffLoaded = m_staffLogging && dialect.clearChangeLog(db, kStaffLog);
}

bool RegistryCache::catchUp()
{
    // The triggers see only this connection's writes; another process writing the same file (on
    // a network share) shows in the data version instead, and then everything is read again.
    const qint64 version = m_workspace->dialect().othersChangeCounter(m_workspace->db());
    if (version != m_othersVersion)
        m_staffLoaded = false;
    catchUpStaff();
    if (m_loaded && version == m_othersVersion && reloadLogged())
        return true;
    m_loaded = loadAll();
    m_othersVersion = version;
    return m_loaded;
}

RegistryTotals RegistryCache::totals(const QDate &asOf)
{
    if (!catchUp()) {
        // Correct but slow (the whole registry is read for every call): say so once, so that
        // a broken change log does not hide behind it.
        static bool warned = false;
        if (!std::exchange(warned, true))
            qWarning("tuoyu: registry change log unavailable, the registry is read each time");
    }
    const QString date = asOf.toString(Qt::ISODate);
    const int day = isIsoDate(date) ? isoKey(date) : kText;
    auto onOrBefore = [&](int key, qint64 id, int column) {
        if (key == kAlways || key == kNever || (key != kText && day != kText))
            return key <= day;
        // Text against text, as SQLite compares it.
        const QString text = key == kText ? m_textDates.value({id, column}) : isoText(key);
        return text <= date;
    };

    RegistryTotals t;
    std::vector<qint64> byKind(size_t(m_kinds.size()), 0);
    std::vector<qint64> slotsByKind(size_t(m_kinds.size()), 0);
    QSet<qint64> communityAreas;
    const int community = int(m_kinds.indexOf(QStringLiteral("community")));
    for (const Row &r : m_rows) {
        if (!onOrBefore(r.opened, r.id, 3))
            continue;
        ++t.institutions;
        t.slots += r.slots;
        t.puhuiSlots += r.puhuiSlots;
        t.puhuiInstitutions += r.puhuiInstitution;
        t.filed += r.filed && onOrBefore(r.filedOn, r.id, 5);
        t.withMedicalPartner += r.medicalPartner;
        t.enrolled += r.enrolled;
        t.slotsReportingEnrolled += r.slotsReportingEnrolled;
        t.under2Slots += r.under2Slots;
        t.slotsReportingBands += r.slotsReportingBands;
        const StaffCount staff =
            oversight::countedStaff({r.staff, r.certifiedStaff}, m_staffRecords.value(r.id));
        t.staff += staff.staff;
        t.certifiedStaff += staff.certified;
        if (r.publicKind) {
            ++t.publicInstitutions;
            t.publicSlots += r.slots;
        }
        ++byKind[size_t(r.kind)];
        slotsByKind[size_t(r.kind)] += r.slots;
        t.slotsByArea[r.areaId] += r.slots;
        if (r.kind == community && r.areaId != 0)
            communityAreas.insert(r.areaId);
    }
    for (qsizetype k = 0; k < m_kinds.size(); ++k) {
        if (byKind[size_t(k)] == 0)
            continue;
        t.institutionsByKind.insert(m_kinds[k], byKind[size_t(k)]);
        t.slotsByKind.insert(m_kinds[k], slotsByKind[size_t(k)]);
    }
    // Areas are few and read each time: an area removed since (its institutions keep a stale
    // id here until their rows are read again) then simply does not count.
    SqlQuery a(m_workspace->db());
    a.exec(QStringLiteral("SELECT id FROM area"));
    while (a.next()) {
        ++t.areas;
        t.areasWithCommunity += communityAreas.contains(a.value(0).toLongLong());
    }
    return t;
}

} // namespace tuoyu
