#include "fields.h"

#include <initializer_list>

namespace tuoyu::mapping {

namespace {

FieldInfo make(const char *key, const char *label, FieldType type)
{
    return {QString::fromLatin1(key), QString::fromUtf8(label), type};
}

bool has(QStringView s, const char16_t *word)
{
    return s.contains(QStringView(word));
}

bool hasAny(QStringView s, std::initializer_list<const char16_t *> words)
{
    for (const char16_t *w : words)
        if (s.contains(QStringView(w)))
            return true;
    return false;
}

/// Header words are matched by the words they contain, most specific first, rather than by a
/// closed synonym list: offices write 核定托位数, 设置托位数, 托位数（个）, 其中：普惠性托位 … and
/// a list would always miss the next one. The documented synonyms all fall under these rules
/// (tests/mapping checks them one by one).
QString matchInstitution(QStringView s)
{
    if (isRowNumberHeader(s))
        return {};
    if (hasAny(s, {u"信用代码", u"社会信用", u"组织机构代码"}))
        return QStringLiteral("credit_code");
    if (hasAny(s, {u"备案号", u"备案编号", u"备案机关"}))
        return {};
    if (has(s, u"备案") && hasAny(s, {u"时间", u"日期"}))
        return QStringLiteral("filed_date");
    if (has(s, u"备案"))
        return QStringLiteral("filed");
    if (hasAny(s, {u"使用率", u"占比", u"比例", u"以下", u"以上"}))
        return {}; // derived figures (托位使用率, 2岁以下托位) are computed, never imported
    const bool people = hasAny(s, {u"在托", u"入托", u"在园", u"收托", u"人数", u"幼儿数"});
    if (has(s, u"乳儿"))
        return people ? QString() : QStringLiteral("slots_infant");
    if (has(s, u"托小"))
        return people ? QString() : QStringLiteral("slots_toddler");
    if (has(s, u"托大"))
        return people ? QString() : QStringLiteral("slots_older");
    if (has(s, u"普惠") && hasAny(s, {u"托位", u"床位", u"学位"}))
        return QStringLiteral("puhui_slots");
    if (s == u"其中普惠" || s == u"其中普惠性" || s == u"普惠")
        return QStringLiteral("puhui_slots");
    if (hasAny(s, {u"托位", u"床位", u"学位"}))
        return QStringLiteral("slots");
    if (people || hasAny(s, {u"实有幼儿", u"在册"}))
        return QStringLiteral("enrolled");
    if (hasAny(s, {u"收费", u"保育费", u"月费", u"价格", u"托费"}))
        return QStringLiteral("monthly_price");
    if (has(s, u"持证"))
        return QStringLiteral("certified_staff");
    if (hasAny(s, {u"从业", u"员工", u"教职工", u"工作人员", u"保育人员", u"人员数"}))
        return QStringLiteral("staff");
    if (hasAny(s, {u"医育", u"医疗机构", u"签约"}))
        return QStringLiteral("medical_partner");
    if (hasAny(s, {u"等级", u"示范", u"星级", u"评级"}))
        return QStringLiteral("grade");
    if (hasAny(s, {u"地址", u"住所", u"地点"}))
        return QStringLiteral("address");
    if (hasAny(s, {u"街道", u"乡镇", u"镇街", u"所属区域", u"所在区域", u"片区", u"辖区"}))
        return QStringLiteral("area");
    if (hasAny(s, {u"属性", u"性质", u"类型", u"类别", u"举办"}))
        return QStringLiteral("kind");
    if (hasAny(s, {u"名称", u"机构名", u"幼儿园", u"托育机构", u"单位"}) || s == u"机构")
        return QStringLiteral("name");
    if (hasAny(s, {u"备注", u"说明"}))
        return QStringLiteral("notes");
    return {};
}

QString matchEnrolment(QStringView s)
{
    if (isRowNumberHeader(s))
        return {};
    if (hasAny(s, {u"信用代码", u"社会信用", u"组织机构代码"}))
        return QStringLiteral("credit_code");
    if (hasAny(s, {u"月份", u"年月", u"统计月", u"所属月", u"月度"}) || s == u"时间" ||
        s == u"日期" || s == u"统计时间" || s == u"月")
        return QStringLiteral("month");
    if (hasAny(s, {u"计生特殊", u"特殊家庭", u"失独"}))
        return QStringLiteral("special_family");
    if (has(s, u"残疾"))
        return QStringLiteral("disabled");
    if (hasAny(s, {u"三孩家庭", u"多孩家庭"}))
        return QStringLiteral("three_child_family");
    if (has(s, u"三孩"))
        return QStringLiteral("third_child");
    if (has(s, u"二孩"))
        return QStringLiteral("second_child");
    if (has(s, u"乳儿"))
        return QStringLiteral("infant");
    if (has(s, u"托小"))
        return QStringLiteral("toddler");
    if (has(s, u"托大"))
        return QStringLiteral("older");
    if (hasAny(s, {u"名称", u"机构名", u"幼儿园", u"托育机构", u"单位"}) || s == u"机构")
        return QStringLiteral("institution");
    return {};
}

} // namespace

const QList<FieldInfo> &fieldsFor(TableKind kind)
{
    static const QList<FieldInfo> institution{
        make("name", "机构名称", FieldType::Text),
        make("credit_code", "统一社会信用代码", FieldType::Text),
        make("kind", "属性（举办性质）", FieldType::Kind),
        make("area", "所属街道（乡镇）", FieldType::Text),
        make("address", "地址", FieldType::Text),
        make("slots", "托位数", FieldType::Integer),
        make("puhui_slots", "普惠托位数", FieldType::Integer),
        make("slots_infant", "乳儿班托位", FieldType::Integer),
        make("slots_toddler", "托小班托位", FieldType::Integer),
        make("slots_older", "托大班托位", FieldType::Integer),
        make("enrolled", "在托人数", FieldType::Integer),
        make("filed", "是否备案", FieldType::Bool),
        make("filed_date", "备案时间", FieldType::Date),
        make("grade", "等级（示范）", FieldType::Text),
        make("medical_partner", "医育结合签约医疗机构", FieldType::Text),
        make("staff", "从业人员数", FieldType::Integer),
        make("certified_staff", "持证人员数", FieldType::Integer),
        make("monthly_price", "月收费（元）", FieldType::Decimal),
        make("notes", "备注", FieldType::Text),
    };
    static const QList<FieldInfo> enrolment{
        make("institution", "机构名称", FieldType::Text),
        make("credit_code", "统一社会信用代码", FieldType::Text),
        make("month", "月份", FieldType::YearMonth),
        make("infant", "乳儿班人数", FieldType::Integer),
        make("toddler", "托小班人数", FieldType::Integer),
        make("older", "托大班人数", FieldType::Integer),
        make("second_child", "二孩", FieldType::Integer),
        make("third_child", "三孩", FieldType::Integer),
        make("three_child_family", "三孩家庭", FieldType::Integer),
        make("special_family", "计生特殊家庭", FieldType::Integer),
        make("disabled", "残疾婴幼儿", FieldType::Integer),
    };
    static const QList<FieldInfo> decomposition{
        make("item", "指标内容", FieldType::Text),
        make("target", "目标数", FieldType::Decimal),
        make("total", "合计", FieldType::Decimal),
    };
    static const QList<FieldInfo> none;
    switch (kind) {
    case TableKind::InstitutionList:
        return institution;
    case TableKind::Enrolment:
        return enrolment;
    case TableKind::Decomposition:
        return decomposition;
    case TableKind::Unknown:
        break;
    }
    return none;
}

const FieldInfo *fieldInfo(TableKind kind, const QString &key)
{
    for (const auto &f : fieldsFor(kind))
        if (f.key == key)
            return &f;
    return nullptr;
}

bool isRowNumberHeader(QStringView s)
{
    return s == u"序号" || s == u"编号" || s == u"序" || s == u"no" || s == u"no." || s == u"#" ||
           s == u"行号";
}

QString matchHeader(TableKind kind, QStringView s)
{
    if (s.isEmpty())
        return {};
    switch (kind) {
    case TableKind::InstitutionList:
        return matchInstitution(s);
    case TableKind::Enrolment:
        return matchEnrolment(s);
    case TableKind::Decomposition:
    case TableKind::Unknown:
        break;
    }
    return {};
}

} // namespace tuoyu::mapping
