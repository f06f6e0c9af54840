#include "importcommand.h"

#include "io/cellformat.h"
#include "storage/workspace.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>

#include <array>
#include <cmath>

namespace tuoyu {

using mapping::MappedRecord;
using mapping::TableKind;

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
        return qint64(std::llround(v.toDouble() * 100.0));
    }
    return v;
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a.toString() == b.toString();
}

QString shown(const QVariant &v)
{
    return v.isNull() ? QStringLiteral("（空）") : v.toString();
}

/// What matching needs of every institution, those in the workspace and those new in the file.
struct Known
{
    QString code;
    qint64 areaId = 0;
};

/// The registry as the importer needs it: rows by id, and indexes by credit code and name.
struct Registry
{
    QHash<qint64, QVariantMap> rows; ///< the workspace's rows, whole: an update shows old → new
    QHash<qint64, Known> known;      ///< the workspace's institutions
    qint64 firstNewId = 0; ///< ids are allocated in ascending order: new in this file from here
    QList<Known> fresh;    ///< the file's new institutions, by id − firstNewId
    QHash<QString, qint64> byCode;
    QMultiHash<QString, qint64> byName;
    QHash<QString, qint64> areas;

    explicit Registry(QSqlDatabase &db)
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT * FROM institution"));
        const QSqlRecord r = q.record();
        while (q.next()) {
            QVariantMap row;
            for (int i = 0; i < r.count(); ++i)
                row.insert(r.fieldName(i), q.value(i));
            const qint64 id = row.value(QStringLiteral("id")).toLongLong();
            const QString code = row.value(QStringLiteral("credit_code")).toString();
            add(id, row.value(QStringLiteral("name")).toString(), code,
                row.value(QStringLiteral("area_id")).toLongLong());
            rows.insert(id, row);
        }
        QSqlQuery a(db);
        a.exec(QStringLiteral("SELECT id, name FROM area"));
        while (a.next())
            areas.insert(a.value(1).toString(), a.value(0).toLongLong());
    }

    void add(qint64 id, const QString &name, const QString &code, qint64 areaId)
    {
        if (!code.isEmpty())
            byCode.insert(code, id);
        byName.insert(name, id);
        known.insert(id, {code, areaId});
    }
    void addNew(qint64 id, const QString &name, const QString &code, qint64 areaId)
    {
        if (firstNewId == 0)
            firstNewId = id;
        Q_ASSERT(id == firstNewId + fresh.size());
        if (!code.isEmpty())
            byCode.insert(code, id);
        byName.insert(name, id);
        fresh.append({code, areaId});
    }
    bool isNew(qint64 id) const { return firstNewId != 0 && id >= firstNewId; }
    const Known &knownOf(qint64 id) const
    {
        return isNew(id) ? fresh[id - firstNewId] : *known.constFind(id);
    }
};

struct Builder
{
    Workspace *ws;
    ImportPlan &plan;
    QList<RowChange> changes;
    QHash<QString, qint64> newAreas;
    int areaSeq = 0;

