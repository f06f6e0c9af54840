#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace tuoyu {

class Database;

namespace feedback {

/// An 办结 or 延期 request a department's reply brought (feedback_request), with its task, as
/// the officer decides it: approved through the task's own command, or rejected with a reason.
struct Request
{
    enum class Kind
    {
        Close, ///< 办结: the department says the task is done
        Extend ///< 延期: the department asks for a later deadline
    };
    enum class Status
    {
        Pending,
        Approved,
        Rejected
    };
    qint64 id = 0;
    qint64 roundId = 0;
    QString roundName;
    qint64 taskId = 0;
    QString taskText;
    QDate deadline; ///< the task's deadline now
    QString department;
    Kind kind = Kind::Close;
    QDate requestedDate; ///< 延期: the deadline asked for
    QString reason;      ///< 延期理由
    QString reporter;
    QDate receivedAt;
    Status status = Status::Pending;
    QString decidedBy;
    QDate decidedAt;
    QString decisionNote; ///< why a request was rejected

    QString kindLabel() const;   ///< 办结 / 延期
    QString kindCode() const;    ///< close / extend, as stored
    QString statusLabel() const; ///< 待审批 / 已批准 / 已驳回
    QString statusCode() const;  ///< pending / approved / rejected
};

/// The plan's requests, oldest first; only those still pending when `pendingOnly`.
QList<Request> requests(Database *db, qint64 planId, bool pendingOnly);
std::optional<Request> request(Database *db, qint64 requestId);

} // namespace feedback
} // namespace tuoyu
