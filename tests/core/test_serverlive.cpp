// Colleagues on one server (issue 21, docs/server.md): each commit is announced (NOTIFY) and an
// open session follows it within a second, its registry totals included; an import planned on
// a worker thread takes its keys from the server's sequences while a colleague writes too.

#include "commands/importcommand.h"
#include "import/importcontext.h"
#include "indicators/registrycache.h"
#include "io/reader.h"
#include "mapping/tablemapper.h"
#include "storage/postgresql/postgresqldialect.h"
#include "storage/postgresql/postgresqlurl.h"
#include "testworkspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <thread>
#include <vector>

using namespace tuoyu;

namespace {

struct ServerDatabase
{
    QString name;
    QString address;
    ServerDatabase() { address = test::newServerDatabase(&name); }
    ~ServerDatabase() { test::dropServerDatabase(name); }
};

std::unique_ptr<Workspace> connect(const QString &address, bool create = false)
{
    QString error;
    auto ws = create ? Workspace::create(address, &error) : Workspace::open(address, &error);
    INFO(error.toStdString());
    REQUIRE(ws);
    return ws;
}

std::unique_ptr<WorkspaceCommand> addInstitution(Workspace *ws, const QString &name, qint64 slots)
{
    return std::make_unique<WorkspaceCommand>(
        ws, QStringLiteral("新增机构"),
        QList<RowChange>{RowChange::insert(QStringLiteral("institution"),
                                           ws->allocateId(QStringLiteral("institution")),
                                           {{QStringLiteral("name"), name},
                                            {QStringLiteral("kind"), QStringLiteral("public")},
                                            {QStringLiteral("slots"), slots}})});
}

/// Runs the event loop until `seen` says yes or `ms` have passed; the milliseconds it took,
/// -1 when it never did.
template <typename Seen> qint64 waitFor(Seen seen, int ms = 3000)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (seen())
            return clock.elapsed();
    }
    return -1;
}

io::Table institutionTable()
{
    const io::ReadResult r = io::readFile(QStringLiteral(TUOYU_SHARED_DIR "/fixtures/") +
                                          QStringLiteral("tunliu-institutions.xlsx"));
    INFO(r.error.toStdString());
    REQUIRE(r.ok());
    const int index = mapping::proposeTable(r.tables);
    REQUIRE(index >= 0);
    return r.tables[index];
}

} // namespace