    qint64 areaId(Registry &registry, const QString &name)
    {
        if (name.isEmpty())
            return 0;
        if (const auto it = registry.areas.constFind(name); it != registry.areas.cend())
            return it.value();
        // Tables print towns short (郑陆, 红梅) where the registry has 郑陆镇, 红梅街道: a name
        // that is the start of exactly one area's name, the rest a town or street suffix, is it.
        static const QStringList suffixes = {
            QStringLiteral("街道"),       QStringLiteral("镇"),     QStringLiteral("乡"),
            QStringLiteral("街道办事处"), QStringLiteral("街道办"), QStringLiteral("镇人民政府")};
        qint64 found = 0;
        int matches = 0;
        for (auto it = registry.areas.cbegin(); it != registry.areas.cend(); ++it) {
            const QString &full = it.key();
            const bool shortForm =
                full.startsWith(name) && suffixes.contains(full.mid(name.size()));
            const bool longForm = name.startsWith(full) && suffixes.contains(name.mid(full.size()));
            if (shortForm || longForm) {
                found = it.value();
                ++matches;
            }
        }
        if (matches == 1) {
            registry.areas.insert(name, found);
            return found;
        }
        const qint64 id = ws->allocateId(QStringLiteral("area"));
        changes.append(RowChange::insert(
            QStringLiteral("area"), id,
            {{QStringLiteral("name"), name}, {QStringLiteral("seq"), 1000 + ++areaSeq}}));
        registry.areas.insert(name, id);
        return id;
    }
    void refuse(int row, const QString &reason) { plan.refused.append({row, 0, reason}); }
};

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
void planInstitutions(Builder &b, const mapping::MappingResult &mapped,
                      mapping::MappingResult *release)
{
    Registry registry(b.ws->db());
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
                const Known &known = registry.knownOf(it.value());
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
            const qint64 id = b.ws->allocateId(institutionTable);
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
            QVariantMap before;
            QVariantMap after;
            for (auto it = row.cbegin(); it != row.cend(); ++it) {
                const QVariant old = current.value(it.key());
                if (sameValue(old, it.value()))
                    continue;
                before.insert(it.key(), old);
                after.insert(it.key(), it.value());
                QString label = it.key();
                for (const FieldRule &f : kInstitutionFields)
                    if (it.key() == QLatin1String(f.column))
                        label = QString::fromUtf8(f.label);
                change.changes
                    << QStringLiteral("%1：%2 → %3").arg(label, shown(old), shown(it.value()));
            }
            if (after.isEmpty()) {
                change.action = ImportChange::Action::Unchanged;
                ++b.plan.unchanged;
            } else {
                b.changes.append(
                    RowChange::update(QStringLiteral("institution"), match, before, after));
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

void planEnrolment(Builder &b, const mapping::MappingResult &mapped)
{
    Registry registry(b.ws->db());
    QHash<QString, QVariantMap> existing; // "institution_id|month" → row
    {
        QSqlQuery q(b.ws->db());
        q.exec(QStringLiteral("SELECT * FROM enrolment_record"));
        const QSqlRecord r = q.record();
        while (q.next()) {
            QVariantMap row;
            for (int i = 0; i < r.count(); ++i)
                row.insert(r.fieldName(i), q.value(i));
            existing.insert(row.value(QStringLiteral("institution_id")).toString() +
                                QLatin1Char('|') + row.value(QStringLiteral("month")).toString(),
                            row);
        }
    }
    static const char *const counts[] = {"infant",         "toddler",     "older",
                                         "second_child",   "third_child", "three_child_family",
                                         "special_family", "disabled"};
    for (const MappedRecord &record : mapped.records) {
        const mapping::FieldValues &v = record.values;
        const QString name = v.value(QStringLiteral("institution")).toString();
        const QString code = v.value(QStringLiteral("credit_code")).toString();
        qint64 institution = code.isEmpty() ? 0 : registry.byCode.value(code);
        if (institution == 0) {
            const QList<qint64> ids = registry.byName.values(name);
            if (ids.size() > 1) {
                b.refuse(record.row,
                         QStringLiteral("“%1”有多家同名机构，请填写统一社会信用代码").arg(name));
                continue;
            }
            institution = ids.value(0);
        }
        if (institution == 0) {
            b.refuse(record.row, QStringLiteral("机构名单中没有“%1”，请先导入机构名单").arg(name));
            continue;
        }
        const QString month = v.value(QStringLiteral("month")).toString();
        QVariantMap row{{QStringLiteral("institution_id"), institution},
                        {QStringLiteral("month"), month}};
        for (const char *c : counts)
            if (const QString key = QString::fromLatin1(c); v.contains(key))
                row.insert(key, v.value(key));
        ImportChange change;
        change.row = record.row;
        change.name = QStringLiteral("%1 %2").arg(name, month);
        const QString key = QString::number(institution) + QLatin1Char('|') + month;
        if (!existing.contains(key)) {
            const qint64 id = b.ws->allocateId(QStringLiteral("enrolment_record"));
            b.changes.append(RowChange::insert(QStringLiteral("enrolment_record"), id, row));
            QVariantMap stored = row;
            stored.insert(QStringLiteral("id"), id);
            existing.insert(key, stored);
            change.action = ImportChange::Action::Insert;
            ++b.plan.inserted;
        } else {
            QVariantMap &current = existing[key];
            QVariantMap before;
            QVariantMap after;
            for (const char *c : counts) {
                const QString k = QLatin1String(c);
                if (!row.contains(k) || sameValue(current.value(k), row.value(k)))
                    continue;
                before.insert(k, current.value(k));
                after.insert(k, row.value(k));
                change.changes << QStringLiteral("%1：%2 → %3")
                                      .arg(k, shown(current.value(k)), shown(row.value(k)));
                current.insert(k, row.value(k));
            }
            if (after.isEmpty()) {
                change.action = ImportChange::Action::Unchanged;
                ++b.plan.unchanged;
            } else {
                b.changes.append(RowChange::update(QStringLiteral("enrolment_record"),
                                                   current.value(QStringLiteral("id")).toLongLong(),
                                                   before, after));
                change.action = ImportChange::Action::Update;
                ++b.plan.updated;
            }
        }
        b.plan.changes.append(change);
    }
}

bool planDecomposition(Builder &b, const mapping::MappingResult &mapped, qint64 planId,
                       QString *error)
{
    QSqlDatabase &db = b.ws->db();
    QSqlQuery check(db);
    check.prepare(QStringLiteral("SELECT id FROM plan WHERE id = ?"));
    check.addBindValue(planId);
    if (!check.exec() || !check.next()) {
        *error = QStringLiteral("导入任务分解表需要先选择一个计划");
        return false;
    }
    Registry registry(db);
    QHash<QString, qint64> items;
    int itemSeq = 0;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id, name, seq FROM decomposition_item WHERE plan_id = ?"));
        q.addBindValue(planId);
        q.exec();
        while (q.next()) {
            items.insert(q.value(1).toString(), q.value(0).toLongLong());
            itemSeq = std::max(itemSeq, q.value(2).toInt());
        }
    }
    QHash<QString, qint64> departments;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id, name FROM department WHERE plan_id = ?"));
        q.addBindValue(planId);
        q.exec();
        while (q.next())
            departments.insert(q.value(1).toString(), q.value(0).toLongLong());
    }
    // Existing cells by item|year|a<area>|d<department>.
    QHash<QString, QPair<qint64, QVariant>> cells;
    {
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("SELECT c.id, c.item_id, c.year, COALESCE(c.area_id, 0), "
                           "COALESCE(c.department_id, 0), c.target FROM decomposition_cell c "
                           "JOIN decomposition_item i ON i.id = c.item_id WHERE i.plan_id = ?"));
        q.addBindValue(planId);
        q.exec();
        while (q.next())
            cells.insert(QStringLiteral("%1|%2|a%3|d%4")
                             .arg(q.value(1).toString(), q.value(2).toString(),
                                  q.value(3).toString(), q.value(4).toString()),
                         {q.value(0).toLongLong(), q.value(5)});
    }
    for (const MappedRecord &record : mapped.records) {
        const mapping::FieldValues &v = record.values;
        const QString itemName = v.value(QStringLiteral("item")).toString();
        const QString column = v.value(QStringLiteral("area")).toString();
        const int year = v.value(QStringLiteral("year")).toInt();
        qint64 item = items.value(itemName);
        if (item == 0) {
            item = b.ws->allocateId(QStringLiteral("decomposition_item"));
            b.changes.append(RowChange::insert(QStringLiteral("decomposition_item"), item,
                                               {{QStringLiteral("plan_id"), planId},
                                                {QStringLiteral("seq"), ++itemSeq},
                                                {QStringLiteral("name"), itemName}}));
            items.insert(itemName, item);
        }
        // A column names a department of the plan (区教育局, or 教育局 for short) or an area.
        qint64 department = departments.value(column);
        if (department == 0)
            for (auto it = departments.cbegin(); it != departments.cend(); ++it)
                if (it.key().endsWith(column) && column.size() >= 2)
                    department = it.value();
        const qint64 area = department ? 0 : b.areaId(registry, column);
        const QString key =
            QStringLiteral("%1|%2|a%3|d%4").arg(item).arg(year).arg(area).arg(department);
        const QVariant target = v.value(QStringLiteral("target"));
        ImportChange change;
        change.row = record.row;
        change.name = QStringLiteral("%1 / %2 / %3年").arg(itemName, column).arg(year);
        if (const auto it = cells.constFind(key); it != cells.cend()) {
            if (sameValue(it->second, target)) {
                change.action = ImportChange::Action::Unchanged;
                ++b.plan.unchanged;
            } else {
                b.changes.append(RowChange::update(QStringLiteral("decomposition_cell"), it->first,
                                                   {{QStringLiteral("target"), it->second}},
                                                   {{QStringLiteral("target"), target}}));
                change.changes
                    << QStringLiteral("目标：%1 → %2").arg(shown(it->second), shown(target));
                change.action = ImportChange::Action::Update;
                ++b.plan.updated;
            }
        } else {
            const qint64 id = b.ws->allocateId(QStringLiteral("decomposition_cell"));
            b.changes.append(RowChange::insert(
                QStringLiteral("decomposition_cell"), id,
                {{QStringLiteral("item_id"), item},
                 {QStringLiteral("year"), year},
                 {QStringLiteral("area_id"), area ? QVariant(area) : QVariant()},
                 {QStringLiteral("department_id"), department ? QVariant(department) : QVariant()},
                 {QStringLiteral("target"), target}}));
            cells.insert(key, {id, target});
            change.action = ImportChange::Action::Insert;
            ++b.plan.inserted;
        }
        b.plan.changes.append(change);
    }
    return true;
}

} // namespace

