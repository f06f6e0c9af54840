#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace tuoyu {

class Database;

namespace feedback {

/// A 反馈轮次: the forms sent to departments on one day, with the day replies are due.
struct Round
{
    qint64 id = 0;
    qint64 planId = 0;
    QString name;  ///< "2025年第二季度"
    QDate asOf;    ///< the day the forms state the tasks as of
    QDate sentAt;  ///< when the forms were written
    QDate dueDate; ///< replies are due by the end of this day
    QString sentBy;
};

/// One department a round's form went to, and its reply when one came.
struct Recipient
{
    qint64 id = 0;
    qint64 roundId = 0;
    qint64 departmentId = 0;
    QString department;
    QString fileName;
    int taskCount = 0;
    QDate repliedAt; ///< invalid until a reply is merged
    QString replyFile;
};

std::optional<Round> round(Database *db, qint64 roundId);
/// The plan's rounds, newest first.
QList<Round> rounds(Database *db, qint64 planId);
/// The round's departments, in the plan's department order.
QList<Recipient> recipients(Database *db, qint64 roundId);

} // namespace feedback
} // namespace tuoyu