TEST_CASE("A colleague's commit on the server reaches an open session within a second, and its "
          "registry totals follow",
          "[postgresql]")
{
    if (!test::serverTestsRun())
        return;
    ServerDatabase server;
    auto mine = connect(server.address, true);
    auto colleague = connect(server.address);
    CHECK(mine->followsOthers());
    CHECK(colleague->followsOthers());

    int heard = 0;
    QSet<QString> tables;
    QObject::connect(colleague.get(), &Workspace::changed, [&](const QSet<QString> &t) {
        ++heard;
        tables = t;
    });
    const QDate today = QDate::currentDate();
    CHECK(RegistryCache::of(colleague.get())->totals(today).institutions == 0);

    // Twenty edits, each seen by the colleague's session before the next: how long from the
    // edit being issued to the colleague's change signal, and to its registry totals read again.
    std::vector<qint64> seenUs;
    std::vector<qint64> totalsUs;
    QString error;
    for (int i = 1; i <= 20; ++i) {
        const int before = heard;
        QElapsedTimer clock;
        clock.start();
        REQUIRE(
            mine->execute(addInstitution(mine.get(), QStringLiteral("机构%1").arg(i), 10), &error));
        while (heard == before && clock.elapsed() < 3000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        REQUIRE(heard > before);
        seenUs.push_back(clock.nsecsElapsed() / 1000);
        CHECK(heard == before + 1); // one commit, one announcement
        CHECK(tables.contains(QStringLiteral("institution")));
        const RegistryTotals totals = RegistryCache::of(colleague.get())->totals(today);
        totalsUs.push_back(clock.nsecsElapsed() / 1000);
        CHECK(totals.institutions == i);
        CHECK(totals.slots == 10 * i);
    }
    std::sort(seenUs.begin(), seenUs.end());
    std::sort(totalsUs.begin(), totalsUs.end());
    const qint64 worst = seenUs.back() / 1000;
    std::printf("server: an edit seen by a colleague's session after %.1f ms (median of 20, from "
                "issuing it; %.1f ms at most), its registry totals after %.1f ms\n",
                double(seenUs[seenUs.size() / 2]) / 1000, double(seenUs.back()) / 1000,
                double(totalsUs[totalsUs.size() / 2]) / 1000);
    CHECK(worst < 1000);

    SECTION("a session's own commits, rolled-back writes and other districts are not announced")
    {
        int ownHeard = 0;
        QObject::connect(mine.get(), &Workspace::changed, [&] { ++ownHeard; });
        REQUIRE(mine->execute(addInstitution(mine.get(), QStringLiteral("自己的"), 5), &error));
        CHECK(ownHeard == 1); // the command's own announcement, not a second from the server
        CHECK(waitFor([&] { return ownHeard > 1; }, 300) == -1);
        REQUIRE(waitFor([&] { return heard == 21; }) >= 0);

        {
            Workspace::WriteLock lock(colleague.get());
            REQUIRE(lock.isOpen());
            QSqlQuery(colleague->db())
                .exec(QStringLiteral("UPDATE institution SET slots = 99 WHERE id = 1"));
        } // rolled back
        CHECK(waitFor([&] { return ownHeard > 1; }, 300) == -1);

        // Another district in the same database (one database, many districts) is another
        // window's business.
        QSqlQuery other(colleague->db());
        REQUIRE(other.exec(QStringLiteral("SELECT pg_notify('%1', '{\"district\":\"别的区\"}')")
                               .arg(PostgresqlDialect::changeChannel())));
        CHECK(waitFor([&] { return ownHeard > 1; }, 300) == -1);
        REQUIRE(other.exec(QStringLiteral("SELECT pg_notify('%1', '{\"district\":\"测试区\"}')")
                               .arg(PostgresqlDialect::changeChannel())));
        CHECK(waitFor([&] { return ownHeard > 1; }) >= 0);
    }
}

TEST_CASE("An import planned on a worker thread takes its keys from the server's sequences, "
          "while a colleague inserts too",
          "[postgresql]")
{
    if (!test::serverTestsRun())
        return;
    ServerDatabase server;
    auto mine = connect(server.address, true);
    auto colleague = connect(server.address);
    const io::Table table = institutionTable();

    auto context = ImportContext::forWorker(mine.get());
    ImportRequest request;
    request.sourceName = QStringLiteral("tunliu-institutions.xlsx");
    ImportPlan plan;
    mapping::MappingResult mapped;
    QString error;
    std::thread worker([&] {
        REQUIRE(context->attach(&error));
        plan = Importer::prepare(*context, table, request, &mapped, &error);
        context->detach();
    });
    worker.join();
    INFO(error.toStdString());
    REQUIRE(plan.command);
    CHECK(plan.inserted == 21);

    // Meanwhile a colleague adds institutions: on a file the worker's first key would be
    // theirs too; here the sequences handed each key out once.
    for (int i = 0; i < 3; ++i)
        REQUIRE(colleague->execute(
            addInstitution(colleague.get(), QStringLiteral("同事的机构%1").arg(i), 1), &error));
    REQUIRE(context->settle(&error));
    REQUIRE(mine->execute(std::move(plan.command), &error));
    REQUIRE(mine->execute(addInstitution(mine.get(), QStringLiteral("导入后"), 1), &error));

    QSqlQuery q(mine->db());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT id), SUM(slots) FROM "
                                  "institution")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 25);
    CHECK(q.value(1).toInt() == 25);
    CHECK(q.value(2).toLongLong() == 1180 + 3 + 1);

    // Undo and redo put the imported rows back under the same keys.
    mine->undoStack()->undo();
    mine->undoStack()->undo();
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM institution")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 3);
    mine->undoStack()->redo();
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM institution")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 24);
}

TEST_CASE("Connecting says what went wrong in the officer's words, naming the server",
          "[postgresql]")
{
    if (!test::serverTestsRun())
        return;
    ServerDatabase server;
    connect(server.address, true);
    QString address = server.address;
    QString error;

    const QString noDatabase =
        QString(address).replace(server.name + QLatin1Char('?'), QStringLiteral("no_such_db?"));
    CHECK_FALSE(Workspace::open(noDatabase, &error));
    INFO(error.toStdString());
    CHECK(error.contains(QStringLiteral("没有数据库“no_such_db”")));
    CHECK_FALSE(PostgresqlUrl::wantsPassword(error));

    const auto url = PostgresqlUrl::parse(address, &error);
    REQUIRE(url);
    QString closedPort = address;
    closedPort.replace(QStringLiteral(":%1/").arg(url->port), QStringLiteral(":1/"));
    CHECK_FALSE(Workspace::open(closedPort, &error));
    CHECK(error.contains(QStringLiteral("无法连接服务器 127.0.0.1:1")));
    CHECK(error.contains(QStringLiteral("没有应答")));

    QString noUser = address;
    noUser.replace(QStringLiteral("//%1@").arg(url->user), QStringLiteral("//nobody_here@"));
    CHECK_FALSE(Workspace::open(noUser, &error));
    CHECK(error.contains(QStringLiteral("没有用户“nobody_here”")));

    // The password words are the ones the window asks for a password on.
    QSqlError wanted(QStringLiteral("fe_sendauth: no password supplied"), QString(),
                     QSqlError::ConnectionError);
    CHECK(PostgresqlUrl::wantsPassword(url->connectFailure(wanted)));
    QSqlError refused(QStringLiteral("FATAL:  password authentication failed for user \"a\""),
                      QString(), QSqlError::ConnectionError);
    CHECK(PostgresqlUrl::wantsPassword(url->connectFailure(refused)));
}
