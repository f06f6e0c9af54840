// 机构名单: one institution per row; matched by credit code, else name and area.

#include "importkind.h"
#include "mapping/kindmappers.h"
#include "planbuilder.h"

#include "commands/rowchanges.h"

#include "domain/money.h"
#include "io/cellformat.h"

#include "storage/sqlquery.h"

#include <array>
#include <cmath>

namespace tuoyu {

using mapping::FieldType;
using mapping::headerHas;
using mapping::headerHasAny;
using mapping::MappedRecord;

namespace {

/// How a record's value becomes an institution column value.
enum class Conversion
{
    AsIs,
    Flag,    ///< bool → 0/1
    IsoDate, ///< QDate → yyyy-MM-dd (text kept as written)
    Fen      ///< yuan → fen
};

/// The institution columns an import may set.
struct FieldRule
{
    const char *key;    ///< the mapper's canonical key
    const char *column; ///< the institution column
    const char *label;  ///< for the preview
    Conversion conversion = Conversion::AsIs;
};
constexpr FieldRule kInstitutionFields[] = {
    {"name", "name", "名称"},
    {"credit_code", "credit_code", "统一社会信用代码"},
    {"kind", "kind", "属性"},
    {"kind_text", "kind_text", "属性原文"},
    {"address", "address", "地址"},
    {"slots", "slots", "托位数"},
    {"puhui_slots", "puhui_slots", "普惠托位"},
    {"slots_infant", "slots_infant", "乳儿班托位"},
    {"slots_toddler", "slots_toddler", "托小班托位"},
    {"slots_older", "slots_older", "托大班托位"},
    {"enrolled", "enrolled", "在托人数"},
    {"filed", "filed", "备案", Conversion::Flag},
    {"filed_date", "filed_date", "备案日期", Conversion::IsoDate},
    {"grade", "grade", "等级"},
    {"medical_partner", "medical_partner", "签约医疗机构"},
    {"staff", "staff", "从业人员"},
    {"certified_staff", "certified_staff", "持证人员"},
    {"monthly_price", "monthly_price_fen", "月收费", Conversion::Fen},
    {"notes", "notes", "备注"},
};
constexpr int kFieldCount = int(std::size(kInstitutionFields));

QVariant columnValue(Conversion conversion, const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return QVariant();
    switch (conversion) {
    case Conversion::AsIs:
        break;
    case Conversion::Flag:
        return v.toBool() ? 1 : 0;
    case Conversion::IsoDate:
        if (const QDate date = v.toDate(); date.isValid())
            return io::formatIsoDate(date);
        return v.toString();
    case Conversion::Fen:
        // The mapper keeps 月收费 within its range; a value that still is not money is dropped,
        // never wrapped (llround of 1e60 is undefined and gave INT64_MIN fen).
        if (const auto fen = Fen::fromYuanNumber(v.toDouble()))
            return fen->fen();
        return QVariant();
    }
    return v;
}

/// The field rules' keys and columns as QStrings made once, and each key's rule by hash: an
/// import of 100,000 rows would otherwise build millions of temporary strings.
struct FieldKeys
{
    QList<QString> columns;
    QHash<QString, int> ruleOfKey;
    FieldKeys()
    {
        for (int i = 0; i < kFieldCount; ++i) {
            columns << QString::fromLatin1(kInstitutionFields[i].column);
            ruleOfKey.insert(QString::fromLatin1(kInstitutionFields[i].key), i);
        }
    }
};

const FieldKeys &fieldKeys()
{
    static const FieldKeys keys;
    return keys;
}

/// One record's values by field rule, converted to column values.
using RuleValues = std::array<QVariant, kFieldCount>;

RuleValues ruleValues(const mapping::FieldValues &values, const FieldKeys &fields)
{
    RuleValues out;
    for (const auto &entry : values) {
        const int rule = fields.ruleOfKey.value(entry.key, -1);
        if (rule >= 0)
            out[rule] = columnValue(kInstitutionFields[rule].conversion, entry.value);
    }
    return out;
}

/// The same from a record handed over: values that need no conversion are moved, not copied.
RuleValues ruleValues(QList<mapping::FieldValues::Entry> &&entries, const FieldKeys &fields)
{
    RuleValues out;
    for (auto &entry : entries) {
        const int rule = fields.ruleOfKey.value(entry.key, -1);
        if (rule < 0)
            continue;
        const Conversion conversion = kInstitutionFields[rule].conversion;
        out[rule] = conversion == Conversion::AsIs ? std::move(entry.value)
                                                   : columnValue(conversion, entry.value);
    }
    return out;
}

/// `release`, when given, is `mapped` itself, handed over by its owner: each record's values are
/// freed once its row is planned, so that 100,000 records and their rows for the database are
/// not held at once.
void planInstitutions(PlanBuilder &b, const mapping::MappingResult &mapped,
                      mapping::MappingResult *release)
{
    ImportRegistry registry(b.db());
    const FieldKeys &fields = fieldKeys();
    const QString areaColumn = QStringLiteral("area_id");
    const QString kName = QStringLiteral("name"), kCode = QStringLiteral("credit_code"),
                  kArea = QStringLiteral("area");

    // New institutions go into one batch of one shape: the columns some record of the file
    // gives (the others keep their defaults, NULL but for kind, slots and filed), plus those
    // three, which are always written.
    std::array<bool, kFieldCount> given{};
    bool anyArea = false;
    for (const MappedRecord &record : mapped.records)
        for (const auto &entry : record.values) {
            const int rule = fields.ruleOfKey.value(entry.key, -1);
            if (rule >= 0)
                given[rule] = true;
            else if (entry.key == kArea)
                anyArea = true;
        }
    QList<int> batchRules;
    QStringList batchColumns;
    for (int i = 0; i < kFieldCount; ++i) {
        const QLatin1String column(kInstitutionFields[i].column);
        if (given[i] || column == QLatin1String("kind") || column == QLatin1String("slots") ||
            column == QLatin1String("filed")) {
            batchRules << i;
            batchColumns << fields.columns[i];
        }
    }
    if (anyArea)
        batchColumns << areaColumn;
    const QString institutionTable = QStringLiteral("institution");
    const QVariant kindDefault = QStringLiteral("other");
    const QVariant zero = 0;
    QList<qint64> batchIds;
    QList<QVariantList> batchRows;
    batchIds.reserve(mapped.records.size());
    batchRows.reserve(mapped.records.size());
    registry.fresh.reserve(mapped.records.size());
    registry.byName.reserve(registry.byName.size() + mapped.records.size());
    b.plan.changes.reserve(mapped.records.size());
    for (qsizetype index = 0; index < mapped.records.size(); ++index) {
        const MappedRecord &record = mapped.records[index];
        // A handed-over record's values are taken out here and freed when the row is planned.
        mapping::FieldValues owned =
            release ? std::move(release->records[index].values) : mapping::FieldValues();
        const mapping::FieldValues &v = release ? owned : record.values;
        const QString name = v.value(kName).toString();
        const QString code = v.value(kCode).toString();
        const QString area = v.value(kArea).toString();

        qint64 match = 0;
        if (!code.isEmpty())
            match = registry.byCode.value(code);
        if (match == 0) {
            QList<qint64> candidates;
            for (auto it = registry.byName.constFind(name);
                 it != registry.byName.cend() && it.key() == name; ++it) {
                const KnownInstitution &known = registry.knownOf(it.value());
                // Two different credit codes are two institutions, whatever their names.
                if (!code.isEmpty() && !known.code.isEmpty() && known.code != code)
                    continue;
                if (!area.isEmpty() && known.areaId != 0 &&
                    registry.areas.value(area) != known.areaId)
                    continue;
                candidates << it.value();
            }
            if (candidates.size() > 1) {
                b.refuse(
                    record.row,
                    QStringLiteral("“%1”与名单中 %2 "
                                   "家同名机构都能对上，请补充统一社会信用代码或所属乡镇（街道）")
                        .arg(name)
                        .arg(candidates.size()));
                continue;
            }
            match = candidates.value(0);
        }

        if (match != 0 && registry.isNew(match)) {
            b.refuse(record.row, QStringLiteral("“%1”与本文件前面的一行是同一家机构").arg(name));
            continue;
        }
        const qint64 areaId = area.isEmpty() ? 0 : b.areaId(registry, area);
        RuleValues values = release ? ruleValues(owned.take(), fields) : ruleValues(v, fields);
        ImportChange change;
        change.row = record.row;
        change.name = name;
        if (match == 0) {
            const qint64 id = b.allocateId(institutionTable);
            QVariantList row;
            row.reserve(batchColumns.size());
            for (int rule : std::as_const(batchRules))
                row << std::move(values[rule]);
            if (anyArea)
                row << (areaId ? QVariant(areaId) : QVariant());
            for (qsizetype c = 0; c < batchRules.size(); ++c) {
                if (!row[c].isNull())
                    continue;
                const QLatin1String column(kInstitutionFields[batchRules[c]].column);
                if (column == QLatin1String("kind"))
                    row[c] = kindDefault;
                else if (column == QLatin1String("slots") || column == QLatin1String("filed"))
                    row[c] = zero;
            }
            batchIds << id;
            batchRows << row;
            change.action = ImportChange::Action::Insert;
            ++b.plan.inserted;
            // The mapper refuses a second row with the same name or code in one file; these
            // keep a later row from being matched to nothing.
            registry.addNew(id, name, code, areaId);
        } else {
            QVariantMap row;
            for (int i = 0; i < kFieldCount; ++i)
                if (values[i].isValid())
                    row.insert(fields.columns[i], values[i]);
            if (areaId)
                row.insert(areaColumn, areaId);
            const QVariantMap &current = registry.rows[match];
            const std::optional<RowChange> update =
                rowchanges::update(QStringLiteral("institution"), current, row);
            if (!update) {
                change.action = ImportChange::Action::Unchanged;
                ++b.plan.unchanged;
            } else {
                const QVariantMap &after = update->after;
                for (auto it = after.cbegin(); it != after.cend(); ++it) {
                    QString label = it.key();
                    for (const FieldRule &f : kInstitutionFields)
                        if (it.key() == QLatin1String(f.column))
                            label = QString::fromUtf8(f.label);
                    change.changes
                        << QStringLiteral("%1：%2 → %3")
                               .arg(label, shownImportValue(update->before.value(it.key())),
                                    shownImportValue(it.value()));
                }
                b.changes.append(*update);
                change.action = ImportChange::Action::Update;
                ++b.plan.updated;
                QVariantMap stored = current;
                for (auto it = after.cbegin(); it != after.cend(); ++it)
                    stored.insert(it.key(), it.value());
                registry.known[match] = {stored.value(kCode).toString(),
                                         stored.value(areaColumn).toLongLong()};
                registry.rows.insert(match, stored);
            }
        }
        b.plan.changes.append(change);
    }
    if (!batchIds.isEmpty())
        b.changes.append(RowChange::insertBatch(QStringLiteral("institution"), batchColumns,
                                                batchIds, batchRows));
}

class InstitutionImport final : public ImportKind
{
public:
    InstitutionImport()
        : ImportKind(mapping::TableKind::InstitutionList, "institutions", "机构名单",
                     {
                         field("name", "机构名称"),
                         field("credit_code", "统一社会信用代码"),
                         field("kind", "属性（举办性质）", FieldType::Kind),
                         field("area", "所属街道（乡镇）"),
                         field("address", "地址"),
                         field("slots", "托位数", FieldType::Integer, ranges::slots),
                         field("puhui_slots", "普惠托位数", FieldType::Integer, ranges::slots),
                         field("slots_infant", "乳儿班托位", FieldType::Integer, ranges::slots),
                         field("slots_toddler", "托小班托位", FieldType::Integer, ranges::slots),
                         field("slots_older", "托大班托位", FieldType::Integer, ranges::slots),
                         field("enrolled", "在托人数", FieldType::Integer, ranges::children),
                         field("filed", "是否备案", FieldType::Bool),
                         field("filed_date", "备案时间", FieldType::Date),
                         field("grade", "等级（示范）"),
                         field("medical_partner", "医育结合签约医疗机构"),
                         field("staff", "从业人员数", FieldType::Integer, ranges::staff),
                         field("certified_staff", "持证人员数", FieldType::Integer, ranges::staff),
                         field("monthly_price", "月收费（元）", FieldType::Decimal,
                               ranges::monthlyFeeYuan),
                         field("notes", "备注"),
                     },
                     {QStringLiteral("institution"), QStringLiteral("area")})
    {
    }
    QString matchHeader(QStringView s) const override;
    void map(const io::Table &table, const mapping::ColumnMapping &mapping,
             mapping::MappingResult &result, io::Table *release) const override
    {
        mapping::mapInstitutions(table, mapping, result, release);
    }
    bool plan(PlanBuilder &builder, const mapping::MappingResult &mapped,
              mapping::MappingResult *release, QString *) const override
    {
        planInstitutions(builder, mapped, release);
        return true;
    }
};

/// Header words are matched by the words they contain, most specific first, rather than by a
/// closed synonym list: offices write 核定托位数, 设置托位数, 托位数（个）, 其中：普惠性托位 … and
/// a list would always miss the next one. The documented synonyms all fall under these rules
/// (tests/mapping checks them one by one).
QString InstitutionImport::matchHeader(QStringView s) const
{
    if (mapping::isRowNumberHeader(s))
        return {};
    if (headerHasAny(s, {u"信用代码", u"社会信用", u"组织机构代码"}))
        return QStringLiteral("credit_code");
    if (headerHasAny(s, {u"备案号", u"备案编号", u"备案机关"}))
        return {};
    if (headerHas(s, u"备案") && headerHasAny(s, {u"时间", u"日期"}))
        return QStringLiteral("filed_date");
    if (headerHas(s, u"备案"))
        return QStringLiteral("filed");
    if (headerHasAny(s, {u"使用率", u"占比", u"比例", u"以下", u"以上"}))
        return {}; // derived figures (托位使用率, 2岁以下托位) are computed, never imported
    const bool people = headerHasAny(s, {u"在托", u"入托", u"在园", u"收托", u"人数", u"幼儿数"});
    if (headerHas(s, u"乳儿"))
        return people ? QString() : QStringLiteral("slots_infant");
    if (headerHas(s, u"托小"))
        return people ? QString() : QStringLiteral("slots_toddler");
    if (headerHas(s, u"托大"))
        return people ? QString() : QStringLiteral("slots_older");
    if (headerHas(s, u"普惠") && headerHasAny(s, {u"托位", u"床位", u"学位"}))
        return QStringLiteral("puhui_slots");
    if (s == u"其中普惠" || s == u"其中普惠性" || s == u"普惠")
        return QStringLiteral("puhui_slots");
    if (headerHasAny(s, {u"托位", u"床位", u"学位"}))
        return QStringLiteral("slots");
    if (people || headerHasAny(s, {u"实有幼儿", u"在册"}))
        return QStringLiteral("enrolled");
    if (headerHasAny(s, {u"收费", u"保育费", u"月费", u"价格", u"托费"}))
        return QStringLiteral("monthly_price");
    if (headerHas(s, u"持证"))
        return QStringLiteral("certified_staff");
    if (headerHasAny(s, {u"从业", u"员工", u"教职工", u"工作人员", u"保育人员", u"人员数"}))
        return QStringLiteral("staff");
    if (headerHasAny(s, {u"医育", u"医疗机构", u"签约"}))
        return QStringLiteral("medical_partner");
    if (headerHasAny(s, {u"等级", u"示范", u"星级", u"评级"}))
        return QStringLiteral("grade");
    if (headerHasAny(s, {u"地址", u"住所", u"地点"}))
        return QStringLiteral("address");
    if (headerHasAny(s, {u"街道", u"乡镇", u"镇街", u"所属区域", u"所在区域", u"片区", u"辖区"}))
        return QStringLiteral("area");
    if (headerHasAny(s, {u"属性", u"性质", u"类型", u"类别", u"举办"}))
        return QStringLiteral("kind");
    if (headerHasAny(s, {u"名称", u"机构名", u"幼儿园", u"托育机构", u"单位"}) || s == u"机构")
        return QStringLiteral("name");
    if (headerHasAny(s, {u"备注", u"说明"}))
        return QStringLiteral("notes");
    return {};
}

} // namespace

const ImportKind &institutionImport()
{
    static const InstitutionImport kind;
    return kind;
}

} // namespace tuoyu
