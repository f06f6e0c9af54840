#include "oversightcommands.h"

#include "evidencecommands.h"
#include "rowchanges.h"
#include "rowreader.h"
#include "session/workspace.h"

#include <optional>

namespace tuoyu::oversightcommands {

namespace {

QString institutionName(Workspace *ws, qint64 id)
{
    return rowreader::row(ws->db(), QStringLiteral("institution"), id)
        .value(QStringLiteral("name"))
        .toString();
}

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

/// The stored row of inspection `n` of the institution `name` (empty: there is none), or
/// nullopt with the refusal naming the institution: what adding and editing both hold to.
std::optional<QVariantMap> inspectionRow(const QString &name, const Inspection &n, QString *error)
{
    if (name.isEmpty()) {
        *error = QStringLiteral("没有编号为 %1 的机构").arg(n.institutionId);
        return std::nullopt;
    }
    if (!n.inspectedOn.isValid()) {
        *error = QStringLiteral("“%1”的检查缺少检查日期").arg(name);
        return std::nullopt;
    }
    if (n.rectifyBy.isValid() && n.rectifyBy < n.inspectedOn) {
        *error =
            QStringLiteral("“%1”的整改期限 %2 早于检查日期 %3")
                .arg(name, n.rectifyBy.toString(Qt::ISODate), n.inspectedOn.toString(Qt::ISODate));
        return std::nullopt;
    }
    if (n.status == RectifyStatus::Pending && !n.rectifyBy.isValid()) {
        *error = QStringLiteral("“%1”的检查需要整改，请填写整改期限").arg(name);
        return std::nullopt;
    }
    if (n.status == RectifyStatus::Done && n.rectifiedOn.isValid() &&
        n.rectifiedOn < n.inspectedOn) {
        *error = QStringLiteral("“%1”%2 检查的整改完成日期不能早于检查日期")
                     .arg(name, n.inspectedOn.toString(Qt::ISODate));
        return std::nullopt;
    }
    return QVariantMap{
        {QStringLiteral("institution_id"), n.institutionId},
        {QStringLiteral("inspected_on"), dateOrNull(n.inspectedOn)},
        {QStringLiteral("kind"), inspectionKinds().code(n.kind)},
        {QStringLiteral("inspectors"), rowchanges::textOrNull(n.inspectors)},
        {QStringLiteral("categories"),
         rowchanges::textOrNull(
             (n.categories.isEmpty() ? oversight::categoriesIn(n.findings) : n.categories)
                 .join(QLatin1Char(',')))},
        {QStringLiteral("findings"), rowchanges::textOrNull(n.findings)},
        {QStringLiteral("rectify_by"), dateOrNull(n.rectifyBy)},
        {QStringLiteral("rectify_status"), rectifyStatuses().code(n.status)},
        // A date of 整改 done only while it is done.
        {QStringLiteral("rectified_on"),
         n.status == RectifyStatus::Done ? dateOrNull(n.rectifiedOn) : QVariant()},
        {QStringLiteral("draw_id"), n.drawId ? QVariant(n.drawId) : QVariant()},
    };
}

} // namespace

std::unique_ptr<WorkspaceCommand> addInspection(Workspace *ws, const Inspection &n, QString *error)
{
    const QString name = institutionName(ws, n.institutionId);
    const std::optional<QVariantMap> row = inspectionRow(name, n, error);
    if (!row)
        return nullptr;
    return std::make_unique<WorkspaceCommand>(
        ws, QStringLiteral("添加监督检查：%1 %2").arg(name, n.inspectedOn.toString(Qt::ISODate)),
        QList<RowChange>{RowChange::insert(QStringLiteral("inspection"),
                                           ws->allocateId(QStringLiteral("inspection")), *row)});
}

std::unique_ptr<WorkspaceCommand> editInspection(Workspace *ws, qint64 inspectionId,
                                                 const Inspection &n, QString *error)
{
    const QVariantMap current =
        rowreader::row(ws->db(), QStringLiteral("inspection"), inspectionId);
    if (current.isEmpty()) {
        *error = QStringLiteral("没有编号为 %1 的监督检查").arg(inspectionId);
        return nullptr;
    }
    const QString name = institutionName(ws, n.institutionId);
    std::optional<QVariantMap> wanted = inspectionRow(name, n, error);
    if (!wanted)
        return nullptr;
    // The draw an inspection came from is the draw's record, not the officer's to retype.
    wanted->remove(QStringLiteral("draw_id"));
    const auto update = rowchanges::update(QStringLiteral("inspection"), current, *wanted);
    if (!update) {
        *error = QStringLiteral("没有改动");
        return nullptr;
    }
    return std::make_unique<WorkspaceCommand>(
        ws, QStringLiteral("修改监督检查：%1 %2").arg(name, n.inspectedOn.toString(Qt::ISODate)),
        QList<RowChange>{*update});
}

std::unique_ptr<WorkspaceCommand> markRectified(Workspace *ws, qint64 inspectionId,
                                                const QDate &date, QString *error)
{
    const QVariantMap row = rowreader::row(ws->db(), QStringLiteral("inspection"), inspectionId);
    if (row.isEmpty()) {
        *error = QStringLiteral("没有编号为 %1 的监督检查").arg(inspectionId);
        return nullptr;
    }
    const QString name =
        institutionName(ws, row.value(QStringLiteral("institution_id")).toLongLong());
    const QString inspected = row.value(QStringLiteral("inspected_on")).toString();
    if (!date.isValid() || date.toString(Qt::ISODate) < inspected) {
        *error = QStringLiteral("“%1”%2 检查的整改完成日期不能早于检查日期").arg(name, inspected);
        return nullptr;
    }
    auto update = rowchanges::update(
        QStringLiteral("inspection"), row,
        {{QStringLiteral("rectify_status"), rectifyStatuses().code(RectifyStatus::Done)},
         {QStringLiteral("rectified_on"), date.toString(Qt::ISODate)}});
    if (!update) {
        *error = QStringLiteral("没有改动");
        return nullptr;
    }
    return std::make_unique<WorkspaceCommand>(
        ws, QStringLiteral("整改完成：%1 %2 检查").arg(name, inspected), QList<RowChange>{*update});
}

namespace {

/// The stored row of `m` (nullopt with the refusal naming the institution): what adding and
/// editing a person both hold to. `name` is the institution's.
std::optional<QVariantMap> staffRow(const QString &name, const StaffMember &m, QString *error)
{
    if (name.isEmpty()) {
        *error = QStringLiteral("没有编号为 %1 的机构").arg(m.institutionId);
        return std::nullopt;
    }
    if (m.name.trimmed().isEmpty()) {
        *error = QStringLiteral("“%1”的从业人员缺少姓名").arg(name);
        return std::nullopt;
    }
    return QVariantMap{
        {QStringLiteral("institution_id"), m.institutionId},
        {QStringLiteral("name"), m.name.trimmed()},
        {QStringLiteral("role"), rowchanges::textOrNull(m.role.trimmed())},
        {QStringLiteral("certificate_type"), rowchanges::textOrNull(m.certificateType.trimmed())},
        {QStringLiteral("certificate_no"), rowchanges::textOrNull(m.certificateNo.trimmed())},
        {QStringLiteral("certificate_date"), dateOrNull(m.certificateDate)},
        {QStringLiteral("id_number"), rowchanges::textOrNull(m.idNumber.trimmed().toUpper())},
    };
}

/// Deletes of the rows of `table` with these ids; false with `error` when none is chosen or one
/// is missing.
bool removals(Workspace *ws, const QString &table, const QList<qint64> &ids, const QString &what,
              QList<RowChange> *changes, QVariantMap *first, QString *error)
{
    if (ids.isEmpty()) {
        *error = QStringLiteral("没有选中要删除的%1").arg(what);
        return false;
    }
    for (qint64 id : ids) {
        const QVariantMap row = rowreader::row(ws->db(), table, id);
        if (row.isEmpty()) {
            *error = QStringLiteral("没有编号为 %1 的%2").arg(id).arg(what);
            return false;
        }
        if (changes->isEmpty())
            *first = row;
        changes->append(RowChange::remove(table, id, row));
    }
    return true;
}

/// "旭光幼儿园 2025-03-12 检查" or "… 等 3 次检查": what a removal's text names.
QString countedText(const QString &first, qsizetype count, const QString &unit)
{
    return count == 1 ? first : QStringLiteral("%1 等 %2 %3").arg(first).arg(count).arg(unit);
}

/// 删除<what>：<named> (等 N <unit>): the command removing `changes`, named by its first row.
std::unique_ptr<WorkspaceCommand> removalCommand(Workspace *ws, const QString &what,
                                                 const QString &named, qsizetype count,
                                                 const QString &unit,
                                                 const QList<RowChange> &changes)
{
    return std::make_unique<WorkspaceCommand>(
        ws, QStringLiteral("删除%1：%2").arg(what, countedText(named, count, unit)), changes);
}

/// The institution a staff or inspection row belongs to, by name.
QString institutionOf(Workspace *ws, const QVariantMap &row)
{
    return institutionName(ws, row.value(QStringLiteral("institution_id")).toLongLong());
}

} // namespace

std::unique_ptr<WorkspaceCommand> removeInspections(Workspace *ws, const QList<qint64> &ids,
                                                    QString *error)
{
    QList<RowChange> changes;
    QVariantMap first;
    if (!removals(ws, QStringLiteral("inspection"), ids, QStringLiteral("监督检查"), &changes,
                  &first, error))
        return nullptr;
    changes += evidencecommands::followingRemovals(ws, changes); // the inspections' files
    const QString named =
        QStringLiteral("%1 %2 检查")
            .arg(institutionOf(ws, first), first.value(QStringLiteral("inspected_on")).toString());
    return removalCommand(ws, QStringLiteral("监督检查"), named, ids.size(), QStringLiteral("次"),
                          changes);
}

std::unique_ptr<WorkspaceCommand> addStaff(Workspace *ws, const StaffMember &m, QString *error)
{
    const QString name = institutionName(ws, m.institutionId);
    const std::optional<QVariantMap> row = staffRow(name, m, error);
    if (!row)
        return nullptr;
    return std::make_unique<WorkspaceCommand>(
        ws, QStringLiteral("添加从业人员：%1 %2").arg(name, m.name.trimmed()),
        QList<RowChange>{RowChange::insert(QStringLiteral("staff"),
                                           ws->allocateId(QStringLiteral("staff")), *row)});
}

std::unique_ptr<WorkspaceCommand> editStaff(Workspace *ws, qint64 staffId, const StaffMember &m,
                                            QString *error)
{
    const QVariantMap current = rowreader::row(ws->db(), QStringLiteral("staff"), staffId);
    if (current.isEmpty()) {
        *error = QStringLiteral("没有编号为 %1 的从业人员").arg(staffId);
        return nullptr;
    }
    const QString name = institutionName(ws, m.institutionId);
    const std::optional<QVariantMap> wanted = staffRow(name, m, error);
    if (!wanted)
        return nullptr;
    const auto update = rowchanges::update(QStringLiteral("staff"), current, *wanted);
    if (!update) {
        *error = QStringLiteral("没有改动");
        return nullptr;
    }
    return std::make_unique<WorkspaceCommand>(
        ws, QStringLiteral("修改从业人员：%1 %2").arg(name, m.name.trimmed()),
        QList<RowChange>{*update});
}

std::unique_ptr<WorkspaceCommand> removeStaff(Workspace *ws, const QList<qint64> &ids,
                                              QString *error)
{
    QList<RowChange> changes;
    QVariantMap first;
    if (!removals(ws, QStringLiteral("staff"), ids, QStringLiteral("从业人员"), &changes, &first,
                  error))
        return nullptr;
    const QString named = QStringLiteral("%1 %2").arg(
        institutionOf(ws, first), first.value(QStringLiteral("name")).toString());
    return removalCommand(ws, QStringLiteral("从业人员"), named, ids.size(), QStringLiteral("人"),
                          changes);
}

QList<RowChange> institutionRemovals(Workspace *ws, qint64 institutionId)
{
    QList<RowChange> changes = rowchanges::removeWhere(
        ws->db(), QStringLiteral("staff"), QStringLiteral("institution_id"), institutionId);
    const QList<RowChange> inspections = rowchanges::removeWhere(
        ws->db(), QStringLiteral("inspection"), QStringLiteral("institution_id"), institutionId);
    changes += inspections;
    changes += evidencecommands::followingRemovals(ws, inspections);
    return changes;
}

std::unique_ptr<WorkspaceCommand> drawRandom(Workspace *ws, int year, quint64 seed, int size,
                                             QList<qint64> *drawn, QString *error)
{
    if (size < 1) {
        *error = QStringLiteral("抽取数量应为正整数（填的是 %1）").arg(size);
        return nullptr;
    }
    *drawn = oversight::drawInstitutions(*ws, seed, size);
    if (drawn->isEmpty()) {
        *error = QStringLiteral("机构名单中没有已备案的机构，无法抽取");
        return nullptr;
    }
    QStringList ids;
    for (qint64 id : *drawn)
        ids.append(QString::number(id));
    const QVariantMap row{
        {QStringLiteral("year"), year},
        {QStringLiteral("seed"), qint64(seed)},
        {QStringLiteral("size"), int(drawn->size())},
        {QStringLiteral("drawn_at"), QDateTime::currentDateTime()},
        {QStringLiteral("drawn_by"), ws->actor()},
        {QStringLiteral("institution_ids"), ids.join(QLatin1Char(','))},
    };
    return std::make_unique<WorkspaceCommand>(
        ws,
        QStringLiteral("%1 年双随机抽取 %2 家机构（随机种子 %3）")
            .arg(year)
            .arg(drawn->size())
            .arg(seed),
        QList<RowChange>{RowChange::insert(QStringLiteral("inspection_draw"),
                                           ws->allocateId(QStringLiteral("inspection_draw")),
                                           row)});
}

} // namespace tuoyu::oversightcommands
