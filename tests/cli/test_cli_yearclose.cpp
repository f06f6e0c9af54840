// year-close (年度结转) on the command line, on a shipped three-year plan.

#include "clirun.h"
#include "core/testworkspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace tuoyu::test;

TEST_CASE("year-close carries a year's unfinished tasks, lists unmet targets, refuses twice")
{
    QTemporaryDir dir;
    const WorkspacePlace wPlace(dir, QStringLiteral("tianning.tuoyu"));
    const QString &w = wPlace.path;
    const QStringList made = {QStringLiteral("new"), w, QStringLiteral("--template"),
                              QStringLiteral("tianning")};
    REQUIRE(run(made).code == 0);
    auto taskList = [&w] {
        const Run r = run({QStringLiteral("tasks"), w, QStringLiteral("--json")});
        REQUIRE(r.code == 0);
        return r.json().isArray() ? r.json().array()
                                  : r.json().object().value(QStringLiteral("tasks")).toArray();
    };
    auto yearClose = [&w](const char *year, const char *asOf, QStringList more = {}) {
        return run(QStringList{QStringLiteral("year-close"), w, QStringLiteral("--year"),
                               QString::fromLatin1(year), QStringLiteral("--as-of"),
                               QString::fromLatin1(asOf)} +
                   more);
    };
    // The template prints no deadlines: the officer dates two tasks in 2023, as 督办 does.
    const QJsonArray first = taskList();
    REQUIRE(first.size() >= 2);
    for (int i = 0; i < 2; ++i)
        REQUIRE(run({QStringLiteral("task-edit"), w, QStringLiteral("--task"),
                     QString::number(first[i].toObject().value(QStringLiteral("id")).toInteger()),
                     QStringLiteral("--deadline"), QStringLiteral("2023年底前")})
                    .code == 0);
    const Run early = yearClose("2023", "2023-12-01");
    CHECK(early.code == 2);
    CHECK(early.err.contains(QStringLiteral("2023年度到2023年12月31日才结束")));

    const Run closed = yearClose("2023", "2024-01-08", {QStringLiteral("--json")});
    REQUIRE(closed.code == 0);
    const QJsonObject o = closed.json().object();
    CHECK(o.value(QStringLiteral("year")) == QJsonValue(2023));
    CHECK(o.value(QStringLiteral("carried_into")) == QJsonValue(2024));
    const QJsonArray tasks = o.value(QStringLiteral("unfinished_tasks")).toArray();
    REQUIRE(tasks.size() == 2);
    // Each moved from 2023's end to 2024's.
    for (const QJsonValue &t : tasks)
        CHECK(t[QStringLiteral("old_deadline")].toString() + QLatin1Char('>') +
                  t[QStringLiteral("new_deadline")].toString() ==
              QStringLiteral("2023-12-31>2024-12-31"));
    CHECK(o.value(QStringLiteral("frozen")).toArray().size() > 0);
    CHECK(o.contains(QStringLiteral("unmet")));

    // The carried task keeps its id; its deadline is next year's end in the task list too.
    const qint64 carried = tasks.first().toObject().value(QStringLiteral("id")).toInteger();
    int found = 0;
    for (const QJsonValue &t : taskList())
        if (t.toObject().value(QStringLiteral("id")).toInteger() == carried) {
            ++found;
            CHECK(t.toObject().value(QStringLiteral("deadline")).toString() ==
                  QStringLiteral("2024-12-31"));
        }
    CHECK(found == 1);

    const Run twice = yearClose("2023", "2024-02-01");
    CHECK(twice.code == 2);
    CHECK(twice.err.contains(QStringLiteral("不能再次结转")));
    const Run after = yearClose("2026", "2027-01-05");
    CHECK(after.code == 2);
    CHECK(after.err.contains(QStringLiteral("结束之后，不能结转")));
    CHECK(yearClose("x", "2024-01-08").code == 1);
}
