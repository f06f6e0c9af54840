#pragma once

#include "document/officialdocument.h"
#include "oversight/oversight.h"
#include "shell/page.h"

#include <QDate>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace tuoyu {

class EvidencePane;

/// 监督检查: the district's inspections (filtered to all, 整改中, or overdue today), the staff of
/// every institution (ID numbers masked), and the recorded 双随机 draws. Adding, editing and
/// removing an inspection, marking its 整改 done, adding, editing and removing staff and drawing
/// are commands on the undo stack;
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
    /// Removes the selected inspection (with its 佐证材料) after asking.
    bool removeSelected();
    /// Writes the inspections the list shows (its filter and search) as the 监督检查台账 to an
    /// xlsx or csv file (by its suffix); false with `error`.
    bool exportShown(const QString &path, QString *error);
    /// 打印 (Ctrl+P, 文件 → 打印): a preview of shownDocument.
    bool print() override;
    /// The inspections the list shows (its filter and search) as the 监督检查台账 printed: the
    /// ledger the export writes, in the GB/T 9704 layout the reports use.
    document::OfficialDocument shownDocument() const;
    bool addStaff();
    bool editSelectedStaff();
    /// Removes the selected person after asking.
    bool removeSelectedStaff();
    bool drawRandom();

    /// The selected inspection's id, 0 when none.
    qint64 selectedInspection() const;
    void selectInspection(qint64 id);
    /// The selected person's id, 0 when none.
    qint64 selectedStaff() const;
    void selectStaff(qint64 id);

private:
    void contextChanged(Workspace *previous) override;
    void reload() override;
    void fillInspections();
    void fillStaff();
    void fillDraws();
    void updateSelection();
    void updateStaffSelection();
    /// The 新增/编辑 form of a person, filled from `shown`; runs `save` until it succeeds.
    bool staffForm(const QString &title, const StaffMember &shown,
                   const std::function<bool(const StaffMember &, QString *)> &save);
    QList<QPair<qint64, QString>> institutionChoices() const;
    bool run(std::unique_ptr<class WorkspaceCommand> command, const QString &error);
    /// Runs `command` for a form that shows the refusal itself (forms::FormDialog).
    bool execute(std::unique_ptr<WorkspaceCommand> command, QString *error);

    QDate m_today = QDate::currentDate();
    QList<Inspection> m_inspections;
    QList<Inspection> m_shown; ///< what the list shows of them
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_filter = nullptr;
    // The three tabs' lists, their search boxes and totals.
    QTableWidget *m_inspectionList = nullptr, *m_staffList = nullptr, *m_drawList = nullptr;
    QLineEdit *m_search = nullptr, *m_staffSearch = nullptr;
    QLabel *m_inspectionTotals = nullptr, *m_staffTotals = nullptr;
    // Act on the selected inspection, and on the selected person.
    QPushButton *m_edit = nullptr, *m_rectified = nullptr, *m_remove = nullptr;
    QPushButton *m_editStaff = nullptr, *m_removeStaff = nullptr;
    QList<StaffMember> m_staff;
    EvidencePane *m_evidence = nullptr;
};

} // namespace tuoyu
