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
    /// `title` is the navigation label, in Chinese; `key` a stable key for settings (last page,
    /// column widths) and for showPage; `shows` the tables the page reads, so that a change to
    /// none of them leaves it as it is (empty: every change may move what it shows).
    Page(const QString &title, const QString &key, const QSet<QString> &shows,
         QWidget *parent = nullptr)
        : QWidget(parent)
        , m_title(title)
        , m_key(key)
        , m_shows(shows)
    {
    }

    virtual QString title() const { return m_title; }
    virtual QString key() const { return m_key; }
    /// A new workspace or plan; `workspace` may be null when none is open. Remembers both for
    /// the page (m_workspace, m_planId), then lets it follow with contextChanged().
    virtual void setContext(Workspace *workspace, qint64 planId)
    {
        Workspace *const previous = m_workspace;
        m_workspace = workspace;
        m_planId = planId;
        contextChanged(previous);
    }
    /// The workspace changed these tables (after an edit, an undo or a redo): the page reloads
    /// when they touch what it shows.
    virtual void refresh(const QSet<QString> &tables)
    {
        if (touches(tables))
            reload();
    }
    /// Ctrl+F: put the cursor in the page's search box; false when it has none.
    virtual bool focusSearch() { return false; }
    /// Ctrl+P: print what the page shows; false when it prints nothing.
    virtual bool print() { return false; }

Q_SIGNALS:
    /// Ask the window to show another page (a banner link, a dashboard card …).
    void showPageRequested(const QString &key, qint64 recordId);
    /// Short feedback for the status bar.
    void statusMessage(const QString &message);

protected:
    /// Reads again all the page shows from the workspace and plan.
    virtual void reload() {}
    /// After setContext (`previous` is the workspace the page showed): by default, reload().
    virtual void contextChanged(Workspace *previous)
    {
        Q_UNUSED(previous);
        reload();
    }
    /// Whether a change to `tables` touches what the page shows.
    bool touches(const QSet<QString> &tables) const
    {
        return m_shows.isEmpty() || tables.intersects(m_shows);
    }

    Workspace *m_workspace = nullptr;
    qint64 m_planId = 0;

private:
    QString m_title;
    QString m_key;
    QSet<QString> m_shows;
};

/// Creates the window's pages in navigation order. Each page folder adds its line here.
QList<Page *> createPages(QWidget *parent);

} // namespace tuoyu
