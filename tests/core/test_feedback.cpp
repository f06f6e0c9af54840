// 督办 feedback rounds: forms out to every department of a template, filled the way departments
// fill them (openpyxl, LibreOffice's own save, Word), merged back as one undoable, audited step.

#include "testworkspace.h"

#include "commands/feedbackcommands.h"
#include "commands/taskcommands.h"
#include "document/renderer.h"
#include "externaltool.h"
#include "feedback/feedbackform.h"
#include "feedback/feedbackreply.h"
#include "feedback/feedbackround.h"
#include "feedback/feedbacktracker.h"
#include "storage/planrepository.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QUndoStack>

using namespace tuoyu;
using tuoyu::test::TempWorkspace;

namespace {

const QDate kAsOf(2025, 6, 30);

struct Sent
{
    qint64 planId = 0;
    qint64 roundId = 0;
    QList<Department> departments; ///< those that owe tasks
    QHash<qint64, QString> files;  ///< department → its xlsx form
};

/// A round to every department of the plan that owes tasks, its forms written as xlsx.
Sent sendForms(TempWorkspace &t, qint64 planId)
{
    Sent sent;
    sent.planId = planId;
    feedbackcommands::RoundRequest request;
    request.planId = planId;
    request.name = QStringLiteral("2025年第二季度");
    request.asOf = kAsOf;
    for (const Department &d : PlanRepository(t.get()).departments(planId)) {
        const int owed = int(feedback::departmentTasks(t.get(), planId, d.id).size());
        if (owed == 0)
            continue;
        sent.departments << d;
        request.departmentIds << d.id;
        request.taskCounts.insert(d.id, owed);
        request.fileNames.insert(
            d.id, feedback::formFileName(request.name, d.name, QStringLiteral("xlsx")));
    }
    QString error;
    auto command = feedbackcommands::createRound(t.get(), request, &sent.roundId, &error);
    INFO(error.toStdString());
    REQUIRE(command);
    REQUIRE(t->execute(std::move(command), &error));
    for (const Department &d : sent.departments) {
        const QString path = t.dir.filePath(request.fileNames.value(d.id));
        INFO(error.toStdString());
        REQUIRE(feedback::writeForm(t.get(), sent.roundId, d.id, path, &error));
        sent.files.insert(d.id, path);
    }
    return sent;
}

/// Runs python3 on `script` with `args`; its standard output.
QString python(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), args);
    REQUIRE(p.waitForFinished(60000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

/// Fills `in` into `out` with tests/data/feedback/fill.py and the edits given.
void fill(TempWorkspace &t, const QString &in, const QString &out, const QJsonObject &edits)
{
    const QString editsPath = t.dir.filePath(QStringLiteral("edits.json"));
    QFile f(editsPath);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(edits).toJson());
    f.close();
    python({QStringLiteral(TUOYU_TEST_DATA_DIR "/feedback/fill.py"), in, out, editsPath});
}

/// The department's form written as .docx and answered in Word, as python-docx does it:
/// `edits` is Python run with `doc`, `table`, `header` (the header row's index), `names` (its
/// words) and `rows` (the rows below it). The reply's path.
QString wordReply(TempWorkspace &t, const Sent &sent, qint64 departmentId, const QString &name,
                  const QString &edits)
{
    const QString form = t.dir.filePath(QStringLiteral("form.docx"));
    QString error;
    REQUIRE(feedback::writeForm(t.get(), sent.roundId, departmentId, form, &error));
    const QString reply = t.dir.filePath(name);
    python({QStringLiteral("-c"),
            QStringLiteral("import sys, docx\n"
                           "doc = docx.Document(sys.argv[1])\n"
                           "table = doc.tables[0]\n"
                           "header = next(i for i, r in enumerate(table.rows)\n"
                           "              if any(c.text == '具体任务' for c in r.cells))\n"
                           "names = [c.text for c in table.rows[header].cells]\n"
                           "rows = list(table.rows)[header + 1:]\n") +
                edits + QStringLiteral("doc.save(sys.argv[2])\n"),
            form, reply});
    return reply;
}

/// The department with the most tasks.
Department busiest(TempWorkspace &t, const Sent &sent)
{
    Department best;
    int most = -1;
    for (const Department &d : sent.departments) {
        const int n = int(feedback::departmentTasks(t.get(), sent.planId, d.id).size());
        if (n > most) {
            most = n;
            best = d;
        }
    }
    return best;
}

/// The tunliu plan with forms sent to every department, and the busiest one's tasks.
struct Replying
{
    TempWorkspace t;
    qint64 planId = 0;
    Sent sent;
    Department d;
    QList<TaskView> owed;

    Replying()
    {
        planId = test::createPlan(t.get(), QStringLiteral("tunliu"));
        sent = sendForms(t, planId);
        d = busiest(t, sent);
        owed = feedback::departmentTasks(t.get(), planId, d.id);
        REQUIRE(owed.size() >= 5);
    }
};

qint64 count(Workspace *ws, const QString &sql)
{
    QSqlQuery q(ws->db());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("Every department of every template gets a form that reads back unchanged")
{
    for (const QString &templateId :
         {QStringLiteral("tunliu"), QStringLiteral("huancui"), QStringLiteral("tianning")}) {
        TempWorkspace t;
        const qint64 planId = test::createPlan(t.get(), templateId);
        const Sent sent = sendForms(t, planId);
        INFO(templateId.toStdString());
        REQUIRE(sent.departments.size() > 1);
        const feedback::Review review =
            feedback::review(t.get(), QStringList(sent.files.cbegin(), sent.files.cend()), kAsOf);
        int owed = 0;
        for (const Department &d : sent.departments)
            owed += int(feedback::departmentTasks(t.get(), planId, d.id).size());
        for (const auto &r : review.refused)
            UNSCOPED_INFO(r.message().toStdString());
        CHECK(review.refused.isEmpty());
        CHECK(review.matched() == owed);
        CHECK(review.unchangedRows() == owed);
        CHECK(review.receipts.size() == sent.departments.size());
        QString error;
        CHECK_FALSE(feedbackcommands::merge(t.get(), review, &error) == nullptr); // receipts only
    }
}

TEST_CASE("The xlsx form is protected without a password, validated, with a hidden key column")
{
    if (!test::requirePythonModule("openpyxl", "python3-openpyxl"))
        return;
    TempWorkspace t;
    const Sent sent = sendForms(t, test::createPlan(t.get(), QStringLiteral("tunliu")));
    const QString out = python(
        {QStringLiteral("-c"),
         QStringLiteral("import sys, openpyxl\n"
                        "ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]\n"
                        "kinds = sorted(dv.type for dv in ws.data_validations.dataValidation)\n"
                        "print(ws.protection.sheet, ws.protection.password, "
                        "ws.column_dimensions['P'].hidden,\n"
                        "      ws['H4'].protection.locked, ws['C4'].protection.locked,\n"
                        "      ws.protection.sort, ws.protection.insertRows, ','.join(kinds),\n"
                        "      str(ws['P4'].value).startswith('tuoyu-fb:'))"),
         sent.files.value(sent.departments.first().id)});
    INFO(out.toStdString());
    // openpyxl's sort/insertRows are True when the action is *forbidden*.
    CHECK(out == QStringLiteral("True None True False True False False date,list,whole True"));
}

TEST_CASE("A department's filled form merges back as one undoable, audited step, and only once")
{
    if (!test::requirePythonModule("openpyxl", "python3-openpyxl"))
        return;
    Replying fx;
    TempWorkspace &t = fx.t;
    const Sent &sent = fx.sent;
    const Department &d = fx.d;
    const QList<TaskView> &owed = fx.owed;
    t->undoStack()->clear();
    const QString before = test::dumpTables(t.get());
    const qint64 auditBefore = test::auditRows(t.get());

    const QString filled = t.dir.filePath(QStringLiteral("回复.xlsx"));
    // Original rows 0..n-1: 0 progress at 60%, 1 text in the percent column, 2 办结,
    // 3 an extension; the rows re-sorted, a blank row inserted, the last row deleted.
    fill(
        t, sent.files.value(d.id), filled,
        QJsonObject{
            {QStringLiteral("reverse"), true},
            {QStringLiteral("delete_last"), true},
            {QStringLiteral("blank_at"), 2},
            {QStringLiteral("rows"),
             QJsonObject{
                 {QStringLiteral("0"),
                  QJsonObject{{QStringLiteral("本期进展情况"), QStringLiteral("已出台实施细则")},
                              {QStringLiteral("完成百分比"), 60},
                              {QStringLiteral("佐证材料"), QStringLiteral("细则.pdf")},
                              {QStringLiteral("填报人"), QStringLiteral("张敏")}}},
                 {QStringLiteral("1"),
                  QJsonObject{{QStringLiteral("完成百分比"), QStringLiteral("大部分完成")}}},
                 {QStringLiteral("2"),
                  QJsonObject{{QStringLiteral("本期进展情况"), QStringLiteral("全部完成")},
                              {QStringLiteral("完成百分比"), 100},
                              {QStringLiteral("是否办结"), QStringLiteral("是")}}},
                 {QStringLiteral("3"),
                  QJsonObject{{QStringLiteral("申请延期至"),
                               QJsonObject{{QStringLiteral("date"), QStringLiteral("2027-06-30")}}},
                              {QStringLiteral("延期理由"), QStringLiteral("用地未落实")}}},
             }}});

    const feedback::Review review = feedback::review(t.get(), {filled}, kAsOf);
    CHECK(review.matched() == owed.size() - 2); // one deleted, one refused
    REQUIRE(review.refused.size() == 1);
    CHECK(review.refused.first().message().startsWith(QStringLiteral("回复.xlsx 第")));
    CHECK(review.refused.first().reason.contains(QStringLiteral("完成百分比“大部分完成”")));
    auto rowFor = [&](qint64 taskId) {
        for (const feedback::ReplyRow &r : review.rows)
            if (r.taskId == taskId)
                return r;
        FAIL("no row for task " << taskId);
        return feedback::ReplyRow();
    };
    const feedback::ReplyRow progress = rowFor(owed[0].task.id);
    CHECK(progress.byKey);
    CHECK(progress.percent == 60);
    CHECK(progress.progressText ==
          QStringLiteral("已出台实施细则（佐证材料：细则.pdf；填报人：张敏）"));
    CHECK(rowFor(owed[2].task.id).requestClose);
    CHECK(rowFor(owed[3].task.id).extendTo == QDate(2027, 6, 30));
    CHECK(review.updatedTasks() == 3);

    QString error;
    auto command = feedbackcommands::merge(t.get(), review, &error);
    INFO(error.toStdString());
    REQUIRE(command);
    REQUIRE(t->execute(std::move(command), &error));
    const std::optional<TaskView> first = PlanRepository(t.get()).task(owed[0].task.id);
    CHECK(first->task.percent == 60);
    CHECK(first->task.status == TaskStatus::InProgress);
    const QList<ProgressEntry> entries = PlanRepository(t.get()).progress(owed[0].task.id);
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().author == d.name);
    CHECK(entries.first().date == kAsOf);
    // 办结 and 延期 wait for the officer: the tasks themselves are not closed or moved yet.
    CHECK(PlanRepository(t.get()).task(owed[2].task.id)->task.status != TaskStatus::Done);
    CHECK(PlanRepository(t.get()).task(owed[3].task.id)->task.deadline == owed[3].task.deadline);
    CHECK(count(t.get(), QStringLiteral("SELECT COUNT(*) FROM feedback_request WHERE status = "
                                        "'pending'")) == 2);
    CHECK(count(t.get(), QStringLiteral("SELECT COUNT(*) FROM feedback_recipient WHERE "
                                        "replied_at = '2025-06-30'")) == 1);
    CHECK(test::auditRows(t.get(), QStringLiteral("do")) > auditBefore);

    // The same file again changes nothing.
    const feedback::Review again = feedback::review(t.get(), {filled}, kAsOf.addDays(3));
    for (const feedback::ReplyRow &r : again.rows)
        for (const feedback::FieldChange &c : r.changes)
            UNSCOPED_INFO(r.row << " " << c.field.toStdString() << ": " << c.oldValue.toStdString()
                                << " -> " << c.newValue.toStdString());
    CHECK(again.updatedTasks() == 0);
    CHECK(again.matched() == review.matched());
    CHECK(feedbackcommands::merge(t.get(), again, &error) == nullptr);

    // The extension goes through the task's own 延期 command when approved.
    QSqlQuery q(t->db());
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM feedback_request WHERE kind = 'extend'")));
    REQUIRE(q.next());
    auto approve = feedbackcommands::approveRequest(t.get(), q.value(0).toLongLong(),
                                                    QStringLiteral("李主任"), kAsOf, &error);
    REQUIRE(approve);
    REQUIRE(t->execute(std::move(approve), &error));
    CHECK(PlanRepository(t.get()).task(owed[3].task.id)->task.deadline == QDate(2027, 6, 30));
    CHECK(PlanRepository(t.get()).extensions(owed[3].task.id).size() == 1);

    // Undo gives back exactly what was there.
    t->undoStack()->undo();
    t->undoStack()->undo();
    CHECK(test::dumpTables(t.get()) == before);
}

TEST_CASE("Rows from another department, lowered percents and reopened tasks are refused or "
          "warned about")
{
    if (!test::requirePythonModule("openpyxl", "python3-openpyxl"))
        return;
    Replying fx;
    TempWorkspace &t = fx.t;
    const qint64 planId = fx.planId;
    const Sent &sent = fx.sent;
    const Department &d = fx.d;
    const QList<TaskView> &owed = fx.owed;
    QString error;
    // Task 0 stands at 80%, task 1 is closed.
    auto p = taskcommands::addProgress(t.get(), owed[0].task.id, kAsOf, QStringLiteral("过半"), 80,
                                       &error);
    REQUIRE(t->execute(std::move(p), &error));
    auto c = taskcommands::close(t.get(), owed[1].task.id, QStringLiteral("李主任"), kAsOf, &error);
    REQUIRE(t->execute(std::move(c), &error));
    // A row of another department's form pasted into this one.
    Department other;
    for (const Department &o : sent.departments)
        if (o.id != d.id)
            other = o;
    const TaskView foreign = feedback::departmentTasks(t.get(), planId, other.id).first();
    QString workspaceId;
    {
        QSqlQuery q(t->db());
        REQUIRE(
            q.exec(QStringLiteral("SELECT value FROM workspace_info WHERE key = 'workspace_id'")));
        REQUIRE(q.next());
        workspaceId = q.value(0).toString();
    }
    const QString filled = t.dir.filePath(QStringLiteral("混入.xlsx"));
    fill(t, sent.files.value(d.id), filled,
         QJsonObject{
             {QStringLiteral("rows"),
              QJsonObject{{QStringLiteral("0"), QJsonObject{{QStringLiteral("完成百分比"), 50}}},
                          {QStringLiteral("1"),
                           QJsonObject{{QStringLiteral("是否办结"), QStringLiteral("否")},
                                       {QStringLiteral("完成百分比"), 70}}},
                          {QStringLiteral("2"), QJsonObject{{QStringLiteral("本期进展情况"),
                                                             QStringLiteral("别人的")}}}}},
             {QStringLiteral("set_key"),
              QJsonArray{
                  2, feedback::keyText({workspaceId, sent.roundId, other.id, foreign.task.id})}}});
    const feedback::Review review = feedback::review(t.get(), {filled}, kAsOf);
    REQUIRE(review.refused.size() == 1);
    CHECK(review.refused.first().reason ==
          QStringLiteral("该行是发给“%1”的任务，本表的填报单位是“%2”").arg(other.name, d.name));
    const QStringList warnings = review.warnings();
    REQUIRE(warnings.size() == 3);
    CHECK(warnings.join(u'\n').contains(QStringLiteral("完成百分比从 80% 降为 50%，未采用")));
    CHECK(warnings.join(u'\n').contains(QStringLiteral("任务已办结")));
    CHECK(review.updatedTasks() == 0);
}

TEST_CASE("A form saved by LibreOffice and a Word reply merge back")
{
    Replying fx;
    TempWorkspace &t = fx.t;
    const Sent &sent = fx.sent;
    const Department &d = fx.d;
    const QList<TaskView> &owed = fx.owed;
    const QString soffice = test::requireTool(QStringLiteral("soffice"), "libreoffice-calc-nogui");
    if (!soffice.isEmpty() && test::requirePythonModule("openpyxl", "python3-openpyxl")) {
        const QString filled = t.dir.filePath(QStringLiteral("filled.xlsx"));
        fill(t, sent.files.value(d.id), filled,
             QJsonObject{{QStringLiteral("rows"),
                          QJsonObject{{QStringLiteral("1"),
                                       QJsonObject{{QStringLiteral("本期进展情况"),
                                                    QStringLiteral("完成选址")},
                                                   {QStringLiteral("完成百分比"), 30}}}}}});
        // LibreOffice's own save: open the filled form, write it again as xlsx.
        const QString outDir = t.dir.filePath(QStringLiteral("lo"));
        QProcess lo;
        lo.start(soffice, {QStringLiteral("-env:UserInstallation=file://") +
                               t.dir.filePath(QStringLiteral("profile")),
                           QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                           QStringLiteral("xlsx:Calc MS Excel 2007 XML"),
                           QStringLiteral("--outdir"), outDir, filled});
        REQUIRE(lo.waitForFinished(120000));
        const QString saved = QDir(outDir).filePath(QStringLiteral("filled.xlsx"));
        INFO(QString::fromUtf8(lo.readAllStandardError()).toStdString());
        REQUIRE(QFile::exists(saved));
        const feedback::Review review = feedback::review(t.get(), {saved}, kAsOf);
        for (const auto &r : review.refused)
            UNSCOPED_INFO(r.message().toStdString());
        CHECK(review.refused.isEmpty());
        CHECK(review.matched() == owed.size());
        CHECK(review.updatedTasks() == 1);
        for (const feedback::ReplyRow &r : review.rows)
            if (r.taskId == owed[1].task.id) {
                CHECK(r.byKey);
                CHECK(r.percent == 30);
            }
    }
    if (test::requirePythonModule("docx", "python3-docx")) {
        const QString reply =
            wordReply(t, sent, d.id, QStringLiteral("word.docx"),
                      QStringLiteral("row = rows[0].cells\n"
                                     "row[names.index('本期进展情况')].text = '已召开推进会'\n"
                                     "row[names.index('完成百分比')].text = '45%'\n"));
        const feedback::Review review = feedback::review(t.get(), {reply}, kAsOf);
        for (const auto &r : review.refused)
            UNSCOPED_INFO(r.message().toStdString());
        CHECK(review.refused.isEmpty());
        CHECK(review.matched() == owed.size());
        REQUIRE(review.updatedTasks() == 1);
        for (const feedback::ReplyRow &r : review.rows)
            if (!r.changes.isEmpty()) {
                CHECK_FALSE(r.byKey);
                CHECK(r.taskId == owed[0].task.id);
                CHECK(r.percent == 45);
            }
    }
}

TEST_CASE("The round's tracker counts late departments in working days and chases them")
{
    Replying fx;
    TempWorkspace &t = fx.t;
    const std::optional<feedback::Round> round = feedback::round(t.get(), fx.sent.roundId);
    REQUIRE(round);
    CHECK(round->dueDate == QDate(2025, 7, 7)); // five working days after Monday 30 June
    // One department replies on time (its unchanged form is a reply all the same).
    feedback::Review review = feedback::review(t.get(), {fx.sent.files.value(fx.d.id)}, kAsOf);
    QString error;
    auto merged = feedbackcommands::merge(t.get(), review, &error);
    REQUIRE(merged);
    REQUIRE(t->execute(std::move(merged), &error));
    // Friday 11 July: four working days past Monday 7 July.
    const QList<feedback::TrackerRow> rows =
        feedback::tracker(t.get(), fx.sent.roundId, QDate(2025, 7, 11));
    REQUIRE(rows.size() == fx.sent.departments.size());
    int late = 0;
    for (const feedback::TrackerRow &r : rows) {
        if (r.recipient.departmentId == fx.d.id) {
            CHECK(r.replied);
            CHECK(r.onTime);
            CHECK_FALSE(r.late);
        } else {
            CHECK_FALSE(r.replied);
            CHECK(r.late);
            CHECK(r.lateWorkingDays == 4);
            ++late;
        }
    }
    const document::OfficialDocument notices =
        feedback::chaseNotices(t.get(), fx.sent.roundId, QDate(2025, 7, 11));
    QStringList text;
    for (const document::Block &b : notices.blocks)
        if (const document::Paragraph *p = b.asParagraph())
            text << p->text;
    const QString all = text.join(u'\n');
    CHECK_FALSE(all.contains(fx.d.name + QStringLiteral("：")));
    CHECK(all.contains(QStringLiteral("已超过报送期限4个工作日")));
    CHECK(int(all.count(QStringLiteral("贵单位尚未报回"))) == late);
    CHECK(document::writePdf(notices, t.dir.filePath(QStringLiteral("催报.pdf")), &error));
    CHECK(QFileInfo(t.dir.filePath(QStringLiteral("催报.pdf"))).size() > 1000);
    // Before the due day nobody is late.
    CHECK(feedback::chaseNotices(t.get(), fx.sent.roundId, QDate(2025, 7, 7)).blocks.isEmpty());
}

namespace {

/// `in` written again by LibreOffice (`soffice --headless --convert-to filter`) into `outDir`;
/// the new file's path.
QString libreOfficeSave(TempWorkspace &t, const QString &soffice, const QString &in,
                        const QString &filter, const QString &outDir)
{
    QProcess lo;
    lo.start(soffice, {QStringLiteral("-env:UserInstallation=file://") +
                           t.dir.filePath(QStringLiteral("profile")),
                       QStringLiteral("--headless"), QStringLiteral("--convert-to"), filter,
                       QStringLiteral("--outdir"), outDir, in});
    REQUIRE(lo.waitForFinished(180000));
    INFO(QString::fromUtf8(lo.readAllStandardError()).toStdString());
    const QString saved = QDir(outDir).filePath(QFileInfo(in).completeBaseName() +
                                                QLatin1Char('.') + filter.section(u':', 0, 0));
    REQUIRE(QFile::exists(saved));
    return saved;
}

} // namespace

TEST_CASE("Replies LibreOffice saved as xlsx and xls, re-sorted, one key damaged and one cleared, "
          "merge row by row and nothing of a refused row")
{
    const QString soffice = test::requireTool(QStringLiteral("soffice"), "libreoffice-calc-nogui");
    if (soffice.isEmpty() || !test::requirePythonModule("openpyxl", "python3-openpyxl"))
        return;
    Replying fx;
    TempWorkspace &t = fx.t;
    const QList<TaskView> &owed = fx.owed;
    for (int i = 0; i < 3; ++i)
        REQUIRE(owed[i].task.percent < 20); // the template's tasks start at 0%
    // Row 0 reports 40%; row 1's hidden key was typed over (its 90% must not be applied); row 2's
    // key was cleared, its words kept (matched by them); the rows re-sorted.
    const QString filled = t.dir.filePath(QStringLiteral("回复.xlsx"));
    fill(t, fx.sent.files.value(fx.d.id), filled,
         QJsonObject{
             {QStringLiteral("reverse"), true},
             {QStringLiteral("rows"),
              QJsonObject{{QStringLiteral("0"), QJsonObject{{QStringLiteral("本期进展情况"),
                                                             QStringLiteral("完成摸底调查")},
                                                            {QStringLiteral("完成百分比"), 40}}},
                          {QStringLiteral("1"),
                           QJsonObject{{QStringLiteral("本期进展情况"), QStringLiteral("不应采用")},
                                       {QStringLiteral("完成百分比"), 90}}},
                          {QStringLiteral("2"), QJsonObject{{QStringLiteral("完成百分比"), 20}}}}},
             {QStringLiteral("set_keys"),
              QJsonArray{QJsonArray{1, QStringLiteral("tuoyu-fb:被改动")},
                         QJsonArray{2, QJsonValue::Null}}}});
    // Through LibreOffice's own format and back, as a department using LibreOffice saves it,
    // and as the old Excel format.
    const QString ods = libreOfficeSave(t, soffice, filled, QStringLiteral("ods"),
                                        t.dir.filePath(QStringLiteral("ods")));
    const QString xlsx =
        libreOfficeSave(t, soffice, ods, QStringLiteral("xlsx:Calc MS Excel 2007 XML"),
                        t.dir.filePath(QStringLiteral("xlsx")));
    const QString xls = libreOfficeSave(t, soffice, ods, QStringLiteral("xls:MS Excel 97"),
                                        t.dir.filePath(QStringLiteral("xls")));

    t->undoStack()->clear();
    const QString before = test::dumpTables(t.get());
    for (const QString &path : {xlsx, xls}) {
        INFO(path.toStdString());
        const feedback::Review review = feedback::review(t.get(), {path}, kAsOf);
        REQUIRE(review.refused.size() == 1);
        const feedback::RefusedRow &refused = review.refused.first();
        CHECK(refused.row > 1);
        CHECK(refused.message() ==
              QStringLiteral("%1 第%2行：任务编码“tuoyu-fb:被改动”被改动，无法识别")
                  .arg(QFileInfo(path).fileName())
                  .arg(refused.row));
        CHECK(review.matched() == owed.size() - 1);
        bool sawWords = false;
        for (const feedback::ReplyRow &r : review.rows) {
            CHECK(r.taskId != owed[1].task.id);
            if (r.taskId == owed[0].task.id)
                CHECK(r.percent == 40);
            if (r.taskId == owed[2].task.id) {
                sawWords = true;
                CHECK_FALSE(r.byKey);
                CHECK(r.percent == 20);
            }
        }
        CHECK(sawWords);
    }
    // Merged: rows 0 and 2 applied, nothing of the refused row.
    QString error;
    auto command =
        feedbackcommands::merge(t.get(), feedback::review(t.get(), {xlsx}, kAsOf), &error);
    REQUIRE(command);
    REQUIRE(t->execute(std::move(command), &error));
    const PlanRepository plans(t.get());
    CHECK(plans.task(owed[0].task.id)->task.percent == 40);
    CHECK(plans.task(owed[1].task.id)->task.percent == owed[1].task.percent);
    CHECK(plans.progress(owed[1].task.id).isEmpty());
    // The same reply as xls adds nothing more; undo leaves the workspace as it was.
    CHECK(feedback::review(t.get(), {xls}, kAsOf).updatedTasks() == 0);
    t->undoStack()->undo();
    CHECK(test::dumpTables(t.get()) == before);
}

TEST_CASE("A Word reply with rows re-ordered and a task's words edited is merged row by row")
{
    if (!test::requirePythonModule("docx", "python3-docx"))
        return;
    Replying fx;
    TempWorkspace &t = fx.t;
    const QList<TaskView> &owed = fx.owed;
    // As a department's Word: the table's rows reversed, the first task answered, the second's
    // words rewritten (no longer any task's) with progress that must not land.
    const QString reply =
        wordReply(t, fx.sent, fx.d.id, QStringLiteral("回复.docx"),
                  QStringLiteral("first, second = rows[0].cells, rows[1].cells\n"
                                 "first[names.index('本期进展情况')].text = '已印发通知'\n"
                                 "first[names.index('完成百分比')].text = '35'\n"
                                 "second[names.index('具体任务')].text = '改写过的任务'\n"
                                 "second[names.index('本期进展情况')].text = '不应采用'\n"
                                 "trs = [r._tr for r in rows]\n"
                                 "for tr in trs:\n"
                                 "    table._tbl.remove(tr)\n"
                                 "for tr in reversed(trs):\n"
                                 "    table._tbl.append(tr)\n"));
    QString error;
    const feedback::Review review = feedback::review(t.get(), {reply}, kAsOf);
    REQUIRE(review.refused.size() == 1);
    CHECK(review.refused.first().message().startsWith(QStringLiteral("回复.docx 第")));
    CHECK(review.refused.first().reason ==
          QStringLiteral("%1的任务中没有“改写过的任务”").arg(fx.d.name));
    REQUIRE(review.updatedTasks() == 1);
    auto command = feedbackcommands::merge(t.get(), review, &error);
    REQUIRE(command);
    REQUIRE(t->execute(std::move(command), &error));
    CHECK(PlanRepository(t.get()).task(owed[0].task.id)->task.percent == 35);
    CHECK(PlanRepository(t.get()).progress(owed[1].task.id).isEmpty());
}
