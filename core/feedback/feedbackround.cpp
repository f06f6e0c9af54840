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
    q.prepare(QString::fromLatin1(kRoundColumns) + QStringLiteral("WHERE id = ?"));
    q.addBindValue(roundId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return roundFrom(q);
}

QList<Round> rounds(Database *db, qint64 planId)
{
    QList<Round> list;
    SqlQuery q(db->db());
    q.prepare(QString::fromLatin1(kRoundColumns) +
              QStringLiteral("WHERE plan_id = ? ORDER BY sent_at DESC, id DESC"));
    q.addBindValue(planId);
    q.exec();
    while (q.next())
        list.append(roundFrom(q));
    return list;
}

QList<Recipient> recipients(Database *db, qint64 roundId)
{
    QList<Recipient> list;
    SqlQuery q(db->db());
    q.prepare(QStringLiteral(
        "SELECT r.id, r.round_id, r.department_id, d.name, r.file_name, r.task_count, "
        "r.replied_at, r.reply_file FROM feedback_recipient r JOIN department d ON d.id = "
        "r.department_id WHERE r.round_id = ? ORDER BY d.seq, d.id"));
    q.addBindValue(roundId);
    q.exec();
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                     q.value(3).toString(), q.value(4).toString(), q.value(5).toInt(),
                     isoDate(q.value(6)), q.value(7).toString()});
    return list;
}

} // namespace tuoyu::feedback
