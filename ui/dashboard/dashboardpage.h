#pragma once

#include "indicators/indicatorengine.h"
#include "shell/page.h"
#include "storage/planrepository.h"

#include <QDate>
#include <QHash>

class QChartView;
class QDateEdit;
class QGridLayout;
class QFrame;
class QLabel;
class QScrollArea;
class QTableWidget;

namespace tuoyu {

/// 概览: the plan at a glance as of a date — key indicator cards, target-versus-actual, task
/// completion by program, slots by kind and by area, the deadline timeline, and the tasks due
/// soon or overdue. On opening a workspace a banner says what became overdue since it was last
/// opened (a per-user memory in QSettings, not written to the workspace) and what is due soon
/// (DueSoon: the workspace's window of working days). All figures come from the core engines.
class DashboardPage : public Page
{
    Q_OBJECT

public:
    explicit DashboardPage(QWidget *parent = nullptr);

    void setAsOf(const QDate &date);
    /// Recomputes every figure and redraws the charts (what an edit triggers).
    void reload() override;
    QString bannerText() const;
    int cardCount() const;
    int dueTaskRows() const;
    /// Open tasks past a firm deadline (TaskView::overdueFirm), as the charts count 逾期.
    int overdueTaskCount() const;
    /// Tasks due soon as of the page's date (DueSoon::appliesTo), as the reports count them.
    int dueSoonTaskCount() const { return m_dueSoonCount; }
    /// Open tasks whose deadline is the plan's end, inherited and not yet confirmed: 时限未定.
    int unconfirmedDeadlineCount() const;
    /// Inspections whose 整改 is overdue on the page's date (Inspection::overdue).
    int overdueRectificationCount() const;
    /// The slots the 托位 chart shows, all its slices together.
    qint64 shownSlots() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void contextChanged(Workspace *previous) override;
    void clear();
    /// Puts the indicator cards into as many rows as the page's width needs.
    void layoutCards();
    /// False when `part` already shows `shows` (a text of its figures); else remembers it.
    bool needsRedraw(const void *part, const QString &shows);
    void updateBanner(const QList<TaskView> &tasks);
    void showCards(const QList<IndicatorResult> &results);
    void showTargets(const QList<IndicatorResult> &results);
    void showTaskProgress(const QList<ProgramNode> &tree, const QDate &asOf);
    void showSlots(const QDate &asOf);
    void showTimeline(const QList<TaskView> &tasks, const QDate &asOf);
    void showDue(const QList<TaskView> &tasks, const QDate &asOf);

    QDate m_asOf;
    QDate m_lastOpened;
    QDate m_demoAsOf; ///< the demo workspace's day; invalid for any other workspace
    QDateEdit *m_dateEdit = nullptr;
    QLabel *m_banner = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    QGridLayout *m_cards = nullptr;
    QList<QFrame *> m_cardWidgets;
    int m_cardColumns = 0;
    QChartView *m_targetChart = nullptr;
    QChartView *m_taskChart = nullptr;
    QChartView *m_slotChart = nullptr;
    QChartView *m_timelineChart = nullptr;
    QTableWidget *m_dueTable = nullptr;
    QLabel *m_unconfirmedNote = nullptr;
    int m_overdueCount = 0;
    class OverdueRectifications *m_overdueRectifications = nullptr;
    int m_dueSoonCount = 0;
    QLabel *m_dueTitle = nullptr;
    int m_unconfirmedCount = 0;
    QHash<const void *, QString> m_shown; ///< what each card row and chart was last built from
};

} // namespace tuoyu
