#include "testworkspace.h"

#include "commands/plancommands.h"
#include "storage/planrepository.h"
#include "templates/templatelibrary.h"

#include "storage/postgresql/postgresqlurl.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUndoStack>

namespace tuoyu::test {

QString testServer()
{
    static const QString address = [] {
        QString text = qEnvironmentVariable("TUOYU_TEST_SERVER");
        const QString file = qEnvironmentVariable("TUOYU_TEST_SERVER_FILE");
        if (text.isEmpty() && !file.isEmpty()) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly))
                text = QString::fromUtf8(f.readAll()).trimmed();
            // Asked for a server that is not there: fail, never fall back to files unseen.
            if (text.isEmpty())
                FAIL("TUOYU_TEST_SERVER_FILE names " << file.toStdString()
                                                     << ", which holds no server address");
        }
        return text;
    }();
    return address;
}

bool serverTestsRun()
{
    if (!testServer().isEmpty())
        return true;
    if (qEnvironmentVariable("CI") == QLatin1String("true"))
        FAIL("CI=true and no test server: set TUOYU_TEST_SERVER or run through CTest's pg fixture");
    WARN("No PostgreSQL test server (TUOYU_TEST_SERVER): the server cases are skipped");
    return false;
}

namespace {

/// The connection to the test server's maintenance database, which makes and drops the tests'.
QSqlDatabase maintenance()
{
    const QString name = QStringLiteral("tuoyu-test-server");
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    QString error;
    const auto url = PostgresqlUrl::parse(testServer() + QStringLiteral("?district=-"), &error);
    INFO(error.toStdString());
    REQUIRE(url);
    url->applyTo(db);
    INFO(db.lastError().text().toStdString());
    REQUIRE(db.open());
    QSqlQuery(db).exec(QStringLiteral("SET client_min_messages = warning"));
    return db;
}

} // namespace

QString newServerDatabase(QString *database, const QString &district)
{
    static int counter = 0;
    *database =
        QStringLiteral("tuoyu_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    QSqlQuery q(maintenance());
    q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(*database));
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec(QStringLiteral("CREATE DATABASE %1").arg(*database)));
    QString address = testServer();
    address.truncate(address.lastIndexOf(QLatin1Char('/')) + 1);
    return address + *database + QStringLiteral("?district=") +
           (district.isEmpty() ? QStringLiteral("测试区") : district);
}

void dropServerDatabase(const QString &database)
{
    QSqlQuery q(maintenance());
    q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database));
}

qint64 createPlan(Workspace *ws, const QString &templateId)
{
    QString error;
    const auto draft = TemplateLibrary::load(templateId, &error);
    INFO(error.toStdString());
    REQUIRE(draft);
    REQUIRE(ws->execute(plancommands::create(ws, *draft, &error), &error));
    ws->undoStack()->clear();
    return PlanRepository(ws).defaultPlan()->id;
}

QString dumpTables(Workspace *ws)
{
    QStringList tables;
    QSqlQuery t(ws->db());
    if (ws->dialect().driverName() == QLatin1String("QPSQL"))
        t.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                              "AND tablename <> 'audit_log' ORDER BY tablename"));
    else
        t.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> "
                              "'audit_log' ORDER BY name"));
    while (t.next())
        tables << t.value(0).toString();
    QString out;
    for (const QString &table : tables) {
        QSqlQuery q(ws->db());
        q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table));
        while (q.next()) {
            out += table + QLatin1Char(':');
            for (int i = 0; i < q.record().count(); ++i)
                out += QLatin1Char('|') +
                       (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            out += QLatin1Char('\n');
        }
    }
    return out;
}

qint64 auditRows(Workspace *ws, const QString &action)
{
    QSqlQuery q(ws->db());
    if (action.isEmpty()) {
        q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    } else {
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"));
        q.addBindValue(action);
        q.exec();
    }
    return q.next() ? q.value(0).toLongLong() : -1;
}

void doUndoRedo(TempWorkspace &t, std::unique_ptr<WorkspaceCommand> command, const QString &error)
{
    INFO(error.toStdString());
    REQUIRE(command);
    const QString before = dumpTables(t.get());
    const qint64 doRows = auditRows(t.get(), QStringLiteral("do"));
    const qint64 undoRows = auditRows(t.get(), QStringLiteral("undo"));
    const qint64 redoRows = auditRows(t.get(), QStringLiteral("redo"));
    QString failure;
    REQUIRE(t->execute(std::move(command), &failure));
    const QString after = dumpTables(t.get());
    CHECK(after != before);
    CHECK(auditRows(t.get(), QStringLiteral("do")) > doRows);
    t->undoStack()->undo();
    CHECK(dumpTables(t.get()) == before);
    CHECK(auditRows(t.get(), QStringLiteral("undo")) > undoRows);
    t->undoStack()->redo();
    CHECK(dumpTables(t.get()) == after);
    CHECK(auditRows(t.get(), QStringLiteral("redo")) > redoRows);
}

void execute(Workspace *ws, std::unique_ptr<WorkspaceCommand> command, const QString &error)
{
    INFO(error.toStdString());
    REQUIRE(command);
    QString failure;
    INFO(failure.toStdString());
    REQUIRE(ws->execute(std::move(command), &failure));
}

qint64 scalar(Workspace *ws, const QString &sql)
{
    QSqlQuery q(ws->db());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace tuoyu::test
