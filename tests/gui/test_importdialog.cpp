// The import dialog's stages run off the GUI thread (issue 13, item 20): the event loop keeps
// running while a large table is mapped and planned, and 取消 there changes nothing.

#include "../core/testworkspace.h"
#include "import/importdialog.h"
#include "session/workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace tuoyu;

namespace {

/// A CSV institution list of `rows` rows: unique names, five towns.
QString writeGeneratedList(const QTemporaryDir &dir, int rows)
{
    const QString path = dir.filePath(QStringLiteral("generated.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    QByteArray csv = "序号,机构名称,属性,所属街道,托位数,普惠托位数,在托人数\n";
    static const char *const towns[] = {"郑陆镇", "红梅街道", "青龙街道", "雕庄街道", "横林镇"};
    for (int i = 1; i <= rows; ++i)
        csv += QStringLiteral("%1,托育机构%2号,%3,%4,%5,%6,%7\n")
                   .arg(i)
                   .arg(i)
                   .arg(i % 3 ? QStringLiteral("民办") : QStringLiteral("公办"))
                   .arg(QString::fromUtf8(towns[i % 5]))
                   .arg(20 + i % 80)
                   .arg((20 + i % 80) / 2)
                   .arg((20 + i % 80) / 3)
                   .toUtf8();
    file.write(csv);
    return path;
}

/// The progress dialog of the stage that maps and plans, if one is up.
QProgressDialog *planningProgress()
{
    for (QWidget *w : QApplication::allWidgets())
        if (auto *p = qobject_cast<QProgressDialog *>(w))
            if (p->objectName() == QLatin1String("importProgress") &&
                p->labelText().contains(QStringLiteral("核对")))
                return p;
    return nullptr;
}

bool workerConnectionOpen()
{
    for (const QString &name : QSqlDatabase::connectionNames())
        if (name.startsWith(QLatin1String("import-")))
            return true;
    return false;
}

int institutions(Workspace *ws)
{
    QSqlQuery q(ws->db());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM institution"));
    return q.next() ? q.value(0).toInt() : -1;
}

void saveScreen(const QString &name)
{
    if (!qEnvironmentVariableIsSet("TUOYU_SHOTS_DIR"))
        return;
    QGuiApplication::primaryScreen()->grabWindow(0).save(qEnvironmentVariable("TUOYU_SHOTS_DIR") +
                                                         QLatin1Char('/') + name);
}

} // namespace

TEST_CASE("The import dialog maps and plans 10000 rows while the event loop runs, and 取消 "
          "there changes nothing")
{
    test::WorkspaceFolder dir;
    QString error;
    auto ws = Workspace::create(dir.workspace(QStringLiteral("w.tuoyu")), &error);
    REQUIRE(ws);
    const QString path = writeGeneratedList(dir, 10000);

    // Each tick of a timer is the GUI thread's event loop at work; the first tick that finds
    // the mapping-and-planning stage under way presses 取消.
    bool sawPlanning = false;
    {
        ImportDialog dialog(ws.get(), 0, path);
        dialog.setQuiet(true);
        QTimer tick;
        tick.setInterval(1);
        QObject::connect(&tick, &QTimer::timeout, [&] {
            if (QProgressDialog *p = planningProgress(); p && !sawPlanning) {
                sawPlanning = true;
                auto *cancel = p->findChild<QPushButton *>();
                REQUIRE(cancel);
                cancel->click(); // as the officer does: QProgressDialog::cancel() emits nothing
            }
        });
        tick.start();
        CHECK_FALSE(dialog.load());
        CHECK(dialog.lastError() == QStringLiteral("已取消"));
    }
    REQUIRE(sawPlanning);
    CHECK(institutions(ws.get()) == 0);
    CHECK(ws->undoStack()->count() == 0);
    // The abandoned worker stops at its next stage and closes the connection it opened.
    QElapsedTimer waited;
    waited.start();
    while (workerConnectionOpen() && waited.elapsed() < 10000) {
        QCoreApplication::processEvents();
        QThread::msleep(10);
    }
    CHECK_FALSE(workerConnectionOpen());
    CHECK(institutions(ws.get()) == 0);

    // Not cancelled, the same stage previews every row and the import applies as one undo step.
    ImportDialog dialog(ws.get(), 0, path);
    dialog.setQuiet(true);
    int ticksWhilePlanning = 0;
    QTimer tick;
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        if (planningProgress())
            ++ticksWhilePlanning;
    });
    tick.start();
    REQUIRE(dialog.load());
    CHECK(ticksWhilePlanning > 0);
    CHECK(dialog.preview().inserted == 10000);
    CHECK(dialog.preview().refused.isEmpty());

    if (qEnvironmentVariableIsSet("TUOYU_SHOTS_DIR")) { // scripts/screenshots.sh looks at it
        dialog.setQuiet(false);
        dialog.resize(1000, 640);
        dialog.show();
        QCoreApplication::processEvents();
        bool shot = false;
        QObject::connect(&tick, &QTimer::timeout, [&] {
            if (QProgressDialog *p = planningProgress(); p && !shot) {
                shot = true;
                p->show();
                p->repaint();
                QCoreApplication::processEvents();
                saveScreen(QStringLiteral("import-progress.png"));
            }
        });
        dialog.setColumnField(3, QStringLiteral("address")); // the officer corrects a column
        dialog.setColumnField(3, QStringLiteral("area"));
        QCoreApplication::processEvents();
        saveScreen(QStringLiteral("import-preview.png"));
    }
    tick.stop();

    REQUIRE(dialog.commit(&error));
    CHECK(institutions(ws.get()) == 10000);
    ws->undoStack()->undo();
    CHECK(institutions(ws.get()) == 0);
}
