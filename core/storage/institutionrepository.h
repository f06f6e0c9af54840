#pragma once

#include "domain/institution.h"

#include <QList>
#include <QVariantMap>

namespace tuoyu {

class Database;
class SqlQuery;

/// Reads the institution registry. Writing goes through commands (institutioncommands.h).
class InstitutionRepository
{
public:
    explicit InstitutionRepository(Database *workspace)
        : m_workspace(workspace)
    {
    }

    /// Every institution in registry order (by id).
    QList<Institution> all() const;
    std::optional<Institution> byId(qint64 id) const;
    qint64 count() const;
    /// Area names by id (0 → empty), for display.
    QString areaName(qint64 areaId) const;

    /// The row a command stores for an institution (column name → value, without id).
    static QVariantMap toRow(const Institution &institution);
    /// The columns of the institution table, in order, without id.
    static const QStringList &columns();
    /// The institution on the current row of a `SELECT *` over the table.
    static Institution read(const SqlQuery &query);

private:
    Database *m_workspace;
};

} // namespace tuoyu
