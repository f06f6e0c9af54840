// 从业人员 and 监督检查 on the 屯留 registry: commands with undo, overdue 整改, the duplicate ID
// check, masking, and the seeded 双随机 draw (docs/register.md).

#include "checks/staffchecks.h"
#include "commands/evidencecommands.h"
#include "commands/institutioncommands.h"
#include "commands/oversightcommands.h"
#include "evidence/evidence.h"
#include "indicators/indicatorengine.h"
#include "indicators/registrytotals.h"
#include "ledgers/ledgers.h"
#include "oversight/oversight.h"
#include "report/reportbuilder.h"
#include "sqlregistrytotals.h"
#include "testworkspace.h"

#include <QFile>
#include <QSqlQuery>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace tuoyu;
using test::doUndoRedo;
using test::dumpTables;

namespace {

qint64 institutionNamed(Workspace *ws, const QString &name)
{
    QSqlQuery q(ws->db());
    q.prepare(QStringLiteral("SELECT id FROM institution WHERE name = ?"));
    q.addBindValue(name);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("Inspections with a pending 整改 are overdue past the deadline until rectified")
{
    test::TempWorkspace t;
    test::createPlan(t.get(), QStringLiteral("tunliu"));
    const qint64 xuguang =
        institutionNamed(t.get(), QStringLiteral("长治市屯留区直机关旭光幼儿园"));
    Inspection n;
    n.institutionId = xuguang;
    n.inspectedOn = QDate(2025, 3, 12);
    n.kind = InspectionKind::Random;
    n.inspectors = QStringLiteral("郭建军、李伟");
    n.findings = QStringLiteral("消防通道堆放杂物；晨检记录不全");
    n.rectifyBy = QDate(2025, 4, 12);
    n.status = RectifyStatus::Pending;
    QString error;
    doUndoRedo(t, oversightcommands::addInspection(t.get(), n, &error), error);
    const QList<Inspection> listed = oversight::inspections(*t.get(), xuguang);
    REQUIRE(listed.size() == 1);
    CHECK(listed[0].categories == QStringList{QStringLiteral("消防"), QStringLiteral("卫生保健")});
    CHECK(oversight::overdueRectifications(*t.get(), QDate(2025, 4, 12)).isEmpty());
    REQUIRE(oversight::overdueRectifications(*t.get(), QDate(2025, 4, 13)).size() == 1);

    doUndoRedo(t,
               oversightcommands::markRectified(t.get(), listed[0].id, QDate(2025, 4, 20), &error),
               error);
    CHECK(oversight::overdueRectifications(*t.get(), QDate(2025, 7, 1)).isEmpty());

    // Refused, naming the institution: a deadline before the inspection, 整改中 without one,
    // a rectification before the inspection. Nothing changes.
    const QString before = dumpTables(t.get());
    Inspection bad = n;
    bad.rectifyBy = QDate(2025, 3, 1);
    CHECK_FALSE(oversightcommands::addInspection(t.get(), bad, &error));
    CHECK(error ==
          QStringLiteral("“长治市屯留区直机关旭光幼儿园”的整改期限 2025-03-01 早于检查日期 "
                         "2025-03-12"));
    bad.rectifyBy = QDate();
    CHECK_FALSE(oversightcommands::addInspection(t.get(), bad, &error));
    CHECK(error.contains(QStringLiteral("请填写整改期限")));
    CHECK_FALSE(oversightcommands::markRectified(t.get(), listed[0].id, QDate(2025, 1, 1), &error));
    CHECK(error.contains(QStringLiteral("不能早于检查日期")));
    CHECK(dumpTables(t.get()) == before);
}

TEST_CASE("The same ID number at two institutions is a finding, masked")
{
    test::TempWorkspace t;
    test::createPlan(t.get(), QStringLiteral("tunliu"));
    const qint64 xuguang =
        institutionNamed(t.get(), QStringLiteral("长治市屯留区直机关旭光幼儿园"));
    const qint64 pingcheng = institutionNamed(t.get(), QStringLiteral("长治市屯留区瓶城幼儿园"));
    StaffMember wang;
    wang.institutionId = xuguang;
    wang.name = QStringLiteral("王丽娟");
    wang.role = QStringLiteral("保育员");
    wang.certificateType = QStringLiteral("保育师证");
    wang.idNumber = QStringLiteral("140424198803150027");
    QString error;
    doUndoRedo(t, oversightcommands::addStaff(t.get(), wang, &error), error);
    CHECK(staffChecks(t.get()).isEmpty());
    wang.institutionId = pingcheng;
    REQUIRE(t->execute(oversightcommands::addStaff(t.get(), wang, &error), &error));
    const QList<Finding> findings = staffChecks(t.get());
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].check == QStringLiteral("duplicate_staff_id_number"));
    CHECK(findings[0].message.startsWith(QStringLiteral("身份证号 1404**********0027 同时登记在")));
    CHECK(findings[0].message.contains(QStringLiteral("“长治市屯留区直机关旭光幼儿园”（王丽娟）")));
    CHECK(findings[0].message.contains(QStringLiteral("“长治市屯留区瓶城幼儿园”（王丽娟）")));
    CHECK(oversight::maskIdNumber(QStringLiteral("14042419900621004x ")) ==
          QStringLiteral("1404**********004x"));
    StaffMember nameless;
    nameless.institutionId = xuguang;
    CHECK_FALSE(oversightcommands::addStaff(t.get(), nameless, &error));
    CHECK(error == QStringLiteral("“长治市屯留区直机关旭光幼儿园”的从业人员缺少姓名"));
}

