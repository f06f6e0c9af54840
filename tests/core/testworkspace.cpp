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
    const qint64 auditBefore = auditRows(t.get());
    QString failure;
    REQUIRE(t->execute(std::move(command), &failure));
    const QString after = dumpTables(t.get());
    CHECK(after != before);
    const qint64 auditDo = auditRows(t.get());
    CHECK(auditDo > auditBefore);

    t->undoStack()->undo();
    CHECK(dumpTables(t.get()) == before);
    const qint64 auditUndo = auditRows(t.get());
    CHECK(auditUndo - auditDo == auditDo - auditBefore); // undo is audited like the change
    CHECK(auditRows(t.get(), QStringLiteral("undo")) > 0);

    t->undoStack()->redo();
    CHECK(dumpTables(t.get()) == after);
    CHECK(auditRows(t.get()) - auditUndo == auditDo - auditBefore);
    CHECK(auditRows(t.get(), QStringLiteral("redo")) > 0);
}

} // namespace tuoyu::test
