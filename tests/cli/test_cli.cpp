// The command line as IT staff and scripts use it: run the real binary, read its stdout JSON,
// stderr line and exit code.

#include "clirun.h"
#include "core/testworkspace.h"
#include "externaltool.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <tuple>

#include <catch2/catch.hpp>

using namespace tuoyu::test;

TEST_CASE("The version, template list and help verbs")
{
    const Run v = run({QStringLiteral("--version")});
    CHECK(v.code == 0);
    CHECK(v.out.startsWith("tuoyu-desk "));
    const Run t = run({QStringLiteral("templates")});
    CHECK(t.code == 0);
    const QStringList lines = QString::fromUtf8(t.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QStringList ids;
    for (const QString &line : lines)
        ids << line.section(QLatin1Char('\t'), 0, 0);
    CHECK(ids == QStringList{QStringLiteral("blank"), QStringLiteral("tunliu"),
                             QStringLiteral("zhejiang"), QStringLiteral("quanzhou-taishang"),
                             QStringLiteral("huancui"), QStringLiteral("tianning")});
    CHECK(run({QStringLiteral("--help")}).code == 0);
}

TEST_CASE("new --template blank, then check")
{
    QTemporaryDir dir;
    const WorkspacePlace filePlace(dir, QStringLiteral("w.tuoyu"));
    const QString &file = filePlace.path;
    const Run made =
        run({QStringLiteral("new"), file, QStringLiteral("--template"), QStringLiteral("blank")});
    INFO(made.err.toStdString());
    CHECK(made.code == 0);
    const Run checked = run({QStringLiteral("check"), file});
    CHECK(checked.code == 0);
    CHECK(QString::fromUtf8(checked.out).contains(QStringLiteral("完好")));
    const Run plans = run({QStringLiteral("plans"), file, QStringLiteral("--json")});
    REQUIRE(plans.code == 0);
    const QJsonArray list = plans.json().array();
    REQUIRE(list.size() == 1);
    for (const char *key : {"id", "title", "period_start", "period_end"})
        CHECK(list[0].toObject().contains(QLatin1String(key)));

    // Refuses to overwrite; leaves no half-written file for a bad template.
    const Run again = run({QStringLiteral("new"), file});
    CHECK(again.code == 2);
    oneLine(again);
    const WorkspacePlace otherPlace(dir, QStringLiteral("x.tuoyu"));
    const QString &other = otherPlace.path;
    const Run bad =
        run({QStringLiteral("new"), other, QStringLiteral("--template"), QStringLiteral("nope")});
    CHECK(bad.code == 2);
    oneLine(bad);
    CHECK(run({QStringLiteral("check"), other}).code == 2); // no workspace was made
    // On the server the workspaces are databases, not files in the folder.
    CHECK(QDir(dir.path()).entryList(QDir::Files).size() == (testServer().isEmpty() ? 1 : 0));
}

TEST_CASE("Every template makes a workspace that passes check")
{
    QTemporaryDir dir;
    for (const char *id :
         {"blank", "tunliu", "zhejiang", "quanzhou-taishang", "huancui", "tianning"}) {
        const WorkspacePlace filePlace(dir, QString::fromLatin1(id) + QStringLiteral(".tuoyu"));
        const QString &file = filePlace.path;
        const Run made = run(
            {QStringLiteral("new"), file, QStringLiteral("--template"), QString::fromLatin1(id)});
        INFO(id << ": " << made.err.toStdString());
        CHECK(made.code == 0);
        CHECK(run({QStringLiteral("check"), file}).code == 0);
    }
}

namespace {
/// A new workspace at `place`, made by `new PLACE --template ID`; its file (or address).
QString newWorkspace(const WorkspacePlace &place, const QString &templateId)
{
    REQUIRE(
        run({QStringLiteral("new"), place.path, QStringLiteral("--template"), templateId}).code ==
        0);
    return place.path;
}
} // namespace

TEST_CASE("JSON shapes of institutions, tasks and indicators on the tunliu template")
{
    QTemporaryDir dir;
    const WorkspacePlace place(dir, QStringLiteral("t.tuoyu"));
    const QString file = newWorkspace(place, QStringLiteral("tunliu"));

    const Run inst = run({QStringLiteral("institutions"), file, QStringLiteral("--json")});
    REQUIRE(inst.code == 0);
    const QJsonArray institutions = inst.json().array();
    CHECK(institutions.size() == 21);
    qint64 slots = 0;
    for (const auto &v : institutions) {
        const QJsonObject o = v.toObject();
        for (const char *key :
             {"name", "kind", "area", "slots", "puhui_slots", "enrolled", "filed"})
            CHECK(o.contains(QLatin1String(key)));
        slots += o.value(QStringLiteral("slots")).toInteger();
    }
    CHECK(slots == 1180);

    const Run tasks = run({QStringLiteral("tasks"), file, QStringLiteral("--json"),
                           QStringLiteral("--as-of"), QStringLiteral("2024-08-01")});
    REQUIRE(tasks.code == 0);
    const QJsonArray all = tasks.json().array();
    REQUIRE(all.size() == 10);
    const QJsonObject first = all[0].toObject();
    for (const char *key : {"program", "project", "text", "deadline", "deadline_text", "lead",
                            "departments", "status", "percent", "overdue"})
        CHECK(first.contains(QLatin1String(key)));
    CHECK(first.value(QStringLiteral("deadline")).toString() == QStringLiteral("2024-07-31"));
    CHECK(first.value(QStringLiteral("deadline_text")).toString() == QStringLiteral("2024年7月"));
    CHECK(first.value(QStringLiteral("lead")).toString() ==
          first.value(QStringLiteral("departments")).toArray().first().toString());
    CHECK(first.value(QStringLiteral("overdue")).toBool());

    // Only the 2024年7月 task is overdue on 2024-08-01; all ten are by 2025.
    const Run overdue =
        run({QStringLiteral("tasks"), file, QStringLiteral("--overdue"), QStringLiteral("--json"),
             QStringLiteral("--as-of"), QStringLiteral("2024-08-01")});
    CHECK(overdue.json().array().size() == 1);
    const Run later =
        run({QStringLiteral("tasks"), file, QStringLiteral("--overdue"), QStringLiteral("--json"),
             QStringLiteral("--as-of"), QStringLiteral("2025-01-01")});
    CHECK(later.json().array().size() == 10);

    // "What does 区财政局 owe?" — every task that names it, and only those.
    const Run finance = run({QStringLiteral("tasks"), file, QStringLiteral("--department"),
                             QStringLiteral("区财政局"), QStringLiteral("--json")});
    REQUIRE(finance.code == 0);
    const QJsonArray owed = finance.json().array();
    CHECK(owed.size() > 0);
    CHECK(owed.size() < 10);
    for (const auto &v : owed)
        CHECK(v.toObject()
                  .value(QStringLiteral("departments"))
                  .toArray()
                  .contains(QStringLiteral("区财政局")));
    const Run unknown = run({QStringLiteral("tasks"), file, QStringLiteral("--department"),
                             QStringLiteral("不存在局"), QStringLiteral("--json")});
    CHECK(unknown.code == 2);
    oneLine(unknown);

    const Run ind = run({QStringLiteral("indicators"), file, QStringLiteral("--json"),
                         QStringLiteral("--as-of"), QStringLiteral("2024-12-31")});
    REQUIRE(ind.code == 0);
    bool found = false;
    for (const auto &v : ind.json().array()) {
        const QJsonObject o = v.toObject();
        for (const char *key :
             {"tier", "name", "unit", "direction", "target", "target_year", "actual", "status"})
            CHECK(o.contains(QLatin1String(key)));
        if (o.value(QStringLiteral("name")).toString() == QStringLiteral("托位数")) {
            found = true;
            CHECK(o.value(QStringLiteral("target")).toDouble() == 1142);
            CHECK(o.value(QStringLiteral("direction")).toString() == QStringLiteral(">="));
            CHECK(o.value(QStringLiteral("actual")).toDouble() == 1180);
            CHECK(o.value(QStringLiteral("status")).toString() == QStringLiteral("达标"));
        }
    }
    CHECK(found);
}

TEST_CASE("Exit codes: 1 for wrong usage, 2 for bad input, one line on stderr")
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("notes.tuoyu"));
    QFile f(text);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("not a workspace");
    f.close();

    const Run notWorkspace = run({QStringLiteral("check"), text});
    CHECK(notWorkspace.code == 2);
    oneLine(notWorkspace);
    const Run missing = run({QStringLiteral("institutions"),
                             dir.filePath(QStringLiteral("none.tuoyu")), QStringLiteral("--json")});
    CHECK(missing.code == 2);
    oneLine(missing);

    const Run unknownVerb = run({QStringLiteral("frobnicate")});
    CHECK(unknownVerb.code == 1);
    oneLine(unknownVerb);
    const Run noFile = run({QStringLiteral("tasks")});
    CHECK(noFile.code == 1);
    oneLine(noFile);
    const Run badOption = run({QStringLiteral("tasks"), text, QStringLiteral("--colour")});
    CHECK(badOption.code == 1);
    oneLine(badOption);
    const Run badDate = run({QStringLiteral("tasks"), text, QStringLiteral("--as-of"),
                             QStringLiteral("2024-13-01"), QStringLiteral("--json")});
    CHECK(badDate.code == 1);
    oneLine(badDate);
}

