// The SQLite dialect is the only code that speaks SQLite: a second engine must need another
// dialect, not edits across the tree. This reads the sources themselves.
#include "session/workspace.h"
#include "sourcetree.h"
#include "storage/batchstatement.h"
#include "storage/sqlite/sqlitedialect.h"
#include "testworkspace.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace tuoyu;

TEST_CASE("Nothing outside storage/sqlite speaks SQLite", "[dialect]")
{
    const QRegularExpression sqliteOnly(
        QStringLiteral(R"(PRAGMA|sqlite3_|sqlite_master|\btemp\.|TEMP (TABLE|TRIGGER)|)"
                       R"(VACUUM|QSQLITE|COALESCE\(MAX\(id\))"));
    int files = 0;
    const QStringList found =
        test::sourceLinesMatching(sqliteOnly, {QStringLiteral("/storage/sqlite/")}, &files);
    CHECK(files > 150);
    INFO(found.join(QLatin1Char('\n')).toStdString());
    CHECK(found.isEmpty());
}

TEST_CASE("A workspace file gets the SQLite dialect, chosen by its driver", "[dialect]")
{
    test::TempWorkspace t;
    CHECK(dynamic_cast<const SqliteDialect *>(&t->dialect()) != nullptr);
    CHECK(&SqlDialect::of(t->db()) == &t->dialect());
    CHECK(SqlDialect::forDriver(QStringLiteral("QNOSUCHDRIVER")) == nullptr);
    CHECK(t->dialect().isWorkspace(t->db()));

    // Keys start above the highest one, and the change log sees every writer.
    QString error;
    REQUIRE(t->dialect().startChangeLog(t->db(), QStringLiteral("area"), QStringLiteral("area_log"),
                                        &error));
    QSqlQuery q(t->db());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO area (id, name) VALUES (41, '麟绛镇')")));
    CHECK(t->dialect().firstFreeKey(t->db(), QStringLiteral("area")) == 42);
    QList<qint64> ids;
    REQUIRE(t->dialect().loggedIds(t->db(), QStringLiteral("area_log"), &ids));
    CHECK(ids == QList<qint64>{41});
    REQUIRE(q.exec(t->dialect().selectLogged(QStringLiteral("area"), QStringLiteral("name"),
                                             QStringLiteral("area_log"))));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("麟绛镇"));
    REQUIRE(t->dialect().clearChangeLog(t->db(), QStringLiteral("area_log")));
    ids.clear();
    REQUIRE(t->dialect().loggedIds(t->db(), QStringLiteral("area_log"), &ids));
    CHECK(ids.isEmpty());

    // A batch on this connection binds through SQLite's own API.
    const auto batch = t->dialect().prepareBatch(
        t->db(), QStringLiteral("INSERT INTO area (id, name) VALUES (?, ?)"));
    REQUIRE(batch->isValid());
    CHECK(batch->isNative());
    REQUIRE(batch->exec(50, {QStringLiteral("余吾镇")}));
    CHECK(batch->rowsAffected() == 1);
}
