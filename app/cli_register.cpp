#include "cliverb.h"

#include "commands/evidencecommands.h"
#include "commands/oversightcommands.h"
#include "evidence/evidence.h"
#include "oversight/oversight.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

// The verbs of the officer's register: evidence (佐证材料) attached to tasks, claims, payments
// and inspections; staff and inspections (docs/register.md).

namespace tuoyu::cli {

namespace {

QJsonObject evidenceJson(const Evidence &e)
{
    return QJsonObject{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("name"), e.name},
        {QStringLiteral("sha256"), e.sha256},
        {QStringLiteral("bytes"), e.bytes},
        {QStringLiteral("mime"), e.mime},
        {QStringLiteral("file_date"), e.fileDate.toString(Qt::ISODate)},
        {QStringLiteral("added_at"), e.addedAt.toString(Qt::ISODate)},
        {QStringLiteral("attached_to"),
         QJsonObject{{QStringLiteral("kind"), evidenceTargetCode(e.target)},
                     {QStringLiteral("id"), e.targetId}}},
    };
}

/// The one record option among --task, --progress, --claim, --payment, --inspection.
std::optional<std::pair<EvidenceTarget, qint64>> evidenceTarget(const Arguments &a, QString *error)
{
    std::optional<std::pair<EvidenceTarget, qint64>> found;
    for (const EvidenceTarget t :
         {EvidenceTarget::Task, EvidenceTarget::Progress, EvidenceTarget::Claim,
          EvidenceTarget::Payment, EvidenceTarget::Inspection}) {
        const QString name = evidenceTargetCode(t);
        if (!a.has(name))
            continue;
        if (found) {
            *error = QCoreApplication::translate("tuoyu::cli", "--%1 与 --%2 只能给一个")
                         .arg(evidenceTargetCode(found->first), name);
            return std::nullopt;
        }
        const qint64 id = idOption(a, name, error);
        if (!id)
            return std::nullopt;
        found = std::make_pair(t, id);
    }
    if (!found && error->isEmpty())
        *error = QCoreApplication::translate(
            "tuoyu::cli", "--attach 需要 --task、--progress、--claim、--payment 或 "
                          "--inspection 指明附到哪条记录");
    return found;
}

int verbEvidence(const Arguments &a)
{
    const bool attaching = a.has(QStringLiteral("attach"));
    if (!attaching && a.positional.size() > 1)
        return fail(Usage,
                    QCoreApplication::translate(
                        "tuoyu::cli", "文件只能跟在 --attach 之后。用法：tuoyu-desk evidence "
                                      "FILE --task ID --attach 文件…"));
    if (attaching && a.positional.size() < 2)
        return fail(Usage,
                    QCoreApplication::translate("tuoyu::cli", "--attach 之后需要至少一个文件"));
    QString error;
    auto ws = openWorkspace(a.positional[0], &error);
    if (!ws)
        return fail(BadInput, error);

    if (attaching) {
        const auto target = evidenceTarget(a, &error);
        if (!target)
            return fail(Usage, error);
        // Built before the call: `error` is passed by value and must hold the refusal.
        auto command = evidencecommands::attach(ws.get(), target->first, target->second,
                                                a.positional.mid(1), &error);
        QString said;
        const int code = executeCommand(a, ws.get(), std::move(command), error, &said);
        if (code != Done)
            return code;
        printLine(stdout, said);
    } else if (a.has(QStringLiteral("remove"))) {
        const qint64 id = idOption(a, QStringLiteral("remove"), &error);
        if (!id)
            return fail(Usage, error);
        QString said;
        // Built before the call: `error` is passed by value and must hold the refusal.
        auto command = evidencecommands::remove(ws.get(), {id}, &error);
        const int code = executeCommand(a, ws.get(), std::move(command), error, &said);
        if (code != Done)
            return code;
        printLine(stdout, said);
    }

    if (a.has(QStringLiteral("export"))) {
        const QString dir = QFileInfo(a.option(QStringLiteral("export"))).absoluteFilePath();
        const QStringList written = evidence::exportAll(*ws, dir, &error);
        if (!error.isEmpty())
            return fail(BadInput, error);
        printLine(stdout, QCoreApplication::translate("tuoyu::cli", "已导出 %1 个佐证材料到 %2")
                              .arg(written.size())
                              .arg(QDir::toNativeSeparators(dir)));
        return Done;
    }
    if (a.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const Evidence &e : evidence::list(*ws))
            list.append(evidenceJson(e));
        printJson(list);
    } else if (!attaching && !a.has(QStringLiteral("remove"))) {
        for (const Evidence &e : evidence::list(*ws))
            printLine(stdout,
                      QStringLiteral("%1\t%2\t%3\t%4 %5")
                          .arg(e.id)
                          .arg(e.name, evidence::sizeText(e.bytes), evidenceTargetLabel(e.target))
                          .arg(e.targetId));
    }
    return Done;
}

