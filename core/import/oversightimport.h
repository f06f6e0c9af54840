#pragma once

// What the 从业人员 and 监督检查 import kinds share: reading rows of words and dates, and
// finding the institution a row names (docs/register.md).

#include "importkind.h"
#include "io/table.h"
#include "mapping/columnmapping.h"
#include "mapping/mappingresult.h"
#include "planbuilder.h"

#include <QStringList>

namespace tuoyu::oversightimport {

/// What tells a staff list from an inspection list, and their rows apart.
struct Spec
{
    mapping::TableKind kind;
    const char *code;  ///< ASCII (ImportKind::code)
    const char *label; ///< UTF-8 (ImportKind::label)
    QString table;     ///< where the records go
    /// (key, label, type) of each field, in the order the dialog lists them.
    QList<mapping::FieldInfo> fields;
    /// The field a header names: the first whose words the header contains ("=机构": the
    /// header is exactly that word).
    QList<std::pair<QString, QStringList>> headerWords;
    QStringList dates;                           ///< fields read as dates
    QList<std::pair<QString, QString>> required; ///< (field, label) each row must have
};

/// The part of an ImportKind the two lists share; each kind adds how its records are planned.
class Kind : public ImportKind
{
public:
    explicit Kind(Spec spec)
        : ImportKind(spec.kind, spec.code, spec.label, spec.fields, {spec.table})
        , m_spec(std::move(spec))
    {
    }
    QString matchHeader(QStringView normalisedHeader) const override;
    void map(const io::Table &table, const mapping::ColumnMapping &mapping,
             mapping::MappingResult &result, io::Table *release) const override;

private:
    Spec m_spec;
};

/// Header words as a list (UTF-8 literals).
QStringList words(std::initializer_list<const char *> list);

/// The institution a record's `institution` (and `credit_code`) names; 0 after refusing the
/// row on `builder` with the reason (not in the registry, or several of that name).
qint64 institutionOf(PlanBuilder &builder, const ImportRegistry &registry,
                     const mapping::MappedRecord &record);

/// Inserts `row` as a new record of `table`, or updates `existing` (the stored row, whole) to
/// it, counting the change in the builder's plan; `name` is what the preview calls the record.
void insertOrUpdate(PlanBuilder &builder, const QString &table, QVariantMap *existing,
                    const QVariantMap &row, int fileRow, const QString &name);

/// Every row of `table` keyed by `key(row)`.
QHash<QString, QVariantMap> rowsBy(QSqlDatabase &db, const QString &table,
                                   const std::function<QString(const QVariantMap &)> &key);

} // namespace tuoyu::oversightimport
