#include "feedbackrequests.h"

#include "domain/codetable.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

namespace tuoyu::feedback {

namespace {

constexpr CodeName<Request::Kind> kKindNames[] = {{Request::Kind::Close, "close", "办结"},
                                                  {Request::Kind::Extend, "extend", "延期"}};
constexpr CodeTable<Request::Kind> kKinds{kKindNames};
constexpr CodeName<Request::Status> kStatusNames[] = {
    {Request::Status::Pending, "pending", "待审批"},
    {Request::Status::Approved, "approved", "已批准"},
    {Request::Status::Rejected, "rejected", "已驳回"}};
constexpr CodeTable<Request::Status> kStatuses{kStatusNames};

QDate isoDate(const QVariant &v)
{
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}

const char *const kSelect =
    "SELECT r.id, r.round_id, fr.name, r.task_id, t.text, t.deadline, d.name, r.kind, "
    "r.requested_date, r.reason, r.reporter, r.received_at, r.status, r.decided_by, "
    "r.decided_at, r.decision_note FROM feedback_request r JOIN task t ON t.id = r.task_id "
    "JOIN project pj ON pj.id = t.project_id JOIN program pg ON pg.id = pj.program_id "
    "LEFT JOIN feedback_round fr ON fr.id = r.round_id "
    "LEFT JOIN department d ON d.id = r.department_id ";

Request requestFrom(const SqlQuery &q)
{
    auto text = [&](int column) { return q.value(column).toString(); };
    auto day = [&](int column) { return isoDate(q.value(column)); };
    return {q.value(0).toLongLong(),
            q.value(1).toLongLong(),
            text(2),
            q.value(3).toLongLong(),
            text(4),
            day(5),
            text(6),
            kKinds.fromCode(text(7)).value_or(Request::Kind::Close),
            day(8),
            text(9),
            text(10),
            day(11),
            kStatuses.fromCode(text(12)).value_or(Request::Status::Pending),
            text(13),
            day(14),
            text(15)};
}

} // namespace

QString Request::kindLabel() const
{
    return kKinds.label(kind);
}

QString Request::kindCode() const
{
    return kKinds.code(kind);
}

QString Request::statusLabel() const
{
    return kStatuses.label(status);
}

QString Request::statusCode() const
{
    return kStatuses.code(status);
}

QList<Request> requests(Database *db, qint64 planId, bool pendingOnly)
{
    QList<Request> list;
    SqlQuery q(db->db());
    q.prepare(QString::fromLatin1(kSelect) + QStringLiteral("WHERE pg.plan_id = ? ") +
              (pendingOnly ? QStringLiteral("AND r.status = 'pending' ") : QString()) +
              QStringLiteral("ORDER BY r.received_at, r.id"));
    q.addBindValue(planId);
    q.exec();
    while (q.next())
        list.append(requestFrom(q));
    return list;
}

std::optional<Request> request(Database *db, qint64 requestId)
{
    SqlQuery q(db->db());
    q.prepare(QString::fromLatin1(kSelect) + QStringLiteral("WHERE r.id = ?"));
    q.addBindValue(requestId);
    q.exec();
    if (!q.next())
        return std::nullopt;
    return requestFrom(q);
}

} // namespace tuoyu::feedback
