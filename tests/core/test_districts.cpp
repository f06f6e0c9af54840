// Many districts on one PostgreSQL server (docs/server.md, districts and roles; the `pg`
// fixture's throwaway server): a schema per district, server-init's roles, the role test (an
// officer cannot reach another district even in hand-written SQL; the city reads every district
// and writes none) and the city view summed over the districts.

#include "city/cityview.h"
#include "city/serverinit.h"
#include "commands/areacommands.h"
#include "commands/demoworkspace.h"
#include "commands/institutioncommands.h"
#include "commands/plancommands.h"
#include "ledgers/ledgers.h"
#include "session/servertransfer.h"
#include "storage/postgresql/postgresqlurl.h"
#include "testcityserver.h"
#include "testworkspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace tuoyu;
using test::CityServer;
using test::RawConnection;

namespace {

bool addArea(Workspace *ws, const QString &name, QString *error)
{
    return ws->execute(areacommands::add(ws, name, QString(), error), error);
}

void requireArea(Workspace *ws, const QString &name)
{
    QString error;
    const bool added = addArea(ws, name, &error);
    INFO(error.toStdString());
    REQUIRE(added);
}

std::unique_ptr<Workspace> openAs(const QString &address)
{
    QString error;
    auto ws = Workspace::open(address, &error);
    INFO(address.toStdString() << ": " << error.toStdString());
    REQUIRE(ws);
    return ws;
}

} // namespace

TEST_CASE("Districts share one database, each in a schema of its own with its own write lock",
          "[postgresql][districts]")
{
    if (!test::serverTestsRun())
        return;
    CityServer s;
    QString error;
    auto a = Workspace::create(s.address(QStringLiteral("甲区")), &error);
    INFO(error.toStdString());
    REQUIRE(a);
    auto b = Workspace::create(s.address(QStringLiteral("乙区")), &error);
    REQUIRE(b);
    requireArea(a.get(), QStringLiteral("城关镇"));
    requireArea(b.get(), QStringLiteral("东关镇"));
    requireArea(b.get(), QStringLiteral("西关镇"));
    CHECK(test::scalar(a.get(), QStringLiteral("SELECT COUNT(*) FROM area")) == 1);
    CHECK(test::scalar(b.get(), QStringLiteral("SELECT COUNT(*) FROM area")) == 2);
    CHECK(test::scalar(a.get(), QStringLiteral("SELECT COUNT(*) FROM district WHERE name = "
                                               "'甲区'")) == 1);
    CHECK(test::scalar(b.get(), QStringLiteral("SELECT COUNT(*) FROM district WHERE name = "
                                               "'乙区'")) == 1);
    RawConnection admin(s.server);
    CHECK(admin
              .value(QStringLiteral("SELECT string_agg(name, ',' ORDER BY name) FROM "
                                    "tuoyu.districts"))
              .toString() == QStringLiteral("乙区,甲区"));
    CHECK(admin.value(QStringLiteral("SELECT COUNT(*) FROM \"乙区\".area")).toInt() == 2);

    // A writer of 甲区 holding its lock does not hold up 乙区.
    {
        Workspace::WriteLock lock(a.get());
        REQUIRE(lock.isOpen());
        QElapsedTimer waited;
        waited.start();
        requireArea(b.get(), QStringLiteral("南关镇"));
        CHECK(waited.elapsed() < 2000);
    }

    a.reset();
    CHECK_FALSE(Workspace::create(s.address(QStringLiteral("甲区")), &error));
    CHECK(error.contains(QStringLiteral("已有工作台")));
    auto again = openAs(s.address(QStringLiteral("甲区")));
    CHECK(test::scalar(again.get(), QStringLiteral("SELECT COUNT(*) FROM area")) == 1);
    CHECK_FALSE(Workspace::open(s.address(QStringLiteral("丙区")), &error));
    CHECK(error.contains(QStringLiteral("还没有工作台")));
    // A name that cannot be a schema is refused before anything is made.
    CHECK_FALSE(Workspace::create(s.address(QStringLiteral("pg_区")), &error));
    CHECK(error.contains(QStringLiteral("保留")));
}

