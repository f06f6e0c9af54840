#pragma once

#include "feedback/feedbackrequests.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace tuoyu {

class Workspace;

/// The 办结 / 延期 requests departments' replies brought, on the 任务 page: the officer approves
/// (the task is closed, or its deadline moved with the old one kept in its history) or rejects
/// with a reason. Each decision is one undoable, audited command
/// (feedbackcommands::approveRequest, rejectRequest).
class FeedbackRequestsPane : public QWidget
{
    Q_OBJECT
public:
    explicit FeedbackRequestsPane(QWidget *parent = nullptr);
    void setContext(Workspace *workspace, qint64 planId);
    void reload();
    int pendingCount() const { return m_pending; }

    /// The selected requests approved by `approver`, today; false (with a message box) when one
    /// cannot be. For the window's tests too.
    bool approveSelected(const QString &approver);
    /// The selected requests rejected with `reason`.
    bool rejectSelected(const QString &approver, const QString &reason);

Q_SIGNALS:
    /// The number of requests waiting for a decision changed (the tab shows it).
    void pendingChanged(int count);

private:
    QList<qint64> selectedIds() const;
    void askApprove();
    void askReject();
    void updateButtons();

    Workspace *m_workspace = nullptr;
    qint64 m_planId = 0;
    int m_pending = -1;
    QList<feedback::Request> m_requests;
    QTableWidget *m_table;
    QCheckBox *m_showDecided;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QLabel *m_summary;
};

} // namespace tuoyu
