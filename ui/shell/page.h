#pragma once

#include <QSet>
#include <QString>
#include <QWidget>

namespace tuoyu {

class Workspace;

/// One page of the main window (概览, 机构, 任务 …), shown in the navigation list on the left.
/// The window tells each page which workspace and plan are current, and which tables a change
/// touched; the page reads from the core and pushes its edits as commands.
class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    /// The navigation label, in Chinese.
    virtual QString title() const = 0;
    /// A stable key for settings (last page, column widths).
    virtual QString key() const = 0;
    /// A new workspace or plan; `workspace` may be null when none is open.
    virtual void setContext(Workspace *workspace, qint64 planId) = 0;
    /// The workspace changed these tables (after an edit, an undo or a redo).
    virtual void refresh(const QSet<QString> &tables) { Q_UNUSED(tables); }
    /// Ctrl+F: put the cursor in the page's search box; false when it has none.
    virtual bool focusSearch() { return false; }
    /// Ctrl+P: print what the page shows; false when it prints nothing.
    virtual bool print() { return false; }

Q_SIGNALS:
    /// Ask the window to show another page (a banner link, a dashboard card …).
    void showPageRequested(const QString &key, qint64 recordId);
    /// Short feedback for the status bar.
    void statusMessage(const QString &message);
};

/// Creates the window's pages in navigation order. Each page folder adds its line here.
QList<Page *> createPages(QWidget *parent);

} // namespace tuoyu