TEST_CASE("双随机: the same seed draws the same filed institutions, and the draw is recorded")
{
    test::TempWorkspace t;
    test::createPlan(t.get(), QStringLiteral("tunliu"));
    QSqlQuery filed(t->db());
    REQUIRE(filed.exec(QStringLiteral("UPDATE institution SET filed = 1 WHERE id % 2 = 0")));
    const QList<qint64> a = oversight::drawInstitutions(*t.get(), 20250301, 3);
    CHECK(a.size() == 3);
    CHECK(oversight::drawInstitutions(*t.get(), 20250301, 3) == a);
    for (qint64 id : a)
        CHECK(id % 2 == 0);
    QList<qint64> drawn;
    QString error;
    doUndoRedo(t, oversightcommands::drawRandom(t.get(), 2025, 20250301, 3, &drawn, &error), error);
    CHECK(drawn == a);
    QSqlQuery q(t->db());
    REQUIRE(q.exec(QStringLiteral("SELECT seed, size, institution_ids FROM inspection_draw")));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == 20250301);
    CHECK(q.value(1).toInt() == 3);
    CHECK_FALSE(oversightcommands::drawRandom(t.get(), 2025, 1, 0, &drawn, &error));
}

TEST_CASE("Editing an inspection: its findings read again, undone and redone, refused as adding is")
{
    test::TempWorkspace t;
    test::createPlan(t.get(), QStringLiteral("tunliu"));
    const qint64 xuguang =
        institutionNamed(t.get(), QStringLiteral("长治市屯留区直机关旭光幼儿园"));
    Inspection fees; // a 收费 finding, no 整改 asked
    fees.findings = QStringLiteral("收费标准未公示");
    fees.inspectedOn = QDate(2025, 3, 12);
    fees.institutionId = xuguang;
    QString error;
    REQUIRE(t->execute(oversightcommands::addInspection(t.get(), fees, &error), &error));
    Inspection edited = oversight::inspections(*t.get(), xuguang).value(0);
    REQUIRE(edited.id > 0);
    CHECK(edited.categories == QStringList{QStringLiteral("收费公示")});
    edited.findings = QStringLiteral("食品留样记录缺失");
    edited.categories.clear();
    edited.kind = InspectionKind::Special;
    edited.status = RectifyStatus::Pending;
    edited.rectifyBy = QDate(2025, 4, 30);
    doUndoRedo(t, oversightcommands::editInspection(t.get(), edited.id, edited, &error), error);
    const Inspection stored = oversight::inspections(*t.get(), xuguang).value(0);
    CHECK(stored.kind == InspectionKind::Special);
    CHECK(stored.categories == QStringList{QStringLiteral("食品安全")});
    CHECK(stored.rectifyBy == QDate(2025, 4, 30));
    CHECK(stored.overdue(QDate(2025, 5, 1)));

    const QString before = dumpTables(t.get());
    CHECK_FALSE(oversightcommands::editInspection(t.get(), stored.id, stored, &error));
    CHECK(error == QStringLiteral("没有改动"));
    Inspection early = stored;
    early.rectifyBy = QDate(2025, 3, 1);
    CHECK_FALSE(oversightcommands::editInspection(t.get(), stored.id, early, &error));
    CHECK(error ==
          QStringLiteral("“长治市屯留区直机关旭光幼儿园”的整改期限 2025-03-01 早于检查日期 "
                         "2025-03-12"));
    CHECK_FALSE(oversightcommands::editInspection(t.get(), 999999, stored, &error));
    CHECK(error == QStringLiteral("没有编号为 999999 的监督检查"));
    CHECK(dumpTables(t.get()) == before);
}

