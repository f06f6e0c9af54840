// 年度结转 in the window: the 指标 page's year-over-year chart (closed years from their frozen
// figures) and the confirmation's words. With TUOYU_SHOTS_DIR set, the page is saved as the
// officer sees it at 1366×768 (docs/screenshots/indicators-years.png).

#include "../core/testworkspace.h"
#include "commands/institutioncommands.h"
#include "commands/taskcommands.h"
#include "commands/yearclosecommands.h"
#include "indicators/indicatorspage.h"
#include "indicators/yearcloseaction.h"
#include "session/workspace.h"
#include "shell/mainwindow.h"
#include "storage/planrepository.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace tuoyu;

TEST_CASE("指标 page: the year-over-year chart shows a closed year from its frozen figures")
{
    QStandardPaths::setTestModeEnabled(true);
    test::TempWorkspace t;
    const qint64 plan = test::createPlan(t.get(), QStringLiteral("tianning"));
    {
        // Two tasks dated in 2023, one of them with progress: they will carry.
        const QList<TaskView> tasks = PlanRepository(t.get()).tasks(plan);
        for (int i = 0; i < 2; ++i) {
            taskcommands::TaskEdit edit;
            edit.deadlineText = QStringLiteral("2023年底前");
            QString error;
            REQUIRE(
                t->execute(taskcommands::edit(t.get(), tasks[i].task.id, edit, &error), &error));
        }
    }
    t.ws.reset();
    MainWindow window;
    REQUIRE(window.openWorkspace(t.path(), true));
    REQUIRE(window.showPage(QStringLiteral("indicators")));
    auto *page = window.findChild<IndicatorsPage *>();
    REQUIRE(page);
    REQUIRE(page->findChild<QPushButton *>(QStringLiteral("closeYear")));
    auto *table = page->findChild<QTableWidget *>(QStringLiteral("indicatorTable"));
    REQUIRE(table->rowCount() > 0);
    page->selectIndicator(0);
    const QStringList open = page->yearLabels();
    REQUIRE(open.size() >= 2);
    CHECK(open.first() == QStringLiteral("2023"));

    // What the confirmation lists: the two dated tasks carry into 2024.
    Workspace *ws = window.workspace();
    QString why;
    const QList<yearclose::Preview> closable =
        yearcloseaction::closable(ws, plan, QDate(2024, 1, 8), &why);
    REQUIRE(closable.size() == 1); // 2024 and 2025 have not ended on 2024-01-08
    CHECK(closable.first().year == 2023);
    const QString words = yearcloseaction::confirmationText(closable.first());
    CHECK(words.contains(QStringLiteral("2项未完成任务结转至2024年")));
    CHECK(words.contains(QStringLiteral("原时限2023-12-31")));
    if (qEnvironmentVariableIsSet("TUOYU_SHOTS_DIR")) {
        // The confirmation as 年度结转… asks it (the same box, shown without waiting).
        QMessageBox box(QMessageBox::Question, QStringLiteral("年度结转"), words,
                        QMessageBox::Yes | QMessageBox::No);
        box.show();
        QCoreApplication::processEvents();
        box.grab().save(qEnvironmentVariable("TUOYU_SHOTS_DIR") +
                        QStringLiteral("/year-close-confirm.png"));
    }

    QString error;
    REQUIRE(
        ws->execute(yearclosecommands::close(ws, plan, 2023, QDate(2024, 1, 8), &error), &error));
    QCoreApplication::processEvents();
    page->selectIndicator(0);
    CHECK(page->yearLabels().first() == QStringLiteral("2023（已结转）"));
    if (qEnvironmentVariableIsSet("TUOYU_SHOTS_DIR")) {
        window.resize(1366, 768 - 40 - 30);
        window.show();
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        window.grab().save(qEnvironmentVariable("TUOYU_SHOTS_DIR") +
                           QStringLiteral("/indicators-years.png"));
    }

    // The table picks the closed year: its figures as frozen, not moved by a later registry.
    REQUIRE(page->showYear(2023));
    CHECK(page->shownYear() == 2023);
    REQUIRE(table->rowCount() > 0);
    const auto column = [&](int c) {
        QStringList cells;
        for (int r = 0; r < table->rowCount(); ++r)
            cells << table->item(r, c)->text();
        return cells;
    };
    const QStringList frozen = column(4);
    if (qEnvironmentVariableIsSet("TUOYU_SHOTS_DIR")) {
        QCoreApplication::processEvents();
        window.grab().save(qEnvironmentVariable("TUOYU_SHOTS_DIR") +
                           QStringLiteral("/indicators-closed-year.png"));
    }
    QSqlQuery q(ws->db());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO institution (name, kind, slots, puhui_slots, "
                                  "filed, filed_date) VALUES ('新建普惠托育园', 'public', 300, "
                                  "300, 1, '2023-06-01')")));
    REQUIRE(page->showYear(0));
    REQUIRE(page->showYear(2023));
    CHECK(column(4) == frozen);
    CHECK_FALSE(page->showYear(2024)); // not closed

    ws->undoStack()->undo();
    QCoreApplication::processEvents();
    CHECK(page->shownYear() == 0); // the closed year is gone with the close
    page->selectIndicator(0);
    CHECK(page->yearLabels().first() == QStringLiteral("2023"));
}
