#include "commands/plancommands.h"
#include "shell/mainwindow.h"
#include "shell/page.h"
#include "storage/workspace.h"
#include "templates/templatelibrary.h"

#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace tuoyu;

namespace {

QString makeWorkspace(const QTemporaryDir &dir, const QString &templateId)
{
    const QString path = dir.filePath(templateId + QStringLiteral(".tuoyu"));
    QString error;
    auto ws = Workspace::create(path, &error);
    REQUIRE(ws);
    REQUIRE(ws->execute(
        plancommands::create(ws.get(), *TemplateLibrary::load(templateId, &error), &error),
        &error));
    return path;
}

} // namespace

TEST_CASE("The window opens a workspace and shows its plan tree, institutions and indicators")
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    MainWindow window;
    REQUIRE(window.openWorkspace(makeWorkspace(dir, QStringLiteral("tunliu")), true));
    window.resize(1366, 768);
    window.show();

    REQUIRE(window.pages().size() >= 3);
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("taskTree"));
    REQUIRE(tree);
    CHECK(tree->model()->rowCount() == 3); // three 工程
    auto *institutions = window.findChild<QTableView *>(QStringLiteral("institutionView"));
    REQUIRE(institutions);
    CHECK(institutions->model()->rowCount() == 21);
    CHECK(window.showPage(QStringLiteral("indicators")));
    CHECK_FALSE(window.showPage(QStringLiteral("nowhere")));

    // An edit through the workspace reaches the pages; undo takes it back.
    Workspace *ws = window.workspace();
    QString error;
    REQUIRE(ws->execute(
        plancommands::create(ws, *TemplateLibrary::load(QStringLiteral("blank"), &error), &error),
        &error));
    CHECK(institutions->model()->rowCount() == 21);
    ws->undoStack()->undo();
    CHECK(tree->model()->rowCount() == 3);
}

TEST_CASE("A file that is not a workspace is refused and the window stays usable")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.tuoyu"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("garbage");
    f.close();
    MainWindow window;
    CHECK_FALSE(window.openWorkspace(path, true));
    CHECK(window.workspace() == nullptr);
}

TEST_CASE("The demo workspace is made once from the tunliu template in the data folder")
{
    QStandardPaths::setTestModeEnabled(true);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir(folder).removeRecursively();
    QString error;
    const QString demo = MainWindow::ensureDemoWorkspace(&error);
    INFO(error.toStdString());
    REQUIRE_FALSE(demo.isEmpty());
    CHECK(demo.startsWith(folder));
    auto ws = Workspace::open(demo, &error);
    REQUIRE(ws);
    QSqlQuery q(ws->db());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*), SUM(slots) FROM institution")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 21);
    CHECK(q.value(1).toInt() == 1180);
    ws.reset();
    CHECK(MainWindow::ensureDemoWorkspace(&error) == demo); // not made twice
    QDir(folder).removeRecursively();
}