TEST_CASE("The restart for huge pages keeps the arguments, the output and the exit code")
{
    // An empty GLIBC_TUNABLES lets the program restart itself for huge pages where the kernel
    // gives them on request (platform/hugepages.h); TUOYU_SMALL_PAGES keeps it from doing so.
    const QString fixtures = QStringLiteral(TUOYU_SHARED_DIR "/fixtures/");
    const QList<QStringList> invocations = {
        {QStringLiteral("read"), fixtures + QStringLiteral("tunliu-institutions.xlsx")},
        {QStringLiteral("read"), fixtures + QStringLiteral("no-such-file.xlsx")},
        {QStringLiteral("read")}};
    for (const QStringList &args : invocations) {
        const Run restarted = run(args, {{QStringLiteral("GLIBC_TUNABLES"), QString()}});
        const Run plain = run(args, {{QStringLiteral("TUOYU_SMALL_PAGES"), QStringLiteral("1")}});
        INFO(args.join(QLatin1Char(' ')).toStdString());
        CHECK(restarted.code == plain.code);
        CHECK(restarted.out == plain.out);
        CHECK(restarted.err == plain.err);
    }
}

TEST_CASE("read prints what the reader sees, import and export round-trip the 屯留 list")
{
    const QString fixtures = QStringLiteral(TUOYU_SHARED_DIR "/fixtures/");
    const Run read =
        run({QStringLiteral("read"), fixtures + QStringLiteral("tunliu-institutions-gb18030.csv")});
    REQUIRE(read.code == 0);
    const QString csv = QString::fromUtf8(read.out);
    CHECK(csv.contains(QStringLiteral("长治市屯留区托育综合服务中心")));
    CHECK(csv.contains(QStringLiteral("1180")));

    QTemporaryDir dir;
    const WorkspacePlace filePlace(dir, QStringLiteral("w.tuoyu"));
    const QString &file = filePlace.path;
    REQUIRE(run({QStringLiteral("new"), file}).code == 0);
    const Run dry =
        run({QStringLiteral("import"), file, fixtures + QStringLiteral("tunliu-institutions.docx"),
             QStringLiteral("--dry-run"), QStringLiteral("--json")});
    REQUIRE(dry.code == 0);
    CHECK(dry.json().object().value(QStringLiteral("inserted")).toInt() == 21);
    CHECK(run({QStringLiteral("institutions"), file, QStringLiteral("--json")})
              .json()
              .array()
              .isEmpty());
    const Run real =
        run({QStringLiteral("import"), file, fixtures + QStringLiteral("tunliu-institutions.xls"),
             QStringLiteral("--json")});
    REQUIRE(real.code == 0);
    const QJsonObject counts = real.json().object();
    for (const char *key : {"inserted", "updated", "unchanged", "refused"})
        CHECK(counts.contains(QLatin1String(key)));
    CHECK(counts.value(QStringLiteral("inserted")).toInt() == 21);

    for (const char *what : {"institutions", "tasks", "indicators", "decomposition"}) {
        for (const char *suffix : {".xlsx", ".csv"}) {
            const QString out =
                dir.filePath(QString::fromLatin1(what) + QString::fromLatin1(suffix));
            const Run exported = run({QStringLiteral("export"), file, QStringLiteral("--what"),
                                      QString::fromLatin1(what), QStringLiteral("--out"), out});
            INFO(what << suffix << exported.err.toStdString());
            CHECK(exported.code == 0);
            CHECK(QFileInfo(out).size() > 0);
        }
    }
    // The exported list reads back with the same institutions.
    const Run back =
        run({QStringLiteral("read"), dir.filePath(QStringLiteral("institutions.xlsx"))});
    REQUIRE(back.code == 0);
    CHECK(
        QString::fromUtf8(back.out).contains(QStringLiteral("长治市屯留区小象湾托育服务有限公司")));
    // …and in openpyxl (Debian's python3-openpyxl), a reader that is not ours.
    if (tuoyu::test::requirePythonModule("openpyxl", "python3-openpyxl")) {
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-c"),
                      QStringLiteral("import sys, openpyxl\n"
                                     "ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]\n"
                                     "print(any(c.value == '长治市屯留区小象湾托育服务有限公司'\n"
                                     "          for row in ws.iter_rows() for c in row))"),
                      dir.filePath(QStringLiteral("institutions.xlsx"))});
        REQUIRE(python.waitForFinished(30000));
        INFO(QString::fromUtf8(python.readAllStandardError()).toStdString());
        CHECK(QString::fromUtf8(python.readAllStandardOutput()).trimmed() ==
              QStringLiteral("True"));
    }
    QFile bom(dir.filePath(QStringLiteral("institutions.csv")));
    REQUIRE(bom.open(QIODevice::ReadOnly));
    CHECK(bom.read(3) == QByteArray("\xEF\xBB\xBF"));
}

