#include "testworkspace.h"

#include "commands/plancommands.h"
#include "storage/planrepository.h"
#include "templates/templatelibrary.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QUndoStack>

namespace tuoyu::test {

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
