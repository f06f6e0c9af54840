#pragma once

#include "shell/page.h"

#include <QHash>

#include <memory>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QTableView;

namespace tuoyu {

class DecompositionGridModel;
class WorkspaceCommand;

/// 分解: the 任务分解表 of a year — items as rows, towns/streets (and departments) as columns —
/// showing the targets or the actuals, with row and column totals that follow every edit, cells
/// behind their target highlighted, and one area's column printable on its own.
class DecompositionPage : public Page
{
    Q_OBJECT

public:
    explicit DecompositionPage(QWidget *parent = nullptr);
    bool print() override;

    void setYear(int year);
    /// "actual" or "target": which figure the grid shows and edits.
    void setField(const QString &field);
    /// The grid's model: what it shows, and a cell typed in (setData) is a command.
    DecompositionGridModel *grid() const { return m_model; }

    /// The table's layout, as the buttons above the grid change it; false with a message.
    bool addItem(const QString &name, const QString &unit, QString *error);
    bool removeItem(int row, QString *error);
    bool addYear(int year, QString *error);
    bool removeYear(int year, QString *error);
    bool addColumn(qint64 areaId, qint64 departmentId, QString *error);
    bool removeColumn(int column, QString *error);
    /// The areas and departments not yet columns: label, then (area id, department id).
    QList<QPair<QString, QPair<qint64, qint64>>> columnChoices() const;

private:
    void reload() override; ///< the years, then the grid
    void fillGrid();
    void fillYears();
    QHBoxLayout *buildEditBar();
    bool run(std::unique_ptr<WorkspaceCommand> command, QString *error);
    void report(bool done);

    QComboBox *m_year = nullptr;
    QComboBox *m_field = nullptr;
    QLabel *m_note = nullptr;
    QTableView *m_grid = nullptr;
    DecompositionGridModel *m_model = nullptr;
    QString m_error;
};

} // namespace tuoyu
