#pragma once

#include "shell/page.h"

#include <QDate>

class QChartView;
class QDateEdit;
class QGridLayout;
class QLabel;
class QTableWidget;

namespace tuoyu {

/// 概览: the plan at a glance as of a date — key indicator cards, target-versus-actual, task
/// completion by program, slots by kind and by area, the deadline timeline, and the tasks due
/// soon or overdue. On opening a workspace a banner says what became overdue since it was last
/// opened and what falls due within 5 working days. All figures come from the core engines.
class DashboardPage : public Page
{
    Q_OBJECT

public:
    explicit DashboardPage(QWidget *parent = nullptr);
    QString title() const override { return QStringLiteral("概览"); }
    QString key() const override { return QStringLiteral("dashboard"); }
    void setContext(Workspace *workspace, qint64 planId) override;
    void refresh(const QSet<QString> &tables) override;

    void setAsOf(const QDate &date);
    /// Recomputes every figure and redraws the charts (what an edit triggers).
    void reload();
    QString bannerText() const;
    int cardCount() const;
    int dueTaskRows() const;

private:
    void updateBanner();

    Workspace *m_workspace = nullptr;
    qint64 m_planId = 0;
    QDate m_asOf;
    QDate m_lastOpened;
    QDateEdit *m_dateEdit = nullptr;
    QLabel *m_banner = nullptr;
    QGridLayout *m_cards = nullptr;
    QChartView *m_targetChart = nullptr;
    QChartView *m_taskChart = nullptr;
    QChartView *m_slotChart = nullptr;
    QChartView *m_timelineChart = nullptr;
    QTableWidget *m_dueTable = nullptr;
};

} // namespace tuoyu
