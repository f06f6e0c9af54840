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

    mapping::TableKind kind() const { return m_kind; }
    /// Stored with remembered mappings and in import_batch.kind: "institutions" …
    QString code() const { return QString::fromLatin1(m_code); }
    /// What the officer sees: 机构名单 …
    QString label() const { return QString::fromUtf8(m_label); }

    /// The fields a column can be assigned to, in the order the dialog lists them.
    const QList<mapping::FieldInfo> &fields() const { return m_fields; }
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
    bool needsPlan() const { return m_needsPlan; }
    /// The tables planning may insert rows into (ids for them are reserved before planning off
    /// the workspace's thread).
    const QStringList &insertsInto() const { return m_insertsInto; }
    /// Turns the records into row changes on `builder`, counting inserts, updates and refusals
    /// in its plan. `release`, when given, is `mapped` itself, handed over: records may be freed
    /// once planned. False (and *error) when the import cannot be planned at all.
    virtual bool plan(PlanBuilder &builder, const mapping::MappingResult &mapped,
                      mapping::MappingResult *release, QString *error) const = 0;

protected:
    /// What a kind states about itself: `code` ASCII, `label` UTF-8.
    ImportKind(mapping::TableKind kind, const char *code, const char *label,
               QList<mapping::FieldInfo> fields, QStringList insertsInto, bool needsPlan = false)
        : m_kind(kind)
        , m_code(code)
        , m_label(label)
        , m_fields(std::move(fields))
        , m_insertsInto(std::move(insertsInto))
        , m_needsPlan(needsPlan)
    {
    }

    /// One field of a kind's list: `key` ASCII, `label` UTF-8.
    static mapping::FieldInfo field(const char *key, const char *label,
                                    mapping::FieldType type = mapping::FieldType::Text,
                                    ValueRange range = ranges::count)
    {
        return {QString::fromLatin1(key), QString::fromUtf8(label), type, range};
    }

private:
    mapping::TableKind m_kind;
    const char *m_code;
    const char *m_label;
    QList<mapping::FieldInfo> m_fields;
    QStringList m_insertsInto;
    bool m_needsPlan;
};

/// Every kind, in the order the dialog offers them; the first is the default.
const QList<const ImportKind *> &importKinds();
/// The kind for `kind`, nullptr for TableKind::Unknown.
const ImportKind *importKind(mapping::TableKind kind);

} // namespace tuoyu