/// --institution NAME (or its id): the institution's id, 0 when the option is not given, -1
/// after a message when no institution is called that.
qint64 institutionOption(Workspace *ws, const Arguments &a, QString *error)
{
    const QString words = a.option(QStringLiteral("institution")).trimmed();
    if (words.isEmpty())
        return 0;
    SqlQuery q(ws->db());
    q.prepare(QStringLiteral("SELECT id FROM institution WHERE name = ? OR CAST(id AS TEXT) = ?"));
    q.addBindValue(words);
    q.addBindValue(words);
    q.exec();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    if (ids.size() == 1)
        return ids.first();
    *error = ids.isEmpty()
                 ? QCoreApplication::translate("tuoyu::cli", "机构名单中没有“%1”").arg(words)
                 : QCoreApplication::translate("tuoyu::cli", "“%1”有多家同名机构，请用机构编号")
                       .arg(words);
    return -1;
}

/// The workspace FILE and the --institution it names (0 when not given); Done, or the code of
/// the failure already reported.
int openWithInstitution(const Arguments &a, std::unique_ptr<Workspace> *ws, qint64 *institution)
{
    QString error;
    *ws = openWorkspace(a.positional[0], &error);
    if (!*ws)
        return fail(BadInput, error);
    *institution = institutionOption(ws->get(), a, &error);
    return *institution < 0 ? fail(BadInput, error) : int(Done);
}

QJsonValue isoOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

/// --remove ID (and --rectified ID [--on DATE] for inspections): the change a listing verb
/// makes, printed; nullopt when the verb only lists.
std::optional<int> changeOption(const Arguments &a, Workspace *ws, bool inspections)
{
    QString error;
    std::unique_ptr<WorkspaceCommand> command;
    if (a.has(QStringLiteral("remove"))) {
        const qint64 id = idOption(a, QStringLiteral("remove"), &error);
        if (!id)
            return fail(Usage, error);
        command = inspections ? oversightcommands::removeInspections(ws, {id}, &error)
                              : oversightcommands::removeStaff(ws, {id}, &error);
    } else if (inspections && a.has(QStringLiteral("rectified"))) {
        const qint64 id = idOption(a, QStringLiteral("rectified"), &error);
        if (!id)
            return fail(Usage, error);
        QDate on = QDate::currentDate();
        if (!dateOption(a, QStringLiteral("on"), &on, &error))
            return fail(Usage, error);
        command = oversightcommands::markRectified(ws, id, on, &error);
    } else {
        return std::nullopt;
    }
    QString said;
    const int code = executeCommand(a, ws, std::move(command), error, &said);
    if (code == Done)
        printLine(stdout, said);
    return code;
}

