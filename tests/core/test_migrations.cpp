#include "session/workspace.h"
#include "storage/schema.h"
#include "storage/sqlite/sqlitedialect.h"
#include "testworkspace.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace tuoyu;

namespace {

/// Writes a workspace exactly as schema version 1 left it, with a little data in it.
void writeVersion1(const QString &path)
{
    const QString name = QStringLiteral("v1-writer");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QString error;
        REQUIRE(SqlDialect::of(db).markAsWorkspace(db, &error));
        REQUIRE(Schema::migrate(db, 0, 1, &error));
        QSqlQuery q(db);
        REQUIRE(
            q.exec(QStringLiteral("INSERT INTO district (id, name) VALUES (1, '长治市屯留区')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO institution (id, name, kind, slots) VALUES "
                                      "(1, '长治市屯留区启智幼儿园', 'public', 90)")));
        REQUIRE(SqlDialect::of(db).schemaVersion(db) == 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

bool hasColumn(Workspace *ws, const QString &table, const QString &column)
{
    QSqlQuery q(ws->db());
    q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    while (q.next())
        if (q.value(1).toString() == column)
            return true;
    return false;
}

} // namespace

TEST_CASE("A file written by schema version 1 opens after the later migrations, with a backup")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.tuoyu"));
    writeVersion1(path);

    QString error;
    auto ws = Workspace::open(path, &error);
    INFO(error.toStdString());
    REQUIRE(ws);
    CHECK(ws->dialect().schemaVersion(ws->db()) == Schema::currentVersion());
    CHECK(Schema::currentVersion() >= 2);
    CHECK(hasColumn(ws.get(), QStringLiteral("institution"), QStringLiteral("puhui")));
    CHECK(hasColumn(ws.get(), QStringLiteral("enrolment_record"), QStringLiteral("toddler")));
    CHECK(hasColumn(ws.get(), QStringLiteral("indicator_snapshot"), QStringLiteral("month")));
    QSqlQuery q(ws->db());
    REQUIRE(q.exec(QStringLiteral("SELECT name, slots, puhui FROM institution")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("长治市屯留区启智幼儿园"));
    CHECK(q.value(1).toInt() == 90);
    CHECK(q.value(2).toInt() == 0);

    // The backup is a complete copy at version 1.
    const QString backup = ws->migrationBackupPath();
    REQUIRE_FALSE(backup.isEmpty());
    CHECK(QFileInfo(backup).absolutePath() == QFileInfo(path).absolutePath());
    {
        QSqlDatabase b =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup"));
        b.setDatabaseName(backup);
        REQUIRE(b.open());
        CHECK(SqlDialect::of(b).schemaVersion(b) == 1);
        QSqlQuery bq(b);
        REQUIRE(bq.exec(QStringLiteral("SELECT COUNT(*) FROM institution")));
        REQUIRE(bq.next());
        CHECK(bq.value(0).toInt() == 1);
        b.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("backup"));

    // Opening again migrates nothing and makes no new backup.
    ws.reset();
    auto again = Workspace::open(path, &error);
    REQUIRE(again);
    CHECK(again->migrationBackupPath().isEmpty());
}

TEST_CASE("A migration that fails leaves the file as it was")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.tuoyu"));
    writeVersion1(path);
    {
        // A table in the way of step 2 makes it fail half-way.
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("spoil"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE import_mapping (x INTEGER)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("spoil"));

    QString error;
    auto ws = Workspace::open(path, &error);
    CHECK_FALSE(ws);
    CHECK(error.contains(QStringLiteral("升级")));
    CHECK(error.contains(QStringLiteral("备份")));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        CHECK(SqlDialect::of(db).schemaVersion(db) == 1);
        QSqlQuery q(db);
        // Step 2's first statement (a new column) was rolled back with the rest.
        REQUIRE(q.exec(QStringLiteral("PRAGMA table_info(institution)")));
        bool puhui = false;
        while (q.next())
            puhui = puhui || q.value(1).toString() == QLatin1String("puhui");
        CHECK_FALSE(puhui);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

TEST_CASE("A failing upgrade writes one backup per schema version and reuses it on retries")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("retry.tuoyu"));
    writeVersion1(path);
    const auto spoil = [&](const char *sql) {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("spoil"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QString::fromLatin1(sql)));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("spoil"));
    };
    // A table in the way of step 2 makes every upgrade fail.
    spoil("CREATE TABLE import_mapping (x INTEGER)");
    const auto backups = [&] {
        return QDir(dir.path()).entryList({QStringLiteral("retry.v*")}, QDir::Files);
    };

    QString error;
    CHECK_FALSE(Workspace::open(path, &error));
    const QString backup = dir.filePath(QStringLiteral("retry.v1-backup.tuoyu"));
    CHECK(error.contains(QDir::toNativeSeparators(backup)));
    REQUIRE(backups() == QStringList{QStringLiteral("retry.v1-backup.tuoyu")});
    const QDateTime written = QFileInfo(backup).lastModified();

    // Two retries at once (within the same second): the same backup, not rewritten, and the
    // message is the upgrade's, not a failed backup's.
    for (int retry = 0; retry < 2; ++retry) {
        error.clear();
        CHECK_FALSE(Workspace::open(path, &error));
        CHECK(error.contains(QStringLiteral("升级到第")));
        CHECK(error.contains(QDir::toNativeSeparators(backup)));
        CHECK(backups() == QStringList{QStringLiteral("retry.v1-backup.tuoyu")});
        CHECK(QFileInfo(backup).lastModified() == written);
    }

    // The cause removed, the upgrade runs and names the same backup.
    spoil("DROP TABLE import_mapping");
    auto ws = Workspace::open(path, &error);
    INFO(error.toStdString());
    REQUIRE(ws);
    CHECK(ws->migrationBackupPath() == backup);
    ws.reset();
    // The workspace written after the backup (here: by the repair above) gets a fresh one; the
    // old one is kept under its date, not overwritten.
    CHECK(backups().size() == 2);
}

