// The window on a 1366×768 screen: every page fits without squeezing a widget below its minimum
// size, and the forms move focus with Tab in the order they read.

#include "../core/testworkspace.h"
#include "commands/institutioncommands.h"
#include "commands/plancommands.h"
#include "institutions/institutiondialog.h"
#include "plan/plansettingspage.h"
#include "session/workspace.h"
#include "shell/mainwindow.h"
#include "shell/page.h"
#include "storage/indicatorrepository.h"
#include "storage/institutionrepository.h"
#include "storage/planrepository.h"
#include "tasks/taskeditdialog.h"
#include "tasks/tasktreemodel.h"
#include "templates/templatelibrary.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QChartView>
#include <QFrame>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeView>
#include <QValueAxis>

#include <catch2/catch.hpp>

#include <cmath>

using namespace tuoyu;

namespace {

QString tunliuWorkspace(const test::WorkspaceFolder &dir,
                        const QString &templateId = QStringLiteral("tunliu"))
{
    const QString path = dir.workspace(templateId + QStringLiteral("-layout.tuoyu"));
    QString error;
    auto ws = Workspace::create(path, &error);
    REQUIRE(ws);
    const auto draft = TemplateLibrary::load(templateId, &error);
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
    test::WorkspaceFolder dir;
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
    test::WorkspaceFolder dir;
    QString error;
    auto ws = Workspace::open(tunliuWorkspace(dir), &error);
    REQUIRE(ws);

    InstitutionDialog institution(IndicatorRepository(ws.get()).areas());
    institution.setInstitution(InstitutionRepository(ws.get()).all().first());
    const QStringList fields = {QStringLiteral("name"),
                                QStringLiteral("creditCode"),
                                QStringLiteral("kind"),
                                QStringLiteral("area"),
                                QStringLiteral("address"),
                                QStringLiteral("slots"),
                                QStringLiteral("puhui"),
                                QStringLiteral("puhuiSlots"),
                                QStringLiteral("slotsInfant"),
                                QStringLiteral("slotsToddler"),
                                QStringLiteral("slotsOlder"),
                                QStringLiteral("enrolled"),
                                QStringLiteral("staff"),
                                QStringLiteral("certifiedStaff"),
                                QStringLiteral("monthlyPrice"),
                                QStringLiteral("chain"),
                                QStringLiteral("filed"),
                                QStringLiteral("filedDate"),
                                QStringLiteral("openedDate"),
                                QStringLiteral("grade"),
                                QStringLiteral("medicalPartner"),
                                QStringLiteral("notes"),
                                QStringLiteral("保存"),
                                QStringLiteral("取消"),
                                QStringLiteral("name")};
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
    const QStringList planFields = {QStringLiteral("planTitle"),
                                    QStringLiteral("planShortTitle"),
                                    QStringLiteral("planSourceDocument"),
                                    QStringLiteral("planStart"),
                                    QStringLiteral("planEnd"),
                                    QStringLiteral("planIssuingUnits"),
                                    QStringLiteral("planSigner"),
                                    QStringLiteral("dueSoonWorkingDays"),
                                    QStringLiteral("savePlan"),
                                    QStringLiteral("planHistory"),
                                    QStringLiteral("populationTable"),
                                    QStringLiteral("addYear"),
                                    QStringLiteral("departmentsTable"),
                                    QStringLiteral("addDepartment"),
                                    QStringLiteral("areasTable"),
                                    QStringLiteral("addArea"),
                                    QStringLiteral("editArea"),
                                    QStringLiteral("removeArea"),
                                    QStringLiteral("groupTable"),
                                    QStringLiteral("addMember"),
                                    QStringLiteral("editMember"),
                                    QStringLiteral("removeMember")};
    CHECK(tabWalk(&page, page.findChild<QWidget *>(QStringLiteral("planTitle")),
                  planFields.size()) == path(planFields));
}

namespace {

/// The window on a 1366×768 screen less the taskbar and title bar, showing one page: full width,
/// or the 1280 the window first opens at.
void showAt1366(MainWindow &window, const QString &page, int width = 1366)
{
    window.resize(width, 768 - 40 - 30);
    window.show();
    REQUIRE(window.showPage(page));
    QCoreApplication::processEvents();
    QCoreApplication::processEvents(); // the dashboard draws its figures just after the window
}

/// Every task row of the tree, depth first.
void taskRows(const QAbstractItemModel *model, const QModelIndex &parent, QModelIndexList *out)
{
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex i = model->index(r, 0, parent);
        if (i.data(TaskTreeModel::KindRole).toInt() == 2)
            out->append(i);
        taskRows(model, i, out);
    }
}

} // namespace

