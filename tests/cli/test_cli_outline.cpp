// The outline editor's verbs: a blank workspace made into a plan from the command line, its
// items moved, copied and deleted, its departments renamed and merged.

#include "clirun.h"
#include "core/testworkspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using tuoyu::test::oneLine;
using tuoyu::test::Run;
using tuoyu::test::run;
using tuoyu::test::WorkspacePlace;

namespace {

/// Runs a verb that must succeed with --json; its JSON object.
QJsonObject ok(const QStringList &args)
{
    const Run r = run(args + QStringList{QStringLiteral("--json")});
    INFO(args.join(QLatin1Char(' ')).toStdString() + " → " + r.err.toStdString());
    REQUIRE(r.code == 0);
    return r.json().object();
}

qint64 idOf(const QJsonObject &o)
{
    return o.value(QStringLiteral("id")).toInteger();
}

QString n(qint64 id)
{
    return QString::number(id);
}

} // namespace

TEST_CASE("outline verbs: a blank plan built, moved, copied and cut on the command line")
{
    QTemporaryDir dir;
    const WorkspacePlace wPlace(dir, QStringLiteral("w.tuoyu"));
    const QString &w = wPlace.path;
    REQUIRE(run({QStringLiteral("new"), w, QStringLiteral("--template"), QStringLiteral("blank")})
                .code == 0);
    const QString help = QString::fromUtf8(run({QStringLiteral("--help")}).out);
    for (const char *verb : {"outline FILE", "program-add", "project-add", "task-add", "task-edit",
                             "outline-rename", "outline-move", "outline-delete", "outline-copy",
                             "departments FILE", "department-rename", "department-merge"})
        CHECK(help.contains(QString::fromLatin1(verb)));

    const QJsonObject p1 = ok({QStringLiteral("program-add"), w, QStringLiteral("--title"),
                               QStringLiteral("服务供给扩容工程")});
    CHECK(p1.value(QStringLiteral("number")).toString() == QStringLiteral("（一）"));
    const QJsonObject p2 = ok({QStringLiteral("program-add"), w, QStringLiteral("--title"),
                               QStringLiteral("群众托育减负工程")});
    const QJsonObject j1 = ok({QStringLiteral("project-add"), w, QStringLiteral("--program"),
                               n(idOf(p1)), QStringLiteral("--title"), QStringLiteral("公办托育")});
    const QJsonObject j2 = ok({QStringLiteral("project-add"), w, QStringLiteral("--program"),
                               n(idOf(p2)), QStringLiteral("--title"), QStringLiteral("激励奖补")});
    CHECK(j2.value(QStringLiteral("number")).toString() == QStringLiteral("2"));
    const QJsonObject t1 =
        ok({QStringLiteral("task-add"), w, QStringLiteral("--project"), n(idOf(j1)),
            QStringLiteral("--text"), QStringLiteral("增加120个托位"), QStringLiteral("--deadline"),
            QStringLiteral("2024年7月"), QStringLiteral("--lead"), QStringLiteral("区卫体局"),
            QStringLiteral("--co"), QStringLiteral("区财政局、区教育局")});
    CHECK(t1.value(QStringLiteral("number")).toString() == QStringLiteral("（1）"));
    ok({QStringLiteral("task-add"), w, QStringLiteral("--after"), n(idOf(t1)),
        QStringLiteral("--text"), QStringLiteral("完成备案")});

    QJsonObject outline = ok({QStringLiteral("outline"), w});
    QJsonArray programs = outline.value(QStringLiteral("programs")).toArray();
    REQUIRE(programs.size() == 2);
    QJsonObject task = programs[0]
                           .toObject()
                           .value(QStringLiteral("projects"))
                           .toArray()[0]
                           .toObject()
                           .value(QStringLiteral("tasks"))
                           .toArray()[0]
                           .toObject();
    CHECK(task.value(QStringLiteral("deadline")).toString() == QStringLiteral("2024-07-31"));
    CHECK(task.value(QStringLiteral("deadline_text")).toString() == QStringLiteral("2024年7月"));
    CHECK(task.value(QStringLiteral("lead")).toString() == QStringLiteral("区卫体局"));
    CHECK(task.value(QStringLiteral("departments")).toArray().size() == 3);

    // Move the project into the second program, first place: numbers follow.
    ok({QStringLiteral("outline-move"), w, QStringLiteral("--project"), n(idOf(j1)),
        QStringLiteral("--to"), n(idOf(p2)), QStringLiteral("--position"), QStringLiteral("1")});
    programs = ok({QStringLiteral("outline"), w}).value(QStringLiteral("programs")).toArray();
    CHECK(programs[0].toObject().value(QStringLiteral("projects")).toArray().isEmpty());
    const QJsonArray second = programs[1].toObject().value(QStringLiteral("projects")).toArray();
    REQUIRE(second.size() == 2);
    CHECK(second[0].toObject().value(QStringLiteral("title")).toString() ==
          QStringLiteral("公办托育"));
    CHECK(second[0].toObject().value(QStringLiteral("number")).toString() == QStringLiteral("1"));
    CHECK(second[1].toObject().value(QStringLiteral("number")).toString() == QStringLiteral("2"));

    // Copy it back into the first program; delete the original with its tasks.
    const QJsonObject copy = ok({QStringLiteral("outline-copy"), w, QStringLiteral("--project"),
                                 n(idOf(j1)), QStringLiteral("--into"), n(idOf(p1))});
    CHECK(idOf(copy) != idOf(j1));
    const QJsonObject cut =
        ok({QStringLiteral("outline-delete"), w, QStringLiteral("--project"), n(idOf(j1))});
    CHECK(cut.value(QStringLiteral("command")).toString().contains(QStringLiteral("2 项任务")));
    programs = ok({QStringLiteral("outline"), w}).value(QStringLiteral("programs")).toArray();
    const QJsonObject copied =
        programs[0].toObject().value(QStringLiteral("projects")).toArray()[0].toObject();
    CHECK(copied.value(QStringLiteral("tasks")).toArray().size() == 2);
    CHECK(copied.value(QStringLiteral("tasks"))
              .toArray()[0]
              .toObject()
              .value(QStringLiteral("lead"))
              .toString() == QStringLiteral("区卫体局"));

    // Indent, outdent, rename.
    const qint64 copiedTask = copied.value(QStringLiteral("tasks"))
                                  .toArray()[1]
                                  .toObject()
                                  .value(QStringLiteral("id"))
                                  .toInteger();
    const QJsonObject up = ok({QStringLiteral("outline-move"), w, QStringLiteral("--task"),
                               n(copiedTask), QStringLiteral("--outdent")});
    CHECK(up.value(QStringLiteral("level")).toString() == QStringLiteral("project"));
    CHECK(up.value(QStringLiteral("number")).toString() == QStringLiteral("2"));
    ok({QStringLiteral("outline-rename"), w, QStringLiteral("--project"), n(idOf(up)),
        QStringLiteral("--title"), QStringLiteral("机构备案")});
    ok({QStringLiteral("task-edit"), w, QStringLiteral("--task"),
        n(copied.value(QStringLiteral("tasks"))
              .toArray()[0]
              .toObject()
              .value(QStringLiteral("id"))
              .toInteger()),
        QStringLiteral("--deadline"), QStringLiteral("2025年6月底前"), QStringLiteral("--notes"),
        QStringLiteral("与编办共同推进")});

    // Bad input: one line on stderr, nothing changed.
    const QByteArray before = run({QStringLiteral("outline"), w, QStringLiteral("--json")}).out;
    const Run bad = run({QStringLiteral("outline-move"), w, QStringLiteral("--program"),
                         n(idOf(p1)), QStringLiteral("--outdent")});
    CHECK(bad.code == 2);
    oneLine(bad);
    CHECK(bad.err.contains(QStringLiteral("工程已是最高一级")));
    const Run none = run({QStringLiteral("outline-delete"), w});
    CHECK(none.code == 1);
    oneLine(none);
    CHECK(run({QStringLiteral("outline"), w, QStringLiteral("--json")}).out == before);
}

