#pragma once

#include "io/table.h"
#include "mapping/columnmapping.h"
#include "mapping/fields.h"
#include "mapping/mappingresult.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace tuoyu {

class PlanBuilder;

/// One kind of table the importer knows: an institution list, a monthly enrolment sheet, a
/// decomposition table. Everything that differs between kinds is here, and only here: the fields
/// a column can mean and the header words that name them, how a row becomes a record, and how
/// records become row changes. The pipeline (Importer::prepare) and the import dialog ask the
/// kind; they never switch on TableKind. Adding a kind is one file implementing this and one
/// line in importKinds() (importkinds.cpp).
class ImportKind
{
public:
    virtual ~ImportKind() = default;

    virtual mapping::TableKind kind() const = 0;
    /// Stored with remembered mappings and in import_batch.kind: "institutions" …
    virtual QString code() const = 0;
    /// What the officer sees: 机构名单 …
    virtual QString label() const = 0;

    /// The fields a column can be assigned to, in the order the dialog lists them.
    virtual const QList<mapping::FieldInfo> &fields() const = 0;
    /// The field a header names, from its normalised words; empty when none. Kinds whose columns
    /// are not named by words (decomposition: years over areas) return empty.
    virtual QString matchHeader(QStringView normalisedHeader) const = 0;

    /// The record values the preview shows, as (record key, column title): by default the fields
    /// the mapping assigns, a kind field showing its words as written (kind_text).
    virtual QList<mapping::FieldInfo> previewColumns(const mapping::ColumnMapping &mapping) const;

    /// Cleans the rows below the header into `result` (records, refusals, totals, findings).
    /// `release`, when given, is `table` itself, handed over: rows may be freed once mapped.
    virtual void map(const io::Table &table, const mapping::ColumnMapping &mapping,
                     mapping::MappingResult &result, io::Table *release) const = 0;

    /// True when the records belong to a plan (Importer::prepare asks for one).
    virtual bool needsPlan() const { return false; }
    /// The tables planning may insert rows into (ids for them are reserved before planning off
    /// the workspace's thread).
    virtual QStringList insertsInto() const = 0;
    /// Turns the records into row changes on `builder`, counting inserts, updates and refusals
    /// in its plan. `release`, when given, is `mapped` itself, handed over: records may be freed
    /// once planned. False (and *error) when the import cannot be planned at all.
    virtual bool plan(PlanBuilder &builder, const mapping::MappingResult &mapped,
                      mapping::MappingResult *release, QString *error) const = 0;
};

/// Every kind, in the order the dialog offers them; the first is the default.
const QList<const ImportKind *> &importKinds();
/// The kind for `kind`, nullptr for TableKind::Unknown.
const ImportKind *importKind(mapping::TableKind kind);

} // namespace tuoyu
