// Two writers on one workspace file: two sessions (two real SQLite connections, as two
// programs on a shared drive have) insert, edit, undo and redo. Ids and audit batches come
// from the file inside the write transaction; an update or delete applies only while the row
// still holds what it replaces (已被他人修改 otherwise, nothing half-applied); a lock held past
// the timeout says so in Chinese, naming the file. pg.writers runs the same cases with two
// sessions on one PostgreSQL database (tests/core/CMakeLists.txt says which are the file's own).

#include "commands/areacommands.h"
#include "commands/taskcommands.h"
#include "storage/planrepository.h"
#include "testworkspace.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QThread>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <atomic>

using namespace tuoyu;
using test::dumpTables;

namespace {

std::unique_ptr<Workspace> openAgain(const QString &path)
{
    QString error;
    auto ws = Workspace::open(path, &error);
    INFO(error.toStdString());
    REQUIRE(ws);
    return ws;
}

qint64 scalar(Workspace *ws, const QString &sql)
{
    QSqlQuery q(ws->db());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

QString taskText(Workspace *ws, qint64 id)
{
    return PlanRepository(ws).task(id)->task.text;
}

bool addArea(Workspace *ws, const QString &name, QString *error)
{
    return ws->execute(areacommands::add(ws, name, QString(), error), error);
}

/// What a conflict message says of who changed the record and when: "（李四 于 2026-12-05 10:31"
/// (the minute is left out: the test may straddle one).
QString changedBy(const QString &actor)
{
    return QStringLiteral("（%1 于 %2 ")
        .arg(actor, QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")));
}

/// The failure a command's undo or redo reports (the window shows it).
struct Failures
{
    QStringList messages;
    explicit Failures(Workspace *ws)
    {
        QObject::connect(ws, &Workspace::failed,
                         [this](const QString &message) { messages << message; });
    }
};

} // namespace

TEST_CASE("Two sessions inserting into one file take ids and audit batches from the file")
{
    test::TempWorkspace t;
    auto other = openAgain(t.path());
    QString error;
    // Each session has handed out ids before the other writes: a per-session maximum
    // would give the third area the second one's id (UNIQUE constraint failed: area.id).
    REQUIRE(addArea(t.get(), QStringLiteral("城关镇"), &error));
    REQUIRE(addArea(other.get(), QStringLiteral("东关街道"), &error));
    INFO(error.toStdString());
    REQUIRE(addArea(t.get(), QStringLiteral("西关街道"), &error));
    REQUIRE(addArea(other.get(), QStringLiteral("北关街道"), &error));
    CHECK(scalar(t.get(), QStringLiteral("SELECT COUNT(*) FROM area")) == 4);
    // Each command's audit rows have a batch of their own.
    CHECK(scalar(t.get(), QStringLiteral("SELECT COUNT(DISTINCT batch) FROM audit_log")) == 4);

    // Undo and redo keep their ids; an id undo freed is not handed out again by this session.
    t->undoStack()->undo(); // 西关街道 goes
    REQUIRE(addArea(t.get(), QStringLiteral("南关街道"), &error));
    CHECK(scalar(t.get(), QStringLiteral("SELECT COUNT(*) FROM area")) == 4);
}

TEST_CASE("A redo whose id another program took meanwhile fails whole, naming the record")
{
    test::TempWorkspace t;
    QString error;
    REQUIRE(addArea(t.get(), QStringLiteral("城关镇"), &error));
    REQUIRE(addArea(t.get(), QStringLiteral("东关街道"), &error));
    t->undoStack()->undo(); // 东关街道's id is free in the file
    auto other = openAgain(t.path());
    REQUIRE(addArea(other.get(), QStringLiteral("西关街道"), &error)); // takes that id
    const QString before = dumpTables(t.get());
    Failures failures(t.get());
    t->undoStack()->redo();
    REQUIRE(failures.messages.size() == 1);
    INFO(failures.messages.first().toStdString());
    CHECK(failures.messages.first().contains(QStringLiteral("已被他人修改")));
    CHECK(failures.messages.first().contains(QStringLiteral("乡镇（街道）")));
    CHECK_FALSE(failures.messages.first().contains(QStringLiteral("UNIQUE")));
    CHECK(dumpTables(t.get()) == before);
}

TEST_CASE("Undo does not overwrite a colleague's later edit of the same record")
{
    test::TempWorkspace t;
    const qint64 planId = test::createPlan(t.get(), QStringLiteral("tunliu"));
    const qint64 id = PlanRepository(t.get()).tasks(planId).first().task.id;
    const QString original = taskText(t.get(), id);
    QString error;
    taskcommands::TaskEdit mine;
    mine.text = QStringLiteral("新增2所普惠社区托育点");
    REQUIRE(t->execute(taskcommands::edit(t.get(), id, mine, &error), &error));

    auto other = openAgain(t.path());
    other->setActor(QStringLiteral("李四"));
    taskcommands::TaskEdit theirs;
    theirs.text = QStringLiteral("新增3所普惠社区托育点（同事改）");
    REQUIRE(other->execute(taskcommands::edit(other.get(), id, theirs, &error), &error));

    const QString before = dumpTables(t.get());
    const qint64 auditBefore = test::auditRows(t.get());
    Failures failures(t.get());
    t->undoStack()->undo();
    REQUIRE(failures.messages.size() == 1);
    const QString message = failures.messages.first();
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("已被他人修改")));
    CHECK(message.contains(QStringLiteral("任务“新增3所普惠社区托育点（同事改）”")));
    // Who changed it and when, from the record's latest audit entry.
    CHECK(message.contains(changedBy(QStringLiteral("李四"))));
    CHECK(taskText(t.get(), id) == theirs.text.value());
    CHECK(taskText(t.get(), id) != original);
    CHECK(dumpTables(t.get()) == before);
    CHECK(test::auditRows(t.get()) == auditBefore);
    // The stack no longer matches the data: it is emptied once QUndoStack::undo() has returned
    // (clearing it inside would delete the command the stack is still using).
    QCoreApplication::processEvents();
    CHECK(t->undoStack()->count() == 0);
}

