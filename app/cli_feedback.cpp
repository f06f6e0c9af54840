// 督办 feedback rounds on the command line: forms out to departments, replies merged back
// (docs/feedback.md).

#include "cliverb.h"

#include "commands/feedbackcommands.h"
#include "document/docxwriter.h"
#include "document/renderer.h"
#include "feedback/feedbackform.h"
#include "feedback/feedbackreply.h"
#include "feedback/feedbackrequests.h"
#include "feedback/feedbackround.h"
#include "feedback/feedbacktracker.h"
#include "storage/planrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace tuoyu::cli {

namespace {

int verbFeedbackOut(const Arguments &a)
{
    PlanScope scope;
    if (const int code = openPlanScope(a, &scope); code != Done)
        return code;
    Workspace *ws = scope.workspace.get();
    const QList<Department> all = PlanRepository(ws).departments(scope.plan->id);
    QList<Department> chosen;
    const QStringList names = a.optionValues(QStringLiteral("department"));
    if (a.has(QStringLiteral("all")) == !names.isEmpty())
        return fail(Usage, QCoreApplication::translate(
                               "tuoyu::cli",
                               "请用 --department 指定单位（可多次），或用 --all 发给全部单位"));
    for (const Department &d : all) {
        const bool owes = !feedback::departmentTasks(ws, scope.plan->id, d.id).isEmpty();
        if ((a.has(QStringLiteral("all")) && owes) || names.contains(d.name))
            chosen << d;
    }
    for (const QString &name : names)
        if (std::none_of(all.cbegin(), all.cend(),
                         [&](const Department &d) { return d.name == name; }))
            return fail(BadInput,
                        QCoreApplication::translate("tuoyu::cli", "计划“%1”中没有单位“%2”")
                            .arg(scope.plan->title, name));
    if (chosen.isEmpty())
        return fail(BadInput,
                    QCoreApplication::translate("tuoyu::cli", "计划“%1”没有承担任务的单位")
                        .arg(scope.plan->title));

    const QString out = a.option(QStringLiteral("out"));
    const QString suffix = QFileInfo(out).suffix().toLower();
    const bool oneFile = suffix == QLatin1String("xlsx") || suffix == QLatin1String("docx");
    if (out.isEmpty())
        return fail(Usage, QCoreApplication::translate("tuoyu::cli",
                                                       "请用 --out 指定输出文件夹或 .xlsx 文件"));
    if (oneFile && chosen.size() != 1)
        return fail(Usage, QCoreApplication::translate(
                               "tuoyu::cli", "%1 个单位的反馈表须写到文件夹，--out 不能是一个文件")
                               .arg(chosen.size()));
    QDate due;
    if (const QString d = a.option(QStringLiteral("due")); !d.isEmpty()) {
        due = QDate::fromString(d, Qt::ISODate);
        if (!due.isValid())
            return fail(
                Usage,
                QCoreApplication::translate("tuoyu::cli", "--due 应为 YYYY-MM-DD：%1").arg(d));
    }
    const QString roundName =
        a.option(QStringLiteral("round")).isEmpty()
            ? scope.asOf.toString(QStringLiteral("yyyy年M月d日")) + QStringLiteral("进展反馈")
            : a.option(QStringLiteral("round"));
    if (!oneFile && !QDir().mkpath(out))
        return fail(BadInput,
                    QCoreApplication::translate("tuoyu::cli", "无法创建文件夹 %1").arg(out));

    feedbackcommands::RoundRequest request;
    request.planId = scope.plan->id;
    request.name = roundName;
    request.asOf = scope.asOf;
    request.dueDate = due;
    QHash<qint64, QString> paths;
    for (const Department &d : chosen) {
        request.departmentIds << d.id;
        const QString path = oneFile ? out
                                     : QDir(out).filePath(feedback::formFileName(
                                           roundName, d.name, QStringLiteral("xlsx")));
        paths.insert(d.id, path);
        request.fileNames.insert(d.id, QFileInfo(path).fileName());
        request.taskCounts.insert(d.id,
                                  int(feedback::departmentTasks(ws, scope.plan->id, d.id).size()));
    }
    QString error;
    qint64 roundId = 0;
    auto command = feedbackcommands::createRound(ws, request, &roundId, &error);
    if (!command || !ws->execute(std::move(command), &error))
        return fail(BadInput, error);
    QJsonArray files;
    for (const Department &d : chosen) {
        const QString path = paths.value(d.id);
        if (!feedback::writeForm(ws, roundId, d.id, path, &error))
            return fail(BadInput, error);
        QJsonObject file{{QStringLiteral("department"), d.name},
                         {QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
                         {QStringLiteral("tasks"), request.taskCounts.value(d.id)}};
        if (a.has(QStringLiteral("docx")) && !oneFile) {
            const QString docx = QDir(out).filePath(
                feedback::formFileName(roundName, d.name, QStringLiteral("docx")));
            if (!feedback::writeForm(ws, roundId, d.id, docx, &error))
                return fail(BadInput, error);
            file.insert(QStringLiteral("docx"), QFileInfo(docx).absoluteFilePath());
        }
        files.append(file);
    }
    const std::optional<feedback::Round> round = feedback::round(ws, roundId);
    if (a.has(QStringLiteral("json"))) {
        printJson(QJsonObject{{QStringLiteral("round"), roundId},
                              {QStringLiteral("name"), roundName},
                              {QStringLiteral("due"), round->dueDate.toString(Qt::ISODate)},
                              {QStringLiteral("files"), files}});
    } else {
        printLine(stdout, QCoreApplication::translate(
                              "tuoyu::cli", "反馈轮次“%1”：已为 %2 个单位写出反馈表，%3 前报回")
                              .arg(roundName)
                              .arg(chosen.size())
                              .arg(round->dueDate.toString(Qt::ISODate)));
        for (const auto &f : std::as_const(files))
            printLine(stdout, f.toObject().value(QStringLiteral("file")).toString());
    }
    return Done;
}

int verbFeedbackIn(const Arguments &a)
{
    QString error;
    auto ws = openWorkspace(a.positional[0], &error);
    if (!ws)
        return fail(BadInput, error);
    QDate asOf;
    if (!asOfDate(a, &asOf, &error))
        return fail(Usage, error);
    const feedback::Review review = feedback::review(ws.get(), a.positional.mid(1), asOf);
    const bool dryRun = a.has(QStringLiteral("dry-run"));
    int updated = 0;
    if (!dryRun) {
        auto command = feedbackcommands::merge(ws.get(), review, &error);
        if (command) {
            updated = review.updatedTasks();
            if (!ws->execute(std::move(command), &error))
                return fail(BadInput, QCoreApplication::translate(
                                          "tuoyu::cli", "合并反馈表失败，工作区未改动：%1")
                                          .arg(error));
        }
    } else {
        updated = review.updatedTasks();
    }
    const QStringList warnings = review.warnings();
    if (a.has(QStringLiteral("json"))) {
        QJsonArray refused;
        for (const feedback::RefusedRow &r : review.refused)
            refused.append(QJsonObject{{QStringLiteral("file"), r.file},
                                       {QStringLiteral("row"), r.row},
                                       {QStringLiteral("reason"), r.reason},
                                       {QStringLiteral("message"), r.message()}});
        printJson(QJsonObject{{QStringLiteral("files"), int(review.files.size())},
                              {QStringLiteral("matched"), review.matched()},
                              {QStringLiteral("updated"), updated},
                              {QStringLiteral("unchanged"), review.unchangedRows()},
                              {QStringLiteral("refused_rows"), refused},
                              {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
                              {QStringLiteral("dry_run"), dryRun}});
        return Done;
    }
    printLine(
        stdout,
        QCoreApplication::translate(
            "tuoyu::cli", "%1 份反馈表：对上 %2 行，更新 %3 项任务，%4 行无新内容，拒收 %5 行%6")
            .arg(review.files.size())
            .arg(review.matched())
            .arg(updated)
            .arg(review.unchangedRows())
            .arg(review.refused.size())
            .arg(dryRun ? QCoreApplication::translate("tuoyu::cli", "（试运行，未写入）")
                        : QString()));
    for (const feedback::RefusedRow &r : review.refused)
        printLine(stdout, QCoreApplication::translate("tuoyu::cli", "拒收 ") + r.message());
    for (const QString &w : warnings)
        printLine(stdout, QCoreApplication::translate("tuoyu::cli", "注意 ") + w);
    return Done;
}

int verbFeedbackStatus(const Arguments &a)
{
    PlanScope scope;
    if (const int code = openPlanScope(a, &scope); code != Done)
        return code;
    Workspace *ws = scope.workspace.get();
    QString error;
    qint64 roundId = 0;
    if (a.has(QStringLiteral("round"))) {
        roundId = idOption(a, QStringLiteral("round"), &error);
        if (roundId == 0)
            return fail(Usage, error);
    } else {
        const QList<feedback::Round> all = feedback::rounds(ws, scope.plan->id);
        if (all.isEmpty())
            return fail(BadInput,
                        QCoreApplication::translate("tuoyu::cli", "计划“%1”还没有发出过反馈表")
                            .arg(scope.plan->title));
        roundId = all.first().id;
    }
    const std::optional<feedback::Round> round = feedback::round(ws, roundId);
    if (!round)
        return fail(BadInput,
                    QCoreApplication::translate("tuoyu::cli", "找不到反馈轮次 #%1").arg(roundId));
    const QList<feedback::TrackerRow> rows = feedback::tracker(ws, roundId, scope.asOf);
    if (const QString chase = a.option(QStringLiteral("chase")); !chase.isEmpty()) {
        const document::OfficialDocument doc = feedback::chaseNotices(ws, roundId, scope.asOf);
        if (doc.blocks.isEmpty())
            return fail(BadInput, QCoreApplication::translate("tuoyu::cli",
                                                              "截至%1没有逾期未报的单位，无需催报")
                                      .arg(scope.asOf.toString(Qt::ISODate)));
        const bool pdf = QFileInfo(chase).suffix().toLower() == QLatin1String("pdf");
        if (!(pdf ? document::writePdf(doc, chase, &error)
                  : document::writeDocx(doc, chase, &error)))
            return fail(BadInput, error);
    }
    if (a.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const feedback::TrackerRow &r : rows)
            list.append(
                QJsonObject{{QStringLiteral("department"), r.recipient.department},
                            {QStringLiteral("tasks"), r.recipient.taskCount},
                            {QStringLiteral("replied_at"),
                             r.replied ? QJsonValue(r.recipient.repliedAt.toString(Qt::ISODate))
                                       : QJsonValue()},
                            {QStringLiteral("on_time"), r.onTime},
                            {QStringLiteral("late"), r.late},
                            {QStringLiteral("late_working_days"), r.lateWorkingDays}});
        printJson(QJsonObject{{QStringLiteral("round"), roundId},
                              {QStringLiteral("name"), round->name},
                              {QStringLiteral("due"), round->dueDate.toString(Qt::ISODate)},
                              {QStringLiteral("departments"), list}});
        return Done;
    }
    printLine(stdout, QCoreApplication::translate("tuoyu::cli", "反馈轮次“%1”，%2 前报回：")
                          .arg(round->name, round->dueDate.toString(Qt::ISODate)));
    for (const feedback::TrackerRow &r : rows)
        printLine(
            stdout,
            QStringLiteral("%1\t%2").arg(
                r.recipient.department,
                r.replied ? QCoreApplication::translate("tuoyu::cli", "%1 报回%2")
                                .arg(r.recipient.repliedAt.toString(Qt::ISODate),
                                     r.onTime ? QString()
                                              : QCoreApplication::translate("tuoyu::cli",
                                                                            "（迟报 %1 个工作日）")
                                                    .arg(r.lateWorkingDays))
                : r.late ? QCoreApplication::translate("tuoyu::cli", "未报，已逾期 %1 个工作日")
                               .arg(r.lateWorkingDays)
                         : QCoreApplication::translate("tuoyu::cli", "未报")));
    return Done;
}

QJsonObject requestJson(const feedback::Request &r)
{
    auto date = [](const QDate &d) {
        return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
    };
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("kind"), r.kindCode()},
            {QStringLiteral("status"), r.statusCode()},
            {QStringLiteral("department"), r.department},
            {QStringLiteral("round"), r.roundName},
            {QStringLiteral("task"), r.taskId},
            {QStringLiteral("task_text"), r.taskText},
            {QStringLiteral("deadline"), date(r.deadline)},
            {QStringLiteral("requested_date"), date(r.requestedDate)},
            {QStringLiteral("reason"), r.reason},
            {QStringLiteral("reporter"), r.reporter},
            {QStringLiteral("received_at"), date(r.receivedAt)},
            {QStringLiteral("decided_by"), r.decidedBy},
            {QStringLiteral("decided_at"), date(r.decidedAt)},
            {QStringLiteral("decision_note"), r.decisionNote}};
}

