#include "mainwindow.h"
#include "toolsmenus.h"

#include "city/citypage.h"
#include "commands/demoworkspace.h"
#include "commands/plancommands.h"
#include "commands/planheadercommands.h"
#include "connectdialog.h"
#include "indicators/indicatorengine.h"
#include "indicators/indicatorsnapshots.h"
#include "newplandialog.h"
#include "page.h"
#include "planfileactions.h"
#include "planreader/planacceptance.h"
#include "planreader/planreviewdialog.h"
#include "readonlybanner.h"
#include "restoredialog.h"

#include "exporting/ledgersheets.h"
#include "feedback/feedbackdialogs.h"
#include "import/importdialog.h"
#include "io/csvexporter.h"
#include "io/xlsxexporter.h"
#include "session/workspace.h"
#include "storage/backupstore.h"
#include "storage/planrepository.h"
#include "storage/postgresql/postgresqldialect.h"
#include "storage/postgresql/postgresqlurl.h"
#include "storage/storageerror.h"
#include "templates/templatelibrary.h"

#include "shell/forms.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMetaMethod>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tuoyu {

namespace {
const QString kRecentKey = QStringLiteral("workspace/recent");
const QString kLastKey = QStringLiteral("workspace/last");
const char *const kFileFilter = QT_TRANSLATE_NOOP("tuoyu::MainWindow", "托育工作台文件 (*.tuoyu)");
constexpr int kMaxRecent = 8;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("托育工作台"));
    setAcceptDrops(true);
    buildActions();
    buildPages();
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (const QString key = settings.value(QStringLiteral("window/pageKey")).toString();
        key == m_cityPage->key() || !showPage(key))
        m_navigation->setCurrentRow(0);
    if (!settings.contains(QStringLiteral("window/geometry")))
        fitToScreen();
    updateRecentMenu();
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::fitToScreen()
{
    // 1280×760 where there is room; on a 1366×768 laptop, whose taskbar leaves about 728 pixels,
    // what is left once the window manager's title bar and frame are counted, so that nothing
    // (the status bar, a page's last buttons) falls off the bottom of the screen.
    const QRect available = screen()->availableGeometry();
    const QSize frame(16, 40);
    const QSize size = QSize(1280, 760).boundedTo(available.size() - frame);
    resize(size);
    move(available.topLeft() + QPoint((available.width() - size.width()) / 2,
                                      (available.height() - size.height() - frame.height()) / 2));
}

