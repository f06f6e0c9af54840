// The city view in the window (docs/server.md, the city view) on the `pg` fixture's throwaway
// server: an address without a district opens 全市概览 alone and read-only, its districts' rows
// and 合计 are CityFigures', a district the login may not read is named, the city ledgers carry
// their 区县 column and export to an xlsx LibreOffice reads, and a district's edit reaches the
// page through LISTEN/NOTIFY (and F5 reads again what was not announced).

#include "../core/testcityserver.h"
#include "../externaltool.h"
#include "city/cityledgertab.h"
#include "city/citypage.h"
#include "commands/demoworkspace.h"
#include "commands/institutioncommands.h"
#include "commands/plancommands.h"
#include "shell/connectdialog.h"
#include "shell/mainwindow.h"
#include "storage/planrepository.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace tuoyu;
using test::CityServer;

namespace {

template <typename T> T *named(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

/// Lets the event loop run until `done` or `ms` pass; whether it was done.
bool waitFor(const std::function<bool()> &done, int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

/// The cells of a listing, row by row.
QList<QStringList> cells(const QTableWidget *table)
{
    QList<QStringList> rows;
    for (int r = 0; r < table->rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < table->columnCount(); ++c)
            row << (table->item(r, c) ? table->item(r, c)->text() : QString());
        rows << row;
    }
    return rows;
}

QStringList visiblePages(MainWindow *window)
{
    auto *navigation = named<QListWidget>(window, "navigation");
    QStringList shown;
    for (int i = 0; i < navigation->count(); ++i)
        if (!navigation->item(i)->isHidden())
            shown << navigation->item(i)->text();
    return shown;
}

/// 甲区 with the demo workspace, 乙区 with two institutions of 100 and 200 托位, made by
/// server-init with their officers, the city role and its login `reader`.
void fillDistricts(CityServer &s)
{
    s.twoDistricts();
    QString error;
    {
        auto ws = Workspace::open(s.as(s.officerA, QStringLiteral("甲区")), &error);
        INFO(error.toStdString());
        REQUIRE(ws);
        const qint64 plan = test::createPlan(ws.get(), QStringLiteral("tunliu"));
        REQUIRE(demoworkspace::fill(ws.get(), plan, &error));
    }
    auto ws = Workspace::open(s.as(s.officerB, QStringLiteral("乙区")), &error);
    REQUIRE(ws);
    test::createPlan(ws.get(), QStringLiteral("tunliu"));
    for (int i = 1; i <= 2; ++i) {
        Institution inst;
        inst.name = QStringLiteral("乙区托育园%1").arg(i);
        inst.slots = 100 * i;
        test::execute(ws.get(), institutioncommands::add(ws.get(), inst, &error), error);
    }
}

} // namespace

TEST_CASE("全市概览: the window on a city address shows CityFigures, its ledgers and report, "
          "and follows the districts' edits",
          "[postgresql][city]")
{
    if (!test::serverTestsRun())
        return;
    CityServer s;
    fillDistricts(s);
    const QString city = s.as(s.reader);
    QString error;

    MainWindow window;
    window.resize(1366, 698);
    window.show();
    REQUIRE(window.openWorkspace(city, true, &error));
    CityPage *page = window.cityView();
    REQUIRE(page);
    CHECK_FALSE(window.workspace());

    // The city page alone, read-only: no workspace's page, no edit, no import or plan action.
    CHECK(visiblePages(&window) == QStringList{QStringLiteral("全市概览")});
    CHECK_FALSE(named<QAction>(&window, "newPlanAction")->isVisible());
    CHECK_FALSE(named<QAction>(&window, "backupToAction")->isVisible());
    // A toolbar shows or hides an action's widget when it lays itself out (a posted event).
    QApplication::processEvents();
    CHECK_FALSE(named<QComboBox>(&window, "planPicker")->isVisible());
    CHECK(window.windowTitle().startsWith(QStringLiteral("全市 @ ")));
    auto *status = named<QLabel>(&window, "serverStatus");
    CHECK(status->isVisible());
    CHECK(status->text().startsWith(QStringLiteral("全市")));
    CHECK(page->followsDistricts());

    // Each district's row and the 合计 row are the core's, read independently here.
    const auto expected = CityFigures::read(city, QDate::currentDate(), &error);
    REQUIRE(expected);
    const document::TableBlock table = expected->districtTable();
    auto *districts = named<QTableWidget>(page, "cityDistricts");
    const QList<QStringList> shown = cells(districts);
    REQUIRE(shown.size() == 3);
    CHECK(shown.at(0) == table.rows.at(0));
    CHECK(shown.at(1) == table.rows.at(1));
    CHECK(shown.at(2) == table.totals);
    CHECK(shown.at(2).at(0) == QStringLiteral("合计"));
    CHECK(shown.at(2).at(2) == QString::number(expected->totals.slots));
    CHECK(named<QLabel>(page, "cityFigure2")->text() == QString::number(expected->totals.slots));
    CHECK(named<QTableWidget>(page, "cityIndicators")->rowCount() == expected->indicators.size());
    CHECK_FALSE(named<QLabel>(page, "cityUnreadable")->isVisible());
    CHECK(named<QLabel>(page, "cityStatus")
              ->text()
              .contains(document::formatDate(QDate::currentDate())));

    // The page fits a 1366×768 screen (less its taskbar and the title bar).
    CHECK(window.minimumSizeHint().height() <= 698);
    CHECK(window.minimumSizeHint().width() <= 1366);

    QTemporaryDir dir;
    // The city ledgers: the 区县 column first, every district's rows.
    CityLedgerTab *ledgers = page->ledgers();
    named<QTabWidget>(page, "cityTabs")->setCurrentWidget(ledgers); // read when first shown
    CHECK(ledgers->table().columns.size() > 1);
    REQUIRE(ledgers->showLedger(QStringLiteral("institutions"), &error));
    if (const QString shots = qEnvironmentVariable("TUOYU_SCREENSHOTS"); !shots.isEmpty())
        CHECK(window.grab().save(shots + QStringLiteral("/server-city-ledgers.png")));
    auto *view = named<QTableView>(page, "cityLedger");
    CHECK(view->model()->headerData(0, Qt::Horizontal).toString() == QStringLiteral("区县"));
    const int ledgerRows = view->model()->rowCount();
    QStringList unreadable;
    const auto expectedLedger =
        CityFigures::ledger(city, QStringLiteral("institutions"), QDate::currentDate(),
                            QDate::currentDate().year(), &unreadable, &error);
    REQUIRE(expectedLedger);
    CHECK(ledgerRows == expectedLedger->rows.size());
    const QString xlsx = dir.filePath(QStringLiteral("全市机构名单.xlsx"));
    INFO(error.toStdString());
    REQUIRE(ledgers->exportTo(xlsx, &error));
    // …in a file LibreOffice reads: converted to CSV, the 区县 column and both districts.
    if (const QString soffice =
            test::requireTool(QStringLiteral("soffice"), "libreoffice-calc-nogui");
        !soffice.isEmpty()) {
        QProcess convert;
        convert.start(soffice, {QStringLiteral("-env:UserInstallation=file://") +
                                    dir.filePath(QStringLiteral("lo")),
                                QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                                QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76"),
                                QStringLiteral("--outdir"), dir.path(), xlsx});
        REQUIRE(convert.waitForFinished(180000));
        QFile csv(dir.filePath(QStringLiteral("全市机构名单.csv")));
        REQUIRE(csv.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(csv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        // The sheet's title row (全市托育机构名单), the header, a line a row.
        REQUIRE(lines.size() == ledgerRows + 2);
        CHECK(lines.at(0).startsWith(QStringLiteral("全市")));
        CHECK(lines.at(1).startsWith(QStringLiteral("区县,")));
        CHECK(lines.at(2).startsWith(QStringLiteral("甲区,")));
        CHECK(lines.last().startsWith(QStringLiteral("乙区,")));
    }

    // The city's progress report, as the command line writes it.
    for (const char *name : {"全市.pdf", "全市.docx"}) {
        const QString path = dir.filePath(QString::fromUtf8(name));
        REQUIRE(page->exportReport(path, &error));
        CHECK(QFile(path).size() > 1000);
    }

    // An officer of 乙区 adds 50 托位: its commit is announced, and the page reads again.
    const QString before = cells(districts).at(1).at(2);
    QElapsedTimer clock;
    {
        auto ws = Workspace::open(s.as(s.officerB, QStringLiteral("乙区")), &error);
        REQUIRE(ws);
        Institution inst;
        inst.name = QStringLiteral("乙区托育园3");
        inst.slots = 50;
        clock.start();
        test::execute(ws.get(), institutioncommands::add(ws.get(), inst, &error), error);
    }
    const QString after = QString::number(before.toLongLong() + 50);
    CHECK(waitFor([&] { return cells(districts).at(1).at(2) == after; }, 10000));
    // (the 0.3 s the page waits for more commits, then every district read again)
    WARN("a district's commit reached the city page in " << clock.elapsed() << " ms");
    CHECK(cells(districts).at(2).at(2) == QString::number(expected->totals.slots + 50));
    // The ledger on screen follows too.
    CHECK(view->model()->rowCount() == ledgerRows + 1);

    // A commit made outside the program is not announced; F5 reads it.
    test::RawConnection(s.as(s.officerB))
        .exec(QStringLiteral(
            "UPDATE \"乙区\".institution SET slots = slots + 7 WHERE name = '乙区托育园3'"));
    named<QAction>(&window, "cityRefreshAction")->trigger();
    CHECK(cells(districts).at(1).at(2) == QString::number(before.toLongLong() + 57));

    // Opening a district's workspace leaves city mode.
    REQUIRE(window.openWorkspace(s.as(s.officerB, QStringLiteral("乙区")), true, &error));
    CHECK_FALSE(window.cityView());
    CHECK_FALSE(visiblePages(&window).contains(QStringLiteral("全市概览")));
    CHECK(named<QAction>(&window, "newPlanAction")->isVisible());
    QApplication::processEvents();
    CHECK(named<QComboBox>(&window, "planPicker")->isVisible());
}

TEST_CASE("全市概览: a district the login may not read is named, and 连接服务器… with the "
          "district left empty opens the city",
          "[postgresql][city]")
{
    if (!test::serverTestsRun())
        return;
    CityServer s;
    fillDistricts(s);
    QString error;

    // 甲区's officer sees their own district, and 乙区 named as closed to them.
    MainWindow window;
    window.show();
    ConnectDialog dialog(&window);
    dialog.setAddress(s.as(s.officerA));
    CHECK(named<QLineEdit>(&dialog, "serverDistrict")->text().isEmpty());
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    INFO(named<QLabel>(&dialog, "connectProblem")->text().toStdString());
    REQUIRE(dialog.result() == QDialog::Accepted);
    auto city = dialog.takeCity();
    REQUIRE(city);
    CHECK_FALSE(dialog.takeWorkspace());
    window.openCity(dialog.connectedAddress(), dialog.cityPassword(), std::move(*city));
    CityPage *page = window.cityView();
    REQUIRE(page);
    auto *districts = named<QTableWidget>(page, "cityDistricts");
    REQUIRE(districts->rowCount() == 2); // 甲区 and 合计
    CHECK(districts->item(0, 0)->text() == QStringLiteral("甲区"));
    auto *unreadable = named<QLabel>(page, "cityUnreadable");
    CHECK(unreadable->isVisible());
    CHECK(unreadable->text().contains(QStringLiteral("乙区")));
}