QJsonObject inspectionJson(const Inspection &n, const QDate &asOf)
{
    return QJsonObject{
        {QStringLiteral("id"), n.id},
        {QStringLiteral("institution_id"), n.institutionId},
        {QStringLiteral("institution"), n.institution},
        {QStringLiteral("inspected_on"), isoOrNull(n.inspectedOn)},
        {QStringLiteral("kind"), inspectionKinds().code(n.kind)},
        {QStringLiteral("kind_label"), inspectionKinds().label(n.kind)},
        {QStringLiteral("inspectors"), n.inspectors},
        {QStringLiteral("categories"), QJsonArray::fromStringList(n.categories)},
        {QStringLiteral("findings"), n.findings},
        {QStringLiteral("rectify_by"), isoOrNull(n.rectifyBy)},
        {QStringLiteral("rectify_status"), rectifyStatuses().code(n.status)},
        {QStringLiteral("rectified_on"), isoOrNull(n.rectifiedOn)},
        {QStringLiteral("overdue"), n.overdue(asOf)},
        {QStringLiteral("days_overdue"), n.overdue(asOf) ? n.rectifyBy.daysTo(asOf) : qint64(0)},
    };
}

/// The options of --add and --edit over `n` (a new inspection, or the one edited): only what is
/// given changes; false with a message naming the option that is wrong.
bool readInspectionOptions(const Arguments &a, qint64 institution, Inspection *n, QString *error)
{
    if (institution > 0)
        n->institutionId = institution;
    if (!dateOption(a, QStringLiteral("on"), &n->inspectedOn, error))
        return false;
    if (a.has(QStringLiteral("type"))) {
        const auto kind = inspectionKindFromWords(a.option(QStringLiteral("type")));
        if (!kind) {
            *error = QCoreApplication::translate("tuoyu::cli",
                                                 "--type 应为 日常、专项 或 双随机，不是“%1”")
                         .arg(a.option(QStringLiteral("type")));
            return false;
        }
        n->kind = *kind;
    }
    if (a.has(QStringLiteral("inspectors")))
        n->inspectors = a.option(QStringLiteral("inspectors")).trimmed();
    if (a.has(QStringLiteral("findings"))) {
        n->findings = a.option(QStringLiteral("findings")).trimmed();
        n->categories.clear(); // read again from the new words, unless --categories names them
    }
    if (a.has(QStringLiteral("categories"))) {
        static const QRegularExpression separators(QStringLiteral("[,，、;；\\s]+"));
        const QStringList named =
            a.option(QStringLiteral("categories")).split(separators, Qt::SkipEmptyParts);
        for (const QString &c : named)
            if (!oversight::findingCategories().contains(c)) {
                *error = QCoreApplication::translate("tuoyu::cli",
                                                     "--categories 中的“%1”不是问题类别（%2）")
                             .arg(c, oversight::findingCategories().join(
                                         QCoreApplication::translate("tuoyu::cli", "、")));
                return false;
            }
        n->categories = named;
    }
    if (a.has(QStringLiteral("rectify-by"))) {
        if (!dateOption(a, QStringLiteral("rectify-by"), &n->rectifyBy, error))
            return false;
        // A deadline set means the 整改 is open, as 新增检查 sets it in the window.
        if (n->status == RectifyStatus::None)
            n->status = RectifyStatus::Pending;
    }
    return true;
}

/// --add, or --edit ID: an inspection added or changed through the window's commands (undoable,
/// audited), printed; nullopt when neither is asked for.
std::optional<int> inspectionEdit(const Arguments &a, Workspace *ws, qint64 institution,
                                  const QDate &asOf)
{
    const bool adding = a.has(QStringLiteral("add"));
    if (!adding && !a.has(QStringLiteral("edit")))
        return std::nullopt;
    QString error;
    if (adding && a.has(QStringLiteral("edit")))
        return fail(Usage,
                    QCoreApplication::translate("tuoyu::cli", "--add 和 --edit 不能同时使用"));
    Inspection n;
    qint64 id = 0;
    if (adding) {
        const QList<QPair<QString, QString>> required = {
            {QStringLiteral("institution"),
             QCoreApplication::translate("tuoyu::cli", "机构名称或编号")},
            {QStringLiteral("on"), QCoreApplication::translate("tuoyu::cli", "检查日期")},
            {QStringLiteral("type"),
             QCoreApplication::translate("tuoyu::cli", "日常、专项 或 双随机")}};
        for (const auto &[option, what] : required)
            if (a.option(option).trimmed().isEmpty())
                return fail(Usage,
                            QCoreApplication::translate("tuoyu::cli", "新增检查需要 --%1（%2）")
                                .arg(option, what));
    } else {
        id = idOption(a, QStringLiteral("edit"), &error);
        if (!id)
            return fail(Usage, error);
        for (const Inspection &stored : oversight::inspections(*ws))
            if (stored.id == id)
                n = stored; // else editInspection refuses the id
    }
    if (!readInspectionOptions(a, institution, &n, &error))
        return fail(Usage, error);
    auto command = adding ? oversightcommands::addInspection(ws, n, &error)
                          : oversightcommands::editInspection(ws, id, n, &error);
    if (command && adding)
        id = command->changes().first().id;
    QString said;
    const int code = executeCommand(a, ws, std::move(command), error, &said);
    if (code != Done)
        return code;
    if (a.has(QStringLiteral("json"))) {
        for (const Inspection &stored : oversight::inspections(*ws))
            if (stored.id == id)
                printJson(inspectionJson(stored, asOf));
    } else {
        printLine(stdout, said);
    }
    return code;
}

