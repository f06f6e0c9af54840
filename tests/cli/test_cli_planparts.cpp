// The verbs that write a plan's parts by hand, run as scripts run them: the real binary, its
// JSON on stdout, one line on stderr and the exit code.

#include "clirun.h"
#include "core/testworkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace tuoyu::test;

namespace {

/// Runs a verb that must succeed and returns its JSON.
QJsonDocument ok(const QStringList &args)
{
    const Run r = run(args);
    INFO(args.join(QLatin1Char(' ')).toStdString() + " → " + r.err.toStdString());
    REQUIRE(r.code == 0);
    return r.json();
}

/// A refusal: the exit code and one line on stderr naming the program.
void refused(const QStringList &args, int code, const QString &words)
{
    const Run r = run(args);
    INFO(r.err.toStdString());
    CHECK(r.code == code);
    oneLine(r);
    CHECK(r.err.contains(words));
}

QString S(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

TEST_CASE("A blank workspace filled from the command line: header, indicators, group, areas")
{
    QTemporaryDir dir;
    const WorkspacePlace filePlace(dir, QStringLiteral("w.tuoyu"));
    const QString &file = filePlace.path;
    ok({S("new"), file, S("--template"), S("blank")});

    const QJsonObject plan =
        ok({S("plan-edit"), file, S("--title"), S("某区普惠托育三年行动方案"), S("--short-title"),
            S("三年行动"), S("--start"), S("2024-01-01"), S("--end"), S("2026-12-31"),
            S("--issuing-units"), S("区卫健局、区财政局"), S("--source-document"),
            S("某政办发〔2024〕1号"), S("--json")})
            .object();
    CHECK(plan.value(S("title")).toString() == S("某区普惠托育三年行动方案"));
    CHECK(plan.value(S("short_title")).toString() == S("三年行动"));
    CHECK(plan.value(S("period_end")).toString() == S("2026-12-31"));
    CHECK(plan.value(S("issuing_units")).toArray().size() == 2);
    CHECK(ok({S("plan-show"), file, S("--json")}).object() == plan);

    const QJsonArray formulas = ok({S("indicator-formulas"), S("--json")}).array();
    REQUIRE(formulas.size() > 10);
    CHECK(formulas.first().toObject().value(S("definition")).toString() == S("机构名单托位数合计"));

    QJsonArray indicators =
        ok({S("indicator-add"), file, S("--name"), S("每千人口托位数"), S("--tier"), S("数量"),
            S("--unit"), S("个"), S("--formula"), S("slots_per_1000_population"), S("--targets"),
            S("2024=4,2025=4.5,2026=5"), S("--json")})
            .array();
    REQUIRE(indicators.size() == 1);
    QJsonObject ind = indicators.first().toObject();
    CHECK(ind.value(S("targets")).toArray().size() == 3);
    const QString id = QString::number(ind.value(S("id")).toInteger());
    indicators = ok({S("indicator-edit"), file, S("--indicator"), id, S("--direction"), S("<="),
                     S("--targets"), S("2026=5.5"), S("--json")})
                     .array();
    ind = indicators.first().toObject();
    CHECK(ind.value(S("direction")).toString() == S("<="));
    CHECK(ind.value(S("name")).toString() == S("每千人口托位数"));
    REQUIRE(ind.value(S("targets")).toArray().size() == 1);
    CHECK(ind.value(S("targets")).toArray().first().toObject().value(S("value")).toDouble() == 5.5);
    // The engine evaluates it like a template's.
    const QJsonArray evaluated = ok({S("indicators"), file, S("--json")}).array();
    CHECK(evaluated.first().toObject().value(S("formula")).toString() ==
          S("slots_per_1000_population"));

    refused({S("indicator-add"), file, S("--name"), S("x"), S("--targets"), S("2025:5")}, 1,
            S("--targets 应写作"));
    refused({S("indicator-add"), file, S("--name"), S("x"), S("--formula"), S("nope")}, 2,
            S("公式“nope”不在公式列表中"));
    refused({S("indicator-delete"), file, S("--indicator"), S("abc")}, 1, S("--indicator"));
    ok({S("indicator-delete"), file, S("--indicator"), id});
    CHECK(ok({S("indicators"), file, S("--json")}).array().isEmpty());

    const QJsonObject withGroup = ok({S("group-add"), file, S("--role"), S("组长"), S("--name"),
                                      S("张三"), S("--position"), S("副区长"), S("--json")})
                                      .object();
    const QJsonArray group = withGroup.value(S("leading_group")).toArray();
    REQUIRE(group.size() == 1);
    const QString member = QString::number(group.first().toObject().value(S("id")).toInteger());
    CHECK(
        ok({S("group-edit"), file, S("--member"), member, S("--position"), S("区长"), S("--json")})
            .object()
            .value(S("leading_group"))
            .toArray()
            .first()
            .toObject()
            .value(S("position"))
            .toString() == S("区长"));
    ok({S("group-delete"), file, S("--member"), member});

    QJsonArray areas =
        ok({S("area-add"), file, S("--name"), S("城关镇"), S("--kind"), S("乡镇"), S("--json")})
            .array();
    REQUIRE(areas.size() == 1);
    const QString area = QString::number(areas.first().toObject().value(S("id")).toInteger());
    areas = ok({S("area-edit"), file, S("--area"), area, S("--name"), S("城关街道"), S("--kind"),
                S("街道"), S("--json")})
                .array();
    CHECK(areas.first().toObject().value(S("name")).toString() == S("城关街道"));
    refused({S("area-add"), file, S("--name"), S("城关街道")}, 2, S("已有乡镇（街道）“城关街道”"));

    // The decomposition table laid out, filled by the grid's command elsewhere, and taken apart.
    ok({S("decomposition-item-add"), file, S("--name"), S("新增托位数"), S("--unit"), S("个")});
    ok({S("decomposition-year-add"), file, S("--year"), S("2025")});
    QJsonObject layout =
        ok({S("decomposition-column-add"), file, S("--area"), S("城关街道"), S("--json")}).object();
    CHECK(layout.value(S("items")).toArray().size() == 1);
    CHECK(layout.value(S("years")).toArray() == QJsonArray{2025});
    CHECK(layout.value(S("columns")).toArray().first().toObject().value(S("name")).toString() ==
          S("城关街道"));
    refused({S("decomposition-column-add"), file, S("--area"), S("无此镇")}, 2,
            S("没有乡镇（街道）“无此镇”"));
    const QString item = QString::number(
        layout.value(S("items")).toArray().first().toObject().value(S("id")).toInteger());
    layout = ok({S("decomposition-item-delete"), file, S("--item"), item, S("--json")}).object();
    CHECK(layout.value(S("items")).toArray().isEmpty());
    ok({S("area-delete"), file, S("--area"), area});
    CHECK(ok({S("areas"), file, S("--json")}).array().isEmpty());
    CHECK(ok({S("decomposition-layout"), file, S("--json")})
              .object()
              .value(S("columns"))
              .toArray()
              .isEmpty());
}

TEST_CASE("plan-new adds a second plan: blank with a title, from a template, from a file")
{
    QTemporaryDir dir;
    const WorkspacePlace filePlace(dir, QStringLiteral("w.tuoyu"));
    const QString &file = filePlace.path;
    ok({S("new"), file, S("--template"), S("tunliu")});
    const QJsonArray institutionsBefore = ok({S("institutions"), file, S("--json")}).array();
    const QJsonObject second =
        ok({S("plan-new"), file, S("--title"), S("2026年托育服务提质方案"), S("--json")}).object();
    CHECK(second.value(S("title")).toString() == S("2026年托育服务提质方案"));
    ok({S("plan-new"), file, S("--template"), S("huancui")});
    CHECK(ok({S("plans"), file, S("--json")}).array().size() == 3);
    // The registry is the district's: another district's template brings none of its own.
    CHECK(ok({S("institutions"), file, S("--json")}).array() == institutionsBefore);

    refused({S("plan-new"), file, S("--template"), S("nope")}, 2, S("没有模板“nope”"));
    refused({S("plan-new"), file, S("--template"), S("blank"), S("--template-file"), S("x.json")},
            1, S("只能选一个"));
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QFile f(bad);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("not json");
    f.close();
    refused({S("plan-new"), file, S("--template-file"), bad}, 2, S("bad.json"));
    CHECK(ok({S("plans"), file, S("--json")}).array().size() == 3);

    // Deleting one: --plan is required, and the plan goes with what is its own.
    refused({S("plan-delete"), file}, 1, S("--plan"));
    const QString id = QString::number(second.value(S("id")).toInteger());
    ok({S("plan-delete"), file, S("--plan"), id});
    const QJsonArray left = ok({S("plans"), file, S("--json")}).array();
    CHECK(left.size() == 2);
    for (const auto &p : left)
        CHECK(p.toObject().value(S("id")).toInteger() != second.value(S("id")).toInteger());
}
