#pragma once

#include "feedback/feedbackreply.h"

#include <QDialog>

class QStandardItemModel;
class QTreeView;

namespace tuoyu {

class Workspace;

/// The officer's review of returned feedback forms: per row, the task and old → new for each
/// field it changes, warnings in red, and a check box to accept or reject it (all accepted by
/// default); the rows refused, with their reasons, below. 合并 applies the accepted rows as one
/// undoable command (feedbackcommands::merge).
class FeedbackMergeDialog : public QDialog
{
    Q_OBJECT
public:
    FeedbackMergeDialog(Workspace *workspace, feedback::Review review, QWidget *parent = nullptr);
    /// The review with the officer's choices.
    feedback::Review review() const;
    /// Merges the accepted rows; false with a message box when it cannot.
    bool merge();

private:
    Workspace *m_workspace;
    feedback::Review m_review;
    QStandardItemModel *m_model;
    QTreeView *m_view;
};

namespace feedbackui {

/// 反馈表…: choose departments and a folder, record the round and write one form per department.
void sendForms(QWidget *parent, Workspace *workspace, qint64 planId);
/// 合并反馈…: review `files` (asks for them when empty) and merge what the officer accepts.
void mergeFiles(QWidget *parent, Workspace *workspace, QStringList files);
/// Files dropped on the window: when every one is a feedback form, they are reviewed and merged
/// as by 合并反馈… and true is returned; false leaves them to the import.
bool mergeDropped(QWidget *parent, Workspace *workspace, const QStringList &files);

} // namespace feedbackui
} // namespace tuoyu
