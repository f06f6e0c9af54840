#pragma once

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QString>

#include <optional>

namespace tuoyu {

class Workspace;

/// 指标 history as it was observed: one row per indicator per month (`indicator_snapshot`),
/// written whenever a change may have moved the plan's indicators; the month's latest value
/// wins. Snapshots are a record of what was seen, not data the officer entered, so they are not
/// commands: they are neither undone nor audited. An undo is a change like any other, so the
/// month's snapshot is taken again after it and shows the state the undo left.
class IndicatorSnapshots
{
public:
    struct Snapshot
    {
        std::optional<double> value; ///< empty when the indicator had no actual (无数据)
        QDateTime takenAt;
    };

    /// Takes the snapshot of `today`'s month for every indicator of the plan, writing only the
    /// rows whose value differs from the month's stored one. Returns the rows written, -1 on a
    /// database error (with `error` set).
    static int take(Workspace *workspace, qint64 planId, const QDate &today,
                    QString *error = nullptr);
    /// An indicator's stored snapshots by month (yyyy-MM), oldest first.
    static QMap<QString, Snapshot> history(Workspace *workspace, qint64 indicatorId);
    /// True when a change to these tables can move an indicator's value.
    static bool affects(const QSet<QString> &tables);
};

/// Takes the open plan's snapshots after every change that can move an indicator, and once
/// when a plan is opened (so a month with no edits still gets its point). Owned by the
/// workspace it watches.
class SnapshotRecorder : public QObject
{
    Q_OBJECT

public:
    explicit SnapshotRecorder(Workspace *workspace);
    void setPlan(qint64 planId);

private:
    void take();

    Workspace *m_workspace;
    qint64 m_planId = 0;
};

} // namespace tuoyu