TEST_CASE("server-init adds a district with its officer and the city role, and only once",
          "[postgresql][districts]")
{
    if (!test::serverTestsRun())
        return;
    CityServer s;
    const QString officer = s.role(QStringLiteral("a"));
    const QString city = s.role(QStringLiteral("city"));
    QString error;
    int asked = 0;
    REQUIRE(s.init(QStringLiteral("甲区"), officer, city, &error, &asked) ==
            serverinit::Outcome::Created);
    INFO(error.toStdString());
    CHECK(asked == 1);
    RawConnection admin(s.server);
    CHECK(admin
              .value(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = '%1'")
                         .arg(officer))
              .toBool());
    CHECK_FALSE(admin
                    .value(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = "
                                          "'%1'")
                               .arg(city))
                    .toBool());
    // The server keeps a hash of the password, not the password.
    const QString stored =
        admin
            .value(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = '%1'")
                       .arg(officer))
            .toString();
    CHECK(stored.startsWith(QStringLiteral("SCRAM-SHA-256$")));
    CHECK_FALSE(stored.contains(QStringLiteral("区县-密码-1")));
    // Every object of the district is its officer's.
    CHECK(admin
              .value(QStringLiteral("SELECT COUNT(*) FROM pg_tables WHERE schemaname = '甲区' "
                                    "AND tableowner <> '%1'")
                         .arg(officer))
              .toInt() == 0);
    CHECK(admin.value(QStringLiteral("SELECT COUNT(*) FROM pg_tables WHERE schemaname = '甲区'"))
              .toInt() > 20);
    const QString before = admin
                               .value(QStringLiteral("SELECT string_agg(tablename || tableowner, "
                                                     "',' ORDER BY tablename) FROM pg_tables"))
                               .toString();

    // Again: said, and nothing changed (no password asked).
    REQUIRE(s.init(QStringLiteral("甲区"), officer, city, &error, &asked) ==
            serverinit::Outcome::AlreadyThere);
    CHECK(error.contains(QStringLiteral("已有区县“甲区”，未作任何改动")));
    CHECK(asked == 1);
    CHECK(admin
              .value(QStringLiteral("SELECT string_agg(tablename || tableowner, ',' ORDER BY "
                                    "tablename) FROM pg_tables"))
              .toString() == before);

    // No password for a new officer: nothing is made.
    serverinit::Request r;
    r.server = s.server;
    r.district = QStringLiteral("乙区");
    r.officer = s.role(QStringLiteral("b"));
    r.password = [] { return QString(); };
    QStringList done;
    CHECK(serverinit::addDistrict(r, &done, &error) == serverinit::Outcome::Failed);
    CHECK(error.contains(QStringLiteral("没有给出经办人")));
    CHECK(admin.value(QStringLiteral("SELECT COUNT(*) FROM tuoyu.districts")).toInt() == 1);

    // A database with someone else's tables is not touched.
    CityServer other;
    RawConnection(other.server).exec(QStringLiteral("CREATE TABLE public.payroll (id INTEGER)"));
    CHECK(other.init(QStringLiteral("甲区"), other.role(QStringLiteral("a")), QString(), &error) ==
          serverinit::Outcome::Failed);
    CHECK(error.contains(QStringLiteral("public.payroll")));
    CHECK(RawConnection(other.server)
              .value(QStringLiteral("SELECT to_regnamespace('tuoyu') IS NULL"))
              .toBool());
}

