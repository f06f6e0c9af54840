#include "indicatorsnapshots.h"

#include "indicatorengine.h"
#include "session/workspace.h"
#include "storage/transaction.h"
#include "yearclose/yearclose.h"

#include "storage/sqlquery.h"
#include <QSqlError>
#include <QTimer>

#include <cmath>

namespace tuoyu {

namespace {

bool sameValue(const std::optional<double> &a, const std::optional<double> &b)
{
    if (!a || !b)
        return a.has_value() == b.has_value();
    return std::abs(*a - *b) <= 1e-9 * std::max(1.0, std::abs(*a));
}

std::optional<double> optionalValue(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

} // namespace

bool IndicatorSnapshots::affects(const QSet<QString> &tables)
{
    static const QSet<QString> inputs = {
        QStringLiteral("institution"),      QStringLiteral("area"),
        QStringLiteral("population"),       QStringLiteral("indicator"),
        QStringLiteral("indicator_target"), QStringLiteral("indicator_value"),
        QStringLiteral("indicator_average")};
    return tables.intersects(inputs);
}

int IndicatorSnapshots::take(Workspace *workspace, qint64 planId, const QDate &today,
                             QString *error)
{
    // A file open read-only (damaged, read-only media) is looked at, not observed into.
    if (workspace->isReadOnly())
        return 0;
    // A closed year's figures are frozen (年度结转): later edits do not move its months.
    if (yearclose::closedYear(*workspace, planId, today.year()))
        return 0;
    QSqlDatabase &db = workspace->db();
    const QString month = today.toString(QStringLiteral("yyyy-MM"));
    QHash<qint64, std::optional<double>> stored;
    SqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT indicator_id, value FROM indicator_snapshot WHERE plan_id = ? AND month = ?"));
    q.addBindValue(planId);
    q.addBindValue(month);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return -1;
    }
    while (q.next())
        stored.insert(q.value(0).toLongLong(), optionalValue(q.value(1)));

    // Evaluated before the transaction: a transaction with nothing to write is rolled back, and
    // the registry cache's bookkeeping read inside it would be rolled back with it.
    const QList<IndicatorResult> results = IndicatorEngine::evaluate(workspace, planId, today);
    const QString now = QDateTime::currentDateTime().toString(Qt::ISODate);
    Transaction transaction(db);
    SqlQuery upsert(db);
    upsert.prepare(QStringLiteral(
        "INSERT INTO indicator_snapshot (plan_id, indicator_id, month, value, taken_at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (indicator_id, month) DO UPDATE SET "
        "value = excluded.value, taken_at = excluded.taken_at"));
    int written = 0;
    for (const IndicatorResult &r : results) {
        const auto it = stored.constFind(r.indicator.id);
        if (it != stored.cend() && sameValue(*it, r.actual))
            continue;
        upsert.bindValue(0, planId);
        upsert.bindValue(1, r.indicator.id);
        upsert.bindValue(2, month);
        upsert.bindValue(3, r.actual ? QVariant(*r.actual) : QVariant());
        upsert.bindValue(4, now);
        if (!upsert.exec()) {
            if (error)
                *error = upsert.lastError().text();
            return -1;
        }
        ++written;
    }
    if (written > 0 && !transaction.commit()) {
        if (error)
            *error = transaction.error();
        return -1;
    }
    return written;
}

QMap<QString, IndicatorSnapshots::Snapshot> IndicatorSnapshots::history(Workspace *workspace,
                                                                        qint64 indicatorId)
{
    QMap<QString, Snapshot> months;
    SqlQuery q(workspace->db());
    q.prepare(QStringLiteral(
        "SELECT month, value, taken_at FROM indicator_snapshot WHERE indicator_id = ?"));
    q.addBindValue(indicatorId);
    if (q.exec())
        while (q.next())
            months.insert(q.value(0).toString(),
                          {optionalValue(q.value(1)),
                           QDateTime::fromString(q.value(2).toString(), Qt::ISODate)});
    return months;
}

SnapshotRecorder::SnapshotRecorder(Workspace *workspace)
    : QObject(workspace)
    , m_workspace(workspace)
{
    connect(workspace, &Workspace::changed, this, [this](const QSet<QString> &tables) {
        if (IndicatorSnapshots::affects(tables))
            take();
    });
}

void SnapshotRecorder::setPlan(qint64 planId)
{
    if (planId == m_planId)
        return;
    m_planId = planId;
    // Just after the window has drawn: opening a large workspace shows the window first.
    QTimer::singleShot(0, this, &SnapshotRecorder::take);
}

void SnapshotRecorder::take()
{
    if (m_planId != 0)
        IndicatorSnapshots::take(m_workspace, m_planId, QDate::currentDate());
}

} // namespace tuoyu
