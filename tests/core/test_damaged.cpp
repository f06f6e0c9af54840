// A damaged workspace must never pass for a sound one (docs/RELIABILITY.md): real files, damaged
// by the test as a disk, a copy or another program damages them, opened through the program's
// own Workspace::open.
#include "commands/importcommand.h"
#include "commands/institutioncommands.h"
#include "io/table.h"
#include "mapping/tablemapper.h"
#include "session/workspace.h"
#include "storage/institutionrepository.h"
#include "storage/sqlquery.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtEndian>

#include "damagedfile.h"
#include "sourcetree.h"

#include <catch2/catch.hpp>

#include <unistd.h>

using namespace tuoyu;

namespace {

/// A workspace of `count` institutions written by SQL, closed again (its log folded into the
/// file); the file's path.
QString registryOf(const QTemporaryDir &dir, int count, const QString &name = "w.tuoyu")
{
    const QString path = dir.filePath(name);
    QString error;
    auto ws = Workspace::create(path, &error);
    INFO(error.toStdString());
    REQUIRE(ws);
    QSqlDatabase &db = ws->db();
    REQUIRE(db.transaction());
    QSqlQuery q(db);
    REQUIRE(q.prepare(
        QStringLiteral("INSERT INTO institution (name, credit_code, slots) VALUES (?, ?, ?)")));
    for (int i = 1; i <= count; ++i) {
        q.bindValue(0, QStringLiteral("第%1托育园（一个足够长的名字，让登记册占满许多页）").arg(i));
        q.bindValue(1, QStringLiteral("91140000MA%1").arg(i, 8, 10, QLatin1Char('0')));
        q.bindValue(2, 20 + i % 50);
        REQUIRE(q.exec());
    }
    REQUIRE(db.commit());
    return path;
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QByteArray digest(const QString &path)
{
    return QCryptographicHash::hash(contents(path), QCryptographicHash::Sha256);
}

io::Cell textCell(const QString &text)
{
    io::Cell c;
    c.type = io::CellType::Text;
    c.text = text;
    return c;
}

io::Cell numberCell(double v)
{
    io::Cell c;
    c.type = io::CellType::Number;
    c.number = v;
    c.text = QString::number(v);
    return c;
}

std::unique_ptr<Workspace> open(const QString &path, QString *error)
{
    return Workspace::open(path, error);
}

/// The files beside `path` that SQLite would make (-wal, -shm, -journal).
QStringList sideFiles(const QString &path)
{
    QStringList found;
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        if (QFile::exists(path + QLatin1String(suffix)))
            found << path + QLatin1String(suffix);
    return found;
}

} // namespace

TEST_CASE("A damaged registry is never read in part", "[damaged]")
{
    QTemporaryDir dir;
    const QString path = registryOf(dir, 3000);
    test::scrambleMiddleLeaf(path);
    const QByteArray before = digest(path);

    QString error;
    auto ws = open(path, &error);
    INFO(error.toStdString());
    REQUIRE(ws); // opened, for what can still be read …
    CHECK(ws->access() == Database::Access::Damaged);
    CHECK(ws->isReadOnly());
    CHECK_FALSE(ws->damage().isEmpty());
    CHECK(ws->readOnlyReason().contains(QDir::toNativeSeparators(path)));
    CHECK(ws->readOnlyReason().contains(QStringLiteral("已损坏")));

    // … but the registry is read whole or not at all: before every query was checked, all()
    // returned the rows before the scrambled page and the export said it was done.
    try {
        const QList<Institution> all = InstitutionRepository(ws.get()).all();
        FAIL("read " << all.size() << " of 3000 institutions without an error");
    } catch (const StorageError &e) {
        CHECK(e.failure() == StorageFailure::Damaged);
        CHECK(e.message().contains(QDir::toNativeSeparators(path)));
        CHECK(e.message().contains(QStringLiteral("已损坏")));
    }

    // An import cannot plan against a registry it cannot read: its scan of the registry (which
    // would otherwise take existing institutions for new ones) fails with the file named.
    io::Table table;
    table.rows = {{textCell(QStringLiteral("机构名称")), textCell(QStringLiteral("托位数"))},
                  {textCell(QStringLiteral("第10托育园（一个足够长的名字，让登记册占满许多页）")),
                   numberCell(30)}};
    ImportRequest request;
    request.sourceName = QStringLiteral("新机构.csv");
    CHECK_THROWS_AS(Importer::prepare(ws.get(), io::Table(table), request, &error), StorageError);

    // Nothing is written into the damaged file: every change is refused, naming why.
    Institution added;
    added.name = QStringLiteral("新开托育园");
    auto command = institutioncommands::add(ws.get(), added, &error);
    REQUIRE(command);
    CHECK_FALSE(ws->execute(std::move(command), &error));
    CHECK(error.contains(QStringLiteral("已损坏")));
    ws.reset();
    CHECK(digest(path) == before);
}

TEST_CASE("SqlQuery: a failed step is an error, never the end of the rows", "[damaged]")
{
    QTemporaryDir dir;
    const QString path = registryOf(dir, 3000);
    test::scrambleMiddleLeaf(path);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "raw");
        db.setDatabaseName(path);
        REQUIRE(db.open());
        int rows = 0;
        SqlQuery q(db);
        q.setForwardOnly(true);
        try {
            q.exec(QStringLiteral("SELECT name FROM institution ORDER BY id"));
            while (q.next())
                ++rows;
            FAIL("stepped past a scrambled page after " << rows << " rows");
        } catch (const StorageError &e) {
            CHECK(rows > 0);
            CHECK(rows < 3000);
            CHECK(e.failure() == StorageFailure::Damaged);
            CHECK(e.path() == path);
        }
        // A statement the engine refuses is an error too, named by the same file.
        CHECK_THROWS_AS(SqlQuery(db).exec(QStringLiteral("SELECT nothing FROM nowhere")),
                        StorageError);
    }
    QSqlDatabase::removeDatabase("raw");
}

