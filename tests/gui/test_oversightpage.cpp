// 监督检查 in the window (docs/register.md): the page's inspections filtered to 整改中 and to
// overdue, edited and rectified through the forms with undo; staff with their ID numbers
// masked; a 双随机 draw with its seed recorded; an inspection's evidence; the overdue 整改 on
// 概览; an institution's history from the 机构 page.

#include "../core/testworkspace.h"
#include "commands/demoworkspace.h"
#include "commands/oversightcommands.h"
#include "dashboard/dashboardpage.h"
#include "dialogtest.h"
#include "document/renderer.h"
#include "evidence/evidence.h"
#include "evidence/evidencepane.h"
#include "institutions/institutionspage.h"
#include "oversight/oversightpage.h"
#include "storage/institutionrepository.h"

#include <QApplication>
#include <QDateEdit>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <functional>

using namespace tuoyu;

using test::child;

namespace {

QString shots()
{
    return qEnvironmentVariable("TUOYU_SCREENSHOTS");
}

/// The demo workspace (three inspections, one overdue on its day) with a staff list at the
/// first institution.
qint64 demo(test::TempWorkspace &t)
{
    QString error;
    const qint64 plan = test::createPlan(t.get(), QStringLiteral("tunliu"));
    REQUIRE(demoworkspace::fill(t.get(), plan, &error));
    const qint64 first = InstitutionRepository(t.get()).all().first().id;
    const struct
    {
        const char *name, *role, *certificate, *id;
    } people[] = {{"王芳", "保育员", "保育师证", "140423199001010027"},
                  {"李娜", "育婴员", "育婴员证", "14042319920315004X"},
                  {"赵敏", "保健员", "", "140423198807200011"}};
    for (const auto &p : people) {
        StaffMember m;
        m.institutionId = first;
        m.name = QString::fromUtf8(p.name);
        m.role = QString::fromUtf8(p.role);
        m.certificateType = QString::fromUtf8(p.certificate);
        m.certificateNo = m.certificateType.isEmpty() ? QString() : QStringLiteral("BY2023-0417");
        m.idNumber = QString::fromUtf8(p.id);
        REQUIRE(t->execute(oversightcommands::addStaff(t.get(), m, &error), &error));
    }
    t->undoStack()->clear();
    return plan;
}

int rowWith(QTableWidget *table, int column, const QString &text)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, column)->text().contains(text))
            return row;
    return -1;
}

} // namespace

