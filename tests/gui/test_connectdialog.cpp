// 文件 → 连接服务器… against the `pg` fixture's throwaway server (docs/server.md): the dialog
// says what is wrong and stays open, connects, the window shows where the workspace is kept
// and hides what only a file has, remembers the address without a password, and follows a
// colleague's edit within a second.

#include "../core/testworkspace.h"
#include "commands/demoworkspace.h"
#include "commands/plancommands.h"
#include "import/importdialog.h"
#include "indicators/registrycache.h"
#include "shell/connectdialog.h"
#include "shell/mainwindow.h"
#include "storage/planrepository.h"
#include "storage/postgresql/postgresqlurl.h"
#include "templates/templatelibrary.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <catch2/catch.hpp>

#include <functional>

using namespace tuoyu;

namespace {

void settle(int ms = 50)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 10);
}

template <typename T> T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

void clickConnect(ConnectDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    REQUIRE(buttons);
    buttons->button(QDialogButtonBox::Ok)->click();
}

} // namespace

TEST_CASE("连接服务器: the dialog connects the window to a workspace on a server, which follows a "
          "colleague's edits",
          "[postgresql]")
{
    if (!test::serverTestsRun())
        return;
    QString database;
    const QString address = test::newServerDatabase(&database);
    QString error;
    {
        auto ws = Workspace::create(address, &error);
        INFO(error.toStdString());
        REQUIRE(ws);
        REQUIRE(ws->execute(
            plancommands::create(ws.get(), *TemplateLibrary::load(QStringLiteral("tunliu"), &error),
                                 &error),
            &error));
        REQUIRE(demoworkspace::fill(ws.get(), PlanRepository(ws.get()).defaultPlan()->id, &error));
    }
    QString ignored;
    const auto url = PostgresqlUrl::parse(address, &ignored);
    REQUIRE(url);

    MainWindow window;
    window.resize(1366, 698);
    window.show();
    const QString shots = qEnvironmentVariable("TUOYU_SCREENSHOTS");

    bool sawRefusal = false;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = qobject_cast<ConnectDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        child<QLineEdit>(dialog, "serverHost")->setText(url->host);
        child<QSpinBox>(dialog, "serverPort")->setValue(url->port);
        child<QLineEdit>(dialog, "serverUser")->setText(url->user);
        child<QLineEdit>(dialog, "serverDistrict")->setText(url->district);
        CHECK(child<QComboBox>(dialog, "serverSslMode")->currentData().toString() ==
              QStringLiteral("prefer"));
        // A database that is not there: said, naming the server, and the dialog stays open.
        child<QLineEdit>(dialog, "serverDatabase")->setText(QStringLiteral("no_such_db"));
        clickConnect(dialog);
        auto *problem = child<QLabel>(dialog, "connectProblem");
        CHECK(dialog->isVisible());
        CHECK(problem->isVisible());
        CHECK(problem->text().contains(QStringLiteral("没有数据库“no_such_db”")));
        CHECK(problem->text().contains(QStringLiteral("%1:%2").arg(url->host).arg(url->port)));
        sawRefusal = true;
        child<QLineEdit>(dialog, "serverDatabase")->setText(url->database);
        if (!shots.isEmpty()) {
            problem->hide();
            dialog->adjustSize();
            CHECK(dialog->grab().save(shots + QStringLiteral("/server-connect.png")));
        }
        clickConnect(dialog);
    });
    child<QAction>(&window, "connectServerAction")->trigger();
    CHECK(sawRefusal);

    REQUIRE(window.workspace());
    CHECK(window.workspace()->path() == url->display());
    CHECK(window.windowTitle().contains(
        QStringLiteral("测试区 @ %1/%2").arg(url->host, url->database)));
    // What only a file has is not offered; the status bar names the server and its encryption.
    CHECK_FALSE(child<QAction>(&window, "backupToAction")->isVisible());
    CHECK_FALSE(child<QAction>(&window, "restoreAction")->isVisible());
    auto *status = child<QLabel>(&window, "serverStatus");
    CHECK(status->isVisible());
    CHECK(status->text().contains(url->display()));
    CHECK(status->text().contains(QStringLiteral("加密"))); // 已加密 or 未加密, whichever it is
    CHECK(status->toolTip().contains(QStringLiteral("pg_dump")));
    // Remembered as typed, sslmode included; a password never (there was none to keep).
    const QStringList recent = QSettings().value(QStringLiteral("workspace/recent")).toStringList();
    REQUIRE_FALSE(recent.isEmpty());
    CHECK(recent.first().startsWith(QStringLiteral("postgresql://")));
    CHECK(recent.first().contains(QStringLiteral("sslmode=prefer")));

    // A colleague adds an institution; the window hears of it within a second and its registry
    // totals follow.
    const QDate today = QDate::currentDate();
    const qint64 before = RegistryCache::of(window.workspace())->totals(today).institutions;
    int heard = 0;
    QObject::connect(window.workspace(), &Workspace::changed, [&] { ++heard; });
    {
        auto colleague = Workspace::open(address, &error);
        REQUIRE(colleague);
        auto add = std::make_unique<WorkspaceCommand>(
            colleague.get(), QStringLiteral("新增机构"),
            QList<RowChange>{RowChange::insert(
                QStringLiteral("institution"), colleague->allocateId(QStringLiteral("institution")),
                {{QStringLiteral("name"), QStringLiteral("同事新增的托育园")},
                 {QStringLiteral("kind"), QStringLiteral("public")},
                 {QStringLiteral("slots"), 60}})});
        REQUIRE(colleague->execute(std::move(add), &error));
    }
    QElapsedTimer clock;
    clock.start();
    while (heard == 0 && clock.elapsed() < 3000)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    const qint64 latency = clock.elapsed();
    CHECK(heard > 0);
    CHECK(latency < 1000);
    CHECK(RegistryCache::of(window.workspace())->totals(today).institutions == before + 1);

    if (!shots.isEmpty()) {
        window.showPage(QStringLiteral("dashboard"));
        settle(500);
        CHECK(window.grab().save(shots + QStringLiteral("/server-dashboard.png")));
    }
    // The window lets go of the server before the database is dropped.
    window.close();
    test::dropServerDatabase(database);
}