TEST_CASE("An officer cannot read or change another district even in SQL, and the city reads "
          "every district and writes none",
          "[postgresql][districts][roles]")
{
    if (!test::serverTestsRun())
        return;
    CityServer s;
    s.twoDistricts();
    const QString a = s.officerA;
    const QString b = s.officerB;
    const QString reader = s.reader;
    QString error;

    // Each officer works in their own district through the program.
    {
        auto ws = openAs(s.as(a, QStringLiteral("甲区")));
        CHECK_FALSE(ws->isReadOnly());
        requireArea(ws.get(), QStringLiteral("城关镇"));
    }
    {
        auto ws = openAs(s.as(b, QStringLiteral("乙区")));
        requireArea(ws.get(), QStringLiteral("东关镇"));
        requireArea(ws.get(), QStringLiteral("西关镇"));
    }
    CHECK_FALSE(Workspace::open(s.as(a, QStringLiteral("乙区")), &error));
    CHECK(error.contains(QStringLiteral("无权进入区县“乙区”")));

    // Officer a's hand-written SQL on 乙区: permission denied (42501), every time.
    {
        RawConnection officer(s.as(a));
        const QStringList refused = {
            QStringLiteral("SELECT COUNT(*) FROM \"乙区\".area"),
            QStringLiteral("SELECT * FROM \"乙区\".institution"),
            QStringLiteral("UPDATE \"乙区\".area SET name = 'x'"),
            QStringLiteral("DELETE FROM \"乙区\".area"),
            QStringLiteral("INSERT INTO \"乙区\".area (name) VALUES ('x')"),
            QStringLiteral("CREATE TABLE \"乙区\".planted (x INTEGER)"),
            QStringLiteral("CREATE SCHEMA planted"),
            QStringLiteral("INSERT INTO tuoyu.districts (name, added_at) VALUES ('x', 'y')"),
            QStringLiteral("DELETE FROM tuoyu.districts"),
        };
        for (const QString &sql : refused) {
            INFO(sql.toStdString());
            CHECK(officer.failure(sql) == QStringLiteral("42501"));
        }
        // Its own district it reads and writes.
        CHECK(officer.value(QStringLiteral("SELECT COUNT(*) FROM \"甲区\".area")).toInt() == 1);
        CHECK(officer.failure(QStringLiteral("UPDATE \"甲区\".area SET name = name")).isEmpty());
        // A table a later migration makes stays readable by the city (default privileges).
        officer.exec(QStringLiteral("CREATE TABLE \"甲区\".later_step (x INTEGER)"));
    }
    RawConnection(s.as(b)).exec(QStringLiteral("SELECT COUNT(*) FROM \"乙区\".area"));

    // The city reads both, writes neither.
    {
        RawConnection cityReader(s.as(reader));
        CHECK(cityReader.value(QStringLiteral("SELECT COUNT(*) FROM \"甲区\".area")).toInt() == 1);
        CHECK(cityReader.value(QStringLiteral("SELECT COUNT(*) FROM \"乙区\".area")).toInt() == 2);
        CHECK(cityReader.failure(QStringLiteral("SELECT * FROM \"甲区\".later_step")).isEmpty());
        const QStringList refused = {
            QStringLiteral("UPDATE \"甲区\".area SET name = 'x'"),
            QStringLiteral("DELETE FROM \"乙区\".area"),
            QStringLiteral("INSERT INTO \"乙区\".area (name) VALUES ('x')"),
            QStringLiteral("CREATE TABLE \"甲区\".planted (x INTEGER)"),
            QStringLiteral("TRUNCATE \"乙区\".area CASCADE"),
        };
        for (const QString &sql : refused) {
            INFO(sql.toStdString());
            CHECK(cityReader.failure(sql) == QStringLiteral("42501"));
        }
    }
    // Through the program, the city's workspace of a district is read-only.
    auto seen = openAs(s.as(reader, QStringLiteral("乙区")));
    CHECK(seen->access() == Database::Access::ReadOnlyRole);
    CHECK(test::scalar(seen.get(), QStringLiteral("SELECT COUNT(*) FROM area")) == 2);
    CHECK_FALSE(addArea(seen.get(), QStringLiteral("南关镇"), &error));
    CHECK(test::scalar(seen.get(), QStringLiteral("SELECT COUNT(*) FROM area")) == 2);
}