TEST_CASE("监督检查 page: inspections filtered, edited and rectified with undo, staff masked, a "
          "draw recorded, evidence attached")
{
    test::TempWorkspace t;
    const qint64 plan = demo(t);
    OversightPage page;
    QObject::connect(t.get(), &Workspace::changed, &page, &OversightPage::refresh);
    page.setContext(t.get(), plan);
    page.setToday(demoworkspace::asOf());
    page.resize(1366, 698);
    page.show();
    auto *list = child<QTableWidget>(&page, "inspectionList");
    CHECK(list->rowCount() == 3);
    CHECK(child<QLabel>(&page, "inspectionTotals")
              ->text()
              .contains(QStringLiteral("整改中 <b>2</b>")));

    page.setFilter(OversightPage::Filter::Pending);
    CHECK(list->rowCount() == 2);
    page.setFilter(OversightPage::Filter::Overdue);
    REQUIRE(list->rowCount() == 1);
    // 2024-11-15 to the demo's 2024-12-18: 33 days, in the words every list uses.
    CHECK(list->item(0, list->columnCount() - 1)->text() == QStringLiteral("逾期 33 天"));
    page.setFilter(OversightPage::Filter::All);
    list->selectRow(rowWith(list, 5, QStringLiteral("消防")));
    const qint64 overdue = page.selectedInspection();
    REQUIRE(overdue > 0);
    if (!shots().isEmpty())
        CHECK(page.grab().save(shots() + QStringLiteral("/oversight-inspections.png")));

    // 编辑: new findings, read into their categories again.
    test::whenDialogOpens([](QDialog *d) {
        child<QPlainTextEdit>(d, "findings")
            ->setPlainText(QStringLiteral("消防通道堆放杂物；食品留样不全"));
        d->accept();
    });
    REQUIRE(page.editSelected());
    const auto stored = [&] {
        for (const Inspection &n : oversight::inspections(*t.get()))
            if (n.id == overdue)
                return n;
        return Inspection{};
    };
    CHECK(stored().categories == QStringList{QStringLiteral("消防"), QStringLiteral("食品安全")});

    // 整改完成 on the demo's day: no longer overdue; undo brings it back.
    test::whenDialogOpens([](QDialog *d) {
        child<QDateEdit>(d, "rectifiedOn")->setDate(QDate(2024, 12, 16));
        d->accept();
    });
    REQUIRE(page.markSelectedRectified());
    CHECK(stored().status == RectifyStatus::Done);
    page.setFilter(OversightPage::Filter::Overdue);
    CHECK(list->rowCount() == 0);
    t->undoStack()->undo();
    CHECK(list->rowCount() == 1);
    t->undoStack()->undo();
    CHECK(stored().findings == QStringLiteral("消防通道堆放杂物；晨检记录不全"));
    page.setFilter(OversightPage::Filter::All);

    // The selected inspection's 佐证材料.
    page.selectInspection(overdue);
    auto *pane = child<EvidencePane>(&page, "evidencePane");
    REQUIRE(pane->attach({QStringLiteral(TUOYU_SHARED_DIR "/fixtures/tunliu-institutions.docx")}));
    CHECK(evidence::attachedTo(*t.get(), EvidenceTarget::Inspection, overdue).size() == 1);
    CHECK(child<QListWidget>(&page, "evidenceList")->count() == 1);

    // 从业人员: masked ID numbers, the certified count.
    auto *tabs = child<QTabWidget>(&page, "oversightTabs");
    tabs->setCurrentIndex(1);
    auto *staff = child<QTableWidget>(&page, "staffList");
    REQUIRE(staff->rowCount() == 3);
    CHECK(staff->item(0, 6)->text() == QStringLiteral("1404**********0027"));
    CHECK(child<QLabel>(&page, "staffTotals")->text().contains(QStringLiteral("持证 <b>2</b> 人")));
    if (!shots().isEmpty())
        CHECK(page.grab().save(shots() + QStringLiteral("/oversight-staff.png")));

    // 双随机: the seed typed is the seed recorded and shown.
    test::whenDialogOpens([](QDialog *d) {
        child<QLineEdit>(d, "drawSeed")->setText(QStringLiteral("20241218"));
        child<QSpinBox>(d, "drawSize")->setValue(3);
        d->accept();
    });
    REQUIRE(page.drawRandom());
    CHECK(tabs->currentIndex() == 2);
    auto *draws = child<QTableWidget>(&page, "drawList");
    REQUIRE(draws->rowCount() == 1);
    CHECK(draws->item(0, 0)->text() == QStringLiteral("2024"));
    CHECK(draws->item(0, 1)->text() == QStringLiteral("20241218"));
    CHECK(draws->item(0, 2)->text() == QStringLiteral("3"));
    CHECK(oversight::draws(*t.get()).value(0).seed == 20241218);
    if (!shots().isEmpty())
        CHECK(page.grab().save(shots() + QStringLiteral("/oversight-draws.png")));
    t->undoStack()->undo();
    CHECK(draws->rowCount() == 0);
}

