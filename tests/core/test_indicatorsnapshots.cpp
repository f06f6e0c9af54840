// Monthly indicator snapshots in a real workspace: taken when values change, one row per
// indicator per month with the latest value winning, outside the undo stack but following undo.

#include "commands/institutioncommands.h"
#include "commands/plancommands.h"
#include "indicators/indicatorengine.h"
#include "indicators/indicatorsnapshots.h"
#include "testworkspace.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace tuoyu;

namespace {

/// The tunliu plan (7 indicators, 21 institutions, 1180 slots) in a fresh workspace.
struct Tunliu : test::TempWorkspace
{
    qint64 plan = 0;
    qint64 totalSlots = 0;  ///< the id of the 托位数 indicator
    qint64 institution = 0; ///< the first institution, whose slots the tests change
    qint64 slots = 0;       ///< its slots at the start
    Tunliu()
    {
        plan = test::createPlan(ws.get(), QStringLiteral("tunliu"));
        for (const IndicatorResult &r :
             IndicatorEngine::evaluate(ws.get(), plan, QDate(2025, 1, 1)))
            if (r.indicator.name == QStringLiteral("托位数"))
                totalSlots = r.indicator.id;
        REQUIRE(totalSlots != 0);
        QSqlQuery q(ws->db());
        REQUIRE(q.exec(QStringLiteral("SELECT id, slots FROM institution ORDER BY id LIMIT 1")));
        REQUIRE(q.next());
        institution = q.value(0).toLongLong();
        slots = q.value(1).toLongLong();
    }
    qint64 count(const QString &where = QStringLiteral("1 = 1"))
    {
        QSqlQuery q(ws->db());
        REQUIRE(
            q.exec(QStringLiteral("SELECT COUNT(*) FROM indicator_snapshot WHERE %1").arg(where)));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
    std::optional<double> stored(const QString &month)
    {
        return IndicatorSnapshots::history(ws.get(), totalSlots).value(month).value;
    }
    void setSlots(qint64 value)
    {
        QString error;
        auto command = institutioncommands::edit(ws.get(), institution,
                                                 {{QStringLiteral("slots"), value}}, &error);
        REQUIRE(command);
        REQUIRE(ws->execute(std::move(command), &error));
    }
};

} // namespace

TEST_CASE("Snapshots: one row per indicator per month, the month's latest value wins")
{
    Tunliu t;
    const QDate march(2025, 3, 10);
    CHECK(IndicatorSnapshots::take(t.get(), t.plan, march) == 7); // every indicator, even 无数据
    CHECK(t.count() == 7);
    CHECK(t.stored(QStringLiteral("2025-03")) == 1180.0);
    CHECK(IndicatorSnapshots::take(t.get(), t.plan, march) == 0); // nothing moved: no write

    t.setSlots(t.slots + 20);
    // Later in the same month: the row is replaced, only the indicators that moved are written.
    const int written = IndicatorSnapshots::take(t.get(), t.plan, march.addDays(5));
    CHECK(written >= 1);
    CHECK(written < 7);
    CHECK(t.count() == 7);
    CHECK(t.stored(QStringLiteral("2025-03")) == 1200.0);

    // A new month adds its own rows and leaves March's as observed.
    t.setSlots(t.slots);
    CHECK(IndicatorSnapshots::take(t.get(), t.plan, QDate(2025, 4, 2)) == 7);
    CHECK(t.count() == 14);
    CHECK(t.stored(QStringLiteral("2025-03")) == 1200.0);
    CHECK(t.stored(QStringLiteral("2025-04")) == 1180.0);
    const auto history = IndicatorSnapshots::history(t.get(), t.totalSlots);
    CHECK(history.keys() == QStringList{QStringLiteral("2025-03"), QStringLiteral("2025-04")});
    CHECK(history.first().takenAt.isValid());

    // Deleting the plan takes its snapshots with it.
    QSqlQuery q(t->db());
    REQUIRE(q.exec(QStringLiteral("DELETE FROM plan")));
    CHECK(t.count() == 0);
}

TEST_CASE("Snapshots follow every change, undo included, without being undone or audited")
{
    Tunliu t;
    SnapshotRecorder recorder(t.get());
    recorder.setPlan(t.plan);
    CHECK(t.count() == 0); // taken just after, not while the window opens
    QCoreApplication::processEvents();
    const QString month = QDate::currentDate().toString(QStringLiteral("yyyy-MM"));
    CHECK(t.count(QStringLiteral("month = '%1'").arg(month)) == 7);
    CHECK(t.stored(month) == 1180.0);

    t.setSlots(t.slots + 35);
    CHECK(t.stored(month) == 1215.0); // taken as the change was announced
    CHECK(t->undoStack()->count() == 1);
    CHECK(test::auditRows(t.get()) > 0);
    QSqlQuery audit(t->db());
    REQUIRE(audit.exec(
        QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'indicator_snapshot'")));
    REQUIRE(audit.next());
    CHECK(audit.value(0).toInt() == 0);

    t->undoStack()->undo();
    CHECK(t.stored(month) == 1180.0); // the month shows the state the undo left
    t->undoStack()->redo();
    CHECK(t.stored(month) == 1215.0);
    CHECK(t.count(QStringLiteral("month = '%1'").arg(month)) == 7);

    // A population figure moves the per-1,000 indicators: from 无数据 to a value.
    qint64 perThousand = 0;
    for (const IndicatorResult &r : IndicatorEngine::evaluate(t.get(), t.plan, QDate(2025, 1, 1)))
        if (r.indicator.formula == QStringLiteral("slots_per_1000_population"))
            perThousand = r.indicator.id;
    REQUIRE(perThousand != 0);
    const auto noFigure = IndicatorSnapshots::history(t.get(), perThousand).value(month);
    CHECK(noFigure.takenAt.isValid());
    CHECK_FALSE(noFigure.value);
    QString error;
    REQUIRE(t->execute(plancommands::setPopulation(t.get(), 2024, 262000, 6100, QString(), &error),
                       &error));
    const auto withFigure = IndicatorSnapshots::history(t.get(), perThousand).value(month);
    REQUIRE(withFigure.value);
    CHECK(*withFigure.value == Approx(1215.0 / 262000 * 1000));
}