TEST_CASE("The city view sums the districts and computes its ratios from the sums",
          "[postgresql][districts][city]")
{
    if (!test::serverTestsRun())
        return;
    CityServer s;
    s.twoDistricts();
    const QString a = s.officerA;
    const QString b = s.officerB;
    const QString reader = s.reader;
    QString error;
    const QDate asOf = demoworkspace::asOf();

    RegistryTotals ta;
    RegistryTotals tb;
    qsizetype rowsA = 0; // each district's own 机构名单
    qsizetype rowsB = 0;
    {
        auto ws = openAs(s.as(a, QStringLiteral("甲区")));
        const qint64 plan = test::createPlan(ws.get(), QStringLiteral("tunliu"));
        REQUIRE(demoworkspace::fill(ws.get(), plan, &error));
        ta = RegistryTotals::of(ws.get(), asOf);
        rowsA = ledgers::byCode(QStringLiteral("institutions"), ws.get(), plan, asOf, asOf.year())
                    .rows.size();
    }
    {
        auto ws = openAs(s.as(b, QStringLiteral("乙区")));
        const qint64 plan = test::createPlan(ws.get(), QStringLiteral("tunliu"));
        for (int i = 1; i <= 2; ++i) {
            Institution inst;
            inst.name = QStringLiteral("乙区托育园%1").arg(i);
            inst.slots = 100 * i;
            test::execute(ws.get(), institutioncommands::add(ws.get(), inst, &error), error);
        }
        test::execute(ws.get(),
                      plancommands::setPopulation(ws.get(), asOf.year(), 100000, 3000,
                                                  QStringLiteral("统计公报"), &error),
                      error);
        tb = RegistryTotals::of(ws.get(), asOf);
        rowsB = ledgers::byCode(QStringLiteral("institutions"), ws.get(), plan, asOf, asOf.year())
                    .rows.size();
    }
    REQUIRE(ta.slots > 0);
    REQUIRE(tb.slots > 300); // the template's registry and the two added

    const auto figures = CityFigures::read(s.as(reader), asOf, &error);
    INFO(error.toStdString());
    REQUIRE(figures);
    CHECK(figures->unreadable.isEmpty());
    REQUIRE(figures->districts.size() == 2);
    CHECK(figures->districts.at(0).district == QStringLiteral("甲区"));
    CHECK(figures->districts.at(0).totals == ta);
    CHECK(figures->districts.at(1).totals == tb);
    CHECK(figures->totals.institutions == ta.institutions + tb.institutions);
    CHECK(figures->totals.slots == ta.slots + tb.slots);
    CHECK(figures->totals.puhuiSlots == ta.puhuiSlots + tb.puhuiSlots);
    REQUIRE(figures->population.resident);
    CHECK(*figures->population.resident == 260000 + 100000);
    CHECK(figures->progress.value(QStringLiteral("tasks")).toInteger() ==
          figures->districts.at(0).progress.value(QStringLiteral("tasks")).toInteger() +
              figures->districts.at(1).progress.value(QStringLiteral("tasks")).toInteger());
    CHECK(figures->progress.value(QStringLiteral("tasks")).toInteger() > 0);

    // 每千人口托位数 of the city is the sums' ratio, not the average of the districts'.
    const auto perThousand = std::find_if(
        figures->indicators.cbegin(), figures->indicators.cend(), [](const CityIndicator &c) {
            return c.formula.key == QLatin1String("slots_per_1000_population");
        });
    REQUIRE(perThousand != figures->indicators.cend());
    REQUIRE(perThousand->value);
    const double expected = 1000.0 * double(ta.slots + tb.slots) / 360000.0;
    CHECK(*perThousand->value == Approx(expected));
    const double averaged =
        (1000.0 * double(ta.slots) / 260000.0 + 1000.0 * double(tb.slots) / 100000.0) / 2;
    CHECK(*perThousand->value != Approx(averaged));

    // The progress report: a row per district and the 合计 row of the sums.
    const document::OfficialDocument doc = figures->progressReport();
    const auto table =
        std::find_if(doc.blocks.cbegin(), doc.blocks.cend(), [](const document::Block &block) {
            return block.id == QLatin1String("city.districts");
        });
    REQUIRE(table != doc.blocks.cend());
    const auto &t = std::get<document::TableBlock>(table->content);
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows.at(1).at(0) == QStringLiteral("乙区"));
    CHECK(t.rows.at(1).at(2) == QString::number(tb.slots));
    CHECK(t.totals.at(0) == QStringLiteral("合计"));
    CHECK(t.totals.at(2) == QString::number(ta.slots + tb.slots));
    CHECK(t.totals.at(4) == perThousand->label());

    const QJsonObject json = figures->toJson();
    CHECK(
        json.value(QStringLiteral("city")).toObject().value(QStringLiteral("slots")).toInteger() ==
        ta.slots + tb.slots);

    // The city's 机构名单: every district's rows after one another, with a 区县 column.
    QStringList unreadable;
    const auto ledger = CityFigures::ledger(s.as(reader), QStringLiteral("institutions"), asOf,
                                            asOf.year(), &unreadable, &error);
    INFO(error.toStdString());
    REQUIRE(ledger);
    CHECK(unreadable.isEmpty());
    CHECK(ledger->columns.at(0).header == QStringLiteral("区县"));
    CHECK(rowsB >= 2);
    CHECK(ledger->rows.size() == rowsA + rowsB);
    CHECK(ledger->rows.constLast().at(0).value.toString() == QStringLiteral("乙区"));
    CHECK(ledger->totals.isEmpty());

    // An officer's city view holds their own district only; the other is said to be closed.
    const auto own = CityFigures::read(s.as(a), asOf, &error);
    REQUIRE(own);
    REQUIRE(own->districts.size() == 1);
    CHECK(own->districts.at(0).district == QStringLiteral("甲区"));
    REQUIRE(own->unreadable.size() == 1);
    CHECK(own->unreadable.at(0).contains(QStringLiteral("无权进入区县“乙区”")));
}

