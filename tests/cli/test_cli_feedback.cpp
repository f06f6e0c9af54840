// The command line's feedback verbs: forms out to every department, a filled one merged back
// with --dry-run first, then for real, then again (nothing changes the second time).

#include "clirun.h"
#include "core/testworkspace.h"
#include "externaltool.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace tuoyu::test;

namespace {

/// A workspace at `place` with the tunliu plan, and `department`'s form written to form.xlsx in
/// `dir`, as of 30 June 2025. The workspace's path; the form's is dir/form.xlsx.
QString workspaceWithForm(const QTemporaryDir &dir, const WorkspacePlace &place,
                          const QString &department)
{
    const QString &w = place.path;
    REQUIRE(run({QStringLiteral("new"), w, QStringLiteral("--template"), QStringLiteral("tunliu")})
                .code == 0);
    const Run out =
        run({QStringLiteral("feedback-out"), w, QStringLiteral("--department"), department,
             QStringLiteral("--out"), dir.filePath(QStringLiteral("form.xlsx")),
             QStringLiteral("--as-of"), QStringLiteral("2025-06-30")});
    INFO(out.err.toStdString());
    REQUIRE(out.code == 0);
    return w;
}

/// dir/form.xlsx filled by tests/data/feedback/fill.py with `edits` (its JSON) as dir/reply.xlsx.
QString filledReply(const QTemporaryDir &dir, const QString &edits)
{
    const QString filled = dir.filePath(QStringLiteral("reply.xlsx"));
    const QString editsPath = dir.filePath(QStringLiteral("edits.json"));
    if (QFile e(editsPath); e.open(QIODevice::WriteOnly))
        REQUIRE(e.write(edits.toUtf8()) > 0);
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(TUOYU_TEST_DATA_DIR "/feedback/fill.py"),
                  dir.filePath(QStringLiteral("form.xlsx")), filled, editsPath});
    REQUIRE(python.waitForFinished(60000));
    REQUIRE(python.exitCode() == 0);
    return filled;
}

} // namespace

TEST_CASE("feedback-out --all, then feedback-in --dry-run, for real, and again")
{
    if (!requirePythonModule("openpyxl", "python3-openpyxl"))
        return;
    QTemporaryDir dir;
    const WorkspacePlace wPlace(dir, QStringLiteral("w.tuoyu"));
    const QString &w = wPlace.path;
    REQUIRE(run({QStringLiteral("new"), w, QStringLiteral("--template"), QStringLiteral("tunliu")})
                .code == 0);
    const QString forms = dir.filePath(QStringLiteral("forms"));
    const Run out = run(
        {QStringLiteral("feedback-out"), w, QStringLiteral("--all"), QStringLiteral("--out"), forms,
         QStringLiteral("--as-of"), QStringLiteral("2025-06-30"), QStringLiteral("--round"),
         QStringLiteral("二季度"), QStringLiteral("--docx"), QStringLiteral("--json")});
    INFO(out.err.toStdString());
    REQUIRE(out.code == 0);
    const QJsonArray files = out.json().object().value(QStringLiteral("files")).toArray();
    REQUIRE(files.size() > 3);
    CHECK(out.json().object().value(QStringLiteral("due")).toString() ==
          QStringLiteral("2025-07-07"));
    const QString form = files.first().toObject().value(QStringLiteral("file")).toString();
    CHECK(QFileInfo(form).fileName().startsWith(QStringLiteral("反馈表-二季度-")));
    CHECK(QFileInfo::exists(files.first().toObject().value(QStringLiteral("docx")).toString()));

    // Neither --department nor --all; an unknown department.
    CHECK(run({QStringLiteral("feedback-out"), w, QStringLiteral("--out"), forms}).code == 1);
    CHECK(run({QStringLiteral("feedback-out"), w, QStringLiteral("--department"),
               QStringLiteral("不存在局"), QStringLiteral("--out"), forms})
              .code == 2);

    const QString filled = dir.filePath(QStringLiteral("reply.xlsx"));
    const QString edits = dir.filePath(QStringLiteral("edits.json"));
    QFile e(edits);
    REQUIRE(e.open(QIODevice::WriteOnly));
    e.write(QStringLiteral(R"({"rows": {"0": {"本期进展情况": "已完成摸底", "完成百分比": 40},
                                        "1": {"完成百分比": "过半"}}})")
                .toUtf8());
    e.close();
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(TUOYU_TEST_DATA_DIR "/feedback/fill.py"), form, filled, edits});
    REQUIRE(python.waitForFinished(60000));
    REQUIRE(python.exitCode() == 0);

    const QStringList in{QStringLiteral("feedback-in"),
                         w,
                         filled,
                         QStringLiteral("--as-of"),
                         QStringLiteral("2025-07-01"),
                         QStringLiteral("--json")};
    const Run dry = run(in + QStringList{QStringLiteral("--dry-run")});
    INFO(dry.err.toStdString());
    REQUIRE(dry.code == 0);
    const QJsonObject d = dry.json().object();
    CHECK(d.value(QStringLiteral("files")).toInt() == 1);
    CHECK(d.value(QStringLiteral("updated")).toInt() == 1);
    const QJsonArray refused = d.value(QStringLiteral("refused_rows")).toArray();
    REQUIRE(refused.size() == 1);
    CHECK(refused.first()
              .toObject()
              .value(QStringLiteral("message"))
              .toString()
              .contains(QStringLiteral("reply.xlsx 第")));
    CHECK(d.value(QStringLiteral("matched")).toInt() ==
          files.first().toObject().value(QStringLiteral("tasks")).toInt() - 1);

    const Run real = run(in);
    REQUIRE(real.code == 0);
    CHECK(real.json().object().value(QStringLiteral("updated")).toInt() == 1);
    const Run again = run(in);
    REQUIRE(again.code == 0);
    CHECK(again.json().object().value(QStringLiteral("updated")).toInt() == 0);
    CHECK(again.json().object().value(QStringLiteral("unchanged")).toInt() ==
          again.json().object().value(QStringLiteral("matched")).toInt());
}