TEST_CASE("At 1366×768 the dashboard's cards wrap into rows instead of scrolling sideways")
{
    QStandardPaths::setTestModeEnabled(true);
    const int width = GENERATE(1366, 1280);
    INFO("window width " << width);
    test::WorkspaceFolder dir;
    // tunliu has 7 indicators, quanzhou-taishang 15.
    for (const QString &id : {QStringLiteral("tunliu"), QStringLiteral("quanzhou-taishang")}) {
        INFO(id.toStdString());
        MainWindow window;
        REQUIRE(window.openWorkspace(tunliuWorkspace(dir, id), true));
        showAt1366(window, QStringLiteral("dashboard"), width);
        auto *scroll = window.findChild<QScrollArea *>(QStringLiteral("dashboardScroll"));
        REQUIRE(scroll);
        CHECK(scroll->horizontalScrollBar()->maximum() == 0);
        CHECK(scroll->widget()->width() <= scroll->viewport()->width());
        const QList<QFrame *> cards =
            scroll->widget()->findChildren<QFrame *>(QStringLiteral("indicatorCard"));
        const auto indicators =
            IndicatorRepository(window.workspace()).indicators(window.currentPlanId());
        CHECK(cards.size() == indicators.size());
        int rows = 0;
        int lastTop = -1;
        for (QFrame *card : cards) {
            const QRect r(card->mapTo(scroll->viewport(), QPoint(0, 0)), card->size());
            CHECK(r.left() >= 0);
            CHECK(r.right() < scroll->viewport()->width());
            if (r.top() != lastTop)
                ++rows;
            lastTop = r.top();
        }
        CHECK(rows >= 2); // 7 cards do not fit one row of a 1366 window
    }
}

TEST_CASE("At 1366×768 the task list shows its 剩余 column whole and the task words at length")
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().remove(QStringLiteral("columns/tasks"));
    const int width = GENERATE(1366, 1280);
    INFO("window width " << width);
    test::WorkspaceFolder dir;
    MainWindow window;
    REQUIRE(window.openWorkspace(tunliuWorkspace(dir), true));
    showAt1366(window, QStringLiteral("tasks"), width);
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("taskTree"));
    REQUIRE(tree);
    CHECK(tree->horizontalScrollBar()->maximum() == 0);
    const QHeaderView *header = tree->header();
    CHECK(header->sectionViewportPosition(TaskTreeModel::Remaining) +
              header->sectionSize(TaskTreeModel::Remaining) <=
          tree->viewport()->width());
    const QFontMetrics headings(header->font());
    for (int c = 1; c < TaskTreeModel::ColumnCount; ++c) {
        const QString heading = tree->model()->headerData(c, Qt::Horizontal).toString();
        INFO(heading.toStdString());
        CHECK(headings.horizontalAdvance(heading) + 8 <= header->sectionSize(c));
    }
    QModelIndexList rows;
    taskRows(tree->model(), {}, &rows);
    REQUIRE(rows.size() == 10);
    const QFontMetrics metrics(tree->font());
    for (const QModelIndex &row : std::as_const(rows)) {
        const QString left =
            row.siblingAtColumn(TaskTreeModel::Remaining).data().toString(); // 逾期 N 天 …
        INFO(left.toStdString());
        CHECK(metrics.horizontalAdvance(left) + 8 <= header->sectionSize(TaskTreeModel::Remaining));
        const QString deadline = row.siblingAtColumn(TaskTreeModel::Deadline).data().toString();
        CHECK(metrics.horizontalAdvance(deadline.left(10)) + 8 <=
              header->sectionSize(TaskTreeModel::Deadline));
    }
    // Tasks sit two levels down; their words get at least 18 characters before the ellipsis,
    // cut in the middle, with the whole text in the tooltip.
    const int titleRoom = header->sectionSize(TaskTreeModel::Title) - 3 * tree->indentation();
    CHECK(titleRoom >= 18 * metrics.horizontalAdvance(QChar(0x4E2D)));
    CHECK(tree->textElideMode() == Qt::ElideMiddle);
    CHECK(rows.first().data(Qt::ToolTipRole).toString().startsWith(rows.first().data().toString()));
}