/// One line per request: what the department asks and, once decided, the decision.
QString requestLine(const feedback::Request &r)
{
    QString what = r.kind == feedback::Request::Kind::Extend
                       ? QCoreApplication::translate("tuoyu::cli", "延期至 %1（%2）")
                             .arg(r.requestedDate.toString(Qt::ISODate), r.reason)
                       : QCoreApplication::translate("tuoyu::cli", "办结");
    QString line = QStringLiteral("#%1\t%2\t%3\t%4\t%5")
                       .arg(r.id)
                       .arg(r.statusLabel(), r.department, what, r.taskText);
    if (r.status == feedback::Request::Status::Rejected)
        line += QCoreApplication::translate("tuoyu::cli", "\t驳回理由：") + r.decisionNote;
    return line;
}

int verbFeedbackRequests(const Arguments &a)
{
    PlanScope scope;
    if (const int code = openPlanScope(a, &scope); code != Done)
        return code;
    const QList<feedback::Request> list =
        feedback::requests(scope.workspace.get(), scope.plan->id, !a.has(QStringLiteral("all")));
    if (a.has(QStringLiteral("json"))) {
        QJsonArray out;
        for (const feedback::Request &r : list)
            out.append(requestJson(r));
        printJson(QJsonObject{{QStringLiteral("plan"), scope.plan->id},
                              {QStringLiteral("requests"), out}});
        return Done;
    }
    if (list.isEmpty())
        printLine(stdout, QCoreApplication::translate("tuoyu::cli", "没有待审批的办结、延期申请"));
    for (const feedback::Request &r : list)
        printLine(stdout, requestLine(r));
    return Done;
}

