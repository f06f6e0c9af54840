#pragma once

#include "domain/codetable.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tuoyu {

class Database;

/// 从业人员: one person working at one institution, as the institutions' lists send them.
struct StaffMember
{
    qint64 id = 0;
    qint64 institutionId = 0;
    QString institution; ///< the institution's name, for lists
    QString name;
    QString role;            ///< 保育员, 育婴员, 保健员, 教师, 负责人 …
    QString certificateType; ///< 保育师证, 育婴员证, 教师资格证 … empty: none
    QString certificateNo;
    QDate certificateDate;
    QString idNumber; ///< stored whole (the duplicate check needs it); shown masked
    bool certified() const { return hasCertificate(certificateType, certificateNo); }
    /// 持证: a certificate named by its type or its number.
    static bool hasCertificate(const QString &type, const QString &number)
    {
        return !type.trimmed().isEmpty() || !number.trimmed().isEmpty();
    }
};

/// 从业人员 and of them 持证 at one institution (or summed over several).
struct StaffCount
{
    qint64 staff = 0;
    qint64 certified = 0;
    friend bool operator==(const StaffCount &, const StaffCount &) = default;
};

/// 监督检查 types.
enum class InspectionKind
{
    Routine, ///< 日常
    Special, ///< 专项
    Random   ///< 双随机
};
/// 整改 status: none needed, pending, done.
enum class RectifyStatus
{
    None,
    Pending,
    Done
};

/// Codes as stored and labels as shown: 日常/专项/双随机; 无需整改/整改中/已整改.
const CodeTable<InspectionKind> &inspectionKinds();
const CodeTable<RectifyStatus> &rectifyStatuses();
/// The type as inspection lists write it (日常检查, 双随机抽查 …); nullopt when unknown.
std::optional<InspectionKind> inspectionKindFromWords(const QString &words);
/// The 整改 status as lists write it (已整改, 整改中, 未整改, 无 …); nullopt when unknown.
std::optional<RectifyStatus> rectifyStatusFromWords(const QString &words);

/// One inspection of one institution.
struct Inspection
{
    qint64 id = 0;
    qint64 institutionId = 0;
    QString institution;
    QDate inspectedOn;
    InspectionKind kind = InspectionKind::Routine;
    QString inspectors;
    QStringList categories; ///< 消防, 卫生保健, 食品安全, 人员资质, 收费公示 …
    QString findings;
    QDate rectifyBy;
    RectifyStatus status = RectifyStatus::None;
    QDate rectifiedOn;
    qint64 drawId = 0;
    /// 整改 still open past its deadline on `asOf`.
    bool overdue(const QDate &asOf) const
    {
        return status == RectifyStatus::Pending && rectifyBy.isValid() && rectifyBy < asOf;
    }
};

/// One recorded 双随机 draw: the year it is for, the seed, and the institutions it drew.
struct InspectionDraw
{
    qint64 id = 0;
    int year = 0;
    quint64 seed = 0;
    QDateTime drawnAt;
    QString drawnBy;
    QList<qint64> institutionIds;
};

namespace oversight {

/// The finding categories a 发现问题 cell is read into (words found in it), in this order.
const QStringList &findingCategories();
/// The categories named in findings text: 消防通道堵塞 → 消防.
QStringList categoriesIn(const QString &findings);

/// What the 持证上岗率 counts for one institution — the one rule: its staff records when it has
/// any (the lists institutions send, person by person), else the counts typed into the registry.
inline StaffCount countedStaff(const StaffCount &typed, const StaffCount &records)
{
    return records.staff > 0 ? records : typed;
}
/// The staff records counted per institution id (StaffMember::certified for 持证).
QHash<qint64, StaffCount> staffRecordCounts(Database &db);

/// "1401**********1234": the first four and last four characters, the rest hidden — how every
/// view, export and the command line show an ID number.
QString maskIdNumber(const QString &idNumber);

QList<StaffMember> staff(Database &db, qint64 institutionId = 0);
QList<Inspection> inspections(Database &db, qint64 institutionId = 0);
/// Inspections whose 整改 is pending past its deadline on `asOf`, oldest deadline first.
QList<Inspection> overdueRectifications(Database &db, const QDate &asOf);

/// The recorded draws, newest first.
QList<InspectionDraw> draws(Database &db);

/// 双随机: `size` institutions drawn from the filed registry with a seeded generator, so the
/// same seed over the same registry draws the same institutions (the draw can be checked).
QList<qint64> drawInstitutions(Database &db, quint64 seed, int size);

} // namespace oversight
} // namespace tuoyu