TEST_CASE("A district server-init made takes its officer's file by push", "[postgresql][districts]")
{
    if (!test::serverTestsRun())
        return;
    CityServer s;
    const QString a = s.role(QStringLiteral("a"));
    QString error;
    REQUIRE(s.init(QStringLiteral("甲区"), a, QString(), &error) == serverinit::Outcome::Created);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("w.tuoyu"));
    {
        auto ws = Workspace::create(file, &error);
        REQUIRE(ws);
        requireArea(ws.get(), QStringLiteral("城关镇"));
    }
    const QString address = s.as(a, QStringLiteral("甲区"));
    INFO(error.toStdString());
    REQUIRE(servertransfer::push(file, address, &error));
    auto ws = openAs(address);
    CHECK(test::scalar(ws.get(), QStringLiteral("SELECT COUNT(*) FROM area")) == 1);
    requireArea(ws.get(), QStringLiteral("东关镇"));
    ws.reset();
    // Once worked in, it is no longer pushed over.
    CHECK_FALSE(servertransfer::push(file, address, &error));
    CHECK(error.contains(QStringLiteral("已有工作台")));
}

TEST_CASE("A district is renamed with its data and removed only when confirmed, never while "
          "someone is connected",
          "[postgresql][districts][roles]")
{
    if (!test::serverTestsRun())
        return;
    CityServer s;
    s.twoDistricts();
    RawConnection admin(s.server);
    const auto listed = [&admin] {
        return admin
            .value(QStringLiteral("SELECT string_agg(name, ',' ORDER BY name) FROM "
                                  "tuoyu.districts"))
            .toString();
    };
    QString error;
    QStringList done;
    {
        auto ws = openAs(s.as(s.officerA, QStringLiteral("甲区")));
        requireArea(ws.get(), QStringLiteral("城关镇"));

        // The officer's program is connected: refused, naming who.
        CHECK_FALSE(serverinit::renameDistrict(s.server, QStringLiteral("甲区"),
                                               QStringLiteral("丙区"), &done, &error));
        CHECK(error.contains(QStringLiteral("区县“甲区”还有 1 个连接")));
        CHECK(error.contains(s.officerA));
        CHECK_FALSE(serverinit::removeDistrict(s.server, QStringLiteral("甲区"),
                                               QStringLiteral("甲区"), &done, &error));
        CHECK(error.contains(QStringLiteral("未作任何改动")));
        // A city reader's program counts too.
        ws.reset();
        auto seen = openAs(s.as(s.reader, QStringLiteral("甲区")));
        CHECK_FALSE(serverinit::renameDistrict(s.server, QStringLiteral("甲区"),
                                               QStringLiteral("丙区"), &done, &error));
        CHECK(error.contains(s.reader));
    }
    {
        // So does the officer's own hand-written SQL (psql), outside the program.
        RawConnection officer(s.as(s.officerA));
        CHECK_FALSE(serverinit::renameDistrict(s.server, QStringLiteral("甲区"),
                                               QStringLiteral("丙区"), &done, &error));
        CHECK(error.contains(s.officerA));
    }

    // Bad names change nothing.
    const QList<std::pair<QString, QString>> refused = {
        {QStringLiteral("乙区"), QStringLiteral("已有区县或模式“乙区”")},
        {QStringLiteral("public"), QStringLiteral("保留")},
        {QStringLiteral("丙 区"), QStringLiteral("空格")},
        {QStringLiteral("甲区"), QStringLiteral("原名相同")},
    };
    for (const auto &[to, why] : refused) {
        INFO(to.toStdString());
        CHECK_FALSE(
            serverinit::renameDistrict(s.server, QStringLiteral("甲区"), to, &done, &error));
        CHECK(error.contains(why));
    }
    CHECK_FALSE(serverinit::renameDistrict(s.server, QStringLiteral("丁区"), QStringLiteral("戊区"),
                                           &done, &error));
    CHECK(error.contains(QStringLiteral("没有区县“丁区”")));
    CHECK_FALSE(serverinit::renameDistrict(s.address(QStringLiteral("甲区")),
                                           QStringLiteral("甲区"), QStringLiteral("丙区"), &done,
                                           &error));
    CHECK(error.contains(QStringLiteral("不带 district")));
    CHECK(listed() == QStringLiteral("乙区,甲区"));
    CHECK(admin.value(QStringLiteral("SELECT COUNT(*) FROM \"甲区\".area")).toInt() == 1);

    // Renamed: the data, the officer's sole right to it and the city's reading go with it.
    REQUIRE(serverinit::renameDistrict(s.server, QStringLiteral("甲区"), QStringLiteral("丙区"),
                                       &done, &error));
    CHECK(done.join(QLatin1Char('\n')).contains(QStringLiteral("已将区县“甲区”改名为“丙区”")));
    CHECK(listed() == QStringLiteral("丙区,乙区"));
    CHECK(admin.value(QStringLiteral("SELECT to_regnamespace('\"甲区\"') IS NULL")).toBool());
    {
        auto ws = openAs(s.as(s.officerA, QStringLiteral("丙区")));
        CHECK(test::scalar(ws.get(), QStringLiteral("SELECT COUNT(*) FROM area")) == 1);
        CHECK(test::scalar(ws.get(), QStringLiteral("SELECT COUNT(*) FROM district WHERE name = "
                                                    "'丙区'")) == 1);
        requireArea(ws.get(), QStringLiteral("东关镇"));
        // The officer's 修改记录 shows the rename, by whom, like any other edit of the row.
        CHECK(test::scalar(ws.get(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE "
                                                    "table_name = 'district' AND field = 'name' "
                                                    "AND old_value = '甲区' AND new_value = "
                                                    "'丙区' AND actor IS NOT NULL")) == 1);
    }
    CHECK_FALSE(Workspace::open(s.as(s.officerA, QStringLiteral("甲区")), &error));
    CHECK(RawConnection(s.as(s.officerB)).failure(QStringLiteral("SELECT * FROM \"丙区\".area")) ==
          QStringLiteral("42501"));
    CHECK(RawConnection(s.as(s.reader))
              .value(QStringLiteral("SELECT COUNT(*) FROM \"丙区\".area"))
              .toInt() == 2);

    // Removed only when the name is repeated; the refusal says to pg_dump first.
    for (const QString &confirmation : {QString(), QStringLiteral("甲区")}) {
        CHECK_FALSE(serverinit::removeDistrict(s.server, QStringLiteral("丙区"), confirmation,
                                               &done, &error));
        CHECK(error.contains(QStringLiteral("pg_dump -Fc -n '\"丙区\"'")));
        CHECK(error.contains(QStringLiteral("--confirm 丙区")));
    }
    CHECK(listed() == QStringLiteral("丙区,乙区"));
    done.clear();
    REQUIRE(serverinit::removeDistrict(s.server, QStringLiteral("丙区"), QStringLiteral("丙区"),
                                       &done, &error));
    CHECK(done.join(QLatin1Char('\n'))
              .contains(QStringLiteral("经办人角色 %1 保留").arg(s.officerA)));
    CHECK(listed() == QStringLiteral("乙区"));
    CHECK(admin.value(QStringLiteral("SELECT to_regnamespace('\"丙区\"') IS NULL")).toBool());
    CHECK(admin
              .value(QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = '%1'")
                         .arg(s.officerA))
              .toInt() == 1);
    CHECK_FALSE(Workspace::open(s.as(s.officerA, QStringLiteral("丙区")), &error));
    // The other district is as it was.
    auto other = openAs(s.as(s.officerB, QStringLiteral("乙区")));
    CHECK(test::scalar(other.get(), QStringLiteral("SELECT COUNT(*) FROM district WHERE name = "
                                                   "'乙区'")) == 1);
    CHECK_FALSE(serverinit::removeDistrict(s.server, QStringLiteral("丙区"), QStringLiteral("丙区"),
                                           &done, &error));
    CHECK(error.contains(QStringLiteral("没有区县“丙区”")));
}
