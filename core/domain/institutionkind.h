#pragma once

#include <QString>
#include <QStringList>

namespace tuoyu {

/// 属性 / 性质 / 举办类型 of a childcare institution (GLOSSARY.md). Stored as the code string
/// (toCode) so the database stays readable; the words an office wrote are kept beside it.
enum class InstitutionKind
{
    Public,            ///< 公办
    Private,           ///< 民办
    Enterprise,        ///< 企业办
    HealthSystem,      ///< 卫健办
    Community,         ///< 社区办
    Standalone,        ///< 独立 (standalone centre)
    KindergartenClass, ///< 幼儿园托班
    HomeBased,         ///< 家庭托育点
    Employer,          ///< 用人单位办
    Other              ///< words that map to no kind: kept as written and flagged for review
};

QString kindCode(InstitutionKind kind);            ///< "public", "private", …
InstitutionKind kindFromCode(const QString &code); ///< inverse of kindCode; Other if unknown
QString kindLabel(InstitutionKind kind);           ///< the Chinese label: 公办, 民办, …
/// Maps the words offices type (公办, 公立, 民营, 企业, 卫健系统, 社区, 幼儿园托班, 托育点 …) to a
/// kind. Returns Other for words it does not know; the caller keeps the original words.
InstitutionKind kindFromWords(const QString &words);
QStringList allKindCodes();
/// 公办: run by the government (公办 and 卫健办), for the public-provision indicators.
bool isPublic(InstitutionKind kind);

} // namespace tuoyu