void MainWindow::buildActions()
{
    QMenu *file = menuBar()->addMenu(tr("文件(&F)"));
    QAction *newAction = file->addAction(tr("新建工作区(&N)…"), this, &MainWindow::newWorkspace);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("打开(&O)…"), this, &MainWindow::chooseAndOpen);
    openAction->setShortcut(QKeySequence::Open);
    file->addAction(tr("连接服务器(&S)…"), this, &MainWindow::connectToServer)
        ->setObjectName(QStringLiteral("connectServerAction"));
    m_recentMenu = file->addMenu(tr("最近打开(&R)"));
    file->addSeparator();
    m_workspaceActions << file->addAction(tr("新建计划(&L)…"), this, &MainWindow::newPlan);
    m_workspaceActions.constLast()->setObjectName(QStringLiteral("newPlanAction"));
    m_workspaceActions << file->addAction(tr("从实施方案新建计划(&M)…"), this,
                                          [this] { PlanReviewDialog::run(this); });
    m_workspaceActions.constLast()->setObjectName(QStringLiteral("newPlanFromDocumentAction"));
    m_workspaceActions << file->addAction(tr("删除当前计划(&D)…"), this,
                                          &MainWindow::confirmRemovePlan);
    m_workspaceActions.constLast()->setObjectName(QStringLiteral("removePlanAction"));
    QAction *importAction = file->addAction(tr("导入名单或表格(&I)…"), this, [this] {
        if (!m_workspace)
            return;
        const QString path = forms::openFile(
            this, tr("导入"),
            tr("表格和文档 (*.xlsx *.xlsm *.xls *.csv *.tsv *.txt *.docx);;所有文件 (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QMenu *exportMenu = file->addMenu(tr("导出台账(&E)"));
    m_workspaceActions << importAction << exportMenu->menuAction();
    const QList<QPair<QString, QString>> ledgers = {
        {QStringLiteral("institutions"), tr("机构名单")},
        {QStringLiteral("tasks"), tr("任务台账")},
        {QStringLiteral("indicators"), tr("绩效指标")},
        {QStringLiteral("decomposition"), tr("任务分解表")},
        {QStringLiteral("inspections"), tr("监督检查台账")}};
    for (const auto &[what, label] : ledgers) {
        exportMenu->addAction(
            label + QStringLiteral("…"), this, [this, what = what, label = label] {
                if (!m_workspace)
                    return;
                const QString path =
                    forms::saveFile(this, tr("导出%1").arg(label), label + QStringLiteral(".xlsx"),
                                    tr("Excel 工作簿 (*.xlsx);;CSV（UTF-8）(*.csv)"),
                                    [this, what](const QString &to, QString *error) {
                                        return exportLedger(what, to, error);
                                    });
                if (!path.isEmpty())
                    statusBar()->showMessage(tr("已导出到 %1").arg(QDir::toNativeSeparators(path)),
                                             8000);
            });
    }
    addPlanFileActions(
        file, exportMenu, this, [this] { return m_workspace.get(); }, [this] { return m_planId; });
    file->addSeparator();
    file->addAction(tr("备份到(&B)…"), this, &MainWindow::backupTo)
        ->setObjectName(QStringLiteral("backupToAction"));
    file->addAction(tr("从备份恢复(&H)…"), this, &MainWindow::restoreFromBackup)
        ->setObjectName(QStringLiteral("restoreAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("退出(&X)"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    m_editMenu = menuBar()->addMenu(tr("编辑(&E)"));
    // Find and print act on the page on screen; pages without them say so in the status bar.
    const auto pageAction = [this](const QString &text, QKeySequence::StandardKey key,
                                   bool (Page::*act)(), const QString &without, int ms) {
        auto *action = new QAction(text, this);
        action->setShortcut(key);
        connect(action, &QAction::triggered, this, [this, act, without, ms] {
            if (Page *page = currentPage(); !page || !(page->*act)())
                statusBar()->showMessage(without, ms);
        });
        addAction(action);
        return action;
    };
    pageAction(tr("查找(&F)"), QKeySequence::Find, &Page::focusSearch, tr("本页没有搜索框"), 4000);
    QAction *printAction = pageAction(tr("打印(&P)…"), QKeySequence::Print, &Page::print,
                                      tr("本页没有可打印的内容；汇报材料在“汇报”页打印"), 5000);
    file->insertAction(file->actions().value(file->actions().size() - 2), printAction);
    // F5 reads the city again; a workspace follows its colleagues by itself.
    QAction *refresh = new QAction(tr("刷新(&R)"), this);
    refresh->setObjectName(QStringLiteral("cityRefreshAction"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, this, [this] {
        QString error;
        if (CityPage *city = cityView(); city && !city->readAgain(&error))
            statusBar()->showMessage(error, 8000);
    });
    addAction(refresh);

    QToolBar *bar = addToolBar(tr("计划"));
    bar->setObjectName(QStringLiteral("planToolBar"));
    bar->setMovable(false);
    bar->addAction(newAction);
    bar->addAction(openAction);
    bar->addSeparator();
    // The city has no plan of its own: the picker goes with the workspace's actions.
    m_workspaceActions << bar->addWidget(new QLabel(tr(" 当前计划： ")));
    m_planBox = new QComboBox;
    m_planBox->setObjectName(QStringLiteral("planPicker"));
    m_planBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_planBox->setMinimumWidth(320);
    m_workspaceActions << bar->addWidget(m_planBox);
    connect(m_planBox, &QComboBox::activated, this,
            [this](int index) { setCurrentPlan(m_planBox->itemData(index).toLongLong()); });
    addToolsAndHelpMenus(this);
}

void MainWindow::buildPages()
{
    m_navigation = new QListWidget;
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(112);
    m_pages = new QStackedWidget;
    m_pageList = createPages(this);
    for (Page *page : std::as_const(m_pageList)) {
        if (auto *city = qobject_cast<CityPage *>(page))
            m_cityPage = city;
        auto *item = new QListWidgetItem(page->title(), m_navigation);
        item->setData(Qt::UserRole, page->key());
        item->setSizeHint(QSize(100, 36));
        m_pages->addWidget(page);
        connect(page, &Page::showPageRequested, this,
                [this](const QString &key, qint64) { showPage(key); });
        connect(page, &Page::statusMessage, this,
                [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    }
    connect(this, &MainWindow::currentPlanChanged, this, &MainWindow::setContextOnPages);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        bringUpToDate(m_pageList.value(row));
    });

    auto *central = new QWidget;
    auto *layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    m_readOnlyBanner = new ReadOnlyBanner;
    connect(m_readOnlyBanner, &ReadOnlyBanner::restoreRequested, this,
            &MainWindow::restoreFromBackup);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_readOnlyBanner);
    column->addLayout(layout, 1);
    setCentralWidget(central);
    statusBar();
    showPagesFor(false);
}

void MainWindow::showPagesFor(bool city)
{
    for (int i = 0; i < m_pageList.size(); ++i)
        m_navigation->item(i)->setHidden((m_pageList[i] == m_cityPage) != city);
    for (QAction *action : std::as_const(m_workspaceActions))
        action->setVisible(!city);
}

CityPage *MainWindow::cityView() const
{
    return m_cityPage && m_cityPage->isOpen() ? m_cityPage : nullptr;
}

void MainWindow::openCity(const QString &address, const QString &password, CityFigures city)
{
    closeWorkspace();
    m_readOnlyBanner->showFor(nullptr); // the city page says itself what it cannot read
    reloadPlans(); // no workspace: no plan, and every page lets go of the old one
    m_cityPage->open(address, password, std::move(city));
    showPagesFor(true);
    showPage(m_cityPage->key());
    rememberRecent(address);
    showWhereKept();
    updateTitle();
}

void MainWindow::closeCity()
{
    if (!cityView())
        return;
    m_cityPage->close();
    showPagesFor(false);
    m_navigation->setCurrentRow(0);
}

bool MainWindow::showPage(const QString &key)
{
    for (int i = 0; i < m_pageList.size(); ++i) {
        if (m_pageList[i]->key() == key) {
            m_navigation->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

namespace {
/// How long after opening the day's backup is written (BackupStore::backupDaily).
constexpr int kDailyBackupDelayMs = 1500;
} // namespace

bool MainWindow::openWorkspace(const QString &path, bool quiet, QString *error)
{
    QString why;
    if (PostgresqlUrl::isCityAddress(path)) {
        QString password;
        auto city = ConnectDialog::connectToCity(this, path, &password, &why);
        if (city)
            openCity(path, password, std::move(*city));
        else if (!quiet && !why.isEmpty())
            QMessageBox::warning(this, tr("无法打开"), why);
        if (error)
            *error = why;
        return city.has_value();
    }
    auto ws = PostgresqlUrl::isUrl(path) ? ConnectDialog::connectTo(this, path, &why)
                                         : Workspace::open(path, &why);
    if (!ws) {
        if (!quiet && !why.isEmpty()) // empty: the officer cancelled the password
            QMessageBox::warning(this, tr("无法打开"), why);
        if (error)
            *error = why;
        return false;
    }
    adoptWorkspace(std::move(ws), path, quiet);
    return true;
}

void MainWindow::connectToServer()
{
    ConnectDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto city = dialog.takeCity())
        openCity(dialog.connectedAddress(), dialog.cityPassword(), std::move(*city));
    else
        adoptWorkspace(dialog.takeWorkspace(), dialog.connectedAddress(), false);
}

void MainWindow::adoptWorkspace(std::unique_ptr<Workspace> ws, const QString &path, bool quiet)
{
    closeCity();
    m_editMenu->clear();
    for (Page *page : std::as_const(m_pageList))
        page->setContext(nullptr, 0);
    m_workspace = std::move(ws);
    // Before the pages' connection below: a change is snapshotted before pages redraw from it.
    m_snapshots = new SnapshotRecorder(m_workspace.get());
    QAction *undo = m_workspace->undoStack()->createUndoAction(this, tr("撤销"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_workspace->undoStack()->createRedoAction(this, tr("重做"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence::Redo});
    m_editMenu->addAction(undo);
    m_editMenu->addAction(redo);
    m_editMenu->addSeparator();
    for (QAction *action : actions())
        if (action->shortcut() == QKeySequence(QKeySequence::Find))
            m_editMenu->addAction(action);
    const bool server = PostgresqlUrl::isUrl(path);
    // On opening: when the file (or, with WAL, its log) was last written; a server's last
    // write is not the officer's to know, so the title counts from connecting.
    m_savedAt = server ? QDateTime::currentDateTime() : QFileInfo(path).lastModified();
    if (const QFileInfo log(path + QStringLiteral("-wal")); log.exists())
        m_savedAt = std::max(m_savedAt, log.lastModified());
    connect(m_workspace.get(), &Workspace::changed, this, [this](const QSet<QString> &tables) {
        m_savedAt = QDateTime::currentDateTime(); // a change is committed when it is announced
        updateTitle();
        if (tables.contains(QStringLiteral("plan")))
            reloadPlans();
        for (Page *page : std::as_const(m_pageList)) {
            if (page == currentPage())
                page->refresh(tables);
            else if (!m_stale.contains(page))
                m_pendingTables[page] += tables;
        }
    });
    connect(m_workspace.get(), &Workspace::failed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("操作失败"), message);
    });
    // Another program may write the same file (docs/RELIABILITY.md): look every two seconds
    // and when the window comes back to the front, and read again what it wrote.
    m_workspace->noticeOthersWrites();
    auto *others = new QTimer(m_workspace.get());
    connect(others, &QTimer::timeout, m_workspace.get(), &Workspace::noticeOthersWrites);
    others->start(2000);
    connect(qApp, &QGuiApplication::applicationStateChanged, m_workspace.get(),
            [ws = m_workspace.get()](Qt::ApplicationState state) {
                if (state == Qt::ApplicationActive)
                    ws->noticeOthersWrites();
            });
    if (!m_workspace->migrationBackupPath().isEmpty())
        statusBar()->showMessage(
            tr("已升级文件格式，升级前的备份：%1")
                .arg(QDir::toNativeSeparators(m_workspace->migrationBackupPath())));
    m_readOnlyBanner->showFor(m_workspace.get());
    // A server by the address as typed (sslmode included, never a password).
    rememberRecent(server ? path : m_workspace->path());
    showWhereKept();
    updateTitle();
    // Once the window is up and drawn: the copy takes a moment on a large workspace.
    QTimer::singleShot(kDailyBackupDelayMs, this, [this, opened = m_workspace.get()] {
        if (m_workspace.get() == opened)
            backupToday();
    });
    try {
        reloadPlans();
    } catch (const StorageError &e) {
        // A damaged file opens for what can be read; the page that could not read its part says
        // so here (the banner already says the file is damaged), and the window stays.
        statusBar()->showMessage(e.message());
        if (!quiet)
            QMessageBox::warning(this, tr("有些数据读不出"), e.message());
    }
}

void MainWindow::showWhereKept()
{
    const bool city = cityView() != nullptr;
    const bool server = city || (m_workspace && PostgresqlUrl::isUrl(m_workspace->path()));
    for (const char *name : {"backupToAction", "restoreAction"})
        if (auto *action = findChild<QAction *>(QString::fromLatin1(name)))
            action->setVisible(!server);
    if (!m_serverStatus) {
        m_serverStatus = forms::named(new QLabel, QStringLiteral("serverStatus"));
        statusBar()->addPermanentWidget(m_serverStatus);
    }
    m_serverStatus->setVisible(server);
    if (!server)
        return;
    if (city) {
        // The city reads each district through its own connection; it writes nothing.
        m_serverStatus->setText(tr("全市 · 服务器 %1 · 只读").arg(m_cityPage->address()));
        m_serverStatus->setToolTip(
            m_cityPage->followsDistricts()
                ? tr("全市视图：各区县保存修改后自动刷新；按 F5 可随时重新读取。")
                : tr("全市视图：服务器不转达各区县的修改，请按 F5 重新读取。"));
        return;
    }
    const QString tls = PostgresqlDialect::tlsState(m_workspace->db());
    m_serverStatus->setText(tls.isEmpty() ? tr("服务器 %1 · 未加密").arg(m_workspace->path())
                                          : tr("服务器 %1 · 已加密").arg(m_workspace->path()));
    m_serverStatus->setToolTip(
        (tls.isEmpty() ? tr("与服务器的连接没有加密（sslmode 为 disable，或服务器不提供 TLS）")
                       : tr("与服务器的连接已加密：%1").arg(tls)) +
        QLatin1Char('\n') +
        tr("服务器上的工作台由服务器管理员用 pg_dump 备份，本程序不写备份文件。"));
}

void MainWindow::backupToday()
{
    // A server is backed up by pg_dump (docs/server.md), not by the officer's program.
    if (!m_workspace || PostgresqlUrl::isUrl(m_workspace->path()))
        return;
    QString error;
    const QString made = BackupStore::forWorkspace(m_workspace->path())
                             .backupDaily(*m_workspace, QDate::currentDate(), &error);
    if (!error.isEmpty())
        statusBar()->showMessage(tr("今天的自动备份未能完成：%1").arg(error));
    else if (!made.isEmpty())
        statusBar()->showMessage(tr("已自动备份到 %1").arg(QDir::toNativeSeparators(made)), 8000);
}

void MainWindow::closeWorkspace()
{
    m_editMenu->clear();
    for (Page *page : std::as_const(m_pageList))
        page->setContext(nullptr, 0);
    m_snapshots = nullptr;
    m_workspace.reset();
}

void MainWindow::backupTo()
{
    if (!m_workspace)
        return;
    const QFileInfo info(m_workspace->path());
    const QString path = QFileDialog::getSaveFileName(
        this, tr("备份到"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') +
            info.completeBaseName() + QLatin1Char('-') +
            QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")) + QStringLiteral(".tuoyu"),
        tr("托育工作台文件 (*.tuoyu)"));
    if (path.isEmpty())
        return;
    // The save dialog has asked about replacing a file; the copy never writes over one.
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        QMessageBox::warning(this, tr("无法备份"),
                             tr("无法替换 %1").arg(QDir::toNativeSeparators(path)));
        return;
    }
    QString error;
    if (BackupStore::write(*m_workspace, path, &error))
        statusBar()->showMessage(tr("已备份到 %1").arg(QDir::toNativeSeparators(path)), 8000);
    else
        QMessageBox::warning(this, tr("无法备份"), error);
}

void MainWindow::restoreFromBackup()
{
    if (!m_workspace)
        return;
    RestoreDialog dialog(m_workspace->path(), BackupStore::forWorkspace(m_workspace->path()).list(),
                         this);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedPath().isEmpty())
        return;
    QString error;
    if (!restoreWorkspaceFrom(dialog.selectedPath(), &error))
        QMessageBox::warning(this, tr("无法恢复"), error);
}

bool MainWindow::restoreWorkspaceFrom(const QString &from, QString *error)
{
    if (!m_workspace) {
        *error = tr("没有打开的工作台");
        return false;
    }
    // Checked before the workspace is closed, so a refused file leaves the window as it was.
    if (const QString reason = BackupStore::unrestorableReason(from); !reason.isEmpty()) {
        *error = tr("不能从这个文件恢复：%1").arg(reason);
        return false;
    }
    const QString path = m_workspace->path();
    closeWorkspace();
    QString kept;
    const bool restored = BackupStore::forWorkspace(path).restore(from, &kept, error);
    if (!openWorkspace(path, true)) {
        *error = restored ? tr("已恢复 %1，但无法打开它").arg(QDir::toNativeSeparators(path))
                          : tr("%1；也无法重新打开 %2").arg(*error, QDir::toNativeSeparators(path));
        return false;
    }
    if (restored)
        statusBar()->showMessage(
            tr("已从 %1 恢复。被替换的文件保留为 %2，从备份恢复它即可撤销。")
                .arg(QDir::toNativeSeparators(from), QDir::toNativeSeparators(kept)));
    return restored;
}

void MainWindow::reloadPlans()
{
    m_planBox->clear();
    qint64 keep = 0;
    if (m_workspace) {
        const QList<Plan> plans = PlanRepository(m_workspace.get()).plans();
        for (const Plan &p : plans) {
            m_planBox->addItem(p.title, p.id);
            if (p.id == m_planId)
                keep = p.id;
        }
        if (keep == 0 && !plans.isEmpty())
            keep = plans.last().id;
    }
    m_planId = keep;
    const int index = m_planBox->findData(keep);
    if (index >= 0)
        m_planBox->setCurrentIndex(index);
    Q_EMIT currentPlanChanged(m_planId);
}

void MainWindow::setCurrentPlan(qint64 planId)
{
    m_planId = planId;
    const int index = m_planBox->findData(planId);
    if (index >= 0)
        m_planBox->setCurrentIndex(index);
    Q_EMIT currentPlanChanged(m_planId);
}

bool MainWindow::addPlan(const PlanDraft &draft, const QString &title, QString *error)
{
    if (!m_workspace) {
        *error = tr("请先打开或新建一个工作区。");
        return false;
    }
    auto command = planheadercommands::create(m_workspace.get(), draft, title, error);
    if (!command || !m_workspace->execute(std::move(command), error))
        return false;
    // The plan just made is the workspace's newest.
    setCurrentPlan(PlanRepository(m_workspace.get()).defaultPlan()->id);
    return true;
}

std::optional<planacceptance::Accepted>
MainWindow::acceptPlanReading(const PlanReading &reading, const QString &newPath, QString *error)
{
    if (newPath.isEmpty()) {
        if (!m_workspace) {
            *error = tr("请先打开或新建一个工作区。");
            return std::nullopt;
        }
        auto accepted = planacceptance::addPlan(m_workspace.get(), reading, QString(), error);
        if (accepted)
            setCurrentPlan(accepted->planId);
        return accepted;
    }
    planacceptance::Accepted accepted;
    if (!planacceptance::createWorkspace(newPath, reading, &accepted, error))
        return std::nullopt;
    // written and closed: opened again as the window's own
    if (!openWorkspace(newPath, true, error))
        return std::nullopt;
    return accepted;
}

bool MainWindow::removeCurrentPlan(QString *error)
{
    if (!m_workspace) {
        *error = tr("请先打开或新建一个工作区。");
        return false;
    }
    auto command = planheadercommands::remove(m_workspace.get(), m_planId, error);
    return command && m_workspace->execute(std::move(command), error);
}

void MainWindow::confirmRemovePlan()
{
    if (!m_workspace || m_planId == 0)
        return;
    const QString with = planheadercommands::removalSummary(m_workspace.get(), m_planId);
    if (QMessageBox::question(this, tr("删除计划"),
                              tr("删除计划“%1”？\n\n将一并删除：%2。\n机构名单和乡镇（街道）保留。"
                                 "可用“编辑 → 撤销”恢复。")
                                  .arg(m_planBox->currentText(),
                                       with.isEmpty() ? tr("（计划本身，没有其他内容）") : with)) !=
        QMessageBox::Yes)
        return;
    QString error;
    if (!removeCurrentPlan(&error))
        QMessageBox::warning(this, tr("无法删除计划"), error);
}

void MainWindow::newPlan()
{
    if (!m_workspace) {
        QMessageBox::information(this, tr("新建计划"), tr("请先打开或新建一个工作区。"));
        return;
    }
    NewPlanDialog dialog(this);
    while (dialog.exec() == QDialog::Accepted) {
        if (dialog.source() == NewPlanDialog::Source::TaskTable) {
            const QString path = forms::openFile(
                this, tr("从任务表导入"), tr("任务表 (*.xlsx *.xls *.csv *.docx);;所有文件 (*)"));
            if (!path.isEmpty())
                importFile(path);
            return;
        }
        QString error;
        const auto draft = dialog.draft(&error);
        if (draft && addPlan(*draft, dialog.title(), &error)) {
            statusBar()->showMessage(tr("已新建计划“%1”（可撤销）").arg(m_planBox->currentText()),
                                     8000);
            return;
        }
        QMessageBox::warning(this, tr("无法新建计划"), error);
    }
}

Page *MainWindow::currentPage() const
{
    return m_pageList.value(m_pages->currentIndex());
}

void MainWindow::setContextOnPages()
{
    // Only the page on screen loads now; the others load when they are first shown, so opening
    // a large workspace costs one page, not all of them.
    m_stale.clear();
    m_pendingTables.clear();
    if (m_snapshots)
        m_snapshots->setPlan(m_planId);
    for (Page *page : std::as_const(m_pageList)) {
        if (page == currentPage())
            page->setContext(m_workspace.get(), m_planId);
        else
            m_stale.insert(page);
    }
}

void MainWindow::bringUpToDate(Page *page)
{
    if (!page)
        return;
    if (m_stale.remove(page)) {
        page->setContext(m_workspace.get(), m_planId);
        m_pendingTables.remove(page);
    } else if (const auto tables = m_pendingTables.take(page); !tables.isEmpty()) {
        page->refresh(tables);
    }
}

void MainWindow::updateTitle()
{
    if (CityPage *city = cityView()) {
        QString ignored;
        const auto url =
            PostgresqlUrl::parse(city->address(), &ignored, PostgresqlUrl::Needs::Server);
        setWindowTitle(tr("全市 @ %1/%2 — 托育工作台").arg(url->host, url->database));
        return;
    }
    if (!m_workspace) {
        setWindowTitle(tr("托育工作台"));
        return;
    }
    // Every change is saved at once, so the title says when, not whether: the time today, the
    // date and time before today.
    const QString saved = m_savedAt.date() == QDate::currentDate()
                              ? m_savedAt.toString(QStringLiteral("HH:mm"))
                              : m_savedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    QString name = QFileInfo(m_workspace->path()).completeBaseName();
    if (QString ignored; PostgresqlUrl::isUrl(m_workspace->path()))
        if (const auto url = PostgresqlUrl::parse(m_workspace->path(), &ignored))
            name = tr("%1 @ %2/%3").arg(url->district, url->host, url->database);
    setWindowTitle(tr("%1（%2 已保存） — 托育工作台").arg(name, saved));
}

void MainWindow::newWorkspace()
{
    QStringList labels;
    QStringList ids;
    for (const auto &e : TemplateLibrary::entries()) {
        labels << tr("%1（%2）").arg(e.title, e.id);
        ids << e.id;
    }
    labels << templateFileChoice();
    const int chosen =
        forms::chooseIndex(this, tr("新建工作区"), tr("从哪个计划模板开始："), labels);
    if (chosen < 0)
        return;
    const QString id = ids.value(chosen);
    std::optional<PlanDraft> fromFile;
    if (chosen == ids.size() && !(fromFile = chooseTemplateFile(this)))
        return;
    QString path = QFileDialog::getSaveFileName(
        this, tr("新建工作区"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr(kFileFilter));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".tuoyu")))
        path += QStringLiteral(".tuoyu");
    QString error;
    const auto draft = fromFile ? fromFile : TemplateLibrary::load(id, &error);
    auto ws = draft ? Workspace::create(path, &error) : nullptr;
    if (ws) {
        auto command = plancommands::create(ws.get(), *draft, &error);
        if (!command || !ws->execute(std::move(command), &error)) {
            ws.reset();
            QFile::remove(path);
        }
    }
    if (!ws) {
        QMessageBox::warning(this, tr("无法新建"), error);
        return;
    }
    ws.reset();
    openWorkspace(path);
}

void MainWindow::chooseAndOpen()
{
    const QString start = m_workspace
                              ? QFileInfo(m_workspace->path()).absolutePath()
                              : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getOpenFileName(this, tr("打开工作区"), start, tr(kFileFilter));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    settings.setValue(kLastKey, path);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString &path : recent) {
        if (!PostgresqlUrl::isUrl(path) && !QFileInfo::exists(path))
            continue;
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this,
                                [this, path] { openWorkspace(path); });
    }
    m_recentMenu->setEnabled(!m_recentMenu->isEmpty());
}

QString MainWindow::ensureDemoWorkspace(QString *error)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!QDir().mkpath(folder)) {
        *error = tr("无法创建数据文件夹：%1").arg(QDir::toNativeSeparators(folder));
        return QString();
    }
    const QString path = folder + QStringLiteral("/示例-屯留区.tuoyu");
    if (QFileInfo::exists(path))
        return path;
    const QString id = TemplateLibrary::exists(QStringLiteral("tunliu")) ? QStringLiteral("tunliu")
                                                                         : QStringLiteral("blank");
    const auto draft = TemplateLibrary::load(id, error);
    if (!draft)
        return QString();
    auto ws = Workspace::create(path, error);
    if (!ws)
        return QString();
    auto command = plancommands::create(ws.get(), *draft, error);
    const bool made = command && ws->execute(std::move(command), error);
    // The tunliu demo opens part-way through its year, with progress to look at.
    if (!made ||
        (id == QLatin1String("tunliu") &&
         !demoworkspace::fill(ws.get(), PlanRepository(ws.get()).defaultPlan()->id, error))) {
        ws.reset();
        QFile::remove(path);
        return QString();
    }
    return path;
}

