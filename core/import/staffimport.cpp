// 从业人员名单: one person per row, as institutions send their staff lists (docs/register.md).
// A person is matched within an institution by ID number, else by name.

#include "oversightimport.h"
#include "planbuilder.h"

namespace tuoyu {

namespace {

using mapping::FieldType;
using oversightimport::words;

QString staffKey(const QVariant &institution, const QVariant &idNumber, const QVariant &name)
{
    const QString id = idNumber.toString();
    return institution.toString() + (id.isEmpty() ? QStringLiteral("|n:") + name.toString()
                                                  : QStringLiteral("|i:") + id.toUpper());
}

class StaffImport final : public oversightimport::Kind
{
public:
    StaffImport()
        : Kind(
              {mapping::TableKind::Staff,
               "staff",
               "从业人员名单",
               QStringLiteral("staff"),
               {field("institution", "机构名称"), field("credit_code", "统一社会信用代码"),
                field("name", "姓名"), field("role", "岗位"), field("certificate_type", "证书类型"),
                field("certificate_no", "证书编号"),
                field("certificate_date", "发证日期", FieldType::Date),
                field("id_number", "身份证号")},
               // Most particular words first: 证书编号 before 证书, 发证日期 before 证书.
               {{QStringLiteral("credit_code"), words({"信用代码", "社会信用"})},
                {QStringLiteral("id_number"), words({"身份证", "证件号码", "公民身份"})},
                {QStringLiteral("certificate_date"),
                 words({"发证日期", "取证", "发证时间", "证书日期"})},
                {QStringLiteral("certificate_no"), words({"证书编号", "证书号", "资格证号"})},
                {QStringLiteral("certificate_type"),
                 words({"证书类型", "证书名称", "资格证", "持证情况", "证书"})},
                {QStringLiteral("role"), words({"岗位", "职务", "工种"})},
                {QStringLiteral("name"), words({"姓名"})},
                {QStringLiteral("institution"), words({"机构名称", "机构名", "单位名称", "托育机构",
                                                       "所在机构", "=机构", "=单位"})}},
               {QStringLiteral("certificate_date")},
               {{QStringLiteral("institution"), QStringLiteral("机构名称")},
                {QStringLiteral("name"), QStringLiteral("姓名")}}})
    {
    }
    bool plan(PlanBuilder &b, const mapping::MappingResult &mapped, mapping::MappingResult *,
              QString *) const override
    {
        const ImportRegistry registry(b.db());
        QHash<QString, QVariantMap> existing =
            oversightimport::rowsBy(b.db(), QStringLiteral("staff"), [](const QVariantMap &r) {
                return staffKey(r.value(QStringLiteral("institution_id")),
                                r.value(QStringLiteral("id_number")),
                                r.value(QStringLiteral("name")));
            });
        for (const mapping::MappedRecord &record : mapped.records) {
            const qint64 institution = oversightimport::institutionOf(b, registry, record);
            if (!institution)
                continue;
            QVariantMap row{{QStringLiteral("institution_id"), institution}};
            for (const char *key : {"name", "role", "certificate_type", "certificate_no",
                                    "certificate_date", "id_number"})
                if (const QString k = QString::fromLatin1(key); record.values.contains(k))
                    row.insert(k, record.values.value(k).typeId() == QMetaType::QDate
                                      ? record.values.value(k).toDate().toString(Qt::ISODate)
                                      : record.values.value(k).toString());
            if (row.contains(QStringLiteral("id_number")))
                row.insert(QStringLiteral("id_number"),
                           row.value(QStringLiteral("id_number")).toString().toUpper());
            const QString name = row.value(QStringLiteral("name")).toString();
            oversightimport::insertOrUpdate(
                b, QStringLiteral("staff"),
                &existing[staffKey(institution, row.value(QStringLiteral("id_number")), name)], row,
                record.row,
                QStringLiteral("%1 %2").arg(
                    record.values.value(QStringLiteral("institution")).toString(), name));
        }
        return true;
    }
};

} // namespace

const ImportKind &staffImport()
{
    static const StaffImport kind;
    return kind;
}

} // namespace tuoyu