TEST_CASE("连接服务器: the password is asked for without echo only when the server wants one, and "
          "never remembered",
          "[postgresql]")
{
    // Needs a server that asks for a password (the `pg` fixture's trusts 127.0.0.1): an address
    // in TUOYU_TEST_PASSWORD_SERVER and its password in TUOYU_TEST_PASSWORD.
    const QString address = qEnvironmentVariable("TUOYU_TEST_PASSWORD_SERVER");
    const QString password = qEnvironmentVariable("TUOYU_TEST_PASSWORD");
    if (address.isEmpty() || password.isEmpty()) {
        WARN("No password-protected server (TUOYU_TEST_PASSWORD_SERVER): skipped");
        return;
    }
    qunsetenv("PGPASSWORD");
    QWidget parent;
    QStringList prompts;
    // The first prompt is answered wrongly, the second rightly.
    const QStringList answers = {QStringLiteral("not-it"), password};
    std::function<void()> answer = [&] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            QTimer::singleShot(20, answer);
            return;
        }
        prompts << dialog->labelText();
        CHECK(dialog->textEchoMode() == QLineEdit::Password);
        dialog->setTextValue(answers.value(prompts.size() - 1));
        dialog->accept();
        if (prompts.size() < answers.size())
            QTimer::singleShot(20, answer);
    };
    QTimer::singleShot(20, answer);
    QString error;
    auto ws = ConnectDialog::connectTo(&parent, address, &error);
    INFO(error.toStdString());
    REQUIRE(ws);
    REQUIRE(prompts.size() == 2);
    CHECK(prompts.at(0).contains(QStringLiteral("要求输入密码")));
    CHECK(prompts.at(1).contains(QStringLiteral("密码不对")));
    // Held by the connection only: nowhere in the settings.
    QSettings settings;
    for (const QString &key : settings.allKeys())
        CHECK_FALSE(settings.value(key).toString().contains(password));
}

TEST_CASE(
    "连接服务器: the import dialog plans on its worker thread and imports into a workspace on "
    "a server while a colleague writes",
    "[postgresql]")
{
    if (!test::serverTestsRun())
        return;
    QString database;
    const QString address = test::newServerDatabase(&database);
    QString error;
    auto ws = Workspace::create(address, &error);
    INFO(error.toStdString());
    REQUIRE(ws);
    auto colleague = Workspace::open(address, &error);
    REQUIRE(colleague);
    auto addOne = [&](Workspace *w, const QString &name) {
        auto add = std::make_unique<WorkspaceCommand>(
            w, QStringLiteral("新增机构"),
            QList<RowChange>{RowChange::insert(QStringLiteral("institution"),
                                               w->allocateId(QStringLiteral("institution")),
                                               {{QStringLiteral("name"), name}})});
        REQUIRE(w->execute(std::move(add), &error));
    };
    addOne(colleague.get(), QStringLiteral("导入前同事的"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.csv"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        QByteArray csv = "序号,机构名称,属性,所属街道,托位数\n";
        for (int i = 1; i <= 2000; ++i)
            csv +=
                QStringLiteral("%1,托育机构%1号,民办,城关镇,%2\n").arg(i).arg(10 + i % 50).toUtf8();
        file.write(csv);
    }
    {
        ImportDialog dialog(ws.get(), 0, path);
        dialog.setQuiet(true);
        REQUIRE(dialog.load());
        CHECK(dialog.preview().inserted == 2000);
        // Between planning and applying a colleague adds an institution: its key is the
        // sequence's, never one of the plan's.
        addOne(colleague.get(), QStringLiteral("导入中同事的"));
        REQUIRE(dialog.commit(&error));
    }
    addOne(ws.get(), QStringLiteral("导入后自己的"));
    QSqlQuery q(ws->db());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT id) FROM institution")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 2003);
    CHECK(q.value(1).toInt() == 2003);
    ws.reset();
    colleague.reset();
    test::dropServerDatabase(database);
}