TEST_CASE("Dashboard charts count in whole numbers and say so when they have nothing to show")
{
    QStandardPaths::setTestModeEnabled(true);
    test::WorkspaceFolder dir;
    MainWindow window;
    REQUIRE(window.openWorkspace(tunliuWorkspace(dir), true));
    showAt1366(window, QStringLiteral("dashboard"));
    for (const char *name : {"taskChart", "timelineChart"}) {
        INFO(name);
        auto *view = window.findChild<QChartView *>(QLatin1String(name));
        REQUIRE(view);
        QValueAxis *axis = nullptr;
        for (QAbstractAxis *a : view->chart()->axes())
            if (auto *v = qobject_cast<QValueAxis *>(a); v && v->isVisible())
                axis = v;
        REQUIRE(axis);
        const double step = (axis->max() - axis->min()) / (axis->tickCount() - 1);
        INFO(axis->min() << " " << axis->max() << " " << axis->tickCount());
        CHECK(axis->min() == 0);
        CHECK(step >= 1);
        CHECK(step == std::round(step)); // ticks 0, 2, 4 … never 0, 2.25, 4.5
    }

    // A workspace with an empty plan: no institutions, tasks or indicators.
    REQUIRE(window.openWorkspace(tunliuWorkspace(dir, QStringLiteral("blank")), true));
    showAt1366(window, QStringLiteral("dashboard"));
    for (const char *name : {"targetChart", "taskChart", "slotChart", "timelineChart"}) {
        INFO(name);
        auto *view = window.findChild<QChartView *>(QLatin1String(name));
        REQUIRE(view);
        INFO(view->chart()->title().toStdString());
        CHECK(view->chart()->series().isEmpty());
        CHECK(view->chart()->axes().isEmpty());
        CHECK(view->chart()->title().contains(QStringLiteral("：")));
        CHECK((view->chart()->title().contains(QStringLiteral("没有")) ||
               view->chart()->title().contains(QStringLiteral("暂无"))));
    }
}