TEST_CASE("department verbs: list, rename and merge two spellings")
{
    QTemporaryDir dir;
    const WorkspacePlace wPlace(dir, QStringLiteral("t.tuoyu"));
    const QString &w = wPlace.path;
    REQUIRE(run({QStringLiteral("new"), w, QStringLiteral("--template"), QStringLiteral("tunliu")})
                .code == 0);
    const QJsonArray tasks =
        run({QStringLiteral("tasks"), w, QStringLiteral("--json")}).json().array();
    REQUIRE(tasks.size() > 2);
    ok({QStringLiteral("task-edit"), w, QStringLiteral("--task"),
        n(tasks[1].toObject().value(QStringLiteral("id")).toInteger()), QStringLiteral("--lead"),
        QStringLiteral("区卫健局")});
    const auto lead = [&w](const QString &name) {
        const QJsonArray list =
            run({QStringLiteral("departments"), w, QStringLiteral("--json")}).json().array();
        for (const auto &d : list)
            if (d.toObject().value(QStringLiteral("name")).toString() == name)
                return d.toObject().value(QStringLiteral("leads")).toInt();
        return -1;
    };
    const int weiti = lead(QStringLiteral("区卫体局"));
    CHECK(lead(QStringLiteral("区卫健局")) == 1);
    const Run clash =
        run({QStringLiteral("department-rename"), w, QStringLiteral("--department"),
             QStringLiteral("区卫健局"), QStringLiteral("--name"), QStringLiteral("区卫体局")});
    CHECK(clash.code == 2);
    oneLine(clash);
    ok({QStringLiteral("department-merge"), w, QStringLiteral("--from"), QStringLiteral("区卫健局"),
        QStringLiteral("--into"), QStringLiteral("区卫体局")});
    CHECK(lead(QStringLiteral("区卫健局")) == -1);
    CHECK(lead(QStringLiteral("区卫体局")) == weiti + 1);
    ok({QStringLiteral("department-rename"), w, QStringLiteral("--department"),
        QStringLiteral("区卫体局"), QStringLiteral("--name"),
        QStringLiteral("区卫生健康和体育局")});
    CHECK(lead(QStringLiteral("区卫生健康和体育局")) == weiti + 1);
    const Run missing =
        run({QStringLiteral("department-merge"), w, QStringLiteral("--from"),
             QStringLiteral("区不存在局"), QStringLiteral("--into"), QStringLiteral("区财政局")});
    CHECK(missing.code == 2);
    oneLine(missing);
}
