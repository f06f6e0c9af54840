#pragma once

#include "shell/page.h"

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
    QString title() const override { return QStringLiteral("机构"); }
    QString key() const override { return QStringLiteral("institutions"); }
    void setContext(Workspace *workspace, qint64 planId) override;
    void refresh(const QSet<QString> &tables) override;
    bool focusSearch() override;

    /// The form for a new institution; true when one was added.
    bool addInstitution();
    /// The form for the selected institution; true when it changed.
    bool editSelected();
    /// Asks, then removes the selected institution; true when removed.
    bool deleteSelected();
    /// 修改记录 of the selected institution: every audited change to it, newest first.
    void showHistory();
    /// The id of the selected institution, 0 when none.
    qint64 selectedId() const;
    void select(qint64 institutionId);

private:
    void reloadAreas();
    void applyFilters();
    void updateTotals();
    void updateButtons();
    bool run(std::unique_ptr<class WorkspaceCommand> command, const QString &error);

    Workspace *m_workspace = nullptr;
    InstitutionTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_area = nullptr;
    QComboBox *m_puhui = nullptr;
    QComboBox *m_filed = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_history = nullptr;
    QLabel *m_totals = nullptr;
};

} // namespace tuoyu
