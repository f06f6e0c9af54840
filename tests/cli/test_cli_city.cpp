// server-init and the city view on the command line, against the `pg` fixture's throwaway
// server (docs/server.md): districts and roles made once, the password from the environment when
// no one is at a terminal, and `city` printing JSON, the report and a ledger with a district
// column.

#include "clirun.h"
#include "commands/institutioncommands.h"
#include "storage/postgresql/postgresqlurl.h"
#include "testworkspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

using namespace tuoyu;
using test::run;

namespace {

QString as(const QString &server, const QString &user, const QString &district = QString())
{
    QUrl url(server);
    url.setUserName(user);
    return district.isEmpty() ? url.toString() : PostgresqlUrl::addressOf(url.toString(), district);
}

/// Runs `sql` as the test server's administrator.
bool admin(const QString &sql)
{
    const QString name = QStringLiteral("cli-city-admin");
    QSqlDatabase db = QSqlDatabase::contains(name)
                          ? QSqlDatabase::database(name)
                          : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (!db.isOpen()) {
        QString error;
        PostgresqlUrl::parse(test::testServer(), &error, PostgresqlUrl::Needs::Server)->applyTo(db);
        REQUIRE(db.open());
    }
    return QSqlQuery(db).exec(sql);
}

} // namespace

TEST_CASE("server-init makes districts once and city prints their sums", "[cli][postgresql]")
{
    if (!test::serverTestsRun())
        return;
    QString database;
    QString server = test::newServerDatabase(&database);
    server.truncate(server.indexOf(QLatin1Char('?')));
    const QString prefix = QStringLiteral("c%1_").arg(QCoreApplication::applicationPid());
    const QString a = prefix + QStringLiteral("a");
    const QString b = prefix + QStringLiteral("b");
    const QString city = prefix + QStringLiteral("city");
    const QString reader = prefix + QStringLiteral("reader");
    const QList<QPair<QString, QString>> password = {
        {QStringLiteral("TUOYU_OFFICER_PASSWORD"), QStringLiteral("pw-1")}};
    const QStringList init = {QStringLiteral("server-init"),
                              QStringLiteral("--server"),
                              server,
                              QStringLiteral("--district"),
                              QStringLiteral("甲区"),
                              QStringLiteral("--officer"),
                              a,
                              QStringLiteral("--district"),
                              QStringLiteral("乙区"),
                              QStringLiteral("--officer"),
                              b,
                              QStringLiteral("--city"),
                              city};
    {
        const auto r = run(init, password);
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
        CHECK(QString::fromUtf8(r.out).count(QStringLiteral("已建登录角色")) == 2);
    }
    {
        const auto r = run(init, password);
        CHECK(r.code == 0);
        CHECK(QString::fromUtf8(r.out).count(QStringLiteral("未作任何改动")) == 2);
    }
    {
        // No terminal and no TUOYU_OFFICER_PASSWORD: a new officer gets no role, nothing is made.
        const auto r = run({QStringLiteral("server-init"), QStringLiteral("--server"), server,
                            QStringLiteral("--district"), QStringLiteral("丙区"),
                            QStringLiteral("--officer"), prefix + QStringLiteral("c")},
                           {{QStringLiteral("TUOYU_OFFICER_PASSWORD"), QString()}});
        CHECK(r.code == 2);
        test::oneLine(r);
        CHECK(r.err.contains(QStringLiteral("没有给出经办人")));
    }
    REQUIRE(admin(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2").arg(reader, city)));
    {
        QString error;
        auto ws = Workspace::open(as(server, b, QStringLiteral("乙区")), &error);
        INFO(error.toStdString());
        REQUIRE(ws);
        Institution inst;
        inst.name = QStringLiteral("乙区托育园");
        inst.slots = 120;
        test::execute(ws.get(), institutioncommands::add(ws.get(), inst, &error), error);
    }

    const QString cityAddress = as(server, reader);
    {
        const auto r = run({QStringLiteral("city"), QStringLiteral("--server"), cityAddress,
                            QStringLiteral("--json")});
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
        const QJsonObject o = r.json().object();
        CHECK(o.value(QStringLiteral("districts")).toArray().size() == 2);
        CHECK(o.value(QStringLiteral("city")).toObject().value(QStringLiteral("slots")).toInt() ==
              120);
    }
    QTemporaryDir dir;
    {
        const QString pdf = dir.filePath(QStringLiteral("全市.pdf"));
        const auto r = run({QStringLiteral("city"), QStringLiteral("--server"), cityAddress,
                            QStringLiteral("--report"), pdf});
        INFO(r.err.toStdString());
        CHECK(r.code == 0);
        CHECK(QFile(pdf).size() > 1000);
    }
    {
        // The report verb given the city's address: the same city report.
        const QString docx = dir.filePath(QStringLiteral("全市.docx"));
        const auto r = run({QStringLiteral("report"), cityAddress, QStringLiteral("--kind"),
                            QStringLiteral("progress"), QStringLiteral("--out"), docx});
        INFO(r.err.toStdString());
        CHECK(r.code == 0);
        CHECK(QFile(docx).size() > 1000);
        const auto other = run({QStringLiteral("report"), cityAddress, QStringLiteral("--kind"),
                                QStringLiteral("supervision"), QStringLiteral("--out"), docx});
        CHECK(other.code == 1);
        test::oneLine(other);
    }
    {
        const QString csv = dir.filePath(QStringLiteral("机构.csv"));
        const auto r = run({QStringLiteral("city"), QStringLiteral("--server"), cityAddress,
                            QStringLiteral("--ledger"), QStringLiteral("institutions"),
                            QStringLiteral("--out"), csv});
        INFO(r.err.toStdString());
        CHECK(r.code == 0);
        QFile f(csv);
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        CHECK(text.contains(QStringLiteral("区县")));
        CHECK(text.contains(QStringLiteral("\n乙区,1,乙区托育园,")));
    }

    test::dropServerDatabase(database);
    for (const QString &role : {reader, city, a, b})
        admin(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
}

TEST_CASE("district-rename and district-remove change a district only when asked rightly",
          "[cli][postgresql]")
{
    if (!test::serverTestsRun())
        return;
    QString database;
    QString server = test::newServerDatabase(&database);
    server.truncate(server.indexOf(QLatin1Char('?')));
    const QString officer = QStringLiteral("c%1_r").arg(QCoreApplication::applicationPid());
    {
        const auto r = run({QStringLiteral("server-init"), QStringLiteral("--server"), server,
                            QStringLiteral("--district"), QStringLiteral("甲区"),
                            QStringLiteral("--officer"), officer},
                           {{QStringLiteral("TUOYU_OFFICER_PASSWORD"), QStringLiteral("pw-1")}});
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
    }
    const auto rename = [&](const QString &to) {
        return run({QStringLiteral("district-rename"), QStringLiteral("--server"), server,
                    QStringLiteral("--district"), QStringLiteral("甲区"), QStringLiteral("--to"),
                    to});
    };
    {
        const auto r = run({QStringLiteral("district-rename"), QStringLiteral("--server"), server,
                            QStringLiteral("--district"), QStringLiteral("甲区")});
        CHECK(r.code == 1);
        test::oneLine(r);
        CHECK(r.err.contains(QStringLiteral("--to NEW")));
    }
    {
        const auto r = rename(QStringLiteral("pg_甲"));
        CHECK(r.code == 2);
        test::oneLine(r);
        CHECK(r.err.contains(QStringLiteral("未作任何改动")));
    }
    {
        const auto r = rename(QStringLiteral("丙区"));
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
        CHECK(QString::fromUtf8(r.out).contains(QStringLiteral("已将区县“甲区”改名为“丙区”")));
    }
    const QStringList remove = {QStringLiteral("district-remove"), QStringLiteral("--server"),
                                server, QStringLiteral("--district"), QStringLiteral("丙区")};
    {
        // Without --confirm: refused, saying to pg_dump first.
        const auto r = run(remove);
        CHECK(r.code == 2);
        test::oneLine(r);
        CHECK(r.err.contains(QStringLiteral("pg_dump")));
        CHECK(r.err.contains(QStringLiteral("--confirm 丙区")));
    }
    {
        const auto r =
            run(remove + QStringList{QStringLiteral("--confirm"), QStringLiteral("丙区")});
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
        const QString out = QString::fromUtf8(r.out);
        CHECK(out.contains(QStringLiteral("已删除区县“丙区”")));
        CHECK(out.contains(QStringLiteral("经办人角色 %1 保留").arg(officer)));
    }
    QString error;
    CHECK_FALSE(Workspace::open(as(server, officer, QStringLiteral("丙区")), &error));
    test::dropServerDatabase(database);
    admin(QStringLiteral("DROP ROLE IF EXISTS %1").arg(officer));
}
