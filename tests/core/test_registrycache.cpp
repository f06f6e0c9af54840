// The registry cache against the SQL it replaces: after every kind of write the cached totals
// must equal a fresh computation, date by date.

#include "commands/importcommand.h"
#include "commands/institutioncommands.h"
#include "indicators/registrycache.h"
#include "io/reader.h"
#include "mapping/tablemapper.h"
#include "sqlregistrytotals.h"
#include "testworkspace.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace tuoyu;

namespace {

const QList<QDate> kDates = {QDate(2023, 12, 31), QDate(2024, 6, 30), QDate(2025, 12, 31)};

void requireSameAsSql(Workspace *ws, const char *after)
{
    INFO("after " << after);
    for (const QDate &d : kDates) {
        INFO("as of " << d.toString(Qt::ISODate).toStdString());
        const RegistryTotals fresh = test::SqlRegistry(ws).totals(d);
        const RegistryTotals cached = RegistryCache::of(ws)->totals(d);
        CHECK(cached.institutions == fresh.institutions);
        CHECK(cached.slots == fresh.slots);
        CHECK(cached.filed == fresh.filed);
        CHECK(cached.slotsByArea == fresh.slotsByArea);
        CHECK(cached.areasWithCommunity == fresh.areasWithCommunity);
        REQUIRE(cached == fresh); // and every other figure
    }
}

/// An institution whose every counted field varies with `n`, some of them left unreported.
Institution varied(int n)
{
    static const QStringList kinds = {QStringLiteral("public"), QStringLiteral("private"),
                                      QStringLiteral("community"), QStringLiteral("health"),
                                      QStringLiteral("home")};
    Institution i;
    i.name = QStringLiteral("第%1托育园").arg(n);
    i.kind = kindFromCode(kinds[n % kinds.size()]);
    i.areaId = n % 4; // 0: no area
    i.slots = 20 + (n * 7) % 90;
    if (n % 3 == 0)
        i.puhuiSlots = i.slots / 2;
    i.puhui = n % 5 == 1;
    if (n % 2 == 0)
        i.enrolled = i.slots / 3;
    if (n % 4 == 1) {
        i.slotsInfant = 5;
        i.slotsToddler = i.slots - 5;
    }
    i.filed = n % 3 != 2;
    if (n % 6 == 0)
        i.filedDate = QDate(2024, 1 + n % 12, 10);
    if (n % 7 == 3)
        i.medicalPartner = QStringLiteral("妇幼保健院");
    if (n % 2 == 1) {
        i.staff = 6;
        i.certifiedStaff = n % 4 == 1 ? 5 : 3;
    }
    if (n % 5 == 2)
        i.openedDate = QDate(2024 + n % 3, 3, 1);
    return i;
}

void execute(Workspace *ws, std::unique_ptr<WorkspaceCommand> command, const QString &error)
{
    QString why = error;
    const bool done = command && ws->execute(std::move(command), &why);
    INFO(why.toStdString());
    REQUIRE(done);
}

} // namespace

TEST_CASE("The registry cache equals fresh SQL after inserts, edits, deletes, undo and an import")
{
    test::TempWorkspace t;
    Workspace *ws = t.get();
    QSqlQuery q(ws->db());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO area (id, name, seq) VALUES (1, '甲街道', 1), "
                                  "(2, '乙镇', 2), (3, '丙镇', 3)")));
    requireSameAsSql(ws, "nothing"); // the cache is loaded here, empty
    QString error;

    for (int n = 1; n <= 40; ++n)
        execute(ws, institutioncommands::add(ws, varied(n), &error), error);
    requireSameAsSql(ws, "inserts");
    CHECK(RegistryCache::of(ws)->totals(QDate(2030, 1, 1)).institutions == 40);
    CHECK(RegistryCache::of(ws)->size() == 40); // from memory, not SQL

    const qint64 before = RegistryCache::of(ws)->totals(kDates.last()).slots;
    execute(ws, institutioncommands::edit(ws, 1, {{QStringLiteral("slots"), 500}}, &error), error);
    CHECK(RegistryCache::of(ws)->totals(kDates.last()).slots != before);
    execute(ws,
            institutioncommands::edit(ws, 2,
                                      {{QStringLiteral("kind"), QStringLiteral("community")},
                                       {QStringLiteral("area_id"), 3},
                                       {QStringLiteral("puhui_slots"), QVariant()},
                                       {QStringLiteral("opened_date"), QDate(2024, 5, 1)}},
                                      &error),
            error);
    execute(ws,
            institutioncommands::edit(ws, 6,
                                      {{QStringLiteral("filed_date"), QDate(2025, 2, 1)},
                                       {QStringLiteral("staff"), QVariant()},
                                       {QStringLiteral("medical_partner"), QString()}},
                                      &error),
            error);
    requireSameAsSql(ws, "edits");

    for (qint64 id : {3, 10, 17})
        execute(ws, institutioncommands::remove(ws, id, &error), error);
    requireSameAsSql(ws, "deletes");

    for (int i = 0; i < 5; ++i) // the three deletes and two edits
        ws->undoStack()->undo();
    requireSameAsSql(ws, "undo");
    ws->undoStack()->redo();
    requireSameAsSql(ws, "redo");

    const io::ReadResult read =
        io::readFile(QStringLiteral(TUOYU_SHARED_DIR "/fixtures/tunliu-institutions.xlsx"));
    REQUIRE(read.ok());
    const int table = mapping::proposeTable(read.tables);
    REQUIRE(table >= 0);
    ImportPlan imported = Importer::plan(ws, mapping::TableMapper::map(read.tables[table]),
                                         QStringLiteral("屯留.xlsx"), 0, &error);
    REQUIRE(imported.inserted > 0);
    execute(ws, std::move(imported.command), error);
    requireSameAsSql(ws, "an import");
    CHECK(RegistryCache::of(ws)->size() == 40 + imported.inserted);
    ws->undoStack()->undo();
    requireSameAsSql(ws, "undoing the import");

    // Writes that bypass commands are followed too (the log is kept by the database).
    REQUIRE(q.exec(QStringLiteral("UPDATE institution SET slots = slots + 1 WHERE id % 2 = 0")));
    const bool removed = q.exec(QStringLiteral("DELETE FROM area WHERE id = 3"));
    INFO(q.lastError().text().toStdString());
    REQUIRE(removed); // its institutions keep no area
    requireSameAsSql(ws, "plain SQL");
}