int verbStaff(const Arguments &a)
{
    std::unique_ptr<Workspace> ws;
    qint64 institution = 0;
    if (const int code = openWithInstitution(a, &ws, &institution); code != Done)
        return code;
    if (const std::optional<int> changed = changeOption(a, ws.get(), false))
        return *changed;
    const QList<StaffMember> list = oversight::staff(*ws, institution);
    if (a.has(QStringLiteral("json"))) {
        QJsonArray out;
        for (const StaffMember &s : list)
            out.append(QJsonObject{
                {QStringLiteral("id"), s.id},
                {QStringLiteral("institution_id"), s.institutionId},
                {QStringLiteral("institution"), s.institution},
                {QStringLiteral("name"), s.name},
                {QStringLiteral("role"), s.role},
                {QStringLiteral("certificate_type"), s.certificateType},
                {QStringLiteral("certificate_no"), s.certificateNo},
                {QStringLiteral("certificate_date"), isoOrNull(s.certificateDate)},
                {QStringLiteral("certified"), s.certified()},
                {QStringLiteral("id_number"), oversight::maskIdNumber(s.idNumber)},
            });
        printJson(out);
        return Done;
    }
    for (const StaffMember &s : list)
        printLine(stdout,
                  QStringLiteral("%1\t%2\t%3\t%4\t%5")
                      .arg(s.institution, s.name, s.role,
                           s.certified() ? s.certificateType
                                         : QCoreApplication::translate("tuoyu::cli", "未持证"),
                           oversight::maskIdNumber(s.idNumber)));
    return Done;
}

int verbInspections(const Arguments &a)
{
    QString error;
    QDate asOf;
    if (!asOfDate(a, &asOf, &error))
        return fail(Usage, error);
    std::unique_ptr<Workspace> ws;
    qint64 institution = 0;
    if (const int code = openWithInstitution(a, &ws, &institution); code != Done)
        return code;
    if (const std::optional<int> changed = inspectionEdit(a, ws.get(), institution, asOf))
        return *changed;
    if (const std::optional<int> changed = changeOption(a, ws.get(), true))
        return *changed;
    QList<Inspection> list = a.has(QStringLiteral("overdue"))
                                 ? oversight::overdueRectifications(*ws, asOf)
                                 : oversight::inspections(*ws, institution);
    if (institution > 0)
        list.removeIf([&](const Inspection &n) { return n.institutionId != institution; });
    if (a.has(QStringLiteral("json"))) {
        QJsonArray out;
        for (const Inspection &n : list)
            out.append(inspectionJson(n, asOf));
        printJson(out);
        return Done;
    }
    for (const Inspection &n : list)
        printLine(stdout,
                  QStringLiteral("%1\t%2\t%3\t%4\t%5")
                      .arg(n.inspectedOn.toString(Qt::ISODate), n.institution,
                           inspectionKinds().label(n.kind), rectifyStatuses().label(n.status),
                           n.overdue(asOf)
                               ? QCoreApplication::translate("tuoyu::cli", "整改已逾期 %1 天")
                                     .arg(n.rectifyBy.daysTo(asOf))
                               : QString()));
    return Done;
}