void MainWindow::importFile(const QString &path)
{
    if (!m_workspace) {
        QMessageBox::information(this, tr("导入"), tr("请先打开或新建一个工作区。"));
        return;
    }
    ImportDialog dialog(m_workspace.get(), m_planId, path, this);
    if (!dialog.load())
        return;
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("已导入 %1：新增 %2，更新 %3，不导入 %4 行（可撤销）")
                                     .arg(QFileInfo(path).fileName())
                                     .arg(dialog.preview().inserted)
                                     .arg(dialog.preview().updated)
                                     .arg(dialog.preview().refused.size()),
                                 10000);
}

bool MainWindow::exportLedger(const QString &what, const QString &path, QString *error)
{
    const QDate today = QDate::currentDate();
    const bool csv = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    const QList<io::ExportSheet> sheets =
        ledgersheets::byCode(what, csv ? ledgersheets::Format::Csv : ledgersheets::Format::Xlsx,
                             m_workspace.get(), m_planId, today, today.year());
    return csv ? io::writeCsv(path, sheets.constFirst(), error)
               : io::writeXlsx(path, sheets, error);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    static const QStringList suffixes = {
        QStringLiteral("xlsx"), QStringLiteral("xlsm"),  QStringLiteral("xls"),
        QStringLiteral("csv"),  QStringLiteral("tsv"),   QStringLiteral("txt"),
        QStringLiteral("docx"), QStringLiteral("tuoyu"), QStringLiteral("et"),
        QStringLiteral("doc"),  QStringLiteral("wps")};
    const QList<QUrl> urls = event->mimeData()->urls();
    // Several files at once are departments' feedback replies (dropEvent checks).
    if (!urls.isEmpty() && std::all_of(urls.cbegin(), urls.cend(), [](const QUrl &url) {
            return url.isLocalFile() &&
                   suffixes.contains(QFileInfo(url.toLocalFile()).suffix().toLower());
        }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        paths << url.toLocalFile();
    const QString path = paths.value(0);
    event->acceptProposedAction();
    // Returned feedback forms are merged (as by 合并反馈…); one other file is opened or imported.
    if (m_workspace && feedbackui::mergeDropped(this, m_workspace.get(), paths))
        return;
    if (paths.size() > 1) {
        QMessageBox::information(this, tr("拖入文件"),
                                 tr("一次可拖入多份反馈表合并；其他文件请一次拖入一个"
                                    "（%1 份中有不是反馈表的文件）。")
                                     .arg(paths.size()));
        return;
    }
    // Open a workspace, import anything else (the import dialog explains files it cannot read).
    if (path.endsWith(QLatin1String(".tuoyu"), Qt::CaseInsensitive))
        openWorkspace(path);
    else
        importFile(path);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/page"), m_navigation->currentRow());
    settings.setValue(QStringLiteral("window/pageKey"),
                      m_navigation->currentItem() ? m_navigation->currentItem()->data(Qt::UserRole)
                                                  : QVariant());
    event->accept();
}

} // namespace tuoyu