TEST_CASE("feedback-status lists who replied and writes 催报 notices for the late")
{
    QTemporaryDir dir;
    const WorkspacePlace wPlace(dir, QStringLiteral("w.tuoyu"));
    const QString &w = wPlace.path;
    REQUIRE(run({QStringLiteral("new"), w, QStringLiteral("--template"), QStringLiteral("tunliu")})
                .code == 0);
    const QString forms = dir.filePath(QStringLiteral("forms"));
    REQUIRE(
        run({QStringLiteral("feedback-out"), w, QStringLiteral("--all"), QStringLiteral("--out"),
             forms, QStringLiteral("--as-of"), QStringLiteral("2025-06-30")})
            .code == 0);
    const Run status = run({QStringLiteral("feedback-status"), w, QStringLiteral("--as-of"),
                            QStringLiteral("2025-07-11"), QStringLiteral("--chase"),
                            dir.filePath(QStringLiteral("催报.pdf")), QStringLiteral("--json")});
    INFO(status.err.toStdString());
    REQUIRE(status.code == 0);
    const QJsonArray departments =
        status.json().object().value(QStringLiteral("departments")).toArray();
    REQUIRE(departments.size() > 3);
    for (const auto &d : departments) {
        CHECK(d.toObject().value(QStringLiteral("late")).toBool());
        CHECK(d.toObject().value(QStringLiteral("late_working_days")).toInt() == 4);
    }
    CHECK(QFileInfo(dir.filePath(QStringLiteral("催报.pdf"))).size() > 1000);
}

