#pragma once

#include "commands/importcommand.h"
#include "commands/rowchange.h"

#include <QHash>
#include <QList>
#include <QMultiHash>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <QVariantMap>

namespace tuoyu {

class ImportContext;

/// A value as the preview writes it, （空） for none.
QString shownImportValue(const QVariant &v);

/// What matching needs of every institution, those in the workspace and those new in the file.
struct KnownInstitution
{
    QString code;
    qint64 areaId = 0;
};

/// The registry as the importer needs it: rows by id, and indexes by credit code and name.
/// Shared by the kinds that find institutions (institution lists, enrolment).
struct ImportRegistry
{
    QHash<qint64, QVariantMap> rows; ///< the workspace's rows, whole: an update shows old → new
    QHash<qint64, KnownInstitution> known; ///< the workspace's institutions
    qint64 firstNewId = 0; ///< ids are allocated in ascending order: new in this file from here
    QList<KnownInstitution> fresh; ///< the file's new institutions, by id − firstNewId
    QHash<QString, qint64> byCode;
    QMultiHash<QString, qint64> byName;
    QHash<QString, qint64> areas;

    explicit ImportRegistry(QSqlDatabase &db);

    void add(qint64 id, const QString &name, const QString &code, qint64 areaId);
    void addNew(qint64 id, const QString &name, const QString &code, qint64 areaId);
    bool isNew(qint64 id) const { return firstNewId != 0 && id >= firstNewId; }
    const KnownInstitution &knownOf(qint64 id) const
    {
        return isNew(id) ? fresh[id - firstNewId] : *known.constFind(id);
    }
};

/// Where a kind puts what it plans: the row changes of the command, the plan's counts and
/// refusals, the workspace to read (context) and fresh ids.
class PlanBuilder
{
public:
    PlanBuilder(ImportContext &context, ImportPlan &plan, qint64 planId)
        : m_context(context)
        , plan(plan)
        , planId(planId)
    {
    }

    QSqlDatabase &db();
    qint64 allocateId(const QString &table);
    /// The area a table names: the registry's by name (short town names meet full ones), else a
    /// new area row.
    qint64 areaId(ImportRegistry &registry, const QString &name);
    void refuse(int row, const QString &reason) { plan.refused.append({row, 0, reason}); }
    ImportContext &context() { return m_context; }

private:
    ImportContext &m_context;
    int m_areaSeq = 0;

public:
    ImportPlan &plan;
    const qint64 planId; ///< for kinds whose records belong to a plan, else 0
    QList<RowChange> changes;
};

} // namespace tuoyu