#ifdef Q_OS_LINUX
TEST_CASE("Without libxlsxwriter xlsx export names what to install and csv export still works")
{
    // TUOYU_XLSXWRITER_LIBRARY names the only library file the exporter may load (Linux, where it
    // is loaded at run time; elsewhere it is linked).
    const QList<QPair<QString, QString>> missing = {
        {QStringLiteral("TUOYU_XLSXWRITER_LIBRARY"),
         QStringLiteral("/nonexistent/libxlsxwriter.so.4")}};
    QTemporaryDir dir;
    const WorkspacePlace filePlace(dir, QStringLiteral("w.tuoyu"));
    const QString &file = filePlace.path;
    REQUIRE(run({QStringLiteral("new"), file}).code == 0);
    const QString xlsx = dir.filePath(QStringLiteral("机构.xlsx"));
    const Run refused = run({QStringLiteral("export"), file, QStringLiteral("--what"),
                             QStringLiteral("institutions"), QStringLiteral("--out"), xlsx},
                            missing);
    CHECK(refused.code == 2);
    oneLine(refused);
    CHECK(refused.err.contains(
        QStringLiteral("无法导出 xlsx：找不到 /nonexistent/libxlsxwriter.so.4")));
    CHECK(refused.err.contains(QStringLiteral("请安装 libxlsxwriter")));
    CHECK_FALSE(QFile::exists(xlsx));
    const QString csv = dir.filePath(QStringLiteral("机构.csv"));
    const Run csvDone = run({QStringLiteral("export"), file, QStringLiteral("--what"),
                             QStringLiteral("institutions"), QStringLiteral("--out"), csv},
                            missing);
    INFO(csvDone.err.toStdString());
    CHECK(csvDone.code == 0);
    CHECK(QFileInfo(csv).size() > 0);
}
#endif