/// feedback-approve and feedback-reject: one decision per request named, each its own undoable
/// step; the first that cannot be made stops the verb (those before it stay decided).
int decideRequests(const Arguments &a, bool approve)
{
    QString error;
    auto ws = openWorkspace(a.positional[0], &error);
    if (!ws)
        return fail(BadInput, error);
    QDate date;
    if (!asOfDate(a, &date, &error))
        return fail(Usage, error);
    const QString by = a.option(QStringLiteral("by"));
    if (!approve && a.option(QStringLiteral("reason")).trimmed().isEmpty())
        return fail(Usage,
                    QCoreApplication::translate("tuoyu::cli", "驳回申请须用 --reason 写明理由"));
    QList<qint64> ids;
    for (const QString &word : a.positional.mid(1)) {
        bool ok = false;
        const qint64 id = word.toLongLong(&ok);
        if (!ok || id <= 0)
            return fail(
                Usage,
                QCoreApplication::translate("tuoyu::cli", "申请编号应为正整数：%1").arg(word));
        ids << id;
    }
    QJsonArray decided;
    for (qint64 id : std::as_const(ids)) {
        auto command =
            approve ? feedbackcommands::approveRequest(ws.get(), id, by, date, &error)
                    : feedbackcommands::rejectRequest(ws.get(), id, by, date,
                                                      a.option(QStringLiteral("reason")), &error);
        QString said;
        if (const int code = executeCommand(a, ws.get(), std::move(command), error, &said);
            code != Done)
            return code;
        const std::optional<feedback::Request> r = feedback::request(ws.get(), id);
        if (a.has(QStringLiteral("json")))
            decided.append(requestJson(*r));
        else
            printLine(stdout, said);
    }
    if (a.has(QStringLiteral("json")))
        printJson(QJsonObject{{QStringLiteral("requests"), decided}});
    return Done;
}

} // namespace

