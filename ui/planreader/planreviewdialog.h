#pragma once

#include "planreader/planreader.h"
#include "planreader/planreadingedits.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class QUndoStack;

namespace tuoyu {

class MainWindow;

/// The review window of a 实施方案 read into a draft plan: the proposed plan tree beside the
/// source text (selecting an item highlights the sentence it came from), how sure the reader is of
/// each item (guessed ones stand out; F8 walks them), and the sentences it could not place. The
/// officer corrects in place — a task's text, deadline and units, an item's level, an indicator's
/// target, a subsidy amount, or drops an item — with undo inside the window, then accepts into
/// the open workspace or a new one.
class PlanReviewDialog : public QDialog
{
    Q_OBJECT
public:
    /// Where the officer accepts the draft.
    enum class Target
    {
        OpenWorkspace,
        NewWorkspace
    };

    explicit PlanReviewDialog(QWidget *parent = nullptr);

    /// 文件 → 从实施方案新建计划…: the window, then the draft written where the officer chose
    /// (a new workspace asks for its file), with a message saying what was written.
    static void run(MainWindow *window);

    /// Reads a file; false with a message naming it.
    bool openFile(const QString &path, QString *error);
    /// Reads text pasted from a web page or a document.
    void readText(const QString &text);
    const PlanReading &reading() const { return m_reading; }
    /// Whether 接受：在当前工作区新建计划 is offered (a workspace is open).
    void setWorkspaceOpen(bool open);
    Target target() const { return m_target; }

    /// A correction as the officer makes it in the window, one step of the window's undo.
    /// False (and *error) when it is refused; nothing changes then.
    bool edit(const QString &what, const std::function<bool(PlanReading &, QString *)> &change,
              QString *error);
    QUndoStack *undoStack() const { return m_undo; }
    /// Selects the next item the reader guessed after the current one (F8); false when none.
    bool nextGuessed();
    /// The path of the tree's current item (program, project, task), invalid for others.
    planreadingedits::ItemPath currentPath() const;
    void selectPath(const planreadingedits::ItemPath &path);

private:
    friend class ReadingSnapshot;
    void showReading(const PlanDocument &document);
    void setReading(const PlanReading &reading, const planreadingedits::ItemPath &select);
    void fillTree();
    void highlight(const SourceSpan &span);
    void itemEdited(QTreeWidgetItem *item, int column);
    void changeLevel(bool up);
    void removeCurrent();
    void finish(Target target);

    PlanReading m_reading;
    Target m_target = Target::OpenWorkspace;
    bool m_filling = false;
    QList<int> m_labelLengths; ///< per paragraph: the list number shown before its text
    QUndoStack *m_undo = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPlainTextEdit *m_source = nullptr;
    QListWidget *m_unplaced = nullptr;
    QPushButton *m_acceptHere = nullptr;
};

} // namespace tuoyu