TEST_CASE("Files the product cannot read get a clear message and exit code 2")
{
    const QString corpus = QStringLiteral(TUOYU_SHARED_DIR "/corpus/");
    const Run et =
        run({QStringLiteral("read"), corpus + QStringLiteral("sheetjs-test_files/wps/fn.et")});
    CHECK(et.code == 2);
    oneLine(et);
    CHECK(et.err.contains(QStringLiteral("另存为")));
    const Run missing = run({QStringLiteral("read"), QStringLiteral("/nonexistent/list.xlsx")});
    CHECK(missing.code == 2);
    oneLine(missing);
    QTemporaryDir dir;
    const WorkspacePlace filePlace(dir, QStringLiteral("w.tuoyu"));
    const QString &file = filePlace.path;
    REQUIRE(run({QStringLiteral("new"), file}).code == 0);
    const Run bad = run(
        {QStringLiteral("import"), file, corpus + QStringLiteral("sheetjs-test_files/wps/fn.et")});
    CHECK(bad.code == 2);
    oneLine(bad);
    const Run badWhat =
        run({QStringLiteral("export"), file, QStringLiteral("--what"), QStringLiteral("everything"),
             QStringLiteral("--out"), dir.filePath(QStringLiteral("x.xlsx"))});
    CHECK(badWhat.code == 1);
}

