// 监督检查记录: one inspection per row (机构名称, 检查日期, 检查类型, 检查人员, 发现问题,
// 整改期限, 整改情况 …), as the 双随机 platform and the office's own ledgers list them
// (docs/register.md). An inspection is matched by institution, date and type.

#include "oversight/oversight.h"
#include "oversightimport.h"
#include "planbuilder.h"

namespace tuoyu {

namespace {

using mapping::FieldType;
using oversightimport::words;

class InspectionImport final : public oversightimport::Kind
{
public:
    InspectionImport()
        : Kind({mapping::TableKind::Inspections,
                "inspections",
                "监督检查记录",
                QStringLiteral("inspection"),
                {field("institution", "机构名称"), field("credit_code", "统一社会信用代码"),
                 field("inspected_on", "检查日期", FieldType::Date),
                 field("inspection_kind", "检查类型"), field("inspectors", "检查人员"),
                 field("findings", "发现问题"), field("rectify_by", "整改期限", FieldType::Date),
                 field("rectify_status", "整改情况"),
                 field("rectified_on", "整改完成日期", FieldType::Date)},
                // 整改完成日期 before 整改期限 and 检查日期: the most particular words first.
                {{QStringLiteral("credit_code"), words({"信用代码", "社会信用"})},
                 {QStringLiteral("rectified_on"), words({"整改完成", "完成整改", "销号"})},
                 {QStringLiteral("rectify_by"), words({"整改期限", "整改时限", "限期"})},
                 {QStringLiteral("rectify_status"), words({"整改情况", "整改状态", "整改结果"})},
                 {QStringLiteral("inspected_on"), words({"检查日期", "检查时间"})},
                 {QStringLiteral("inspection_kind"), words({"检查类型", "检查方式", "检查类别"})},
                 {QStringLiteral("inspectors"), words({"检查人员", "检查人", "执法人员"})},
                 {QStringLiteral("findings"), words({"发现问题", "存在问题", "检查结果", "问题"})},
                 {QStringLiteral("institution"),
                  words({"机构名称", "被检查", "单位名称", "托育机构", "=机构"})}},
                {QStringLiteral("inspected_on"), QStringLiteral("rectify_by"),
                 QStringLiteral("rectified_on")},
                {{QStringLiteral("institution"), QStringLiteral("机构名称")},
                 {QStringLiteral("inspected_on"), QStringLiteral("检查日期")}}})
    {
    }
    bool plan(PlanBuilder &b, const mapping::MappingResult &mapped, mapping::MappingResult *,
              QString *) const override;
};

QString inspectionKey(const QVariant &institution, const QVariant &date, const QVariant &kind)
{
    return institution.toString() + QLatin1Char('|') + date.toString() + QLatin1Char('|') +
           kind.toString();
}

bool InspectionImport::plan(PlanBuilder &b, const mapping::MappingResult &mapped,
                            mapping::MappingResult *, QString *) const
{
    const ImportRegistry registry(b.db());
    QHash<QString, QVariantMap> existing =
        oversightimport::rowsBy(b.db(), QStringLiteral("inspection"), [](const QVariantMap &r) {
            return inspectionKey(r.value(QStringLiteral("institution_id")),
                                 r.value(QStringLiteral("inspected_on")),
                                 r.value(QStringLiteral("kind")));
        });
    const auto iso = [](const QVariant &v) { return v.toDate().toString(Qt::ISODate); };
    for (const mapping::MappedRecord &record : mapped.records) {
        const mapping::FieldValues &v = record.values;
        const QString kindWords = v.value(QStringLiteral("inspection_kind")).toString();
        const auto kind = kindWords.isEmpty() ? std::optional(InspectionKind::Routine)
                                              : inspectionKindFromWords(kindWords);
        if (!kind) {
            b.refuse(
                record.row,
                QStringLiteral("检查类型“%1”无法识别（应为日常、专项或双随机）").arg(kindWords));
            continue;
        }
        const QString statusWords = v.value(QStringLiteral("rectify_status")).toString();
        auto status = rectifyStatusFromWords(statusWords);
        if (!status) {
            b.refuse(record.row,
                     QStringLiteral("整改情况“%1”无法识别（应为无需整改、整改中或已整改）")
                         .arg(statusWords));
            continue;
        }
        const QString findings = v.value(QStringLiteral("findings")).toString();
        // Findings with a deadline and no status are still being rectified.
        if (statusWords.isEmpty() && v.contains(QStringLiteral("rectify_by")))
            status = RectifyStatus::Pending;
        const qint64 institution = oversightimport::institutionOf(b, registry, record);
        if (!institution)
            continue;
        QVariantMap row{
            {QStringLiteral("institution_id"), institution},
            {QStringLiteral("inspected_on"), iso(v.value(QStringLiteral("inspected_on")))},
            {QStringLiteral("kind"), inspectionKinds().code(*kind)},
            {QStringLiteral("rectify_status"), rectifyStatuses().code(*status)},
        };
        if (v.contains(QStringLiteral("inspectors")))
            row.insert(QStringLiteral("inspectors"), v.value(QStringLiteral("inspectors")));
        if (!findings.isEmpty()) {
            row.insert(QStringLiteral("findings"), findings);
            row.insert(QStringLiteral("categories"),
                       oversight::categoriesIn(findings).join(QLatin1Char(',')));
        }
        for (const char *date : {"rectify_by", "rectified_on"})
            if (const QString k = QString::fromLatin1(date); v.contains(k))
                row.insert(k, iso(v.value(k)));
        oversightimport::insertOrUpdate(
            b, QStringLiteral("inspection"),
            &existing[inspectionKey(institution, row.value(QStringLiteral("inspected_on")),
                                    row.value(QStringLiteral("kind")))],
            row, record.row,
            QStringLiteral("%1 %2").arg(v.value(QStringLiteral("institution")).toString(),
                                        row.value(QStringLiteral("inspected_on")).toString()));
    }
    return true;
}

} // namespace

const ImportKind &inspectionImport()
{
    static const InspectionImport kind;
    return kind;
}

} // namespace tuoyu
