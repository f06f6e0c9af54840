// 任务分解表: items as rows, year × area (or department) as columns; the cells belong to a plan.

#include "importkind.h"
#include "mapping/kindmappers.h"
#include "planbuilder.h"

#include "commands/rowchanges.h"

#include "storage/sqlquery.h"

namespace tuoyu {

using mapping::FieldInfo;
using mapping::FieldType;
using mapping::MappedRecord;

namespace {

bool planDecomposition(PlanBuilder &b, const mapping::MappingResult &mapped, QString *error)
{
    const qint64 planId = b.planId;
    QSqlDatabase &db = b.db();
    SqlQuery check(db);
    check.exec(QStringLiteral("SELECT id FROM plan WHERE id = ?"), {planId});
    if (!check.next()) {
        *error = QStringLiteral("导入任务分解表需要先选择一个计划");
        return false;
    }
    ImportRegistry registry(db);
    QHash<QString, qint64> items;
    int itemSeq = 0;
    {
        SqlQuery q(db);
        q.exec(QStringLiteral("SELECT id, name, seq FROM decomposition_item WHERE plan_id = ?"),
               {planId});
        while (q.next()) {
            items.insert(q.value(1).toString(), q.value(0).toLongLong());
            itemSeq = std::max(itemSeq, q.value(2).toInt());
        }
    }
    QHash<QString, qint64> departments;
    {
        SqlQuery q(db);
        q.exec(QStringLiteral("SELECT id, name FROM department WHERE plan_id = ?"), {planId});
        while (q.next())
            departments.insert(q.value(1).toString(), q.value(0).toLongLong());
    }
    // Existing cells by item|year|a<area>|d<department>.
    QHash<QString, QPair<qint64, QVariant>> cells;
    {
        SqlQuery q(db);
        q.exec(QStringLiteral("SELECT c.id, c.item_id, c.year, COALESCE(c.area_id, 0), "
                              "COALESCE(c.department_id, 0), c.target FROM decomposition_cell c "
                              "JOIN decomposition_item i ON i.id = c.item_id WHERE i.plan_id = ?"),
               {planId});
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
            item = b.allocateId(QStringLiteral("decomposition_item"));
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
            if (rowchanges::sameValue(it->second, target)) {
                change.action = ImportChange::Action::Unchanged;
                ++b.plan.unchanged;
            } else {
                b.changes.append(RowChange::update(QStringLiteral("decomposition_cell"), it->first,
                                                   {{QStringLiteral("target"), it->second}},
                                                   {{QStringLiteral("target"), target}}));
                change.changes << QStringLiteral("目标：%1 → %2")
                                      .arg(shownImportValue(it->second), shownImportValue(target));
                change.action = ImportChange::Action::Update;
                ++b.plan.updated;
            }
        } else {
            const qint64 id = b.allocateId(QStringLiteral("decomposition_cell"));
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

class DecompositionImport final : public ImportKind
{
public:
    DecompositionImport()
        : ImportKind(mapping::TableKind::Decomposition, "decomposition", "任务分解表",
                     {
                         field("item", "指标内容"),
                         field("target", "目标数", FieldType::Decimal, ranges::target),
                         field("total", "合计", FieldType::Decimal),
                     },
                     {QStringLiteral("decomposition_item"), QStringLiteral("decomposition_cell"),
                      QStringLiteral("area")},
                     true)
    {
    }
    /// One record per cell: the item, the year and area its column names, and the target.
    QList<FieldInfo> previewColumns(const mapping::ColumnMapping &) const override
    {
        return {field("item", "项目"), field("year", "年份", FieldType::Integer),
                field("area", "乡镇（街道）/部门"), field("target", "目标", FieldType::Decimal)};
    }
    /// Its columns are found by their shape (years over areas), not named by words.
    QString matchHeader(QStringView) const override { return {}; }
    void map(const io::Table &table, const mapping::ColumnMapping &mapping,
             mapping::MappingResult &result, io::Table *) const override
    {
        mapping::mapDecomposition(table, mapping, result);
    }
    bool plan(PlanBuilder &builder, const mapping::MappingResult &mapped, mapping::MappingResult *,
              QString *error) const override
    {
        return planDecomposition(builder, mapped, error);
    }
};

} // namespace

const ImportKind &decompositionImport()
{
    static const DecompositionImport kind;
    return kind;
}

} // namespace tuoyu
