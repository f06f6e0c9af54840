// Backups of a workspace (BackupStore): the daily one, the retention rule, restoring and undoing
// a restore, and where backups go when the folder beside the workspace cannot be written.

#include "commands/demoworkspace.h"
#include "storage/backupstore.h"
#include "storage/planrepository.h"
#include "testworkspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <unistd.h>

using namespace tuoyu;
using namespace tuoyu::test;

namespace {

qint64 countRows(Workspace *ws, const char *table)
{
    QSqlQuery q(ws->db());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

/// A workspace holding the demo: 21 institutions, the tunliu tasks, a paid month of ledger lines.
void fillDemo(TempWorkspace &t)
{
    const qint64 plan = createPlan(t.get(), QStringLiteral("tunliu"));
    QString error;
    INFO(error.toStdString());
    REQUIRE(demoworkspace::fill(t.get(), plan, &error));
    REQUIRE(countRows(t.get(), "ledger_line") > 0);
}

QSet<QString> dailyFiles(const QString &folder)
{
    QSet<QString> names;
    for (const QString &name : QDir(folder).entryList({QStringLiteral("*.tuoyu")}, QDir::Files))
        names << name;
    return names;
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("The daily backup is written on the first open of a day, once, with its counts",
          "[backup]")
{
    TempWorkspace t;
    fillDemo(t);
    BackupStore store(t.path(), t.dir.filePath(QStringLiteral("appdata")));
    QString error;
    const QDate day(2026, 3, 9);
    const QString first = store.backupDaily(*t.ws, day, &error);
    INFO(error.toStdString());
    REQUIRE_FALSE(first.isEmpty());
    CHECK(QFileInfo(first).absolutePath() == store.besideFolder());
    CHECK(QFileInfo(first).fileName() == QStringLiteral("w-2026-03-09.tuoyu"));

    // The same day again (the window opened a second time): nothing new, no error.
    CHECK(store.backupDaily(*t.ws, day, &error).isEmpty());
    CHECK(error.isEmpty());
    CHECK(dailyFiles(store.besideFolder()).size() == 1);

    // The next day: a second one.
    CHECK_FALSE(store.backupDaily(*t.ws, day.addDays(1), &error).isEmpty());
    const QList<BackupInfo> list = store.list();
    REQUIRE(list.size() == 2);
    CHECK(list[0].made.date() == day.addDays(1)); // newest first
    for (const BackupInfo &b : list) {
        CHECK(b.kind == BackupInfo::Kind::Daily);
        CHECK(b.problem.isEmpty());
        CHECK(b.bytes == QFileInfo(b.path).size());
        CHECK(b.institutions == countRows(t.get(), "institution"));
        CHECK(b.institutions == 21);
        CHECK(b.tasks == countRows(t.get(), "task"));
        CHECK(b.ledgerLines == countRows(t.get(), "ledger_line"));
    }
}

TEST_CASE("Daily backups over a year keep the 7 newest and the first of each month", "[backup]")
{
    TempWorkspace t;
    BackupStore store(t.path(), t.dir.filePath(QStringLiteral("appdata")));
    QString error;
    const QDate start(2025, 1, 1);
    for (QDate day = start; day < start.addYears(1); day = day.addDays(1)) {
        INFO(day.toString(Qt::ISODate).toStdString());
        REQUIRE_FALSE(store.backupDaily(*t.ws, day, &error).isEmpty());
        // What must be there: the last 7 days and every month's first day so far.
        QSet<QString> expected;
        for (int back = 0; back < 7; ++back)
            if (day.addDays(-back) >= start)
                expected
                    << QStringLiteral("w-%1.tuoyu").arg(day.addDays(-back).toString(Qt::ISODate));
        for (QDate first = start; first <= day; first = first.addMonths(1))
            expected << QStringLiteral("w-%1.tuoyu").arg(first.toString(Qt::ISODate));
        REQUIRE(dailyFiles(store.besideFolder()) == expected);
    }
    CHECK(dailyFiles(store.besideFolder()).size() == 7 + 12);

    // Days missed: a month's first backup is the earliest one made in it, whatever its day.
    const QList<QDate> keep = BackupStore::datesToKeep(
        {QDate(2025, 3, 20), QDate(2025, 3, 5), QDate(2025, 4, 2), QDate(2025, 4, 3),
         QDate(2025, 4, 4), QDate(2025, 4, 7), QDate(2025, 4, 8), QDate(2025, 4, 9),
         QDate(2025, 4, 10), QDate(2025, 4, 11)});
    CHECK(keep == QList<QDate>{QDate(2025, 4, 11), QDate(2025, 4, 10), QDate(2025, 4, 9),
                               QDate(2025, 4, 8), QDate(2025, 4, 7), QDate(2025, 4, 4),
                               QDate(2025, 4, 3), QDate(2025, 4, 2), QDate(2025, 3, 5)});
}

TEST_CASE("A restore brings back the backup's records and is undone by restoring the file it kept",
          "[backup]")
{
    TempWorkspace t;
    fillDemo(t);
    const qint64 institutions = countRows(t.get(), "institution");
    const qint64 tasks = countRows(t.get(), "task");
    const qint64 lines = countRows(t.get(), "ledger_line");
    const QString saved = t.dir.filePath(QStringLiteral("saved.tuoyu"));
    QString error;
    REQUIRE(BackupStore::write(*t.ws, saved, &error));
    // Writing over a file is refused.
    CHECK_FALSE(BackupStore::write(*t.ws, saved, &error));
    CHECK(error.contains(QStringLiteral("saved.tuoyu")));

    // Work after the backup: ledger lines and an institution removed.
    {
        QSqlQuery q(t->db());
        REQUIRE(q.exec(QStringLiteral("DELETE FROM ledger_line")));
        REQUIRE(q.exec(QStringLiteral("UPDATE institution SET name = name || '（改）'")));
    }
    t.ws.reset(); // the window closes the workspace before restoring

    BackupStore store(t.path(), t.dir.filePath(QStringLiteral("appdata")));
    QString kept;
    REQUIRE(store.restore(saved, &kept, &error));
    INFO(error.toStdString());
    REQUIRE_FALSE(kept.isEmpty());
    const BackupInfo restored = BackupStore::describe(t.path());
    CHECK(restored.problem.isEmpty());
    CHECK(restored.institutions == institutions);
    CHECK(restored.tasks == tasks);
    CHECK(restored.ledgerLines == lines);
    const BackupInfo replaced = BackupStore::describe(kept);
    CHECK(replaced.kind == BackupInfo::Kind::BeforeRestore);
    CHECK(replaced.ledgerLines == 0);
    CHECK(store.list().size() == 1);

    {
        auto ws = Workspace::open(t.path(), &error);
        REQUIRE(ws);
        CHECK(ws->dialect().integrityProblems(ws->db()).isEmpty());
        QSqlQuery q(ws->db());
        REQUIRE(
            q.exec(QStringLiteral("SELECT COUNT(*) FROM institution WHERE name LIKE '%（改）'")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 0);
    }

    // Undo: restore the kept file; the edits made after the backup are back.
    QString keptAgain;
    REQUIRE(store.restore(kept, &keptAgain, &error));
    const BackupInfo undone = BackupStore::describe(t.path());
    CHECK(undone.ledgerLines == 0);
    CHECK(undone.institutions == institutions);
    auto ws = Workspace::open(t.path(), &error);
    REQUIRE(ws);
    QSqlQuery q(ws->db());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM institution WHERE name LIKE '%（改）'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == institutions);
    CHECK(store.list().size() == 2); // both replaced files are kept
}

TEST_CASE("A restore refuses a file that is not a sound workspace and changes nothing", "[backup]")
{
    TempWorkspace t;
    fillDemo(t);
    const QString saved = t.dir.filePath(QStringLiteral("saved.tuoyu"));
    QString error;
    REQUIRE(BackupStore::write(*t.ws, saved, &error));
    t.ws.reset();
    const QByteArray before = bytesOf(t.path());

    // A text file, another program's SQLite file, a backup cut short, a file that is not there.
    const QString text = t.dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile f(text);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("机构名单\n");
    }
    const QString other = t.dir.filePath(QStringLiteral("other.db"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("o"));
        db.setDatabaseName(other);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE institution (id INTEGER)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("o"));
    const QString cut = t.dir.filePath(QStringLiteral("cut.tuoyu"));
    {
        const QByteArray whole = bytesOf(saved);
        QFile f(cut);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(whole.left(whole.size() / 2));
    }
    const QString missing = t.dir.filePath(QStringLiteral("missing.tuoyu"));

    BackupStore store(t.path(), t.dir.filePath(QStringLiteral("appdata")));
    for (const QString &bad : {text, other, cut, missing}) {
        INFO(bad.toStdString());
        QString kept;
        error.clear();
        CHECK_FALSE(store.restore(bad, &kept, &error));
        CHECK(error.contains(QFileInfo(bad).fileName()));
        CHECK(kept.isEmpty());
        CHECK(bytesOf(t.path()) == before);
    }
    CHECK(store.list().isEmpty()); // nothing was kept, since nothing was replaced

    // Nor is another program's database ever replaced by a restore.
    BackupStore overOther(other, t.dir.filePath(QStringLiteral("appdata")));
    CHECK_FALSE(overOther.restore(saved, nullptr, &error));
    CHECK(error.contains(QStringLiteral("other.db")));
}

TEST_CASE("Backups go to the user's data folder when the folder beside the workspace cannot be "
          "written",
          "[backup]")
{
    TempWorkspace t;
    const QString appData = t.dir.filePath(QStringLiteral("appdata"));
    BackupStore store(t.path(), appData);
    // The folder's place is taken by a file: no folder can be made there. (A read-only folder,
    // chmod 0555, is the same to BackupStore, which tries a write; root writes there anyway.)
    {
        QFile blocker(store.besideFolder());
        REQUIRE(blocker.open(QIODevice::WriteOnly));
    }
    QString error;
    const QString made = store.backupDaily(*t.ws, QDate(2026, 5, 1), &error);
    INFO(error.toStdString());
    REQUIRE_FALSE(made.isEmpty());
    CHECK(QFileInfo(made).absolutePath() == store.fallbackFolder());
    CHECK(store.fallbackFolder().startsWith(appData));
    REQUIRE(store.list().size() == 1);
    CHECK(store.list()[0].path == made);
    // Once a day counts the backup in either folder.
    CHECK(store.backupDaily(*t.ws, QDate(2026, 5, 1), &error).isEmpty());

    if (geteuid() != 0) {
        QFile::remove(store.besideFolder());
        REQUIRE(QDir().mkpath(store.besideFolder()));
        QFile::setPermissions(store.besideFolder(), QFile::ReadOwner | QFile::ExeOwner);
        const QString next = store.backupDaily(*t.ws, QDate(2026, 5, 2), &error);
        CHECK(QFileInfo(next).absolutePath() == store.fallbackFolder());
        QFile::setPermissions(store.besideFolder(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
}