TEST_CASE("Redo follows the same rule as undo")
{
    test::TempWorkspace t;
    const qint64 planId = test::createPlan(t.get(), QStringLiteral("tunliu"));
    const qint64 id = PlanRepository(t.get()).tasks(planId).first().task.id;
    QString error;
    taskcommands::TaskEdit mine;
    mine.text = QStringLiteral("我的改动");
    REQUIRE(t->execute(taskcommands::edit(t.get(), id, mine, &error), &error));
    t->undoStack()->undo();

    auto other = openAgain(t.path());
    taskcommands::TaskEdit theirs;
    theirs.text = QStringLiteral("同事的改动");
    REQUIRE(other->execute(taskcommands::edit(other.get(), id, theirs, &error), &error));

    Failures failures(t.get());
    t->undoStack()->redo();
    REQUIRE(failures.messages.size() == 1);
    CHECK(failures.messages.first().contains(QStringLiteral("已被他人修改")));
    CHECK(taskText(t.get(), id) == QStringLiteral("同事的改动"));
    // Without an event loop the stale stack goes before the next command is pushed.
    REQUIRE(addArea(t.get(), QStringLiteral("城关镇"), &error));
    CHECK(t->undoStack()->count() == 1);
}

TEST_CASE("A command whose later change meets a colleague's edit applies none of its changes")
{
    test::TempWorkspace t;
    const qint64 planId = test::createPlan(t.get(), QStringLiteral("tunliu"));
    const QList<TaskView> tasks = PlanRepository(t.get()).tasks(planId);
    const qint64 first = tasks[0].task.id;
    const qint64 second = tasks[1].task.id;
    // Built from what this session read; the colleague then changes the second task.
    auto command = std::make_unique<WorkspaceCommand>(
        t.get(), QStringLiteral("改两项任务"),
        QList<RowChange>{RowChange::update(QStringLiteral("task"), first,
                                           {{QStringLiteral("notes"), tasks[0].task.notes}},
                                           {{QStringLiteral("notes"), QStringLiteral("甲")}}),
                         RowChange::update(QStringLiteral("task"), second,
                                           {{QStringLiteral("text"), tasks[1].task.text}},
                                           {{QStringLiteral("text"), QStringLiteral("乙")}})});
    auto other = openAgain(t.path());
    other->setActor(QStringLiteral("王五"));
    QString error;
    taskcommands::TaskEdit theirs;
    theirs.text = QStringLiteral("同事改了第二项");
    REQUIRE(other->execute(taskcommands::edit(other.get(), second, theirs, &error), &error));

    const QString before = dumpTables(t.get());
    CHECK_FALSE(t->execute(std::move(command), &error));
    INFO(error.toStdString());
    CHECK(error.contains(QStringLiteral("任务“同事改了第二项”")));
    CHECK(error.contains(QStringLiteral("已被他人修改") + changedBy(QStringLiteral("王五"))));
    CHECK(error.contains(QStringLiteral("“改两项任务”未执行")));
    CHECK(dumpTables(t.get()) == before); // the first task's notes were rolled back
    CHECK(t->undoStack()->count() == 0);
}