TEST_CASE("Recorded draws are listed with their year, seed and institutions")
{
    test::TempWorkspace t;
    test::createPlan(t.get(), QStringLiteral("tunliu"));
    QSqlQuery filed(t->db());
    REQUIRE(filed.exec(QStringLiteral("UPDATE institution SET filed = 1")));
    QList<qint64> drawn;
    QString error;
    REQUIRE(t->execute(oversightcommands::drawRandom(t.get(), 2025, 7, 2, &drawn, &error), &error));
    const QList<InspectionDraw> draws = oversight::draws(*t.get());
    REQUIRE(draws.size() == 1);
    CHECK(draws[0].year == 2025);
    CHECK(draws[0].seed == 7);
    CHECK(draws[0].institutionIds == drawn);
    CHECK(draws[0].drawnAt.isValid());
}

TEST_CASE("持证上岗率 counts staff records where an institution has any, else its typed counts")
{
    test::TempWorkspace t;
    test::createPlan(t.get(), QStringLiteral("tunliu"));
    Workspace *ws = t.get();
    const qint64 xuguang = institutionNamed(ws, QStringLiteral("长治市屯留区直机关旭光幼儿园"));
    QSqlQuery q(ws->db());
    REQUIRE(q.exec(QStringLiteral("UPDATE institution SET staff = NULL, certified_staff = NULL")));
    REQUIRE(q.exec(QStringLiteral("UPDATE institution SET staff = 10, certified_staff = 5 "
                                  "WHERE id = %1")
                       .arg(xuguang)));
    REQUIRE(q.exec(QStringLiteral("UPDATE institution SET staff = 4, certified_staff = 4 "
                                  "WHERE id = (SELECT MIN(id) FROM institution WHERE id <> %1)")
                       .arg(xuguang)));
    const QDate asOf(2030, 1, 1);
    const auto share = [&] {
        const RegistryTotals totals = RegistryTotals::of(ws, asOf);
        CHECK(totals == test::SqlRegistry(ws).totals(asOf)); // the independent statement agrees
        return IndicatorEngine::formulaValue(QStringLiteral("certified_staff_share"), totals, {});
    };
    // No records: the typed counts, (5 + 4) of (10 + 4).
    CHECK(*share() == Approx(100.0 * 9 / 14));

    // 旭光 sends its list: three people, two with a certificate. Its 10/5 give way to 3/2.
    QString error;
    const QList<std::pair<QString, QString>> people{
        {QStringLiteral("王芳"), QStringLiteral("保育师证")},
        {QStringLiteral("李娜"), QStringLiteral("育婴员证")},
        {QStringLiteral("赵敏"), QString()}};
    for (const auto &[name, certificate] : people) {
        StaffMember m;
        m.institutionId = xuguang;
        m.name = name;
        m.role = QStringLiteral("保育员");
        m.certificateType = certificate;
        REQUIRE(ws->execute(oversightcommands::addStaff(ws, m, &error), &error));
    }
    CHECK(*share() == Approx(100.0 * (2 + 4) / (3 + 4)));
    CHECK(oversight::countedStaff({10, 5}, {3, 2}) == StaffCount{3, 2});
    CHECK(oversight::countedStaff({10, 5}, {}) == StaffCount{10, 5});

    // Undoing the three takes the share back to the typed counts.
    for (int i = 0; i < 3; ++i)
        ws->undoStack()->undo();
    CHECK(*share() == Approx(100.0 * 9 / 14));
}

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile f(dir.filePath(name));
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(content) == content.size());
    return f.fileName();
}

/// 王丽娟 at 旭光 with a 保育师证, and a pending inspection of 旭光 with a photo attached.
struct RegisterRecords
{
    qint64 institution = 0;
    qint64 staff = 0;
    qint64 inspection = 0;
};

RegisterRecords addRegisterRecords(test::TempWorkspace &t)
{
    RegisterRecords r;
    r.institution = institutionNamed(t.get(), QStringLiteral("长治市屯留区直机关旭光幼儿园"));
    StaffMember wang;
    wang.institutionId = r.institution;
    wang.name = QStringLiteral("王丽娟");
    wang.role = QStringLiteral("保育员");
    wang.certificateType = QStringLiteral("保育师证");
    wang.certificateNo = QStringLiteral("BY2023-0415");
    wang.certificateDate = QDate(2023, 4, 15);
    wang.idNumber = QStringLiteral("140424198803150027");
    QString error;
    auto staff = oversightcommands::addStaff(t.get(), wang, &error);
    REQUIRE(staff);
    r.staff = staff->changes().first().id;
    test::execute(t.get(), std::move(staff), error);
    Inspection n;
    n.institutionId = r.institution;
    n.inspectedOn = QDate(2025, 3, 12);
    n.kind = InspectionKind::Special;
    n.inspectors = QStringLiteral("郭建军、李伟");
    n.findings = QStringLiteral("消防通道堆放杂物");
    n.rectifyBy = QDate(2025, 4, 12);
    n.status = RectifyStatus::Pending;
    auto inspection = oversightcommands::addInspection(t.get(), n, &error);
    REQUIRE(inspection);
    r.inspection = inspection->changes().first().id;
    test::execute(t.get(), std::move(inspection), error);
    test::execute(t.get(),
                  evidencecommands::attach(
                      t.get(), EvidenceTarget::Inspection, r.inspection,
                      {writeFile(t.dir, QStringLiteral("整改前照片.jpg"), "\xff\xd8\xff 通道")},
                      &error),
                  error);
    return r;
}

} // namespace