TEST_CASE(
    "The institution form edits the class slots, staff, monthly fee and chain, and checks them")
{
    QStandardPaths::setTestModeEnabled(true);
    test::WorkspaceFolder dir;
    QString error;
    auto ws = Workspace::open(tunliuWorkspace(dir), &error);
    REQUIRE(ws);
    const Institution original = InstitutionRepository(ws.get()).all().first(); // 90 slots
    InstitutionDialog dialog(IndicatorRepository(ws.get()).areas());
    dialog.setInstitution(original);
    const auto field = [&dialog](const char *name) {
        auto *edit = dialog.findChild<QLineEdit *>(QLatin1String(name));
        REQUIRE(edit);
        return edit;
    };
    const auto fill = [&](const QString &infant, const QString &toddler, const QString &older,
                          const QString &staff, const QString &certified, const QString &fee) {
        field("slotsInfant")->setText(infant);
        field("slotsToddler")->setText(toddler);
        field("slotsOlder")->setText(older);
        field("staff")->setText(staff);
        field("certifiedStaff")->setText(certified);
        field("monthlyPrice")->setText(fee);
    };
    // Bad input keeps the form open and names the field.
    fill(QStringLiteral("1.5"), {}, {}, {}, {}, {});
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.problem().contains(QStringLiteral("乳儿班托位")));
    fill(QStringLiteral("30"), QStringLiteral("40"), QStringLiteral("30"), {}, {}, {});
    dialog.accept();
    CHECK(dialog.problem().contains(QStringLiteral("合计（100）不能多于托位数（90）")));
    fill(QStringLiteral("20"), QStringLiteral("40"), QStringLiteral("30"), QStringLiteral("12"),
         QStringLiteral("13"), {});
    dialog.accept();
    CHECK(dialog.problem().contains(QStringLiteral("持证人员（13）不能多于从业人员（12）")));
    fill(QStringLiteral("20"), QStringLiteral("40"), QStringLiteral("30"), QStringLiteral("12"),
         QStringLiteral("11"), QStringLiteral("1800.555"));
    dialog.accept();
    CHECK(dialog.problem().contains(QStringLiteral("月收费")));
    CHECK(dialog.result() != QDialog::Accepted);

    fill(QStringLiteral("20"), QStringLiteral("40"), QStringLiteral("30"), QStringLiteral("12"),
         QStringLiteral("11"), QStringLiteral("1850.5"));
    field("chain")->setText(QStringLiteral("  小太阳托育  "));
    dialog.accept();
    INFO(dialog.problem().toStdString());
    REQUIRE(dialog.result() == QDialog::Accepted);
    const Institution edited = dialog.institution();
    CHECK(edited.slotsInfant == 20);
    CHECK(edited.slotsToddler == 40);
    CHECK(edited.slotsOlder == 30);
    CHECK(edited.staff == 12);
    CHECK(edited.certifiedStaff == 11);
    CHECK(edited.monthlyPriceFen == 185050);
    CHECK(edited.chain == QStringLiteral("小太阳托育"));

    // Saved through the command, read back into a new form: the same figures.
    auto command = institutioncommands::edit(ws.get(), original.id,
                                             InstitutionRepository::toRow(edited), &error);
    INFO(error.toStdString());
    REQUIRE(command);
    REQUIRE(ws->execute(std::move(command), &error));
    InstitutionDialog again(IndicatorRepository(ws.get()).areas());
    again.setInstitution(*InstitutionRepository(ws.get()).byId(original.id));
    CHECK(again.findChild<QLineEdit *>(QStringLiteral("monthlyPrice"))->text() ==
          QStringLiteral("1850.50"));
    CHECK(again.findChild<QLineEdit *>(QStringLiteral("chain"))->text() ==
          QStringLiteral("小太阳托育"));
    CHECK(again.findChild<QLineEdit *>(QStringLiteral("slotsToddler"))->text() ==
          QStringLiteral("40"));
}

TEST_CASE("The task form offers to confirm an inherited deadline, the plan page edits the signer")
{
    QStandardPaths::setTestModeEnabled(true);
    test::WorkspaceFolder dir;
    QString error;
    auto ws = Workspace::create(dir.workspace(QStringLiteral("z.tuoyu")), &error);
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

TEST_CASE("At 1366×768 zhejiang's inherited deadlines show as such on 任务 and 概览, none red")
{
    QStandardPaths::setTestModeEnabled(true);
    test::WorkspaceFolder dir;
    MainWindow window;
    REQUIRE(window.openWorkspace(tunliuWorkspace(dir, QStringLiteral("zhejiang")), true));
    const QString shots = qEnvironmentVariable("TUOYU_SHOTS_DIR"); // scripts/screenshots.sh
    showAt1366(window, QStringLiteral("tasks"));
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("taskTree"));
    REQUIRE(tree);
    tree->expandAll();
    QModelIndexList rows;
    taskRows(tree->model(), {}, &rows);
    REQUIRE_FALSE(rows.isEmpty());
    for (const QModelIndex &row : std::as_const(rows)) {
        CHECK(row.siblingAtColumn(TaskTreeModel::Remaining).data().toString() ==
              QStringLiteral("按实施期末计"));
        CHECK_FALSE(row.data(Qt::BackgroundRole).value<QColor>().isValid());
    }
    if (!shots.isEmpty())
        window.grab().save(shots + QStringLiteral("/tasks-inherited.png"));
    showAt1366(window, QStringLiteral("dashboard"));
    auto *note = window.findChild<QLabel *>(QStringLiteral("unconfirmedDeadlines"));
    REQUIRE(note);
    CHECK(note->isVisible());
    auto *scroll = window.findChild<QScrollArea *>(QStringLiteral("dashboardScroll"));
    REQUIRE(scroll);
    scroll->ensureWidgetVisible(note); // the note sits above the due list, below the charts
    QCoreApplication::processEvents();
    if (!shots.isEmpty())
        window.grab().save(shots + QStringLiteral("/dashboard-inherited.png"));
}
