// The command line's task-table and template-file verbs: export a plan as a table, import it
// into a new plan with --plan new, save a plan as a template file and make a workspace from it.

#include "clirun.h"
#include "core/testworkspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace tuoyu::test;

TEST_CASE("export --what plan, then import --plan new --json into a blank workspace, then again")
{
    QTemporaryDir dir;
    const WorkspacePlace sourcePlace(dir, QStringLiteral("s.tuoyu"));
    const QString &source = sourcePlace.path;
    const WorkspacePlace blankPlace(dir, QStringLiteral("b.tuoyu"));
    const QString &blank = blankPlace.path;
    REQUIRE(
        run({QStringLiteral("new"), source, QStringLiteral("--template"), QStringLiteral("tunliu")})
            .code == 0);
    REQUIRE(run({QStringLiteral("new"), blank}).code == 0);
    for (const QString &suffix : {QStringLiteral("xlsx"), QStringLiteral("docx")}) {
        const QString table = dir.filePath(QStringLiteral("plan.") + suffix);
        const Run exported = run({QStringLiteral("export"), source, QStringLiteral("--what"),
                                  QStringLiteral("plan"), QStringLiteral("--out"), table});
        INFO(exported.err.toStdString());
        REQUIRE(exported.code == 0);
    }
    const QString table = dir.filePath(QStringLiteral("plan.xlsx"));
    const Run dry =
        run({QStringLiteral("import"), blank, table, QStringLiteral("--plan"),
             QStringLiteral("new"), QStringLiteral("--dry-run"), QStringLiteral("--json")});
    INFO(dry.err.toStdString());
    REQUIRE(dry.code == 0);
    const Run imported = run({QStringLiteral("import"), blank, table, QStringLiteral("--plan"),
                              QStringLiteral("new"), QStringLiteral("--json")});
    REQUIRE(imported.code == 0);
    const QJsonObject o = imported.json().object();
    CHECK(o.value(QStringLiteral("kind")).toString() == QStringLiteral("tasks"));
    CHECK(o.value(QStringLiteral("programs")).toInt() == 3);
    CHECK(o.value(QStringLiteral("projects")).toInt() == 10);
    CHECK(o.value(QStringLiteral("tasks")).toInt() == 10);
    CHECK(o.value(QStringLiteral("inserted")).toInt() == 10);
    CHECK(o.value(QStringLiteral("refused_rows")).toArray().isEmpty());
    CHECK(dry.json().object().value(QStringLiteral("inserted")).toInt() == 10);
    const int plan = o.value(QStringLiteral("plan")).toInt();
    CHECK(plan > 0);

    const Run again = run({QStringLiteral("import"), blank, table, QStringLiteral("--plan"),
                           QString::number(plan), QStringLiteral("--json")});
    REQUIRE(again.code == 0);
    CHECK(again.json().object().value(QStringLiteral("unchanged")).toInt() == 10);
    CHECK(again.json().object().value(QStringLiteral("inserted")).toInt() == 0);

    const Run wrong =
        run({QStringLiteral("export"), source, QStringLiteral("--what"), QStringLiteral("plan"),
             QStringLiteral("--out"), dir.filePath(QStringLiteral("plan.csv"))});
    CHECK(wrong.code == 1);
    oneLine(wrong);
}

TEST_CASE("template-save, then new --template-file gives the same tasks")
{
    QTemporaryDir dir;
    const WorkspacePlace sourcePlace(dir, QStringLiteral("s.tuoyu"));
    const QString &source = sourcePlace.path;
    const WorkspacePlace copyPlace(dir, QStringLiteral("c.tuoyu"));
    const QString &copy = copyPlace.path;
    const QString json = dir.filePath(QStringLiteral("计划.json"));
    REQUIRE(run({QStringLiteral("new"), source, QStringLiteral("--template"),
                 QStringLiteral("tianning")})
                .code == 0);
    const Run saved = run({QStringLiteral("template-save"), source, QStringLiteral("--out"), json});
    INFO(saved.err.toStdString());
    REQUIRE(saved.code == 0);
    const Run made = run({QStringLiteral("new"), copy, QStringLiteral("--template-file"), json});
    INFO(made.err.toStdString());
    REQUIRE(made.code == 0);
    auto tasks = [](const QString &file) {
        QJsonArray list =
            run({QStringLiteral("tasks"), file, QStringLiteral("--json")}).json().array();
        for (auto &&v : list) {
            QJsonObject t = v.toObject();
            t.remove(QStringLiteral("id"));
            v = t;
        }
        return list;
    };
    CHECK(tasks(copy) == tasks(source));
    CHECK(tasks(copy).size() == 15);
    const Run notTemplate = run({QStringLiteral("new"), dir.filePath(QStringLiteral("x.tuoyu")),
                                 QStringLiteral("--template-file"), source});
    CHECK(notTemplate.code == 2);
    oneLine(notTemplate);
}