TEST_CASE("Editing and removing staff: undone and redone, audited, refused as adding is")
{
    test::TempWorkspace t;
    test::createPlan(t.get(), QStringLiteral("tunliu"));
    const RegisterRecords r = addRegisterRecords(t);
    StaffMember changed = oversight::staff(*t.get(), r.institution).value(0);
    REQUIRE(changed.id == r.staff);
    changed.role = QStringLiteral("负责人");
    changed.certificateType.clear();
    changed.certificateNo.clear();
    QString error;
    const qint64 audited = test::auditRows(t.get());
    doUndoRedo(t, oversightcommands::editStaff(t.get(), r.staff, changed, &error), error);
    CHECK(test::auditRows(t.get()) > audited);
    const StaffMember stored = oversight::staff(*t.get(), r.institution).value(0);
    CHECK(stored.role == QStringLiteral("负责人"));
    CHECK_FALSE(stored.certified());
    CHECK(stored.certificateDate == QDate(2023, 4, 15));
    CHECK(stored.idNumber == QStringLiteral("140424198803150027"));
    // Nothing differs, a name left out, a person who is not there: refused, nothing written.
    const QString before = dumpTables(t.get());
    CHECK_FALSE(oversightcommands::editStaff(t.get(), r.staff, stored, &error));
    CHECK(error == QStringLiteral("没有改动"));
    StaffMember nameless = stored;
    nameless.name = QStringLiteral("  ");
    CHECK_FALSE(oversightcommands::editStaff(t.get(), r.staff, nameless, &error));
    CHECK(error == QStringLiteral("“长治市屯留区直机关旭光幼儿园”的从业人员缺少姓名"));
    CHECK_FALSE(oversightcommands::removeStaff(t.get(), {r.staff, 9999}, &error));
    CHECK(error == QStringLiteral("没有编号为 9999 的从业人员"));
    CHECK(dumpTables(t.get()) == before);

    auto removal = oversightcommands::removeStaff(t.get(), {r.staff}, &error);
    REQUIRE(removal);
    CHECK(removal->text() == QStringLiteral("删除从业人员：长治市屯留区直机关旭光幼儿园 王丽娟"));
    doUndoRedo(t, std::move(removal), error);
    CHECK(oversight::staff(*t.get(), r.institution).isEmpty());
    t->undoStack()->undo();
    CHECK(oversight::staff(*t.get(), r.institution).value(0).id == r.staff);
}

TEST_CASE("Removing an inspection takes its evidence, and undo brings both back")
{
    test::TempWorkspace t;
    test::createPlan(t.get(), QStringLiteral("tunliu"));
    const RegisterRecords r = addRegisterRecords(t);
    QString error;
    auto removal = oversightcommands::removeInspections(t.get(), {r.inspection}, &error);
    REQUIRE(removal);
    CHECK(removal->text() ==
          QStringLiteral("删除监督检查：长治市屯留区直机关旭光幼儿园 2025-03-12 检查"));
    doUndoRedo(t, std::move(removal), error);
    CHECK(oversight::inspections(*t.get(), r.institution).isEmpty());
    CHECK(test::scalar(t.get(), QStringLiteral("SELECT COUNT(*) FROM evidence")) == 0);
    CHECK(test::scalar(t.get(), QStringLiteral("SELECT COUNT(*) FROM evidence_blob")) == 0);
    t->undoStack()->undo();
    CHECK(evidence::attachedTo(*t.get(), EvidenceTarget::Inspection, r.inspection).size() == 1);
    CHECK_FALSE(oversightcommands::removeInspections(t.get(), {}, &error));
}