TEST_CASE("import --json carries every finding the window shows, row by row")
{
    QTemporaryDir dir;
    const WorkspacePlace filePlace(dir, QStringLiteral("w.tuoyu"));
    const QString &file = filePlace.path;
    REQUIRE(run({QStringLiteral("new"), file}).code == 0); // the blank template
    // A GBK list with an impossible date, a fee in words, a 60-digit fee, and one line typed
    // in a UTF-8 editor.
    QStringEncoder gbk("GB18030");
    REQUIRE(gbk.isValid());
    const QString gbkRows = QStringLiteral("机构名称,托位数,备案时间,月收费（元）\n"
                                           "甲托育,10,2024-02-30,1800\n"
                                           "乙托育,20,2024-03-01,面议\n"
                                           "丙托育,30,,") +
                            QString(60, QLatin1Char('9')) + QStringLiteral("\n");
    const QString list = dir.filePath(QStringLiteral("list.csv"));
    QFile l(list);
    REQUIRE(l.open(QIODevice::WriteOnly));
    l.write(QByteArray(gbk(gbkRows)) + QStringLiteral("丁托育,40,,1200\n").toUtf8());
    l.close();

    const Run r = run({QStringLiteral("import"), file, list, QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QJsonObject o = r.json().object();
    CHECK(o.value(QStringLiteral("inserted")).toInt() == 4);
    QMap<int, QString> byRow;
    for (const QJsonValue &w : o.value(QStringLiteral("warnings")).toArray())
        byRow[w.toObject().value(QStringLiteral("row")).toInt()] +=
            w.toObject().value(QStringLiteral("message")).toString();
    CHECK(byRow.value(2).contains(QStringLiteral("2024-02-30")));
    CHECK(byRow.value(3).contains(QStringLiteral("面议")));
    CHECK(byRow.value(4).contains(QStringLiteral("超出合理范围")));
    CHECK(byRow.value(5).contains(QStringLiteral("UTF-8")));
    // the text form says the same
    const Run text = run({QStringLiteral("import"), file, list, QStringLiteral("--dry-run")});
    CHECK(QString::fromUtf8(text.out).contains(QStringLiteral("第 2 行（已导入，请核对）")));
    // and no fee became INT64_MIN fen
    const Run institutions = run({QStringLiteral("institutions"), file, QStringLiteral("--json")});
    REQUIRE(institutions.code == 0);
    CHECK_FALSE(institutions.out.contains("-9223372036854775808"));
    CHECK(institutions.out.contains("丁托育"));
}

TEST_CASE("subsidies --json gives lines with explanations and totals, export --what subsidies")
{
    QTemporaryDir dir;
    const WorkspacePlace filePlace(dir, QStringLiteral("q.tuoyu"));
    const QString &file = filePlace.path;
    REQUIRE(run({QStringLiteral("new"), file, QStringLiteral("--template"),
                 QStringLiteral("quanzhou-taishang")})
                .code == 0);
    // A monthly enrolment sheet and an institution list, imported as an officer would.
    const QString list = dir.filePath(QStringLiteral("list.csv"));
    QFile l(list);
    REQUIRE(l.open(QIODevice::WriteOnly));
    l.write(QStringLiteral("机构名称,属性,托位数,普惠托位,是否备案\n甲公办托育园,公办,80,80,是\n")
                .toUtf8());
    l.close();
    REQUIRE(run({QStringLiteral("import"), file, list}).code == 0);
    const QString enrolment = dir.filePath(QStringLiteral("enrolment.csv"));
    QFile e(enrolment);
    REQUIRE(e.open(QIODevice::WriteOnly));
    e.write(QStringLiteral("机构名称,月份,乳儿班,托小班,托大班\n甲公办托育园,2025-03,5,12,20\n")
                .toUtf8());
    e.close();
    REQUIRE(run({QStringLiteral("import"), file, enrolment}).code == 0);

    const Run s = run({QStringLiteral("subsidies"), file, QStringLiteral("--month"),
                       QStringLiteral("2025-03"), QStringLiteral("--json")});
    INFO(s.err.toStdString());
    REQUIRE(s.code == 0);
    const QJsonObject o = s.json().object();
    const QJsonArray lines = o.value(QStringLiteral("lines")).toArray();
    REQUIRE(lines.size() == 2);
    for (const auto &v : lines)
        for (const char *key : {"institution", "rule", "period", "quantity", "rate_yuan",
                                "amount_yuan", "status", "explanation"})
            CHECK(v.toObject().contains(QLatin1String(key)));
    // Money is exact: integer fen beside decimal yuan text, never a binary fraction.
    const QJsonObject totals = o.value(QStringLiteral("totals")).toObject();
    CHECK(totals.value(QStringLiteral("amount_fen")).toInteger() == (1500 + 2400) * 100);
    CHECK(totals.value(QStringLiteral("amount_yuan")).toString() == QStringLiteral("3900.00"));
    CHECK(lines.first().toObject().value(QStringLiteral("amount_yuan")).isString());
    bool found = false;
    for (const auto &v : lines)
        found = found || v.toObject().value(QStringLiteral("explanation")).toString() ==
                             QStringLiteral("2025年3月 托小班 12人 × 200元 = 2400元");
    CHECK(found);

    const QString out = dir.filePath(QStringLiteral("奖补.xlsx"));
    CHECK(
        run({QStringLiteral("export"), file, QStringLiteral("--what"), QStringLiteral("subsidies"),
             QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--out"), out})
            .code == 0);
    const Run back = run({QStringLiteral("read"), out});
    CHECK(QString::fromUtf8(back.out).contains(QStringLiteral("托小班 12人")));
    CHECK(run({QStringLiteral("subsidies"), file, QStringLiteral("--month"),
               QStringLiteral("2025-3")})
              .code == 1);
}

TEST_CASE("subsidy-rule adds a rule and sets the amount of a 金额待定 one, subsidies opens on the "
          "plan's year")
{
    QTemporaryDir dir;
    const WorkspacePlace filePlace(dir, QStringLiteral("t.tuoyu"));
    const QString &file = filePlace.path;
    REQUIRE(
        run({QStringLiteral("new"), file, QStringLiteral("--template"), QStringLiteral("tunliu")})
            .code == 0);
    // tunliu (2024) ended before today: the ledger is 2024's.
    const Run ledger = run({QStringLiteral("subsidies"), file, QStringLiteral("--json")});
    REQUIRE(ledger.code == 0);
    CHECK(ledger.json().object().value(QStringLiteral("year")).toInt() == 2024);

    const Run added =
        run({QStringLiteral("subsidy-rule"), file, QStringLiteral("--name"),
             QStringLiteral("区级连锁品牌奖补"), QStringLiteral("--kind"),
             QStringLiteral("per_institution_once"), QStringLiteral("--amount"),
             QStringLiteral("5万"), QStringLiteral("--floor"), QStringLiteral("--json")});
    INFO(added.err.toStdString());
    REQUIRE(added.code == 0);
    const QJsonArray rules = added.json().object().value(QStringLiteral("rules")).toArray();
    REQUIRE(rules.size() == 7); // the plan's six 金额待定 measures and the new one
    qint64 pendingId = 0;
    int pending = 0;
    for (const auto &v : rules) {
        const QJsonObject r = v.toObject();
        if (r.value(QStringLiteral("amount_pending")).toBool()) {
            ++pending;
            if (r.value(QStringLiteral("name")).toString() ==
                QStringLiteral("按实际入托人数和入托月数补助"))
                pendingId = r.value(QStringLiteral("id")).toInteger();
        }
    }
    CHECK(pending == 6);
    REQUIRE(pendingId > 0);
    const QJsonObject last = rules.last().toObject();
    CHECK(last.value(QStringLiteral("name")).toString() == QStringLiteral("区级连锁品牌奖补"));
    CHECK(last.value(QStringLiteral("amount_yuan")).toString() == QStringLiteral("50000.00"));
    CHECK(last.value(QStringLiteral("amount_fen")).toInteger() == 5000000);
    CHECK(last.value(QStringLiteral("amount_is_floor")).toBool());

    const Run set = run({QStringLiteral("subsidy-rule"), file, QStringLiteral("--rule"),
                         QString::number(pendingId), QStringLiteral("--amount"),
                         QStringLiteral("200"), QStringLiteral("--json")});
    INFO(set.err.toStdString());
    REQUIRE(set.code == 0);
    bool setOk = false;
    for (const auto &v : set.json().object().value(QStringLiteral("rules")).toArray())
        if (v.toObject().value(QStringLiteral("id")).toInteger() == pendingId)
            setOk = v.toObject().value(QStringLiteral("amount_fen")).toInteger() == 20000 &&
                    !v.toObject().value(QStringLiteral("amount_pending")).toBool();
    CHECK(setOk);
    // Bad input changes nothing and says what was wrong.
    const Run bad =
        run({QStringLiteral("subsidy-rule"), file, QStringLiteral("--name"), QStringLiteral("错"),
             QStringLiteral("--kind"), QStringLiteral("per_month")});
    CHECK(bad.code == 2);
    CHECK(bad.err.contains(QStringLiteral("per_month")));
    CHECK(run({QStringLiteral("subsidy-rule"), file, QStringLiteral("--rule"),
               QString::number(pendingId), QStringLiteral("--amount"), QStringLiteral("两百")})
              .code == 1);
}

TEST_CASE("report writes PDF and docx without a display, bad department and path are refused")
{
    QTemporaryDir dir;
    const WorkspacePlace filePlace(dir, QStringLiteral("t.tuoyu"));
    const QString &file = filePlace.path;
    REQUIRE(
        run({QStringLiteral("new"), file, QStringLiteral("--template"), QStringLiteral("tunliu")})
            .code == 0);
    for (const char *kind : {"progress", "supervision", "circular", "institutions", "tasks",
                             "indicators", "decomposition"})
        for (const char *suffix : {".pdf", ".docx"}) {
            const QString out =
                dir.filePath(QString::fromLatin1(kind) + QString::fromLatin1(suffix));
            const Run r = run({QStringLiteral("report"), file, QStringLiteral("--kind"),
                               QString::fromLatin1(kind), QStringLiteral("--out"), out,
                               QStringLiteral("--as-of"), QStringLiteral("2024-08-01")});
            INFO(kind << suffix << r.err.toStdString());
            CHECK(r.code == 0);
            CHECK(QFileInfo(out).size() > 1000);
        }
    const Run bad = run({QStringLiteral("report"), file, QStringLiteral("--kind"),
                         QStringLiteral("supervision"), QStringLiteral("--department"),
                         QStringLiteral("不存在的局"), QStringLiteral("--out"),
                         dir.filePath(QStringLiteral("x.pdf"))});
    CHECK(bad.code == 2);
    oneLine(bad);
    const Run unwritable =
        run({QStringLiteral("report"), file, QStringLiteral("--kind"), QStringLiteral("progress"),
             QStringLiteral("--out"), QStringLiteral("/nonexistent/dir/x.pdf")});
    CHECK(unwritable.code == 2);
    oneLine(unwritable);
    CHECK(run({QStringLiteral("report"), file, QStringLiteral("--kind"), QStringLiteral("memo"),
               QStringLiteral("--out"), dir.filePath(QStringLiteral("x.pdf"))})
              .code == 1);
}

TEST_CASE("indicators --json gives the target's words, indicator-average and indicator-achieved "
          "enter what a relative or qualitative target needs")
{
    QTemporaryDir dir;
    const WorkspacePlace filePlace(dir, QStringLiteral("h.tuoyu"));
    const QString &file = filePlace.path;
    REQUIRE(
        run({QStringLiteral("new"), file, QStringLiteral("--template"), QStringLiteral("huancui")})
            .code == 0);
    auto indicators = [&] {
        const Run r = run({QStringLiteral("indicators"), file, QStringLiteral("--json"),
                           QStringLiteral("--as-of"), QStringLiteral("2023-08-31")});
        REQUIRE(r.code == 0);
        QHash<QString, QJsonObject> byName;
        for (const auto &v : r.json().array())
            byName.insert(v.toObject().value(QStringLiteral("name")).toString(), v.toObject());
        return byName;
    };
    auto all = indicators();
    REQUIRE(all.contains(QStringLiteral("备案的托育机构比例")));
    for (const QJsonObject &o : all)
        CHECK(o.contains(QStringLiteral("target_text")));
    QJsonObject filing = all.value(QStringLiteral("备案的托育机构比例"));
    CHECK(filing.value(QStringLiteral("target_text")).toString() ==
          QStringLiteral("以上指标在市级评估验收前高于全省、全市平均水平"));
    CHECK(filing.value(QStringLiteral("target_year")).toInt() == 2023);
    CHECK(filing.value(QStringLiteral("target")).isNull());
    CHECK(filing.value(QStringLiteral("status")).toString() == QStringLiteral("无数据"));
    CHECK(filing.value(QStringLiteral("target_missing"))
              .toString()
              .startsWith(QStringLiteral("缺少全省、全市平均水平")));
    const QString id = QString::number(filing.value(QStringLiteral("id")).toInteger());

    const Run wrong =
        run({QStringLiteral("indicator-average"), file, QStringLiteral("--indicator"), id,
             QStringLiteral("--scope"), QStringLiteral("全国"), QStringLiteral("--value"),
             QStringLiteral("40"), QStringLiteral("--date"), QStringLiteral("2023-06-30"),
             QStringLiteral("--source"), QStringLiteral("通报")});
    CHECK(wrong.code == 2);
    oneLine(wrong);
    for (const auto &[scope, value] : {std::pair{"全省", "45"}, std::pair{"全市", "48"}}) {
        const Run ok =
            run({QStringLiteral("indicator-average"), file, QStringLiteral("--indicator"), id,
                 QStringLiteral("--scope"), QString::fromUtf8(scope), QStringLiteral("--value"),
                 QString::fromLatin1(value), QStringLiteral("--date"), QStringLiteral("2023-06-30"),
                 QStringLiteral("--source"), QStringLiteral("卫健委通报")});
        INFO(ok.err.toStdString());
        CHECK(ok.code == 0);
    }
    filing = indicators().value(QStringLiteral("备案的托育机构比例"));
    CHECK(filing.value(QStringLiteral("target")).toDouble() == 48);
    CHECK(filing.value(QStringLiteral("averages")).toArray().size() == 2);
    CHECK(filing.value(QStringLiteral("status")).toString() == QStringLiteral("达标"));

    // zhejiang: staged targets with their stage, and a qualitative goal judged by the officer.
    const WorkspacePlace zPlace(dir, QStringLiteral("z.tuoyu"));
    const QString &z = zPlace.path;
    REQUIRE(
        run({QStringLiteral("new"), z, QStringLiteral("--template"), QStringLiteral("zhejiang")})
            .code == 0);
    const Run zi = run({QStringLiteral("indicators"), z, QStringLiteral("--json")});
    REQUIRE(zi.code == 0);
    QString goal;
    bool stagedLabel = false;
    for (const auto &v : zi.json().array()) {
        const QJsonObject o = v.toObject();
        const QJsonArray targets = o.value(QStringLiteral("targets")).toArray();
        if (targets.size() == 2)
            stagedLabel |= targets[0].toObject().value(QStringLiteral("label")).toString() ==
                           QStringLiteral("省级普惠托育公共服务试点期限内");
        if (o.value(QStringLiteral("target_text")).toString() == QStringLiteral("基本实现全覆盖")) {
            CHECK(o.value(QStringLiteral("target")).isNull());
            CHECK(o.value(QStringLiteral("target_kind")).toString() == QStringLiteral("words"));
            goal = QString::number(o.value(QStringLiteral("id")).toInteger());
        }
    }
    CHECK(stagedLabel);
    REQUIRE_FALSE(goal.isEmpty());
    const Run judged =
        run({QStringLiteral("indicator-achieved"), z, QStringLiteral("--indicator"), goal,
             QStringLiteral("--achieved"), QStringLiteral("是"), QStringLiteral("--date"),
             QStringLiteral("2025-10-01"), QStringLiteral("--source"), QStringLiteral("实地核查")});
    INFO(judged.err.toStdString());
    CHECK(judged.code == 0);
    for (const auto &v : run({QStringLiteral("indicators"), z, QStringLiteral("--json"),
                              QStringLiteral("--as-of"), QStringLiteral("2025-12-31")})
                             .json()
                             .array())
        if (QString::number(v.toObject().value(QStringLiteral("id")).toInteger()) == goal)
            CHECK(v.toObject().value(QStringLiteral("status")).toString() ==
                  QStringLiteral("达标"));
}

TEST_CASE("report --text prints the officer's paragraphs, without them it warns and prints no "
          "prompts")
{
    QTemporaryDir dir;
    const WorkspacePlace filePlace(dir, QStringLiteral("t.tuoyu"));
    const QString &file = filePlace.path;
    REQUIRE(
        run({QStringLiteral("new"), file, QStringLiteral("--template"), QStringLiteral("tianning")})
            .code == 0);
    auto pdfText = [](const QString &pdf) {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
        REQUIRE(p.waitForFinished(60000));
        return QString::fromUtf8(p.readAllStandardOutput()).remove(QLatin1Char('\n'));
    };
    const QString bare = dir.filePath(QStringLiteral("bare.pdf"));
    const Run plain = run({QStringLiteral("report"), file, QStringLiteral("--kind"),
                           QStringLiteral("progress"), QStringLiteral("--out"), bare,
                           QStringLiteral("--as-of"), QStringLiteral("2025-06-30")});
    INFO(plain.err.toStdString());
    CHECK(plain.code == 0);
    CHECK(plain.err.contains(QStringLiteral("progress.problems")));
    CHECK(plain.err.contains(QStringLiteral("progress.next")));
    CHECK_FALSE(pdfText(bare).contains(QStringLiteral("请在此填写")));

    const QString words = dir.filePath(QStringLiteral("words.json"));
    QFile f(words);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(QJsonObject{{QStringLiteral("progress.problems"),
                                       QStringLiteral("郑陆镇社区托育点场地尚未落实。")},
                                      {QStringLiteral("progress.next"),
                                       QStringLiteral("下一步督促各街道完成备案。")}})
                .toJson());
    f.close();
    const QString full = dir.filePath(QStringLiteral("full.pdf"));
    const Run given =
        run({QStringLiteral("report"), file, QStringLiteral("--kind"), QStringLiteral("progress"),
             QStringLiteral("--out"), full, QStringLiteral("--as-of"), QStringLiteral("2025-06-30"),
             QStringLiteral("--text"), words, QStringLiteral("--signer"),
             QStringLiteral("天宁区普惠托育工作专班办公室")});
    CHECK(given.code == 0);
    CHECK(given.err.isEmpty());
    const QString text = pdfText(full);
    CHECK(text.contains(QStringLiteral("郑陆镇社区托育点场地尚未落实。")));
    CHECK(text.contains(QStringLiteral("下一步督促各街道完成备案。")));
    CHECK(text.contains(QStringLiteral("天宁区普惠托育工作专班办公室")));

    // A key the report does not have is refused, naming the file and the key.
    QFile wrong(dir.filePath(QStringLiteral("wrong.json")));
    REQUIRE(wrong.open(QIODevice::WriteOnly));
    wrong.write(R"({"progress.summary": "x"})");
    wrong.close();
    const Run refused =
        run({QStringLiteral("report"), file, QStringLiteral("--kind"), QStringLiteral("progress"),
             QStringLiteral("--out"), dir.filePath(QStringLiteral("x.pdf")),
             QStringLiteral("--text"), wrong.fileName()});
    CHECK(refused.code == 2);
    oneLine(refused);
    CHECK(refused.err.contains(QStringLiteral("progress.summary")));
    CHECK(refused.err.contains(QStringLiteral("wrong.json")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("x.pdf"))));
}

TEST_CASE("plan-signer, confirm-deadline and days_overdue in tasks --json")
{
    QTemporaryDir dir;
    const WorkspacePlace filePlace(dir, QStringLiteral("z.tuoyu"));
    const QString &file = filePlace.path;
    REQUIRE(
        run({QStringLiteral("new"), file, QStringLiteral("--template"), QStringLiteral("zhejiang")})
            .code == 0);
    auto plans = [&] { return run({QStringLiteral("plans"), file, QStringLiteral("--json")}); };
    CHECK(plans().json().array().first().toObject().value(QStringLiteral("signer")).toString() ==
          QStringLiteral("市卫生健康局"));
    const Run set = run({QStringLiteral("plan-signer"), file, QStringLiteral("--signer"),
                         QStringLiteral("市普惠托育工作专班办公室")});
    INFO(set.err.toStdString());
    CHECK(set.code == 0);
    CHECK(plans().json().array().first().toObject().value(QStringLiteral("signer")).toString() ==
          QStringLiteral("市普惠托育工作专班办公室"));

    auto tasks = [&] {
        return run({QStringLiteral("tasks"), file, QStringLiteral("--as-of"),
                    QStringLiteral("2026-12-04"), QStringLiteral("--json")})
            .json()
            .array();
    };
    const QJsonObject first = tasks().first().toObject();
    CHECK(first.value(QStringLiteral("deadline_inherited")).toBool());
    // Calendar days, as every report and page counts them.
    CHECK(first.value(QStringLiteral("days_overdue")).toInt() ==
          QDate(2025, 12, 31).daysTo(QDate(2026, 12, 4)));
    const QString id = QString::number(first.value(QStringLiteral("id")).toInteger());
    const Run confirmed =
        run({QStringLiteral("confirm-deadline"), file, QStringLiteral("--task"), id});
    INFO(confirmed.err.toStdString());
    CHECK(confirmed.code == 0);
    CHECK(QString::fromUtf8(confirmed.out).contains(QStringLiteral("2025年12月31日")));
    CHECK_FALSE(tasks().first().toObject().value(QStringLiteral("deadline_inherited")).toBool());
    const Run again = run({QStringLiteral("confirm-deadline"), file, QStringLiteral("--task"), id});
    CHECK(again.code == 2);
    oneLine(again);
    CHECK(run({QStringLiteral("confirm-deadline"), file, QStringLiteral("--task"),
               QStringLiteral("abc")})
              .code == 1);
}

TEST_CASE("tasks --json says which tasks are due soon, by the workspace's window of working days")
{
    QTemporaryDir dir;
    const WorkspacePlace filePlace(dir, QStringLiteral("t.tuoyu"));
    const QString &file = filePlace.path;
    REQUIRE(
        run({QStringLiteral("new"), file, QStringLiteral("--template"), QStringLiteral("tunliu")})
            .code == 0);
    auto dueSoon = [&](const char *asOf) {
        QStringList deadlines;
        for (const QJsonValue &t : run({QStringLiteral("tasks"), file, QStringLiteral("--as-of"),
                                        QString::fromLatin1(asOf), QStringLiteral("--json")})
                                       .json()
                                       .array())
            if (t.toObject().value(QStringLiteral("due_soon")).toBool())
                deadlines << t.toObject().value(QStringLiteral("deadline")).toString();
        return deadlines;
    };
    // 2024-07-31 is 22 working days after 1 July, 8 after Saturday 20 July: the default window
    // is 10 working days.
    CHECK(dueSoon("2024-07-01").isEmpty());
    const QStringList july = dueSoon("2024-07-20");
    REQUIRE_FALSE(july.isEmpty());
    for (const QString &d : july)
        CHECK(d == QStringLiteral("2024-07-31"));
    CHECK(dueSoon("2024-08-01").isEmpty()); // overdue now, not due soon
}

TEST_CASE("Every verb that names a record says the same thing for an id that is not one")
{
    QTemporaryDir dir;
    const WorkspacePlace place(dir, QStringLiteral("ids.tuoyu"));
    const QString file = newWorkspace(place, QStringLiteral("tunliu"));
    const QString bad = QStringLiteral("7x");
    // The verb's words, the option that names the record, and the exit code: 1 where the id is
    // refused before the workspace is read, 2 for --plan, which is chosen in the workspace.
    const QList<std::tuple<QStringList, QString, int>> cases = {
        {{QStringLiteral("confirm-deadline"), file}, QStringLiteral("task"), 1},
        {{QStringLiteral("subsidy-rule"), file, QStringLiteral("--amount"), QStringLiteral("200")},
         QStringLiteral("rule"),
         1},
        {{QStringLiteral("indicator-average"), file, QStringLiteral("--scope"),
          QStringLiteral("全省"), QStringLiteral("--value"), QStringLiteral("1"),
          QStringLiteral("--date"), QStringLiteral("2025-06-30"), QStringLiteral("--source"),
          QStringLiteral("统计公报")},
         QStringLiteral("indicator"),
         1},
        {{QStringLiteral("indicator-achieved"), file, QStringLiteral("--achieved"),
          QStringLiteral("是"), QStringLiteral("--date"), QStringLiteral("2025-06-30"),
          QStringLiteral("--source"), QStringLiteral("督查")},
         QStringLiteral("indicator"),
         1},
        {{QStringLiteral("tasks"), file, QStringLiteral("--json")}, QStringLiteral("plan"), 2},
        {{QStringLiteral("subsidies"), file, QStringLiteral("--json")}, QStringLiteral("plan"), 2},
    };
    for (const auto &[words, option, code] : cases) {
        const Run r = run(words + QStringList{QStringLiteral("--") + option, bad});
        INFO(words.join(QLatin1Char(' ')).toStdString() << " --" << option.toStdString());
        CHECK(r.code == code);
        oneLine(r);
        CHECK(r.err == QStringLiteral("tuoyu-desk: --%1 应为编号，不是“%2”\n").arg(option, bad));
    }
}
