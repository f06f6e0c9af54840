#include <mapping/fields.h>
#include <mapping/textclean.h>

#include <catch2/catch.hpp>

using namespace tuoyu::mapping;

namespace {
QString inst(const char *header)
{
    return matchHeader(TableKind::InstitutionList, normaliseHeader(QString::fromUtf8(header)));
}
QString enrol(const char *header)
{
    return matchHeader(TableKind::Enrolment, normaliseHeader(QString::fromUtf8(header)));
}
} // namespace

TEST_CASE("institution header synonyms", "[fields]")
{
    const std::pair<const char *, const char *> cases[] = {
        {"机构名称", "name"},
        {"幼儿园名称", "name"},
        {"名称", "name"},
        {"单位名称", "name"},
        {"托育机构名称", "name"},
        {"属性", "kind"},
        {"性质", "kind"},
        {"举办性质", "kind"},
        {"类型", "kind"},
        {"举办类型", "kind"},
        {"机构类型", "kind"},
        {"托位数", "slots"},
        {"托位", "slots"},
        {"核定托位数", "slots"},
        {"床位", "slots"},
        {"设置托位数", "slots"},
        {"托位数（个）", "slots"},
        {"普惠托位", "puhui_slots"},
        {"其中：普惠托位", "puhui_slots"},
        {"普惠性托位", "puhui_slots"},
        {"所属街道", "area"},
        {"所属镇街", "area"},
        {"乡镇", "area"},
        {"街道", "area"},
        {"所在乡镇（街道）", "area"},
        {"在托人数", "enrolled"},
        {"实际入托", "enrolled"},
        {"实际入托人数", "enrolled"},
        {"在园人数", "enrolled"},
        {"是否备案", "filed"},
        {"备案", "filed"},
        {"备案情况", "filed"},
        {"备案时间", "filed_date"},
        {"备案日期", "filed_date"},
        {"统一社会信用代码", "credit_code"},
        {"信用代码", "credit_code"},
        {"地址", "address"},
        {"机构地址", "address"},
        {"乳儿班", "slots_infant"},
        {"托小班", "slots_toddler"},
        {"托大班", "slots_older"},
        {"等级", "grade"},
        {"示范", "grade"},
        {"医育结合", "medical_partner"},
        {"签约医疗机构", "medical_partner"},
        {"从业人员", "staff"},
        {"持证人员", "certified_staff"},
        {"收费标准", "monthly_price"},
        {"月收费", "monthly_price"},
        {"保育费", "monthly_price"},
        {"备注", "notes"},
        {"序号", ""},
        {"乳儿班人数", ""},
        {"托位使用率", ""},
    };
    for (const auto &[header, key] : cases) {
        INFO(header);
        CHECK(inst(header) == QString::fromLatin1(key));
    }
    CHECK(isRowNumberHeader(normaliseHeader(u"序  号")));
}

TEST_CASE("enrolment header synonyms", "[fields]")
{
    const std::pair<const char *, const char *> cases[] = {
        {"机构名称", "institution"},
        {"月份", "month"},
        {"统计月份", "month"},
        {"乳儿班人数", "infant"},
        {"托小班", "toddler"},
        {"托大班人数", "older"},
        {"二孩", "second_child"},
        {"三孩", "third_child"},
        {"三孩家庭", "three_child_family"},
        {"计生特殊家庭", "special_family"},
        {"残疾婴幼儿", "disabled"},
        {"序号", ""},
    };
    for (const auto &[header, key] : cases) {
        INFO(header);
        CHECK(enrol(header) == QString::fromLatin1(key));
    }
}

TEST_CASE("field catalogue has the canonical institution keys", "[fields]")
{
    QStringList keys;
    for (const auto &f : fieldsFor(TableKind::InstitutionList))
        keys << f.key;
    CHECK(keys == QStringList{"name", "credit_code", "kind", "area", "address", "slots",
                              "puhui_slots", "slots_infant", "slots_toddler", "slots_older",
                              "enrolled", "filed", "filed_date", "grade", "medical_partner",
                              "staff", "certified_staff", "monthly_price", "notes"});
    REQUIRE(fieldInfo(TableKind::Enrolment, QStringLiteral("month")) != nullptr);
    CHECK(fieldInfo(TableKind::Enrolment, QStringLiteral("slots")) == nullptr);
}
