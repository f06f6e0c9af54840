// The window on a 1366×768 screen: every page fits without squeezing a widget below its minimum
// size, and the forms move focus with Tab in the order they read.

#include "commands/plancommands.h"
#include "institutions/institutiondialog.h"
#include "plan/plansettingspage.h"
#include "shell/mainwindow.h"
#include "shell/page.h"
#include "storage/indicatorrepository.h"
#include "storage/institutionrepository.h"
#include "storage/planrepository.h"
#include "storage/workspace.h"
#include "tasks/taskeditdialog.h"
#include "templates/templatelibrary.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QKeyEvent>
#include <QLayout>
#include <QLineEdit>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace tuoyu;

namespace {

QString tunliuWorkspace(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("layout.tuoyu"));
    QString error;
    auto ws = Workspace::create(path, &error);
    REQUIRE(ws);
    const auto draft = TemplateLibrary::load(QStringLiteral("tunliu"), &error);
    REQUIRE(draft);
    REQUIRE(ws->execute(plancommands::create(ws.get(), *draft, &error), &error));
    return path;
}

/// Inside a scroll area a widget may extend past the page (it scrolls), and its headers and
/// scroll bars are the area's own business: only the area itself is checked.
bool insideScrollArea(const QWidget *w, const QWidget *page)
{
    for (const QWidget *p = w->parentWidget(); p && p != page; p = p->parentWidget())
        if (qobject_cast<const QAbstractScrollArea *>(p))
            return true;
    return false;
}

bool inLayout(const QLayout *layout, const QWidget *w)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (item->widget() == w || (item->layout() && inLayout(item->layout(), w)))
            return true;
    }
    return false;
}

/// Placed by the page's layouts or splitters, rather than an inner part of a composite widget
/// (a spin box's line edit), which its widget sizes itself.
bool laidOut(const QWidget *w)
{
    const QWidget *parent = w->parentWidget();
    if (qobject_cast<const QSplitter *>(parent))
        return true;
    return parent && parent->layout() && inLayout(parent->layout(), w);
}

/// What a widget is called in a focus order: its object name, else its text (dialog buttons).
QString nameOf(const QWidget *w)
{
    if (!w)
        return QStringLiteral("(none)");
    if (!w->objectName().isEmpty())
        return w->objectName();
    if (auto *button = qobject_cast<const QAbstractButton *>(w))
        return button->text();
    return QString::fromLatin1(w->metaObject()->className());
}

/// Presses Tab from `first`, as the officer would, until focus has been on `count` widgets, and
/// says where it went. (A date box takes a Tab per section, year → month → day, before it lets
/// focus go: Qt's convention, counted once here.)
std::string tabWalk(QWidget *window, QWidget *first, qsizetype count)
{
    window->show();
    window->activateWindow();
    QCoreApplication::processEvents();
    first->setFocus(Qt::TabFocusReason);
    QStringList order;
    QWidget *last = nullptr;
    for (int presses = 0; order.size() < count && presses < 4 * count; ++presses) {
        QWidget *focus = window->focusWidget();
        if (focus != last)
            order << nameOf(focus);
        last = focus;
        QKeyEvent tab(QEvent::KeyPress, Qt::Key_Tab, Qt::NoModifier);
        QApplication::sendEvent(focus, &tab);
    }
    return order.join(QStringLiteral(" → ")).toStdString();
}

std::string path(const QStringList &names)
{
    return names.join(QStringLiteral(" → ")).toStdString();
}

} // namespace

TEST_CASE("Every page fits a 1366×768 screen without squeezing a widget below its minimum")
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    MainWindow window;
    REQUIRE(window.openWorkspace(tunliuWorkspace(dir), true));
    // 768 less a 40-pixel taskbar and a 30-pixel title bar.
    const QSize screen(1366, 768 - 40 - 30);
    window.resize(screen);
    window.show();
    for (Page *page : window.pages()) {
        INFO("page " << page->key().toStdString());
        REQUIRE(window.showPage(page->key()));
        QCoreApplication::processEvents();
        CHECK(window.minimumSizeHint().width() <= screen.width());
        CHECK(window.minimumSizeHint().height() <= screen.height());
        CHECK(window.size() == screen); // the window did not have to grow past the screen
        const QRect inside = page->rect();
        for (QWidget *w : page->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(page) || w->isWindow() || insideScrollArea(w, page) || !laidOut(w))
                continue;
            INFO("widget " << nameOf(w).toStdString() << " " << w->metaObject()->className());
            const QSize least = w->minimumSizeHint().expandedTo(w->minimumSize());
            CHECK(w->width() >= least.width());
            CHECK(w->height() >= least.height());
            CHECK(inside.contains(QRect(w->mapTo(page, QPoint(0, 0)), w->size())));
        }
    }
}

