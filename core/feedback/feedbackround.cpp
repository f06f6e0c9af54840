#include "feedbackround.h"

#include "storage/database.h"

#include "storage/sqlquery.h"

namespace tuoyu::feedback {

namespace {

QDate isoDate(const QVariant &v)
{
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}

Round roundFrom(const SqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
            isoDate(q.value(3)),     isoDate(q.value(4)),     isoDate(q.value(5)),
            q.value(6).toString()};
}

const char *const kRoundColumns = "SELECT id, plan_id, name, as_of, sent_at, due_date, sent_by "
                                  "FROM feedback_round ";

} // namespace

std::optional<Round> round(Database *db, qint64 roundId)
{
    SqlQuery q(db->db());
    q.exec(QString::fromLatin1(kRoundColumns) + QStringLiteral("WHERE id = ?"), {roundId});
    if (!q.next())
        return std::nullopt;
    return roundFrom(q);
}

QList<Round> rounds(Database *db, qint64 planId)
{
    return readAll<Round>(db->db(),
                          QString::fromLatin1(kRoundColumns) +
                              QStringLiteral("WHERE plan_id = ? ORDER BY sent_at DESC, id DESC"),
                          {planId}, [&](const SqlQuery &q) { return roundFrom(q); });
}

QList<Recipient> recipients(Database *db, qint64 roundId)
{
    return readAll<Recipient>(
        db->db(),
        QStringLiteral(
            "SELECT r.id, r.round_id, r.department_id, d.name, r.file_name, r.task_count, "
            "r.replied_at, r.reply_file FROM feedback_recipient r JOIN department d ON d.id = "
            "r.department_id WHERE r.round_id = ? ORDER BY d.seq, d.id"),
        {roundId}, [&](const SqlQuery &q) {
            return Recipient{q.value(0).toLongLong(), q.value(1).toLongLong(),
                             q.value(2).toLongLong(), q.value(3).toString(),
                             q.value(4).toString(),   q.value(5).toInt(),
                             isoDate(q.value(6)),     q.value(7).toString()};
        });
}

} // namespace tuoyu::feedback
