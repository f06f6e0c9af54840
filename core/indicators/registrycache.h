#pragma once

#include "oversight/oversight.h"
#include "registrytotals.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <utility>
#include <vector>

namespace tuoyu {

class Workspace;
class SqlQuery;

/// The registry kept in memory, one compact row per institution, so that RegistryTotals as of
/// any date are one pass over memory (about a millisecond for 100,000 institutions) instead of
/// SQL aggregates over the file (about 100 ms each). The first use reads the whole registry;
/// after that it re-reads only the rows written since, found in a change log that temporary
/// triggers fill on every write to `institution` on the workspace's connection — commands, their
/// undo and redo, imports and plain SQL alike — so the cache cannot miss a change; a write by
/// another connection to the same file makes it read the whole registry again.
///
/// One cache per workspace, owned by it (a child object).
class RegistryCache : public QObject, public RegistrySource
{
    Q_OBJECT

public:
    static RegistryCache *of(Workspace *workspace);

    RegistryTotals totals(const QDate &asOf) override;
    /// Institutions held in memory (all of the registry once totals() has run).
    qsizetype size() const { return qsizetype(m_rows.size()); }

private:
    explicit RegistryCache(Workspace *workspace);

    /// What a row adds to the totals, with the two dates it depends on kept as keys.
    struct Row
    {
        qint64 id = 0;
        qint64 areaId = 0;
        int kind = 0;    ///< index into m_kinds
        int opened = 0;  ///< date key (see dateKey in the .cpp)
        int filedOn = 0; ///< date key of filed_date; only read when `filed`
        bool filed = false;
        bool puhuiInstitution = false;
        bool medicalPartner = false;
        bool publicKind = false;
        qint64 slots = 0;
        qint64 puhuiSlots = 0;
        qint64 enrolled = 0;
        qint64 slotsReportingEnrolled = 0;
        qint64 under2Slots = 0;
        qint64 slotsReportingBands = 0;
        qint64 staff = 0;          ///< as typed (counted with certifiedStaff only)
        qint64 certifiedStaff = 0; ///< as typed
    };

    bool catchUp();
    /// Reads the staff records' counts again when they changed (their own change log).
    void catchUpStaff();
    bool loadAll();
    bool reloadLogged();
    Row rowFrom(const SqlQuery &q);
    void put(const Row &row);
    void remove(qint64 id);
    int kindIndex(const QString &code);

    Workspace *m_workspace;
    bool m_loaded = false;
    qint64 m_othersVersion = -1; ///< SqlDialect::othersChangeCounter when last read
    bool m_logging = false;
    std::vector<Row> m_rows;
    QHash<qint64, qsizetype> m_index; ///< id → position in m_rows
    QStringList m_kinds;
    /// Dates that are text but not yyyy-MM-dd, by (id, column): compared as text, as SQL does.
    QHash<std::pair<qint64, int>, QString> m_textDates;
    /// Staff records per institution: they replace its typed counts (oversight::countedStaff).
    QHash<qint64, StaffCount> m_staffRecords;
    bool m_staffLoaded = false;
    bool m_staffLogging = false;
};

} // namespace tuoyu
