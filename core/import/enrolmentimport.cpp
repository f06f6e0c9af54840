// 月度收托情况: one institution and month per row, attached to institutions already in the
// registry.

#include "importkind.h"
#include "mapping/kindmappers.h"
#include "planbuilder.h"

#include "commands/rowchanges.h"
#include "commands/rowreader.h"

namespace tuoyu {

using mapping::FieldInfo;
using mapping::FieldType;
using mapping::headerHas;
using mapping::headerHasAny;
using mapping::MappedRecord;

namespace {

/// The counts a row holds and the words the dialog shows for them: the kind's fields and what
/// planning copies and compares.
const struct Count
{
    const char *key;
    const char *label;
} kCounts[] = {
    {"infant", "乳儿班人数"},
    {"toddler", "托小班人数"},
    {"older", "托大班人数"},
    {"second_child", "二孩"},
    {"third_child", "三孩"},
    {"three_child_family", "三孩家庭"},
    {"special_family", "计生特殊家庭"},
    {"disabled", "残疾婴幼儿"},
};

void planEnrolment(PlanBuilder &b, const mapping::MappingResult &mapped)
{
    ImportRegistry registry(b.db());
    QHash<QString, QVariantMap> existing; // "institution_id|month" → row
    rowreader::eachRow(b.db(), QStringLiteral("SELECT * FROM enrolment_record"), {},
                       [&existing](QVariantMap &&row) {
                           existing.insert(row.value(QStringLiteral("institution_id")).toString() +
                                               QLatin1Char('|') +
                                               row.value(QStringLiteral("month")).toString(),
                                           row);
                       });
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
        for (const Count &c : kCounts)
            if (const QString key = QString::fromLatin1(c.key); v.contains(key))
                row.insert(key, v.value(key));
        ImportChange change;
        change.row = record.row;
        change.name = QStringLiteral("%1 %2").arg(name, month);
        const QString key = QString::number(institution) + QLatin1Char('|') + month;
        if (!existing.contains(key)) {
            const qint64 id = b.allocateId(QStringLiteral("enrolment_record"));
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
            for (const Count &c : kCounts) {
                const QString k = QLatin1String(c.key);
                if (!row.contains(k) || rowchanges::sameValue(current.value(k), row.value(k)))
                    continue;
                before.insert(k, current.value(k));
                after.insert(k, row.value(k));
                change.changes << QStringLiteral("%1：%2 → %3")
                                      .arg(k, shownImportValue(current.value(k)),
                                           shownImportValue(row.value(k)));
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

class EnrolmentImport final : public ImportKind
{
    static QList<FieldInfo> fieldsWithCounts()
    {
        QList<FieldInfo> list{field("institution", "机构名称"),
                              field("credit_code", "统一社会信用代码"),
                              field("month", "月份", FieldType::YearMonth)};
        for (const Count &c : kCounts)
            list.append(field(c.key, c.label, FieldType::Integer, ranges::children));
        return list;
    }

public:
    EnrolmentImport()
        : ImportKind(mapping::TableKind::Enrolment, "enrolment", "月度收托情况", fieldsWithCounts(),
                     {QStringLiteral("enrolment_record")})
    {
    }
    QString matchHeader(QStringView s) const override;
    void map(const io::Table &table, const mapping::ColumnMapping &mapping,
             mapping::MappingResult &result, io::Table *) const override
    {
        mapping::mapEnrolment(table, mapping, result);
    }
    bool plan(PlanBuilder &builder, const mapping::MappingResult &mapped, mapping::MappingResult *,
              QString *) const override
    {
        planEnrolment(builder, mapped);
        return true;
    }
};

QString EnrolmentImport::matchHeader(QStringView s) const
{
    if (mapping::isRowNumberHeader(s))
        return {};
    if (headerHasAny(s, {u"信用代码", u"社会信用", u"组织机构代码"}))
        return QStringLiteral("credit_code");
    if (headerHasAny(s, {u"月份", u"年月", u"统计月", u"所属月", u"月度"}) || s == u"时间" ||
        s == u"日期" || s == u"统计时间" || s == u"月")
        return QStringLiteral("month");
    if (headerHasAny(s, {u"计生特殊", u"特殊家庭", u"失独"}))
        return QStringLiteral("special_family");
    if (headerHas(s, u"残疾"))
        return QStringLiteral("disabled");
    if (headerHasAny(s, {u"三孩家庭", u"多孩家庭"}))
        return QStringLiteral("three_child_family");
    if (headerHas(s, u"三孩"))
        return QStringLiteral("third_child");
    if (headerHas(s, u"二孩"))
        return QStringLiteral("second_child");
    if (headerHas(s, u"乳儿"))
        return QStringLiteral("infant");
    if (headerHas(s, u"托小"))
        return QStringLiteral("toddler");
    if (headerHas(s, u"托大"))
        return QStringLiteral("older");
    if (headerHasAny(s, {u"名称", u"机构名", u"幼儿园", u"托育机构", u"单位"}) || s == u"机构")
        return QStringLiteral("institution");
    return {};
}

} // namespace

const ImportKind &enrolmentImport()
{
    static const EnrolmentImport kind;
    return kind;
}

} // namespace tuoyu
