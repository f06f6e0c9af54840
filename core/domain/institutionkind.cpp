#include "institutionkind.h"

#include "codetable.h"

namespace tuoyu {

namespace {
constexpr CodeName<InstitutionKind> kKindNames[] = {
    {InstitutionKind::Public, "public", "公办"},
    {InstitutionKind::Private, "private", "民办"},
    {InstitutionKind::Enterprise, "enterprise", "企业办"},
    {InstitutionKind::HealthSystem, "health", "卫健办"},
    {InstitutionKind::Community, "community", "社区办"},
    {InstitutionKind::Standalone, "standalone", "独立"},
    {InstitutionKind::KindergartenClass, "kindergarten_class", "幼儿园托班"},
    {InstitutionKind::HomeBased, "home", "家庭托育点"},
    {InstitutionKind::Employer, "employer", "用人单位办"},
    {InstitutionKind::Other, "other", "其他"},
};
constexpr CodeTable<InstitutionKind> kKinds{kKindNames};
} // namespace

QString kindCode(InstitutionKind kind)
{
    return kKinds.code(kind);
}

InstitutionKind kindFromCode(const QString &code)
{
    return kKinds.fromCode(code).value_or(InstitutionKind::Other);
}

QString kindLabel(InstitutionKind kind)
{
    return kKinds.label(kind);
}

InstitutionKind kindFromWords(const QString &words)
{
    QString w = words.simplified();
    w.remove(QLatin1Char(' '));
    if (w.isEmpty())
        return InstitutionKind::Other;
    if (const auto kind = kKinds.fromLabel(w); kind && *kind != InstitutionKind::Other)
        return *kind;
    // Order matters: the more specific words first (幼儿园托班 before 公办幼儿园 …).
    struct Pattern
    {
        const char *needle;
        InstitutionKind kind;
    };
    static const Pattern patterns[] = {
        {"托班", InstitutionKind::KindergartenClass},
        {"家庭", InstitutionKind::HomeBased},
        {"用人单位", InstitutionKind::Employer},
        {"机关", InstitutionKind::Employer},
        {"卫健", InstitutionKind::HealthSystem},
        {"卫生", InstitutionKind::HealthSystem},
        {"医疗", InstitutionKind::HealthSystem},
        {"社区", InstitutionKind::Community},
        {"企业", InstitutionKind::Enterprise},
        {"国企", InstitutionKind::Enterprise},
        {"公办", InstitutionKind::Public},
        {"公立", InstitutionKind::Public},
        {"公建", InstitutionKind::Public},
        {"民办", InstitutionKind::Private},
        {"民营", InstitutionKind::Private},
        {"私立", InstitutionKind::Private},
        {"社会力量", InstitutionKind::Private},
        {"独立", InstitutionKind::Standalone},
    };
    for (const auto &p : patterns)
        if (w.contains(QString::fromUtf8(p.needle)))
            return p.kind;
    return InstitutionKind::Other;
}

bool isPublic(InstitutionKind kind)
{
    return kind == InstitutionKind::Public || kind == InstitutionKind::HealthSystem;
}

QStringList allKindCodes()
{
    QStringList codes;
    for (const auto &k : kKinds.entries())
        codes << QString::fromLatin1(k.code);
    return codes;
}

} // namespace tuoyu
