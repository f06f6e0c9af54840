// The command line's feedback verbs: forms out to every department, a filled one merged back
// with --dry-run first, then for real, then again (nothing changes the second time).

#include "clirun.h"
#include "externaltool.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace tuoyu::test;

TEST_CASE("feedback-out --all, then feedback-in --dry-run, for real, and again")
{
    if (!requirePythonModule("openpyxl", "python3-openpyxl"))
        return;
    QTemporaryDir dir;
    const QString w = dir.filePath(QStringLiteral("w.tuoyu"));
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
    const QString w = dir.filePath(QStringLiteral("w.tuoyu"));
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
