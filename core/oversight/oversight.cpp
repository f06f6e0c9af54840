#include "oversight.h"

#include "domain/codetable.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QRandomGenerator>

#include <algorithm>
#include <array>

namespace tuoyu {

namespace {

constexpr std::array<CodeName<InspectionKind>, 3> kKinds{{
    {InspectionKind::Routine, "routine", "日常"},
    {InspectionKind::Special, "special", "专项"},
    {InspectionKind::Random, "random", "双随机"},
}};
constexpr CodeTable<InspectionKind> kKindTable{kKinds};

constexpr std::array<CodeName<RectifyStatus>, 3> kStatuses{{
    {RectifyStatus::None, "none", "无需整改"},
    {RectifyStatus::Pending, "pending", "整改中"},
    {RectifyStatus::Done, "done", "已整改"},
}};
constexpr CodeTable<RectifyStatus> kStatusTable{kStatuses};

QDate isoDate(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

} // namespace

const CodeTable<InspectionKind> &inspectionKinds()
{
    return kKindTable;
}

const CodeTable<RectifyStatus> &rectifyStatuses()
{
    return kStatusTable;
}

std::optional<InspectionKind> inspectionKindFromWords(const QString &words)
{
    const QString w = words.trimmed();
    if (auto k = kKindTable.fromWords(w))
        return k;
    // As offices write them: 日常检查, 专项检查, 双随机抽查 ….
    for (const auto &e : kKinds)
        if (w.contains(QString::fromUtf8(e.label)))
            return e.value;
    if (w.contains(QStringLiteral("随机")))
        return InspectionKind::Random;
    return std::nullopt;
}

std::optional<RectifyStatus> rectifyStatusFromWords(const QString &words)
{
    const QString w = words.trimmed();
    if (auto s = kStatusTable.fromWords(w))
        return s;
    if (w.isEmpty() || w == QStringLiteral("无") || w.contains(QStringLiteral("无需")))
        return RectifyStatus::None;
    if (w.contains(QStringLiteral("未")) || w.contains(QStringLiteral("中")) ||
        w.contains(QStringLiteral("待")))
        return RectifyStatus::Pending;
    if (w.contains(QStringLiteral("已整改")) || w.contains(QStringLiteral("完成")) ||
        w.contains(QStringLiteral("已完成")))
        return RectifyStatus::Done;
    return std::nullopt;
}

namespace oversight {

const QStringList &findingCategories()
{
    static const QStringList list{QStringLiteral("消防"),     QStringLiteral("卫生保健"),
                                  QStringLiteral("食品安全"), QStringLiteral("人员资质"),
                                  QStringLiteral("收费公示"), QStringLiteral("安全管理")};
    return list;
}

QStringList categoriesIn(const QString &findings)
{
    // Words that name each category as inspectors write them.
    static const QList<std::pair<QString, QStringList>> words{
        {QStringLiteral("消防"),
         {QStringLiteral("消防"), QStringLiteral("灭火"), QStringLiteral("疏散"),
          QStringLiteral("安全出口")}},
        {QStringLiteral("卫生保健"),
         {QStringLiteral("卫生"), QStringLiteral("保健"), QStringLiteral("消毒"),
          QStringLiteral("晨检")}},
        {QStringLiteral("食品安全"),
         {QStringLiteral("食品"), QStringLiteral("留样"), QStringLiteral("厨房"),
          QStringLiteral("食堂")}},
        {QStringLiteral("人员资质"),
         {QStringLiteral("资质"), QStringLiteral("持证"), QStringLiteral("证书"),
          QStringLiteral("健康证")}},
        {QStringLiteral("收费公示"), {QStringLiteral("收费"), QStringLiteral("公示")}},
        {QStringLiteral("安全管理"),
         {QStringLiteral("监控"), QStringLiteral("门卫"), QStringLiteral("安全管理")}},
    };
    QStringList found;
    for (const auto &[category, names] : words)
        for (const QString &n : names)
            if (findings.contains(n)) {
                found.append(category);
                break;
            }
    return found;
}

QString maskIdNumber(const QString &idNumber)
{
    const QString id = idNumber.trimmed();
    if (id.size() <= 8)
        return QString(id.size(), QLatin1Char('*'));
    return id.left(4) + QString(id.size() - 8, QLatin1Char('*')) + id.right(4);
}

QList<StaffMember> staff(Database &db, qint64 institutionId)
{
    SqlQuery q(db.db());
    q.prepare(
        QStringLiteral("SELECT s.id, s.institution_id, i.name, s.name, s.role, s.certificate_type, "
                       "s.certificate_no, s.certificate_date, s.id_number FROM staff s JOIN "
                       "institution i ON i.id = s.institution_id %1 ORDER BY i.name, s.id")
            .arg(institutionId ? QStringLiteral("WHERE s.institution_id = ?") : QString()));
    if (institutionId)
        q.addBindValue(institutionId);
    q.exec();
    QList<StaffMember> out;
    while (q.next())
        out.append({.id = q.value(0).toLongLong(),
                    .institutionId = q.value(1).toLongLong(),
                    .institution = q.value(2).toString(),
                    .name = q.value(3).toString(),
                    .role = q.value(4).toString(),
                    .certificateType = q.value(5).toString(),
                    .certificateNo = q.value(6).toString(),
                    .certificateDate = isoDate(q.value(7)),
                    .idNumber = q.value(8).toString()});
    return out;
}

QHash<qint64, StaffCount> staffRecordCounts(Database &db)
{
    SqlQuery q(db.db());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT institution_id, certificate_type, certificate_no FROM staff"));
    QHash<qint64, StaffCount> out;
    while (q.next()) {
        StaffCount &c = out[q.value(0).toLongLong()];
        ++c.staff;
        c.certified +=
            StaffMember::hasCertificate(q.value(1).toString(), q.value(2).toString()) ? 1 : 0;
    }
    return out;
}

QList<Inspection> inspections(Database &db, qint64 institutionId)
{
    SqlQuery q(db.db());
    q.prepare(QStringLiteral("SELECT n.id, n.institution_id, i.name, n.inspected_on, n.kind, "
                             "n.inspectors, n.categories, n.findings, n.rectify_by, "
                             "n.rectify_status, n.rectified_on, n.draw_id FROM inspection n JOIN "
                             "institution i ON i.id = n.institution_id %1 ORDER BY "
                             "n.inspected_on, n.id")
                  .arg(institutionId ? QStringLiteral("WHERE n.institution_id = ?") : QString()));
    if (institutionId)
        q.addBindValue(institutionId);
    q.exec();
    QList<Inspection> out;
    while (q.next())
        out.append(
            {.id = q.value(0).toLongLong(),
             .institutionId = q.value(1).toLongLong(),
             .institution = q.value(2).toString(),
             .inspectedOn = isoDate(q.value(3)),
             .kind = kKindTable.fromCode(q.value(4).toString()).value_or(InspectionKind::Routine),
             .inspectors = q.value(5).toString(),
             .categories = q.value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts),
             .findings = q.value(7).toString(),
             .rectifyBy = isoDate(q.value(8)),
             .status = kStatusTable.fromCode(q.value(9).toString()).value_or(RectifyStatus::None),
             .rectifiedOn = isoDate(q.value(10)),
             .drawId = q.value(11).toLongLong()});
    return out;
}

QList<Inspection> overdueRectifications(Database &db, const QDate &asOf)
{
    QList<Inspection> out;
    for (const Inspection &n : inspections(db))
        if (n.overdue(asOf))
            out.append(n);
    std::stable_sort(out.begin(), out.end(), [](const Inspection &a, const Inspection &b) {
        return a.rectifyBy < b.rectifyBy;
    });
    return out;
}

QList<InspectionDraw> draws(Database &db)
{
    SqlQuery q(db.db());
    q.exec(QStringLiteral("SELECT id, year, seed, drawn_at, drawn_by, institution_ids FROM "
                          "inspection_draw ORDER BY drawn_at DESC, id DESC"));
    QList<InspectionDraw> out;
    while (q.next()) {
        InspectionDraw d{.id = q.value(0).toLongLong(),
                         .year = q.value(1).toInt(),
                         .seed = quint64(q.value(2).toLongLong()),
                         .drawnAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODate),
                         .drawnBy = q.value(4).toString(),
                         .institutionIds = {}};
        for (const QString &id : q.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            d.institutionIds.append(id.toLongLong());
        out.append(d);
    }
    return out;
}

QList<qint64> drawInstitutions(Database &db, quint64 seed, int size)
{
    SqlQuery q(db.db());
    q.exec(QStringLiteral("SELECT id FROM institution WHERE filed = 1 ORDER BY id"));
    QList<qint64> pool;
    while (q.next())
        pool.append(q.value(0).toLongLong());
    // A Fisher–Yates shuffle's first `size` places, from a generator whose sequence the seed
    // fixes on every platform (QRandomGenerator's is std::mt19937).
    QRandomGenerator random(quint32(seed ^ (seed >> 32)));
    const int n = std::min(size, int(pool.size()));
    for (int i = 0; i < n; ++i)
        std::swap(pool[i], pool[i + int(random.bounded(quint32(pool.size() - i)))]);
    QList<qint64> drawn = pool.mid(0, n);
    std::sort(drawn.begin(), drawn.end());
    return drawn;
}

} // namespace oversight
} // namespace tuoyu
