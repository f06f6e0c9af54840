#pragma once

#include "oversight/oversight.h"
#include "shell/page.h"

#include <QDate>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace tuoyu {

class EvidencePane;

/// 监督检查: the district's inspections (filtered to all, 整改中, or overdue today), the staff of
/// every institution (ID numbers masked), and the recorded 双随机 draws. Adding and editing an
/// inspection, marking its 整改 done, adding staff and drawing are commands on the undo stack;
/// the selected inspection's 佐证材料 are in the pane below the list.
class OversightPage : public Page
{
    Q_OBJECT

public:
    /// Which inspections the list shows.
    enum class Filter
    {
        All,
        Pending, ///< 整改中 (overdue or not)
        Overdue  ///< 整改 overdue as of today (Inspection::overdue)
    };

    explicit OversightPage(QWidget *parent = nullptr);
    bool focusSearch() override;

    /// The day "overdue" is judged on: today, the demo workspace's own day, or what a test sets.
    void setToday(const QDate &today);
    void setFilter(Filter filter);

    /// The forms; true when a change was made.
    bool addInspection();
    bool editSelected();
    bool markSelectedRectified();
    bool addStaff();
    bool drawRandom();

    /// The selected inspection's id, 0 when none.
    qint64 selectedInspection() const;
    void selectInspection(qint64 id);

private:
    void contextChanged(Workspace *previous) override;
    void reload() override;
    void fillInspections();
    void fillStaff();
    void fillDraws();
    void updateSelection();
    QList<QPair<qint64, QString>> institutionChoices() const;
    bool run(std::unique_ptr<class WorkspaceCommand> command, const QString &error);
    /// Runs `command` for a form that shows the refusal itself (forms::FormDialog).
    bool execute(std::unique_ptr<WorkspaceCommand> command, QString *error);

    QDate m_today = QDate::currentDate();
    QList<Inspection> m_inspections;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_filter = nullptr;
    // The three tabs' lists, their search boxes and totals.
    QTableWidget *m_inspectionList = nullptr, *m_staffList = nullptr, *m_drawList = nullptr;
    QLineEdit *m_search = nullptr, *m_staffSearch = nullptr;
    QLabel *m_inspectionTotals = nullptr, *m_staffTotals = nullptr;
    QPushButton *m_edit = nullptr, *m_rectified = nullptr; ///< act on the selected inspection
    EvidencePane *m_evidence = nullptr;
};

} // namespace tuoyu
