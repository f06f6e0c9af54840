// The window on a damaged workspace: it opens read-only under a banner that names the file and
// offers 从备份恢复…, and on a sound one shows no banner.
#include "session/workspace.h"
#include "shell/mainwindow.h"
#include "shell/readonlybanner.h"
#include "shell/restoredialog.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include "damagedfile.h"

#include <catch2/catch.hpp>

using namespace tuoyu;

namespace {

/// A workspace of 1,500 institutions with one b-tree leaf page scrambled; its path.
QString damagedWorkspace(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("屯留区.tuoyu"));
    {
        QString error;
        auto ws = Workspace::create(path, &error);
        REQUIRE(ws);
        QSqlDatabase &db = ws->db();
        REQUIRE(db.transaction());
        QSqlQuery q(db);
        REQUIRE(q.prepare(QStringLiteral("INSERT INTO institution (name, slots) VALUES (?, ?)")));
        for (int i = 1; i <= 1500; ++i) {
            q.bindValue(0, QStringLiteral("第%1托育园（名字长一些，登记册占满许多页）").arg(i));
            q.bindValue(1, 30);
            REQUIRE(q.exec());
        }
        REQUIRE(db.commit());
    }
    test::scrambleMiddleLeaf(path, QStringLiteral("登记册占满许多页").toUtf8());
    return path;
}

} // namespace

TEST_CASE("A damaged workspace opens read-only under a banner offering a backup", "[damaged]")
{
    QTemporaryDir dir;
    const QString path = damagedWorkspace(dir);
    MainWindow window;
    window.resize(1366, 698);
    QString whyNot;
    const bool opened = window.openWorkspace(path, true, &whyNot);
    INFO(whyNot.toStdString());
    REQUIRE(opened);
    window.show();
    REQUIRE(window.workspace()->isReadOnly());

    auto *banner = window.findChild<ReadOnlyBanner *>(QStringLiteral("readOnlyBanner"));
    REQUIRE(banner);
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(QDir::toNativeSeparators(path)));
    CHECK(banner->text().contains(QStringLiteral("已损坏")));
    CHECK(banner->text().contains(QStringLiteral("只读")));
    auto *restore = banner->findChild<QPushButton *>(QStringLiteral("restoreFromBackup"));
    REQUIRE(restore);
    CHECK(restore->isVisible());
    CHECK(restore->text() == QStringLiteral("从备份恢复…"));
    // The button opens the backups' restore dialog (closed here unanswered: nothing changes).
    bool restoreDialogShown = false;
    QTimer::singleShot(0, [&restoreDialogShown] {
        if (auto *dialog = qobject_cast<RestoreDialog *>(QApplication::activeModalWidget())) {
            restoreDialogShown = true;
            dialog->reject();
        }
    });
    restore->click();
    CHECK(restoreDialogShown);
    CHECK(window.workspace()->isReadOnly());

    if (qEnvironmentVariableIsSet("TUOYU_SHOTS_DIR")) // scripts/screenshots.sh
        window.grab().save(qEnvironmentVariable("TUOYU_SHOTS_DIR") +
                           QStringLiteral("/readonly-banner.png"));

    // A sound workspace opened in the same window: no banner.
    const QString sound = dir.filePath(QStringLiteral("完好.tuoyu"));
    {
        QString error;
        REQUIRE(Workspace::create(sound, &error));
    }
    REQUIRE(window.openWorkspace(sound, true));
    CHECK_FALSE(banner->isVisible());
}
