#include "feedbackrequestspane.h"

#include "commands/feedbackcommands.h"
#include "session/workspace.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tuoyu {

namespace {

enum Column
{
    Department,
    Kind,
    Task,
    Deadline,
    Asked,
    Reason,
    Reporter,
    Received,
    Status,
    ColumnCount
};

QString dayText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

FeedbackRequestsPane::FeedbackRequestsPane(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_showDecided(new QCheckBox(tr("显示已处理的申请"), this))
    , m_approve(new QPushButton(tr("批准"), this))
    , m_reject(new QPushButton(tr("驳回…"), this))
    , m_summary(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("feedbackRequests"));
    m_table->setHorizontalHeaderLabels({tr("报送单位"), tr("申请"), tr("任务"), tr("现完成时限"),
                                        tr("申请延期至"), tr("理由"), tr("填报人"), tr("报回日期"),
                                        tr("状态")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Task, QHeaderView::Stretch);
    m_approve->setObjectName(QStringLiteral("approveRequest"));
    m_reject->setObjectName(QStringLiteral("rejectRequest"));
    m_approve->setToolTip(tr("办结申请：任务办结；延期申请：改为申请的时限，原时限记入延期记录"));
    m_reject->setToolTip(tr("驳回所选申请，须写明理由；任务不变"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_showDecided);
    buttons->addWidget(m_approve);
    buttons->addWidget(m_reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_showDecided, &QCheckBox::toggled, this, &FeedbackRequestsPane::reload);
    connect(m_approve, &QPushButton::clicked, this, &FeedbackRequestsPane::askApprove);
    connect(m_reject, &QPushButton::clicked, this, &FeedbackRequestsPane::askReject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &FeedbackRequestsPane::updateButtons);
    updateButtons();
}

void FeedbackRequestsPane::setContext(Workspace *workspace, qint64 planId)
{
    m_workspace = workspace;
    m_planId = planId;
    reload();
}

void FeedbackRequestsPane::reload()
{
    m_requests = m_workspace && m_planId
                     ? feedback::requests(m_workspace, m_planId, !m_showDecided->isChecked())
                     : QList<feedback::Request>();
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_requests.size()));
    int pending = 0;
    for (int row = 0; row < m_requests.size(); ++row) {
        const feedback::Request &r = m_requests[row];
        const bool extend = r.kind == feedback::Request::Kind::Extend;
        QString status = r.statusLabel();
        if (r.status == feedback::Request::Status::Rejected && !r.decisionNote.isEmpty())
            status += tr("：") + r.decisionNote;
        const QStringList cells{r.department,
                                r.kindLabel(),
                                r.taskText,
                                dayText(r.deadline),
                                extend ? dayText(r.requestedDate) : QString(),
                                r.reason,
                                r.reporter,
                                dayText(r.receivedAt),
                                status};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            if (c == Task)
                item->setData(Qt::UserRole, r.id);
            m_table->setItem(row, c, item);
        }
        pending += r.status == feedback::Request::Status::Pending ? 1 : 0;
    }
    m_summary->setText(pending == 0 ? tr("没有待审批的办结、延期申请。")
                                    : tr("%1 项申请待审批。选中后批准或驳回，"
                                         "每项都可撤销（Ctrl+Z）。")
                                          .arg(pending));
    updateButtons();
    if (pending != m_pending) {
        m_pending = pending;
        Q_EMIT pendingChanged(pending);
    }
}

QList<qint64> FeedbackRequestsPane::selectedIds() const
{
    QList<qint64> ids;
    QSet<int> rows;
    for (const QTableWidgetItem *item : m_table->selectedItems())
        rows.insert(item->row());
    for (int row = 0; row < m_requests.size(); ++row)
        if (rows.contains(row) && m_requests[row].status == feedback::Request::Status::Pending)
            ids << m_requests[row].id;
    return ids;
}

void FeedbackRequestsPane::updateButtons()
{
    const bool any = !selectedIds().isEmpty();
    m_approve->setEnabled(any);
    m_reject->setEnabled(any);
}

bool FeedbackRequestsPane::approveSelected(const QString &approver)
{
    for (const qint64 id : selectedIds()) {
        QString error;
        auto command = feedbackcommands::approveRequest(m_workspace, id, approver,
                                                        QDate::currentDate(), &error);
        if (!command || !m_workspace->execute(std::move(command), &error)) {
            QMessageBox::warning(this, tr("未能批准"), error);
            return false;
        }
    }
    return true;
}

bool FeedbackRequestsPane::rejectSelected(const QString &approver, const QString &reason)
{
    for (const qint64 id : selectedIds()) {
        QString error;
        auto command = feedbackcommands::rejectRequest(m_workspace, id, approver,
                                                       QDate::currentDate(), reason, &error);
        if (!command || !m_workspace->execute(std::move(command), &error)) {
            QMessageBox::warning(this, tr("未能驳回"), error);
            return false;
        }
    }
    return true;
}

void FeedbackRequestsPane::askApprove()
{
    const int n = int(selectedIds().size());
    if (n == 0 || !m_workspace)
        return;
    if (QMessageBox::question(this, tr("批准申请"),
                              tr("批准所选的 %1 项申请？办结申请将办结任务，"
                                 "延期申请将改为申请的完成时限（原时限记入延期记录）。")
                                  .arg(n)) != QMessageBox::Yes)
        return;
    approveSelected(m_workspace->actor());
}

void FeedbackRequestsPane::askReject()
{
    const int n = int(selectedIds().size());
    if (n == 0 || !m_workspace)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(
        this, tr("驳回申请"), tr("驳回所选的 %1 项申请的理由（将告知报送单位）：").arg(n),
        QString(), &ok);
    if (!ok)
        return;
    rejectSelected(m_workspace->actor(), reason);
}

} // namespace tuoyu
