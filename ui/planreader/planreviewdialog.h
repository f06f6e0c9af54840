#pragma once

#include "planreader/planreader.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTreeWidget;

namespace tuoyu {

/// The review window of a 实施方案 read into a draft plan: the proposed plan tree beside the
/// source text (selecting an item highlights the sentence it came from), how sure the reader is of
/// each item, and the sentences it could not place. Accepting hands the draft to the caller, who
/// writes it as one undoable command.
class PlanReviewDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PlanReviewDialog(QWidget *parent = nullptr);

    /// Reads a file; false with a message naming it.
    bool openFile(const QString &path, QString *error);
    /// Reads text pasted from a web page or a document.
    void readText(const QString &text);
    const PlanReading &reading() const { return m_reading; }

private:
    void showReading(const PlanDocument &document);
    void highlight(const SourceSpan &span);

    PlanReading m_reading;
    QList<int> m_labelLengths; ///< per paragraph: the list number shown before its text
    QLabel *m_summary = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPlainTextEdit *m_source = nullptr;
    QListWidget *m_unplaced = nullptr;
};

} // namespace tuoyu