TEST_CASE("The main window opens at a size the screen can show")
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().remove(QStringLiteral("window"));
    MainWindow window;
    const QRect available = window.screen()->availableGeometry();
    CHECK(window.width() <= available.width());
    // Leaves room for the title bar the window manager adds.
    CHECK(window.height() + 30 <= available.height());
    CHECK(window.width() >= std::min(1200, available.width() - 40));
}

TEST_CASE("Tab walks the institution form, the task form and the plan page in reading order")
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::open(tunliuWorkspace(dir), &error);
    REQUIRE(ws);

    InstitutionDialog institution(IndicatorRepository(ws.get()).areas());
    institution.setInstitution(InstitutionRepository(ws.get()).all().first());
    const QStringList fields = {
        QStringLiteral("name"),  QStringLiteral("creditCode"),     QStringLiteral("kind"),
        QStringLiteral("area"),  QStringLiteral("address"),        QStringLiteral("slots"),
        QStringLiteral("puhui"), QStringLiteral("puhuiSlots"),     QStringLiteral("enrolled"),
        QStringLiteral("filed"), QStringLiteral("filedDate"),      QStringLiteral("openedDate"),
        QStringLiteral("grade"), QStringLiteral("medicalPartner"), QStringLiteral("notes"),
        QStringLiteral("保存"),  QStringLiteral("取消"),           QStringLiteral("name")};
    CHECK(tabWalk(&institution, institution.findChild<QWidget *>(QStringLiteral("name")),
                  fields.size()) == path(fields));

    const qint64 plan = PlanRepository(ws.get()).defaultPlan()->id;
    TaskEditDialog task(PlanRepository(ws.get()).tasks(plan).first(), {});
    const QStringList taskFields = {QStringLiteral("taskText"),  QStringLiteral("deadlineText"),
                                    QStringLiteral("startDate"), QStringLiteral("lead"),
                                    QStringLiteral("others"),    QStringLiteral("notes"),
                                    QStringLiteral("保存"),      QStringLiteral("取消")};
    CHECK(tabWalk(&task, task.findChild<QWidget *>(QStringLiteral("taskText")),
                  taskFields.size()) == path(taskFields));

    PlanSettingsPage page;
    page.setContext(ws.get(), plan);
    const QStringList planFields = {
        QStringLiteral("planTitle"),        QStringLiteral("planStart"),
        QStringLiteral("planEnd"),          QStringLiteral("planSigner"),
        QStringLiteral("savePlan"),         QStringLiteral("planHistory"),
        QStringLiteral("populationTable"),  QStringLiteral("addYear"),
        QStringLiteral("departmentsTable"), QStringLiteral("addDepartment"),
        QStringLiteral("areasTable"),       QStringLiteral("groupTable")};
    CHECK(tabWalk(&page, page.findChild<QWidget *>(QStringLiteral("planTitle")),
                  planFields.size()) == path(planFields));
}

TEST_CASE("The task form offers to confirm an inherited deadline, the plan page edits the signer")
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::create(dir.filePath(QStringLiteral("z.tuoyu")), &error);
    REQUIRE(ws);
    REQUIRE(ws->execute(
        plancommands::create(ws.get(), *TemplateLibrary::load(QStringLiteral("zhejiang"), &error),
                             &error),
        &error));
    const qint64 plan = PlanRepository(ws.get()).defaultPlan()->id;
    const TaskView inherited = PlanRepository(ws.get()).tasks(plan).first();
    REQUIRE(inherited.task.deadlineInherited);
    TaskEditDialog task(inherited, {});
    auto *confirm = task.findChild<QAbstractButton *>(QStringLiteral("confirmInherited"));
    REQUIRE(confirm);
    CHECK(confirm->text().contains(QStringLiteral("2025年12月31日")));
    CHECK(tabWalk(&task, task.findChild<QWidget *>(QStringLiteral("taskText")), 4) ==
          path({QStringLiteral("taskText"), QStringLiteral("deadlineText"),
                QStringLiteral("confirmInherited"), QStringLiteral("startDate")}));
    CHECK_FALSE(task.confirmInherited());
    confirm->setChecked(true);
    CHECK(task.confirmInherited());

    PlanSettingsPage page;
    page.setContext(ws.get(), plan);
    auto *signer = page.findChild<QLineEdit *>(QStringLiteral("planSigner"));
    REQUIRE(signer);
    CHECK(signer->text() == QStringLiteral("市卫生健康局"));
    REQUIRE(page.saveSigner(QStringLiteral("市普惠托育工作专班办公室"), &error));
    CHECK(PlanRepository(ws.get()).plan(plan)->signer ==
          QStringLiteral("市普惠托育工作专班办公室"));
}
