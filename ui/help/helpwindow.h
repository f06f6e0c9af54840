#pragma once

#include <QWidget>

class QImage;
class QTextBrowser;
class QTextDocument;
class QTreeWidget;

namespace tuoyu {

/// 帮助 → 使用说明 (F1): the user manual, written in docs/manual/ as Markdown and built into the
/// program as the resource :/manual, shown chapter by chapter with a table of contents (each
/// chapter's title and its sections) beside the text.
class HelpWindow : public QWidget
{
    Q_OBJECT

public:
    explicit HelpWindow(QWidget *parent = nullptr);

    /// Shows the manual's window, creating it the first time; the one window is raised again.
    static HelpWindow *showManual(QWidget *parent);
    /// The chapters' resource paths (":/manual/01-start.md" …), in reading order.
    static QStringList chapters();

    /// Shows a chapter, scrolled to the section with this heading when one is given.
    void openChapter(const QString &path, const QString &heading = QString());
    QTextBrowser *browser() const { return m_browser; }
    /// An image the text refers to, as the browser loads it (null when it cannot be loaded).
    static QImage imageResource(QTextDocument *doc, const QString &name);
    QTreeWidget *contents() const { return m_contents; }

private:
    void fillContents();
    /// Screenshots are as wide as the screen they were taken on: shown at most as wide as the
    /// text column, with their proportions kept.
    void fitImages();

    QTreeWidget *m_contents = nullptr;
    QTextBrowser *m_browser = nullptr;
};

} // namespace tuoyu
