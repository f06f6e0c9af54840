#include "toolsmenus.h"

#include "help/helpwindow.h"
#include "mainwindow.h"
#include "platform/usersettings.h"
#include "reports/reportspage.h"
#include "settingsdialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QDate>
#include <QMenu>
#include <QMenuBar>

namespace tuoyu {

void addToolsAndHelpMenus(MainWindow *window)
{
    QMenu *tools =
        window->menuBar()->addMenu(QCoreApplication::translate("tuoyu::Toolsmenus", "工具(&T)"));
    QAction *settings = tools->addAction(
        QCoreApplication::translate("tuoyu::Toolsmenus", "设置(&S)…"), window, [window] {
            SettingsDialog dialog(window->workspace(), window);
            if (dialog.exec() != QDialog::Accepted)
                return;
            const QDate asOf = usersettings::reportAsOf().dateFor(QDate::currentDate());
            for (Page *page : window->pages())
                if (auto *reports = qobject_cast<ReportsPage *>(page))
                    reports->setAsOf(asOf);
        });
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);

    QMenu *help =
        window->menuBar()->addMenu(QCoreApplication::translate("tuoyu::Toolsmenus", "帮助(&H)"));
    QAction *manual =
        help->addAction(QCoreApplication::translate("tuoyu::Toolsmenus", "使用说明(&M)"), window,
                        [window] { HelpWindow::showManual(window); });
    manual->setObjectName(QStringLiteral("manualAction"));
    manual->setShortcut(QKeySequence::HelpContents);
}

} // namespace tuoyu