TEST_CASE("feedback-requests lists the replies' 办结 and 延期 requests, and feedback-approve and "
          "feedback-reject decide them")
{
    if (!requirePythonModule("openpyxl", "python3-openpyxl"))
        return;
    QTemporaryDir dir;
    const WorkspacePlace place(dir, QStringLiteral("w.tuoyu"));
    const QString w = workspaceWithForm(dir, place, QStringLiteral("区卫体局"));
    // Row 0 asks to close, row 1 to extend, row 2 to extend as well.
    const QString filled =
        filledReply(dir, QStringLiteral(R"({"rows": {"0": {"完成百分比": 100, "是否办结": "是"},
        "1": {"申请延期至": {"date": "2027-06-30"}, "延期理由": "用地未落实"},
        "2": {"申请延期至": {"date": "2027-09-30"}, "延期理由": "资金未到位"}}})"));
    REQUIRE(run({QStringLiteral("feedback-in"), w, filled, QStringLiteral("--as-of"),
                 QStringLiteral("2025-07-02")})
                .code == 0);

    const Run listed = run({QStringLiteral("feedback-requests"), w, QStringLiteral("--json")});
    REQUIRE(listed.code == 0);
    const QJsonArray requests = listed.json().object().value(QStringLiteral("requests")).toArray();
    REQUIRE(requests.size() == 3);
    QString closeId, extendId, rejectId;
    for (const auto &v : requests) {
        const QJsonObject r = v.toObject();
        CHECK(r.value(QStringLiteral("status")).toString() == QStringLiteral("pending"));
        CHECK(r.value(QStringLiteral("department")).toString() == QStringLiteral("区卫体局"));
        const QString id = QString::number(r.value(QStringLiteral("id")).toInteger());
        if (r.value(QStringLiteral("kind")).toString() == QStringLiteral("close"))
            closeId = id;
        else if (r.value(QStringLiteral("requested_date")).toString() ==
                 QStringLiteral("2027-06-30"))
            extendId = id;
        else
            rejectId = id;
    }
    REQUIRE(!closeId.isEmpty());
    REQUIRE(!extendId.isEmpty());
    REQUIRE(!rejectId.isEmpty());

    const Run approved =
        run({QStringLiteral("feedback-approve"), w, closeId, extendId, QStringLiteral("--by"),
             QStringLiteral("李主任"), QStringLiteral("--as-of"), QStringLiteral("2025-07-03"),
             QStringLiteral("--json")});
    INFO(approved.err.toStdString());
    REQUIRE(approved.code == 0);
    const QJsonArray decided = approved.json().object().value(QStringLiteral("requests")).toArray();
    REQUIRE(decided.size() == 2);
    for (const auto &v : decided) {
        CHECK(v.toObject().value(QStringLiteral("status")).toString() ==
              QStringLiteral("approved"));
        CHECK(v.toObject().value(QStringLiteral("decided_by")).toString() ==
              QStringLiteral("李主任"));
        CHECK(v.toObject().value(QStringLiteral("decided_at")).toString() ==
              QStringLiteral("2025-07-03"));
    }
    // The extended task carries the new deadline.
    for (const auto &v : decided)
        if (v.toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("extend"))
            CHECK(v.toObject().value(QStringLiteral("deadline")).toString() ==
                  QStringLiteral("2027-06-30"));
    // A decided request is not decided again; a rejection needs its reason.
    const Run again = run({QStringLiteral("feedback-approve"), w, closeId});
    CHECK(again.code == 2);
    CHECK(again.err.contains(QStringLiteral("已处理")));
    CHECK(run({QStringLiteral("feedback-reject"), w, rejectId}).code == 1);
    const Run rejected =
        run({QStringLiteral("feedback-reject"), w, rejectId, QStringLiteral("--reason"),
             QStringLiteral("理由不充分"), QStringLiteral("--json")});
    REQUIRE(rejected.code == 0);
    const QJsonObject r =
        rejected.json().object().value(QStringLiteral("requests")).toArray().first().toObject();
    CHECK(r.value(QStringLiteral("status")).toString() == QStringLiteral("rejected"));
    CHECK(r.value(QStringLiteral("decision_note")).toString() == QStringLiteral("理由不充分"));
    // Nothing left pending; --all lists all three with their decisions.
    CHECK(run({QStringLiteral("feedback-requests"), w, QStringLiteral("--json")})
              .json()
              .object()
              .value(QStringLiteral("requests"))
              .toArray()
              .isEmpty());
    CHECK(run({QStringLiteral("feedback-requests"), w, QStringLiteral("--all"),
               QStringLiteral("--json")})
              .json()
              .object()
              .value(QStringLiteral("requests"))
              .toArray()
              .size() == 3);
}

TEST_CASE("A returned form imports through the import pipeline as the reply kind")
{
    if (!requirePythonModule("openpyxl", "python3-openpyxl"))
        return;
    QTemporaryDir dir;
    const WorkspacePlace place(dir, QStringLiteral("w.tuoyu"));
    const QString w = workspaceWithForm(dir, place, QStringLiteral("区卫体局"));
    const QString filled = filledReply(
        dir,
        QStringLiteral(
            R"({"reverse": true, "rows": {"0": {"本期进展情况": "已完成摸底", "完成百分比": 40},
                                        "1": {"完成百分比": "过半"}}})"));

    const Run imported = run({QStringLiteral("import"), w, filled, QStringLiteral("--json")});
    INFO(imported.err.toStdString());
    REQUIRE(imported.code == 0);
    const QJsonObject r = imported.json().object();
    CHECK(r.value(QStringLiteral("kind")).toString() == QStringLiteral("feedback"));
    CHECK(r.value(QStringLiteral("updated")).toInt() == 1);
    CHECK(r.value(QStringLiteral("refused")).toInt() == 1);
    CHECK(r.value(QStringLiteral("refused_rows"))
              .toArray()
              .first()
              .toObject()
              .value(QStringLiteral("reason"))
              .toString()
              .contains(QStringLiteral("完成百分比“过半”")));
    // Merged by feedback-in as well, the same reply changes nothing more.
    const Run again = run({QStringLiteral("feedback-in"), w, filled, QStringLiteral("--json")});
    REQUIRE(again.code == 0);
    CHECK(again.json().object().value(QStringLiteral("updated")).toInt() == 0);
}