TEST_CASE("A truncated workspace is named as one and left as it is", "[damaged]")
{
    QTemporaryDir dir;
    const QString path = registryOf(dir, 2000);
    {
        QFile f(path);
        REQUIRE(f.resize(f.size() / 2 + 100)); // a copy that stopped halfway
    }
    const QByteArray before = digest(path);
    QString error;
    CHECK_FALSE(open(path, &error));
    INFO(error.toStdString());
    CHECK(error.contains(QDir::toNativeSeparators(path)));
    CHECK(error.contains(QStringLiteral("截断")));
    CHECK_FALSE(error.contains(QStringLiteral("不是托育工作台文件")));
    CHECK(digest(path) == before);

    // Shorter than the header itself.
    {
        QFile f(path);
        REQUIRE(f.resize(60));
    }
    CHECK_FALSE(open(path, &error));
    CHECK(error.contains(QStringLiteral("截断")));
    CHECK(QFileInfo(path).size() == 60);
}

TEST_CASE("An empty .tuoyu file stays empty", "[damaged]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("空的.tuoyu"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
    }
    QString error;
    CHECK_FALSE(open(path, &error));
    INFO(error.toStdString());
    CHECK(error.contains(QDir::toNativeSeparators(path)));
    CHECK(error.contains(QStringLiteral("空文件")));
    // Before, the open made it a 4 KB database in WAL mode.
    CHECK(QFileInfo(path).size() == 0);
    CHECK(sideFiles(path).isEmpty());
}

TEST_CASE("Another program's SQLite file is not changed by opening it", "[damaged]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "other");
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT)")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO note (text) VALUES ('别人的数据')")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase("other");
    const QByteArray before = digest(path);
    QString error;
    CHECK_FALSE(open(path, &error));
    INFO(error.toStdString());
    CHECK(error.contains(QStringLiteral("不是托育工作台文件")));
    CHECK(error.contains(QStringLiteral("另一个程序")));
    // Before, the open switched it to WAL (bytes 18 and 19 of the header become 2) and left a
    // -wal and -shm beside it.
    CHECK(digest(path) == before);
    CHECK(contents(path).mid(18, 2) == QByteArray("\x01\x01", 2));
    CHECK(sideFiles(path).isEmpty());

    // Not a database at all.
    const QString text = dir.filePath(QStringLiteral("说明.tuoyu"));
    {
        QFile f(text);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(5000, 'x'));
    }
    CHECK_FALSE(open(text, &error));
    CHECK(error.contains(QStringLiteral("不是 SQLite 数据库")));
    CHECK(QFileInfo(text).size() == 5000);
}

namespace {

/// Makes `path` unwritable even for root where the system allows it: the permission bits, and
/// (as root, who ignores them) the immutable attribute. Undone when it goes.
struct ReadOnlyGuard
{
    QStringList immutable;
    QStringList paths;

    void add(const QString &path, QFile::Permissions readOnly)
    {
        paths.prepend(path);
        QFile::setPermissions(path, readOnly);
        if (geteuid() == 0 &&
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), path}) == 0)
            immutable.prepend(path);
    }
    ~ReadOnlyGuard()
    {
        for (const QString &p : std::as_const(immutable))
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), p});
        for (const QString &p : std::as_const(paths))
            QFile::setPermissions(p, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
};

} // namespace