int verbInspectionDraw(const Arguments &a)
{
    bool ok = false;
    const int year = a.option(QStringLiteral("year")).toInt(&ok);
    if (!ok || year < 2000 || year > 2100)
        return fail(Usage, QCoreApplication::translate("tuoyu::cli", "--year 应为年份，不是“%1”")
                               .arg(a.option(QStringLiteral("year"))));
    const quint64 seed = a.option(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return fail(Usage,
                    QCoreApplication::translate("tuoyu::cli", "--seed 应为非负整数，不是“%1”")
                        .arg(a.option(QStringLiteral("seed"))));
    const int size = a.option(QStringLiteral("size")).toInt(&ok);
    if (!ok || size < 1)
        return fail(Usage, QCoreApplication::translate("tuoyu::cli", "--size 应为正整数，不是“%1”")
                               .arg(a.option(QStringLiteral("size"))));
    QString error;
    auto ws = openWorkspace(a.positional[0], &error);
    if (!ws)
        return fail(BadInput, error);
    QList<qint64> drawn;
    QString said;
    auto command = oversightcommands::drawRandom(ws.get(), year, seed, size, &drawn, &error);
    const int code = executeCommand(a, ws.get(), std::move(command), error, &said);
    if (code != Done)
        return code;
    if (a.has(QStringLiteral("json"))) {
        QJsonArray ids;
        for (qint64 id : drawn)
            ids.append(id);
        printJson(QJsonObject{{QStringLiteral("year"), year},
                              {QStringLiteral("seed"), QString::number(seed)},
                              {QStringLiteral("institution_ids"), ids}});
        return Done;
    }
    printLine(stdout, said);
    return Done;
}

} // namespace

void registerRegisterVerbs(VerbTable &table)
{
    const VerbTable verbs = {
        {QStringLiteral("evidence"),
         {QCoreApplication::translate(
              "tuoyu::cli", "evidence FILE [--json] [--task|--progress|--claim|--payment|"
                            "--inspection ID --attach 文件…] [--remove ID] [--export DIR]"),
          -1,
          {QStringLiteral("task"), QStringLiteral("progress"), QStringLiteral("claim"),
           QStringLiteral("payment"), QStringLiteral("inspection"), QStringLiteral("remove"),
           QStringLiteral("export")},
          {QStringLiteral("json"), QStringLiteral("attach")},
          verbEvidence}},
        {QStringLiteral("staff"),
         {QStringLiteral("staff FILE [--institution NAME] [--json] [--remove ID]"),
          1,
          {QStringLiteral("institution"), QStringLiteral("remove")},
          {QStringLiteral("json")},
          verbStaff}},
        {QStringLiteral("inspections"),
         {QCoreApplication::translate(
              "tuoyu::cli",
              "inspections FILE [--institution NAME] [--overdue] [--as-of DATE] [--json] "
              "[--remove ID] [--rectified ID [--on DATE]] "
              "[--add --institution NAME --on DATE --type 日常|专项|双随机 | --edit ID [--on DATE] "
              "[--type …]] [--inspectors 检查人员] [--findings 发现问题] [--categories 消防、…] "
              "[--rectify-by DATE]"),
          1,
          {QStringLiteral("institution"), QStringLiteral("as-of"), QStringLiteral("remove"),
           QStringLiteral("rectified"), QStringLiteral("on"), QStringLiteral("edit"),
           QStringLiteral("type"), QStringLiteral("inspectors"), QStringLiteral("findings"),
           QStringLiteral("categories"), QStringLiteral("rectify-by")},
          {QStringLiteral("json"), QStringLiteral("overdue"), QStringLiteral("add")},
          verbInspections}},
        {QStringLiteral("inspection-draw"),
         {QStringLiteral("inspection-draw FILE --year Y --seed S --size N [--json]"),
          1,
          {QStringLiteral("year"), QStringLiteral("seed"), QStringLiteral("size")},
          {QStringLiteral("json")},
          verbInspectionDraw}},
    };
    table.insert(verbs);
}

} // namespace tuoyu::cli