void registerFeedbackVerbs(VerbTable &table)
{
    table.insert(
        QStringLiteral("feedback-out"),
        {QStringLiteral("feedback-out FILE (--department NAME ... | --all) --out DIR|FILE.xlsx "
                        "[--as-of DATE] [--round NAME] [--due DATE] [--plan ID] [--docx] [--json]"),
         1,
         {QStringLiteral("department"), QStringLiteral("out"), QStringLiteral("as-of"),
          QStringLiteral("round"), QStringLiteral("due"), QStringLiteral("plan")},
         {QStringLiteral("all"), QStringLiteral("docx"), QStringLiteral("json")},
         verbFeedbackOut});
    table.insert(QStringLiteral("feedback-in"),
                 {QStringLiteral("feedback-in FILE REPLY... [--dry-run] [--as-of DATE] [--json]"),
                  -2,
                  {QStringLiteral("as-of")},
                  {QStringLiteral("dry-run"), QStringLiteral("json")},
                  verbFeedbackIn});
    table.insert(QStringLiteral("feedback-status"),
                 {QStringLiteral("feedback-status FILE [--round ID] [--plan ID] [--as-of DATE] "
                                 "[--chase NOTICES.pdf|.docx] [--json]"),
                  1,
                  {QStringLiteral("round"), QStringLiteral("plan"), QStringLiteral("as-of"),
                   QStringLiteral("chase")},
                  {QStringLiteral("json")},
                  verbFeedbackStatus});
    table.insert(QStringLiteral("feedback-requests"),
                 {QStringLiteral("feedback-requests FILE [--plan ID] [--all] [--json]"),
                  1,
                  {QStringLiteral("plan"), QStringLiteral("as-of")},
                  {QStringLiteral("all"), QStringLiteral("json")},
                  verbFeedbackRequests});
    table.insert(QStringLiteral("feedback-approve"),
                 {QStringLiteral("feedback-approve FILE ID... [--by NAME] [--as-of DATE] [--json]"),
                  -2,
                  {QStringLiteral("by"), QStringLiteral("as-of")},
                  {QStringLiteral("json")},
                  [](const Arguments &a) { return decideRequests(a, true); }});
    table.insert(QStringLiteral("feedback-reject"),
                 {QStringLiteral("feedback-reject FILE ID... --reason TEXT [--by NAME] "
                                 "[--as-of DATE] [--json]"),
                  -2,
                  {QStringLiteral("reason"), QStringLiteral("by"), QStringLiteral("as-of")},
                  {QStringLiteral("json")},
                  [](const Arguments &a) { return decideRequests(a, false); }});
}

} // namespace tuoyu::cli