TEST_CASE("概览 lists the overdue 整改 beside the overdue tasks, and 机构 shows an institution's "
          "inspections and staff")
{
    test::TempWorkspace t;
    const qint64 plan = demo(t);
    DashboardPage dashboard;
    dashboard.setContext(t.get(), plan);
    dashboard.setAsOf(demoworkspace::asOf());
    CHECK(dashboard.overdueRectificationCount() == 1);
    dashboard.setAsOf(QDate(2025, 1, 2)); // the 食品留样 deadline of 2024-12-31 has passed too
    CHECK(dashboard.overdueRectificationCount() == 2);
    dashboard.setAsOf(QDate(2024, 11, 15));
    CHECK(dashboard.overdueRectificationCount() == 0);
    if (!shots().isEmpty()) {
        dashboard.setAsOf(demoworkspace::asOf());
        dashboard.resize(1366, 698);
        dashboard.show();
        auto *scroll = dashboard.findChild<QScrollArea *>();
        REQUIRE(scroll);
        QApplication::processEvents();
        scroll->ensureWidgetVisible(child<QWidget>(&dashboard, "overdueRectifications"));
        QApplication::processEvents();
        CHECK(dashboard.grab().save(shots() + QStringLiteral("/oversight-dashboard.png")));
    }

    InstitutionsPage institutions;
    institutions.setContext(t.get(), plan);
    institutions.resize(1366, 698);
    institutions.show();
    const Institution first = InstitutionRepository(t.get()).all().first();
    institutions.select(first.id);
    REQUIRE(institutions.selectedId() == first.id);
    int inspections = -1, staff = -1;
    QString findingsShown;
    test::whenDialogOpens([&](QDialog *d) {
        CHECK(d->windowTitle().contains(first.name));
        auto *list = child<QTableWidget>(d, "historyInspections");
        inspections = list->rowCount();
        staff = child<QTableWidget>(d, "historyStaff")->rowCount();
        if (!shots().isEmpty())
            CHECK(d->grab().save(shots() + QStringLiteral("/oversight-history.png")));
        // A double-click opens the 监督检查 page's form; the change is saved and shown.
        test::whenDialogOpens([&](QDialog *form) {
            CHECK(form->objectName() == QStringLiteral("inspectionDialog"));
            child<QPlainTextEdit>(form, "findings")->setPlainText(QStringLiteral("晨检记录不全"));
            form->accept();
        });
        REQUIRE(list->rowCount() > 0);
        // Activated as a double-click (or Enter) activates it, on whichever platform.
        list->setCurrentCell(0, 0);
        Q_EMIT list->itemActivated(list->item(0, 0));
        for (int c = 0; c < list->columnCount(); ++c)
            findingsShown += list->item(0, c)->text() + QLatin1Char('|');
        d->reject();
    });
    institutions.showOversight();
    CHECK(inspections == 1);
    CHECK(staff == 3);
    CHECK(findingsShown.contains(QStringLiteral("晨检记录不全")));
    const QList<Inspection> stored = oversight::inspections(*t.get(), first.id);
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].findings == QStringLiteral("晨检记录不全"));
    CHECK(stored[0].categories == QStringList{QStringLiteral("卫生保健")});
    t->undoStack()->undo();
    CHECK(oversight::inspections(*t.get(), first.id)[0].findings != QStringLiteral("晨检记录不全"));
}

