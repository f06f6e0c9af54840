// The verbs that take a workspace, given a server's address instead (issue 21, docs/server.md):
// against the `pg` fixture's throwaway server, through the real tuoyu-desk binary.

#include "clirun.h"
#include "core/testworkspace.h"

#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace tuoyu;

TEST_CASE("A server address works wherever a verb takes a workspace file", "[postgresql]")
{
    if (!test::serverTestsRun())
        return;
    QString database;
    const QString address = test::newServerDatabase(&database);

    const test::Run made = test::run(
        {QStringLiteral("new"), address, QStringLiteral("--template"), QStringLiteral("tunliu")});
    INFO(made.err.toStdString());
    REQUIRE(made.code == 0);
    CHECK(QString::fromUtf8(made.out).contains(QStringLiteral("postgresql://")));

    // A writing verb: the day's backup before the first write is the file's, not the server's.
    const test::Run imported =
        test::run({QStringLiteral("import"), address,
                   QStringLiteral(TUOYU_SHARED_DIR "/fixtures/tunliu-institutions.xlsx")});
    INFO(imported.err.toStdString());
    REQUIRE(imported.code == 0);
    CHECK(imported.err.isEmpty()); // no 自动备份未能完成

    const test::Run listed =
        test::run({QStringLiteral("institutions"), address, QStringLiteral("--json")});
    INFO(listed.err.toStdString());
    REQUIRE(listed.code == 0);
    const QJsonValue rows = listed.json().isArray()
                                ? QJsonValue(listed.json().array())
                                : listed.json().object().value(QStringLiteral("institutions"));
    CHECK(rows.toArray().size() == 21);

    const test::Run checked = test::run({QStringLiteral("check"), address});
    INFO(checked.err.toStdString());
    CHECK(checked.code == 0);

    // The file's backups are refused for an address in one clear line, never half-done.
    for (const QStringList &args :
         {QStringList{QStringLiteral("backups"), address},
          QStringList{QStringLiteral("restore"), address, QStringLiteral("--from"),
                      QStringLiteral("x.tuoyu")},
          QStringList{QStringLiteral("backup"), address, QStringLiteral("--out"),
                      QStringLiteral("/tmp/never-written.tuoyu")}}) {
        const test::Run refused = test::run(args);
        CHECK(refused.code == 2);
        test::oneLine(refused);
        CHECK(refused.err.contains(QStringLiteral("pg_dump")));
    }
    test::dropServerDatabase(database);
}
