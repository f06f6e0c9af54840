#pragma once

#include "domain/institution.h"
#include "shell/page.h"

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace tuoyu {

class InstitutionTableModel;

/// 机构: the registry as a sortable, filterable table with a totals row for what the filter
/// shows, and an edit form. Every change is a command on the workspace's undo stack.
class InstitutionsPage : public Page
{
    Q_OBJECT

public:
    explicit InstitutionsPage(QWidget *parent = nullptr);
    ~InstitutionsPage() override;
    bool focusSearch() override;

    /// The form for a new institution; true when one was added.
    bool addInstitution();
    /// The form for the selected institution; true when it changed.
    bool editSelected();
    /// Asks, then removes the selected institution; true when removed.
    bool deleteSelected();
    /// 修改记录 of the selected institution: every audited change to it, newest first.
    void showHistory();
    /// 检查与人员 of the selected institution: its inspections and staff.
    void showOversight();
    /// The id of the selected institution, 0 when none.
    qint64 selectedId() const;
    /// The selected institution as stored; none when nothing is selected (or it is gone).
    std::optional<Institution> selectedInstitution() const;
    void select(qint64 institutionId);

private:
    void contextChanged(Workspace *previous) override;
    void reload() override; ///< the area filter's list
    void applyFilters();
    void updateTotals();
    void updateButtons();
    bool run(std::unique_ptr<class WorkspaceCommand> command, const QString &error);

    InstitutionTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_area = nullptr;
    QComboBox *m_puhui = nullptr;
    QComboBox *m_filed = nullptr;
    QList<QPushButton *> m_onSelection; ///< the buttons that act on the selected institution
    QLabel *m_totals = nullptr;
};

} // namespace tuoyu