TEST_CASE("监督检查 page: staff edited and removed, an inspection removed with its evidence, the "
          "list exported, all undone")
{
    test::TempWorkspace t;
    const qint64 plan = demo(t);
    OversightPage page;
    QObject::connect(t.get(), &Workspace::changed, &page, &OversightPage::refresh);
    page.setContext(t.get(), plan);
    page.setToday(demoworkspace::asOf());
    page.resize(1366, 698);
    page.show();

    // 从业人员 编辑: a certificate added; the ID number box stays empty and keeps the number.
    auto *tabs = child<QTabWidget>(&page, "oversightTabs");
    tabs->setCurrentIndex(1);
    auto *staff = child<QTableWidget>(&page, "staffList");
    const int zhao = rowWith(staff, 0, QStringLiteral("赵敏"));
    REQUIRE(zhao >= 0);
    staff->selectRow(zhao);
    const qint64 zhaoId = page.selectedStaff();
    REQUIRE(zhaoId > 0);
    QString shownId;
    test::whenDialogOpens([&](QDialog *d) {
        shownId = child<QLineEdit>(d, "staffIdNumber")->text();
        CHECK(child<QLineEdit>(d, "staffIdNumber")
                  ->placeholderText()
                  .startsWith(QStringLiteral("1404**********0011")));
        child<QLineEdit>(d, "staffCertificate")->setText(QStringLiteral("保健员证"));
        child<QLineEdit>(d, "staffCertificateDate")->setText(QStringLiteral("2024-06-30"));
        d->accept();
    });
    REQUIRE(page.editSelectedStaff());
    CHECK(shownId.isEmpty());
    const auto person = [&] {
        for (const StaffMember &m : oversight::staff(*t.get()))
            if (m.id == zhaoId)
                return m;
        return StaffMember{};
    };
    CHECK(person().certificateType == QStringLiteral("保健员证"));
    CHECK(person().certificateDate == QDate(2024, 6, 30));
    CHECK(person().idNumber == QStringLiteral("140423198807200011"));
    CHECK(child<QLabel>(&page, "staffTotals")->text().contains(QStringLiteral("持证 <b>3</b> 人")));
    CHECK(page.selectedStaff() == zhaoId);

    // 删除 asks first; undo brings the person back.
    test::whenDialogOpens([](QDialog *d) {
        auto *box = qobject_cast<QMessageBox *>(d);
        REQUIRE(box);
        CHECK(box->text().contains(QStringLiteral("赵敏")));
        box->button(QMessageBox::Yes)->click();
    });
    REQUIRE(page.removeSelectedStaff());
    CHECK(staff->rowCount() == 2);
    t->undoStack()->undo();
    CHECK(staff->rowCount() == 3);
    t->undoStack()->undo();
    CHECK(person().certificateType.isEmpty());

    // An inspection with a file: removing it says so and takes the file; undo restores both.
    tabs->setCurrentIndex(0);
    auto *list = child<QTableWidget>(&page, "inspectionList");
    list->selectRow(0);
    const qint64 inspection = page.selectedInspection();
    REQUIRE(inspection > 0);
    auto *pane = child<EvidencePane>(&page, "evidencePane");
    REQUIRE(pane->attach({QStringLiteral(TUOYU_SHARED_DIR "/fixtures/tunliu-institutions.docx")}));
    test::whenDialogOpens([](QDialog *d) {
        auto *box = qobject_cast<QMessageBox *>(d);
        REQUIRE(box);
        CHECK(box->text().contains(QStringLiteral("1 个佐证材料")));
        box->button(QMessageBox::Yes)->click();
    });
    REQUIRE(page.removeSelected());
    CHECK(list->rowCount() == 2);
    CHECK(evidence::list(*t.get()).isEmpty());
    t->undoStack()->undo();
    CHECK(list->rowCount() == 3);
    CHECK(evidence::attachedTo(*t.get(), EvidenceTarget::Inspection, inspection).size() == 1);

    // 导出: the rows the list shows, as the 监督检查台账 (csv here; xlsx alike).
    page.setFilter(OversightPage::Filter::Overdue);
    REQUIRE(list->rowCount() == 1);
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("监督检查台账.csv"));
    QString error;
    REQUIRE(page.exportShown(csv, &error));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString written = QString::fromUtf8(file.readAll());
    CHECK(written.contains(QStringLiteral("逾期天数")));
    CHECK(written.contains(QStringLiteral("消防")));
    CHECK(written.count(QLatin1Char('\n')) >= 2);
    page.setFilter(OversightPage::Filter::All);

    // 打印 (Ctrl+P): what the list shows as the 监督检查台账 the export writes, in the reports'
    // layout, previewed; the inspection's file named.
    const document::OfficialDocument printed = page.shownDocument();
    CHECK(printed.title == QStringLiteral("监督检查台账"));
    const document::TableBlock *table = printed.blocks.first().asTable();
    REQUIRE(table);
    CHECK(table->rows.size() == list->rowCount());
    CHECK(table->caption.startsWith(QStringLiteral("监督检查台账（截至2024年12月18日，共3次")));
    CHECK(table->headerRows.first().constLast() == QStringLiteral("佐证材料"));
    QStringList files;
    for (const QStringList &row : table->rows)
        files << row.constLast();
    CHECK(files.contains(QStringLiteral("tunliu-institutions.docx")));
    int pages = 0;
    test::whenDialogOpens([&pages](QDialog *d) {
        REQUIRE(qobject_cast<QPrintPreviewDialog *>(d));
        auto *preview = d->findChild<QPrintPreviewWidget *>();
        REQUIRE(preview);
        preview->updatePreview();
        pages = preview->pageCount();
        d->reject();
    });
    REQUIRE(page.print());
    CHECK(pages == 1);
    if (!shots().isEmpty())
        REQUIRE(document::writePdf(printed, shots() + QStringLiteral("/oversight-print.pdf")));
}
