#pragma once

#include "planreader/planacceptance.h"

#include <QDateTime>
#include <QHash>
#include <QMainWindow>
#include <QSet>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace tuoyu {

class CityPage;
struct CityFigures;
class Page;
struct PlanDraft;
class ReadOnlyBanner;
class SnapshotRecorder;
class Workspace;

/// The application window: opens and creates workspaces, switches between the plans of the
/// open workspace, and shows its pages. Owns the open Workspace.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a workspace file, or a workspace on a server when `path` is a postgresql://
    /// address (asking for the password if the server wants one), replacing the one open;
    /// false (with a message box unless `quiet`, and the message in `error` when given) when
    /// it cannot be opened.
    bool openWorkspace(const QString &path, bool quiet = false, QString *error = nullptr);
    /// 文件 → 连接服务器…: the ConnectDialog, then the workspace it opened, or the city view
    /// when the district was left empty.
    void connectToServer();
    /// The window in city mode (docs/server.md, the city view): no workspace, the 全市概览
    /// page alone, read-only, showing `city` as read at `address` (no district) with
    /// `password` (empty when libpq's own served).
    void openCity(const QString &address, const QString &password, CityFigures city);
    /// The city page when the window is in city mode, else nullptr.
    CityPage *cityView() const;
    /// Shows the page with this key; false when there is none.
    bool showPage(const QString &key);
    QList<Page *> pages() const { return m_pageList; }
    Workspace *workspace() const { return m_workspace.get(); }
    qint64 currentPlanId() const { return m_planId; }
    void setCurrentPlan(qint64 planId);
    /// Adds a plan to the open workspace from a draft (a template, a template file, blank) with
    /// `title` over its own when given, and makes it current; false with a message.
    bool addPlan(const PlanDraft &draft, const QString &title, QString *error);
    /// Deletes the current plan with what is its own (undoable); the newest other plan becomes
    /// current. False with a message (the only plan is never deleted).
    bool removeCurrentPlan(QString *error);
    /// A 实施方案 read and corrected in the review window: a new plan in the open workspace, or,
    /// with `newPath`, a new workspace file there (never over an existing one), then opened.
    std::optional<planacceptance::Accepted>
    acceptPlanReading(const PlanReading &reading, const QString &newPath, QString *error);

    /// The demo workspace in the user's data folder, created from the tunliu template on first
    /// use; empty with `error` set when it cannot be made.
    static QString ensureDemoWorkspace(QString *error);

    /// Imports a file into the open workspace through the import dialog (also on drop).
    void importFile(const QString &path);
    /// 文件 → 从备份恢复…: lists the open workspace's backups and restores the one picked.
    void restoreFromBackup();
    /// Replaces the open workspace by the backup `from`, keeping the replaced file as a backup
    /// (restoring it undoes this), and reopens it. False with `error`; the workspace is then
    /// reopened as it was.
    bool restoreWorkspaceFrom(const QString &from, QString *error);

    /// Exports one ledger ("institutions", "tasks", "indicators", "decomposition") to xlsx or csv.
    bool exportLedger(const QString &what, const QString &path, QString *error);

Q_SIGNALS:
    /// The plan every page shows changed (another plan picked, a workspace opened, a plan
    /// added). Pages follow it: the one on screen loads at once, the others when next shown.
    void currentPlanChanged(qint64 planId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildActions();
    void buildPages();
    /// First run: a size and place that fit the screen's free area.
    void fitToScreen();
    void newWorkspace();
    void newPlan();           ///< 文件 → 新建计划…
    void confirmRemovePlan(); ///< 文件 → 删除当前计划…
    void chooseAndOpen();
    void backupTo(); ///< 文件 → 备份到…
    /// The day's backup of the open workspace, on its first open of the day (BackupStore).
    void backupToday();
    /// Opens the window on `ws`, opened from `path` (a file, or the address as typed).
    void adoptWorkspace(std::unique_ptr<Workspace> ws, const QString &path, bool quiet);
    /// What only a file has (backups, restoring one) shown for a file, hidden for a server;
    /// the status bar says which server and whether the connection is encrypted.
    void showWhereKept();
    void closeWorkspace();
    /// Leaves city mode (a workspace or another server opened).
    void closeCity();
    /// Shows the city page alone in city mode, the workspace's pages otherwise, and what needs
    /// a workspace (import, export, plans, backups) only for one.
    void showPagesFor(bool city);
    QLabel *m_serverStatus = nullptr;
    CityPage *m_cityPage = nullptr;
    QList<QAction *> m_workspaceActions; ///< hidden in city mode
    void updateRecentMenu();
    void rememberRecent(const QString &path);
    void reloadPlans();
    void updateTitle();
    Page *currentPage() const;
    void setContextOnPages();
    /// A page shown after the workspace or plan changed, or after edits while it was hidden.
    void bringUpToDate(Page *page);

    std::unique_ptr<Workspace> m_workspace;
    SnapshotRecorder *m_snapshots = nullptr; ///< owned by m_workspace
    qint64 m_planId = 0;
    QComboBox *m_planBox = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QList<Page *> m_pageList;
    QSet<Page *> m_stale;                         ///< pages still showing another workspace or plan
    QHash<Page *, QSet<QString>> m_pendingTables; ///< tables changed while a page was hidden
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QDateTime m_savedAt; ///< when the open workspace was last written (every change is, at once)
    ReadOnlyBanner *m_readOnlyBanner = nullptr;
};

} // namespace tuoyu