TEST_CASE("A write by another connection to the same file is seen too")
{
    test::TempWorkspace t;
    QString error;
    Institution one = varied(1);
    one.areaId = 0;
    execute(t.get(), institutioncommands::add(t.get(), one, &error), error);
    requireSameAsSql(t.get(), "the first insert");
    // Another process (an officer on a shared drive) opens the file and adds an institution:
    // no trigger of ours sees it.
    auto other = Workspace::open(t.path(), &error);
    REQUIRE(other);
    Institution two = varied(2);
    two.areaId = 0;
    execute(other.get(), institutioncommands::add(other.get(), two, &error), error);
    requireSameAsSql(t.get(), "another connection's insert");
    CHECK(RegistryCache::of(t.get())->totals(QDate(2030, 1, 1)).institutions == 2);
}

TEST_CASE("A second workspace keeps its own cache")
{
    test::TempWorkspace a(QStringLiteral("a.tuoyu"));
    test::TempWorkspace b(QStringLiteral("b.tuoyu"));
    QString error;
    Institution one = varied(1);
    one.areaId = 0; // this workspace has no areas
    execute(a.get(), institutioncommands::add(a.get(), one, &error), error);
    CHECK(RegistryCache::of(a.get())->totals(kDates.last()).institutions == 1);
    CHECK(RegistryCache::of(b.get())->totals(kDates.last()).institutions == 0);
    CHECK(RegistryCache::of(a.get()) != RegistryCache::of(b.get()));
}

TEST_CASE("The puhui and public rules are the domain's, stated once")
{
    Institution i;
    i.slots = 80;
    CHECK_FALSE(i.isPuhui());
    CHECK(i.puhuiSlotCount() == 0);
    i.puhui = true; // a puhui institution: every slot counts
    CHECK(i.isPuhui());
    CHECK(i.puhuiSlotCount() == 80);
    i.puhuiSlots = 30; // reported puhui slots win over the flag
    CHECK(i.puhuiSlotCount() == 30);
    i.puhui = false; // an institution with puhui slots is a puhui institution
    CHECK(i.isPuhui());
    i.puhuiSlots = 0;
    CHECK_FALSE(i.isPuhui());
    CHECK(i.puhuiSlotCount() == 0);
    CHECK(isPublic(InstitutionKind::Public));
    CHECK(isPublic(InstitutionKind::HealthSystem));
    CHECK_FALSE(isPublic(InstitutionKind::Community));
    CHECK_FALSE(isPublic(InstitutionKind::KindergartenClass));
}

TEST_CASE("Reports and the window read the registry through one source")
{
    test::TempWorkspace t;
    QString error;
    Institution one = varied(1);
    one.areaId = 0;
    execute(t.get(), institutioncommands::add(t.get(), one, &error), error);
    const QDate day(2030, 1, 1);
    CHECK(RegistryTotals::of(t.get(), day) == RegistryCache::of(t.get())->totals(day));
    CHECK(RegistryTotals::of(t.get(), day) == test::SqlRegistry(t.get()).totals(day));
}