TEST_CASE("Files that are not workspaces, or come from a newer version, are refused")
{
    QTemporaryDir dir;
    QString error;

    const QString text = dir.filePath(QStringLiteral("notes.tuoyu"));
    QFile f(text);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("这不是数据库\n");
    f.close();
    CHECK_FALSE(Workspace::open(text, &error));
    CHECK(error.contains(QStringLiteral("不是托育工作台文件")));

    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        db.setDatabaseName(other);
        REQUIRE(db.open());
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t (x)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    CHECK_FALSE(Workspace::open(other, &error));
    CHECK(error.contains(QStringLiteral("不是托育工作台文件")));

    const QString newer = dir.filePath(QStringLiteral("newer.tuoyu"));
    {
        auto ws = Workspace::create(newer, &error);
        REQUIRE(ws);
        REQUIRE(ws->dialect().setSchemaVersion(ws->db(), Schema::currentVersion() + 1, &error));
    }
    CHECK_FALSE(Workspace::open(newer, &error));
    CHECK(error.contains(QStringLiteral("更新版本")));

    CHECK_FALSE(Workspace::open(dir.filePath(QStringLiteral("missing.tuoyu")), &error));
    CHECK(error.contains(QStringLiteral("找不到文件")));
}

TEST_CASE("A new workspace has foreign keys on, its journal mode chosen, and refuses to overwrite")
{
    test::TempWorkspace t;
    QSqlQuery q(t->db());
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == t->journalMode());
    CHECK(t->dialect().integrityProblems(t->db()).isEmpty());

    QString error;
    CHECK_FALSE(Workspace::create(t.path(), &error));
    CHECK(error.contains(QStringLiteral("已存在")));
    // No temporary file is left behind.
    CHECK(QDir(t.dir.path())
              .entryList(QDir::Files | QDir::NoDotAndDotDot)
              .filter(QStringLiteral("creating"))
              .isEmpty());
}

TEST_CASE("The journal mode follows the file's location and can be forced")
{
    qputenv("TUOYU_JOURNAL_MODE", "rollback");
    CHECK(SqliteDialect::journalModeFor(QStringLiteral("/tmp/x.tuoyu")) ==
          SqliteDialect::JournalMode::Rollback);
    {
        test::TempWorkspace t;
        QSqlQuery q(t->db());
        REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("delete"));
    }
    qputenv("TUOYU_JOURNAL_MODE", "wal");
    CHECK(SqliteDialect::journalModeFor(QStringLiteral("/tmp/x.tuoyu")) ==
          SqliteDialect::JournalMode::Wal);
    qunsetenv("TUOYU_JOURNAL_MODE");
    // A UNC path is a Windows network share.
    CHECK(SqliteDialect::journalModeFor(QStringLiteral("//fileserver/卫健局/台账.tuoyu")) ==
          SqliteDialect::JournalMode::Rollback);
}