TEST_CASE("A workspace on read-only media opens for viewing and reports", "[damaged]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("光盘"));
    REQUIRE(QDir().mkpath(folder));
    const QString path = registryOf(dir, 50, QStringLiteral("光盘/w.tuoyu"));
    REQUIRE(sideFiles(path).isEmpty());
    const QByteArray before = digest(path);

    ReadOnlyGuard guard;
    guard.add(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    guard.add(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther);
    if (QFileInfo(path).isWritable() || QFileInfo(folder).isWritable()) {
        // Root with no chattr (or a file system without the attribute): nothing makes the file
        // read-only for this process, and the program is right to open it for writing.
        WARN("skipped: running as root where neither permissions nor chattr +i stop writing");
        return;
    }

    QString error;
    auto ws = open(path, &error);
    INFO(error.toStdString());
    REQUIRE(ws);
    CHECK(ws->access() == Database::Access::ReadOnlyMedium);
    CHECK(ws->readOnlyReason().contains(QDir::toNativeSeparators(path)));
    CHECK(InstitutionRepository(ws.get()).count() == 50);
    Institution added;
    added.name = QStringLiteral("新开托育园");
    auto command = institutioncommands::add(ws.get(), added, &error);
    REQUIRE(command);
    CHECK_FALSE(ws->execute(std::move(command), &error));
    CHECK(error.contains(QStringLiteral("只读")));
    ws.reset();
    CHECK(digest(path) == before);
    CHECK(sideFiles(path).isEmpty());
}

TEST_CASE("A lock held by another program is named as a lock", "[damaged]")
{
    QTemporaryDir dir;
    const QString path = registryOf(dir, 10);
    {
        // Another program holding the file: an exclusive lock, as a writer in the middle of a
        // long transaction or a tool with locking_mode=EXCLUSIVE keeps it.
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "holder");
        other.setDatabaseName(path);
        REQUIRE(other.open());
        QSqlQuery q(other);
        REQUIRE(q.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
        REQUIRE(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        REQUIRE(q.exec(QStringLiteral("UPDATE district SET name = name")));

        QString error;
        CHECK_FALSE(open(path, &error));
        INFO(error.toStdString());
        CHECK(error.contains(QDir::toNativeSeparators(path)));
        CHECK(error.contains(QStringLiteral("锁定")));
        CHECK_FALSE(error.contains(QStringLiteral("不是托育工作台文件")));
        REQUIRE(q.exec(QStringLiteral("ROLLBACK")));
        q.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase("holder");
}

TEST_CASE("A full disk during an import says so, and nothing is imported", "[damaged]")
{
    QTemporaryDir dir;
    const QString path = registryOf(dir, 10);
    QString error;
    auto ws = open(path, &error);
    REQUIRE(ws);
    // The file may not grow past the pages it has: to SQLite exactly a full disk (SQLITE_FULL).
    {
        QSqlQuery q(ws->db());
        REQUIRE(q.exec(QStringLiteral("PRAGMA page_count")));
        REQUIRE(q.next());
        const qint64 pages = q.value(0).toLongLong();
        REQUIRE(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2)));
    }
    io::Table table;
    table.rows = {{textCell(QStringLiteral("机构名称")), textCell(QStringLiteral("托位数"))}};
    for (int i = 0; i < 2000; ++i)
        table.rows.append({textCell(QStringLiteral("新开第%1托育园").arg(i)), numberCell(40)});
    ImportRequest request;
    request.sourceName = QStringLiteral("新机构.csv");
    ImportPlan plan = Importer::prepare(ws.get(), std::move(table), request, &error);
    INFO(error.toStdString());
    REQUIRE(plan.command);
    CHECK_FALSE(ws->execute(std::move(plan.command), &error));
    INFO(error.toStdString());
    CHECK(error.contains(QDir::toNativeSeparators(path)));
    CHECK(error.contains(QStringLiteral("磁盘已满")));
    CHECK_FALSE(error.contains(QStringLiteral("rollback")));
    CHECK(InstitutionRepository(ws.get()).count() == 10);
}

TEST_CASE("Nothing in core, ui or app runs a query whose failure could be ignored", "[damaged]")
{
    // Every query goes through SqlQuery (storage/sqlquery.h), which throws StorageError when
    // the engine fails. QSqlQuery itself, whose exec() and next() answer false for a failure as
    // for "no rows", and QSqlDatabase::exec(), which answers nothing, appear nowhere else.
    const QRegularExpression unchecked(
        QStringLiteral(R"(\bQSqlQuery\b|\b(db|m_db|database)(\(\))?\s*(\.|->)\s*exec\()"));
    int files = 0;
    const QStringList found = test::sourceLinesMatching(
        unchecked, {QStringLiteral("/storage/sqlquery.h"), QStringLiteral("/storage/sqlquery.cpp")},
        &files);
    CHECK(files > 150);
    INFO(found.join(QLatin1Char('\n')).toStdString());
    CHECK(found.isEmpty());
}
