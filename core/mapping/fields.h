#pragma once

#include "columnmapping.h"

#include <domain/valuerange.h>

#include <QList>
#include <QString>
#include <QStringView>

#include <initializer_list>

namespace tuoyu::mapping {

/// How a field's cells are cleaned.
enum class FieldType
{
    Text,
    Integer,   ///< qint64, never negative
    Decimal,   ///< double (yuan)
    Bool,      ///< 是/否 …
    Date,      ///< QDate
    YearMonth, ///< "yyyy-MM" text
    Kind       ///< InstitutionKind: writes `kind` (code) and `kind_text` (words as written)
};

/// One canonical field a column can map to: the key records carry, the Chinese label the
/// import dialog shows, and how cells are cleaned.
struct FieldInfo
{
    QString key;
    QString label;
    FieldType type = FieldType::Text;
    /// For Integer and Decimal fields, the values the mapper accepts (in the field's own unit:
    /// a count, or yuan for money); a value outside is refused or ignored with the row named.
    ValueRange range = ranges::count;
};

/// The fields a column of this kind of table can be assigned to, in the order the dialog lists
/// them: the kind's own list (core/import/*import.cpp). Institution lists: name, credit_code,
/// kind, area, address, slots, puhui_slots, slots_infant, slots_toddler, slots_older, enrolled,
/// filed, filed_date, grade, medical_partner, staff, certified_staff, monthly_price, notes (kind
/// also yields kind_text). Enrolment: institution, credit_code, month, infant, toddler, older,
/// second_child, third_child, three_child_family, special_family, disabled. Decomposition: item,
/// target, total.
const QList<FieldInfo> &fieldsFor(TableKind kind);
/// The field with this key, or nullptr.
const FieldInfo *fieldInfo(TableKind kind, const QString &key);

/// The field a header names, from its normalised words (normaliseHeader, rows of a two-row
/// header concatenated top first), by the kind's synonyms. Empty when the words name no field
/// (including 序号).
QString matchHeader(TableKind kind, QStringView normalisedHeader);
/// True for 序号 / 编号 / No.: recognised header words that are never imported.
bool isRowNumberHeader(QStringView normalisedHeader);

/// For the kinds' synonym rules: the header words contain `word` / any of `words`.
bool headerHas(QStringView normalisedHeader, const char16_t *word);
bool headerHasAny(QStringView normalisedHeader, std::initializer_list<const char16_t *> words);

} // namespace tuoyu::mapping