ImportPlan Importer::plan(Workspace *ws, const mapping::MappingResult &mapped,
                          const QString &sourceName, qint64 planId, QString *error)
{
    return makePlan(ws, mapped, nullptr, sourceName, planId, error);
}

ImportPlan Importer::plan(Workspace *ws, mapping::MappingResult &&mapped, const QString &sourceName,
                          qint64 planId, QString *error)
{
    return makePlan(ws, mapped, &mapped, sourceName, planId, error);
}

ImportPlan Importer::makePlan(Workspace *ws, const mapping::MappingResult &mapped,
                              mapping::MappingResult *release, const QString &sourceName,
                              qint64 planId, QString *error)
{
    ImportPlan plan;
    plan.kind = mapped.kind;
    plan.source = sourceName;
    plan.refused = mapped.refused;
    for (const auto &f : mapped.findings)
        plan.findings << (f.row > 0 ? QStringLiteral("第 %1 行：%2").arg(f.row).arg(f.message)
                                    : f.message);
    for (const auto &t : mapped.totals)
        if (!t.matches())
            plan.totalMismatches << QStringLiteral("第 %1 行的合计（%2）为 %3，各行相加为 %4")
                                        .arg(t.row)
                                        .arg(t.item.isEmpty() ? t.field : t.item)
                                        .arg(t.printed)
                                        .arg(t.computed);
    plan.findings << plan.totalMismatches;

    Builder b{ws, plan, {}, {}, 0};
    switch (mapped.kind) {
    case TableKind::InstitutionList:
        planInstitutions(b, mapped, release);
        break;
    case TableKind::Enrolment:
        planEnrolment(b, mapped);
        break;
    case TableKind::Decomposition:
        if (!planDecomposition(b, mapped, planId, error))
            return plan;
        break;
    case TableKind::Unknown:
        *error = QStringLiteral(
                     "%1：认不出这是机构名单、月度收托表还是任务分解表，请在导入对话框中指定各列")
                     .arg(sourceName);
        return plan;
    }
    std::sort(plan.refused.begin(), plan.refused.end(), [](const auto &x, const auto &y) {
        return std::make_pair(x.row, x.column) < std::make_pair(y.row, y.column);
    });

    // The mapping is remembered for the next file with the same header.
    const QString signature = mapped.mapping.signature();
    if (!signature.isEmpty()) {
        const QString json = QString::fromUtf8(
            QJsonDocument(mapped.mapping.toJson()).toJson(QJsonDocument::Compact));
        QSqlQuery q(ws->db());
        q.prepare(QStringLiteral(
            "SELECT id, mapping, updated_at FROM import_mapping WHERE signature = ?"));
        q.addBindValue(signature);
        const QString now = QDateTime::currentDateTime().toString(Qt::ISODate);
        if (q.exec() && q.next()) {
            if (q.value(1).toString() != json)
                b.changes.append(RowChange::update(
                    QStringLiteral("import_mapping"), q.value(0).toLongLong(),
                    {{QStringLiteral("mapping"), q.value(1)},
                     {QStringLiteral("updated_at"), q.value(2)}},
                    {{QStringLiteral("mapping"), json}, {QStringLiteral("updated_at"), now}}));
        } else {
            b.changes.append(RowChange::insert(QStringLiteral("import_mapping"),
                                               ws->allocateId(QStringLiteral("import_mapping")),
                                               {{QStringLiteral("signature"), signature},
                                                {QStringLiteral("mapping"), json},
                                                {QStringLiteral("updated_at"), now}}));
        }
    }

    const QString summary = QStringLiteral("导入 %1（%2）：新增 %3，更新 %4，未变 %5，拒绝 %6")
                                .arg(sourceName, mapping::tableKindCode(mapped.kind))
                                .arg(plan.inserted)
                                .arg(plan.updated)
                                .arg(plan.unchanged)
                                .arg(plan.refused.size());
    b.changes.append(RowChange::insert(
        QStringLiteral("import_batch"), ws->allocateId(QStringLiteral("import_batch")),
        {{QStringLiteral("source"), sourceName},
         {QStringLiteral("kind"), mapping::tableKindCode(mapped.kind)},
         {QStringLiteral("at"), QDateTime::currentDateTime().toString(Qt::ISODate)},
         {QStringLiteral("actor"), ws->actor()},
         {QStringLiteral("inserted"), plan.inserted},
         {QStringLiteral("updated"), plan.updated},
         {QStringLiteral("unchanged"), plan.unchanged},
         {QStringLiteral("refused"), int(plan.refused.size())},
         {QStringLiteral("findings"),
          plan.totalMismatches.isEmpty()
              ? QVariant()
              : QVariant(QString::fromUtf8(
                    QJsonDocument(QJsonArray::fromStringList(plan.totalMismatches))
                        .toJson(QJsonDocument::Compact)))}}));
    plan.command =
        std::make_unique<WorkspaceCommand>(ws, QStringLiteral("导入 %1").arg(sourceName), b.changes,
                                           WorkspaceCommand::AuditMode::Summary, summary);
    return plan;
}

std::optional<mapping::ColumnMapping> Importer::rememberedMapping(Workspace *ws,
                                                                  const QString &signature)
{
    QSqlQuery q(ws->db());
    q.prepare(QStringLiteral("SELECT mapping FROM import_mapping WHERE signature = ?"));
    q.addBindValue(signature);
    if (!q.exec() || !q.next())
        return std::nullopt;
    QString error;
    return mapping::ColumnMapping::fromJson(
        QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object(), &error);
}

} // namespace tuoyu
