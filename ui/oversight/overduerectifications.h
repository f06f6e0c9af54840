#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace tuoyu {

class Workspace;

/// 概览's list of the 整改 overdue after inspections (Inspection::overdue), beside the overdue
/// tasks: institution, inspection, deadline and days overdue. Hidden while there are none.
class OverdueRectifications : public QWidget
{
    Q_OBJECT

public:
    explicit OverdueRectifications(QWidget *parent = nullptr);
    /// Lists the workspace's overdue 整改 on `asOf`; their number.
    int show(Workspace *workspace, const QDate &asOf);
    int count() const;

Q_SIGNALS:
    /// The officer opened one (double click or Enter).
    void inspectionActivated(qint64 inspectionId);

private:
    QLabel *m_title = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace tuoyu
