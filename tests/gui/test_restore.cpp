// 文件 → 从备份恢复…: the dialog lists the open workspace's backups with their counts, and the
// window restores one, keeps the replaced file (so the restore is undone by restoring it) and
// reopens the restored workspace.

#include "../core/testworkspace.h"
#include "commands/demoworkspace.h"
#include "session/workspace.h"
#include "shell/mainwindow.h"
#include "shell/restoredialog.h"
#include "storage/backupstore.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace tuoyu;

namespace {

qint64 ledgerLines(Workspace *ws)
{
    QSqlQuery q(ws->db());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM ledger_line")));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("从备份恢复 lists the backups with their counts, restores one and undoes it")
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("屯留区.tuoyu"));
    {
        QString error;
        auto ws = Workspace::create(path, &error);
        REQUIRE(ws);
        REQUIRE(demoworkspace::fill(ws.get(), test::createPlan(ws.get(), QStringLiteral("tunliu")),
                                    &error));
    }
    MainWindow window;
    REQUIRE(window.openWorkspace(path, true));
    CHECK(window.findChild<QAction *>(QStringLiteral("backupToAction")));
    CHECK(window.findChild<QAction *>(QStringLiteral("restoreAction")));
    // The day's backup is written once the window is up.
    BackupStore store(path);
    REQUIRE(QTest::qWaitFor([&] { return store.list().size() == 1; }, 20000));
    const BackupInfo daily = store.list().first();
    CHECK(daily.kind == BackupInfo::Kind::Daily);
    CHECK(daily.institutions == 21);
    const qint64 lines = ledgerLines(window.workspace());
    REQUIRE(lines > 0);
    CHECK(daily.ledgerLines == lines);

    // Work lost after the backup.
    QSqlQuery(window.workspace()->db()).exec(QStringLiteral("DELETE FROM ledger_line"));
    REQUIRE(ledgerLines(window.workspace()) == 0);

    // The dialog: the daily backup, and a damaged file picked through 其他文件… shown with why.
    const QString damaged = dir.filePath(QStringLiteral("坏的备份.tuoyu"));
    {
        QFile source(daily.path);
        REQUIRE(source.open(QIODevice::ReadOnly));
        QFile f(damaged);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(source.read(source.size() / 3));
    }
    RestoreDialog dialog(path, store.list());
    auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("backupList"));
    auto *restore = dialog.findChild<QPushButton *>(QStringLiteral("restoreButton"));
    REQUIRE(list);
    REQUIRE(restore);
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->topLevelItem(0)->text(1) == QStringLiteral("每日备份"));
    CHECK(list->topLevelItem(0)->text(2) == QStringLiteral("21"));
    CHECK(list->topLevelItem(0)->text(4) == QString::number(lines));
    CHECK(dialog.selectedPath() == daily.path);
    CHECK(restore->isEnabled());
    dialog.addFile(damaged);
    CHECK(list->topLevelItemCount() == 2);
    CHECK(list->topLevelItem(0)->text(1) == QStringLiteral("无法恢复"));
    CHECK_FALSE(restore->isEnabled());
    auto *why = dialog.findChild<QLabel *>(QStringLiteral("backupProblem"));
    REQUIRE(why);
    CHECK(why->text().contains(QStringLiteral("坏的备份.tuoyu")));
    dialog.resize(900, 360);
    dialog.show();
    QCoreApplication::processEvents();
    if (qEnvironmentVariableIsSet("TUOYU_SHOTS_DIR"))
        dialog.grab().save(qEnvironmentVariable("TUOYU_SHOTS_DIR") +
                           QStringLiteral("/restore-dialog.png"));
    list->setCurrentItem(list->topLevelItem(1));
    CHECK(restore->isEnabled());
    CHECK(dialog.selectedPath() == daily.path);
    dialog.close();

    // A damaged file is refused before anything is closed.
    QString error;
    CHECK_FALSE(window.restoreWorkspaceFrom(damaged, &error));
    CHECK(error.contains(QStringLiteral("坏的备份.tuoyu")));
    REQUIRE(window.workspace());

    // Restoring brings the ledger back in the reopened window.
    REQUIRE(window.restoreWorkspaceFrom(daily.path, &error));
    INFO(error.toStdString());
    REQUIRE(window.workspace());
    CHECK(ledgerLines(window.workspace()) == lines);
    const QList<BackupInfo> after = store.list();
    REQUIRE(after.size() == 2);
    const auto kept = std::find_if(after.begin(), after.end(), [](const BackupInfo &b) {
        return b.kind == BackupInfo::Kind::BeforeRestore;
    });
    REQUIRE(kept != after.end());
    CHECK(kept->ledgerLines == 0);

    // Undo: restore the file it replaced.
    REQUIRE(window.restoreWorkspaceFrom(kept->path, &error));
    CHECK(ledgerLines(window.workspace()) == 0);
}