TEST_CASE("Deleting an institution takes its staff, inspections and their evidence, undoably")
{
    test::TempWorkspace t;
    test::createPlan(t.get(), QStringLiteral("tunliu"));
    const RegisterRecords r = addRegisterRecords(t);
    QString error;
    // doUndoRedo holds undo to give back every row: the cascade alone would not.
    doUndoRedo(t, institutioncommands::remove(t.get(), r.institution, &error), error);
    CHECK(test::scalar(t.get(), QStringLiteral("SELECT COUNT(*) FROM staff")) == 0);
    CHECK(test::scalar(t.get(), QStringLiteral("SELECT COUNT(*) FROM inspection")) == 0);
    CHECK(test::scalar(t.get(), QStringLiteral("SELECT COUNT(*) FROM evidence")) == 0);
    CHECK(test::scalar(t.get(), QStringLiteral("SELECT COUNT(*) FROM evidence_blob")) == 0);
    t->undoStack()->undo();
    CHECK(oversight::staff(*t.get(), r.institution).size() == 1);
    CHECK(oversight::inspections(*t.get(), r.institution).size() == 1);
    CHECK(evidence::attachedTo(*t.get(), EvidenceTarget::Inspection, r.inspection).size() == 1);
}

TEST_CASE("The 监督检查台账 lists each inspection's 整改, days overdue and evidence by name")
{
    test::TempWorkspace t;
    test::createPlan(t.get(), QStringLiteral("tunliu"));
    addRegisterRecords(t);
    const ledgers::LedgerTable table = ledgers::inspections(t.get(), QDate(2025, 5, 2));
    CHECK(table.title ==
          QStringLiteral("监督检查台账（截至2025年5月2日，共1次，整改中1次，其中逾期1次）"));
    REQUIRE(table.rows.size() == 1);
    const auto text = [&](const QString &header) {
        return ledgers::cellText(
            table.columns.at(table.headersIn(ledgers::InSheet).indexOf(header)),
            table.rows[0].at(table.headersIn(ledgers::InSheet).indexOf(header)), ledgers::OnPage);
    };
    CHECK(text(QStringLiteral("机构")) == QStringLiteral("长治市屯留区直机关旭光幼儿园"));
    CHECK(text(QStringLiteral("整改情况")) == QStringLiteral("逾期"));
    CHECK(text(QStringLiteral("逾期天数")) == QStringLiteral("20"));
    CHECK(text(QStringLiteral("问题类别")) == QStringLiteral("消防"));
    CHECK(text(QStringLiteral("佐证材料")) == QStringLiteral("整改前照片.jpg"));
    // By code, as `export --what inspections` and 文件 → 导出台账 ask for it.
    CHECK(ledgers::codes().contains(QStringLiteral("inspections")));
    CHECK(ledgers::byCode(QStringLiteral("inspections"), t.get(), 0, QDate(2025, 5, 2), 2025)
              .rows.size() == 1);
}

TEST_CASE("The 整改督办单 names an overdue inspection's evidence under its findings")
{
    test::TempWorkspace t;
    const qint64 plan = test::createPlan(t.get(), QStringLiteral("tunliu"));
    const RegisterRecords r = addRegisterRecords(t);
    // A second overdue inspection, without evidence: its row stays as it was.
    Inspection plain;
    plain.institutionId = r.institution;
    plain.inspectedOn = QDate(2025, 3, 20);
    plain.kind = InspectionKind::Routine;
    plain.findings = QStringLiteral("晨检记录不全");
    plain.rectifyBy = QDate(2025, 4, 20);
    plain.status = RectifyStatus::Pending;
    QString error;
    test::execute(t.get(), oversightcommands::addInspection(t.get(), plain, &error), error);
    ReportOptions o;
    o.kind = ReportKind::Supervision;
    o.planId = plan;
    o.asOf = QDate(2025, 5, 2);
    const document::OfficialDocument doc = ReportBuilder::build(t.get(), o, &error);
    REQUIRE(error.isEmpty());
    const document::TableBlock *table = nullptr;
    for (const document::Block &b : doc.blocks)
        if (b.id == QStringLiteral("supervision.rectify.table"))
            table = b.asTable();
    REQUIRE(table);
    CHECK(table->headerRows.first() ==
          QStringList{QStringLiteral("序号"), QStringLiteral("机构名称"),
                      QStringLiteral("检查日期"), QStringLiteral("检查类型"),
                      QStringLiteral("发现问题"), QStringLiteral("整改期限"),
                      QStringLiteral("逾期天数")});
    REQUIRE(table->rows.size() == 2);
    CHECK(table->rows[0][4] == QStringLiteral("消防通道堆放杂物\n佐证材料：整改前照片.jpg"));
    CHECK(table->rows[1][4] == QStringLiteral("晨检记录不全"));
}