TEST_CASE("A delete of a record a colleague changed, or deleted, is refused")
{
    test::TempWorkspace t;
    QString error;
    REQUIRE(addArea(t.get(), QStringLiteral("城关镇"), &error));
    const qint64 id = scalar(t.get(), QStringLiteral("SELECT id FROM area"));
    auto remove = areacommands::remove(t.get(), id, &error);
    REQUIRE(remove);
    auto other = openAgain(t.path());
    other->setActor(QStringLiteral("赵六"));
    REQUIRE(other->execute(
        areacommands::edit(other.get(), id, QStringLiteral("城关街道"), QString(), &error),
        &error));
    CHECK_FALSE(t->execute(std::move(remove), &error));
    CHECK(error.contains(QStringLiteral("乡镇（街道）“城关街道”")));
    CHECK(error.contains(QStringLiteral("已被他人修改")));
    CHECK(scalar(t.get(), QStringLiteral("SELECT COUNT(*) FROM area")) == 1);

    auto rename = areacommands::edit(t.get(), id, QStringLiteral("城关镇"), QString(), &error);
    REQUIRE(rename);
    REQUIRE(other->execute(areacommands::remove(other.get(), id, &error), &error));
    CHECK_FALSE(t->execute(std::move(rename), &error));
    CHECK(error.contains(QStringLiteral("已被他人删除") + changedBy(QStringLiteral("赵六"))));
}

TEST_CASE("A write waits for another program's write, and says so when it outlasts the wait")
{
    test::TempWorkspace t;
    auto other = openAgain(t.path());
    QString error;

    // Another program holds the write lock for a second (its own connection, on its own
    // thread): this write waits for it, then succeeds.
    std::atomic<bool> holding{false};
    std::atomic<bool> otherOk{false}; // Catch2's assertions stay on the test's thread
    const QString path = t.path();
    QThread *writer = QThread::create([&holding, &otherOk, path] {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("other-program"));
            db.setDatabaseName(path);
            QSqlQuery q(db);
            bool ok =
                db.open() && q.exec(QStringLiteral("BEGIN IMMEDIATE")) &&
                q.exec(QStringLiteral("INSERT INTO area (id, name) VALUES (100, '另一程序的')"));
            holding = true;
            QThread::msleep(1000);
            otherOk = ok && q.exec(QStringLiteral("COMMIT"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other-program"));
    });
    writer->start();
    while (!holding)
        QThread::msleep(5);
    QElapsedTimer waited;
    waited.start();
    REQUIRE(addArea(t.get(), QStringLiteral("城关镇"), &error));
    CHECK(waited.elapsed() >= 500);
    writer->wait();
    delete writer;
    CHECK(otherOk);
    CHECK(scalar(t.get(), QStringLiteral("SELECT COUNT(*) FROM area")) == 2);

    // A lock that outlasts the timeout: a clear Chinese message naming the file, nothing written.
    Workspace::WriteLock held(other.get());
    REQUIRE(held.isOpen());
    const QString before = dumpTables(t.get());
    QElapsedTimer clock;
    clock.start();
    CHECK_FALSE(addArea(t.get(), QStringLiteral("东关街道"), &error));
    INFO(error.toStdString());
    CHECK(clock.elapsed() >= 4000); // it waited
    CHECK(error.contains(QStringLiteral("另一程序正在写入")));
    CHECK(error.contains(QDir::toNativeSeparators(t.path())));
    CHECK_FALSE(error.contains(QStringLiteral("locked")));
    CHECK(dumpTables(t.get()) == before);
}

TEST_CASE("A session notices another program's commit and announces every table")
{
    test::TempWorkspace t;
    auto other = openAgain(t.path());
    CHECK_FALSE(t->noticeOthersWrites()); // the first look only takes the count
    QSet<QString> announced;
    QObject::connect(t.get(), &Workspace::changed,
                     [&announced](const QSet<QString> &tables) { announced = tables; });
    QString error;
    REQUIRE(addArea(t.get(), QStringLiteral("城关镇"), &error)); // its own commit
    announced.clear();
    CHECK_FALSE(t->noticeOthersWrites());
    REQUIRE(addArea(other.get(), QStringLiteral("东关街道"), &error));
    CHECK(t->noticeOthersWrites());
    CHECK(announced.contains(QStringLiteral("area")));
    CHECK(announced.contains(QStringLiteral("task")));
    CHECK_FALSE(t->noticeOthersWrites());
}
