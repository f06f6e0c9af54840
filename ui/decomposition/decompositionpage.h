#pragma once

#include "shell/page.h"

#include <QHash>

#include <memory>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QTableWidget;
class QTableWidgetItem;

namespace tuoyu {

class WorkspaceCommand;

/// 分解: the 任务分解表 of a year — items as rows, towns/streets (and departments) as columns —
/// showing the targets or the actuals, with row and column totals that follow every edit, cells
/// behind their target highlighted, and one area's column printable on its own.
class DecompositionPage : public Page
{
    Q_OBJECT

public:
    explicit DecompositionPage(QWidget *parent = nullptr);
    QString title() const override { return QStringLiteral("分解"); }
    QString key() const override { return QStringLiteral("decomposition"); }
    void setContext(Workspace *workspace, qint64 planId) override;
    void refresh(const QSet<QString> &tables) override;
    bool print() override;

    void setYear(int year);
    /// "actual" or "target": which figure the grid shows and edits.
    void setField(const QString &field);
    QTableWidget *grid() const { return m_grid; }

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
    void reload();
    void fillYears();
    QHBoxLayout *buildEditBar();
    bool run(std::unique_ptr<WorkspaceCommand> command, QString *error);
    void report(bool done);
    void cellEdited(QTableWidgetItem *item);

    struct Column
    {
        QString name;
        qint64 areaId = 0;
        qint64 departmentId = 0;
    };
    Workspace *m_workspace = nullptr;
    qint64 m_planId = 0;
    QComboBox *m_year = nullptr;
    QComboBox *m_field = nullptr;
    QLabel *m_note = nullptr;
    QTableWidget *m_grid = nullptr;
    QList<Column> m_columns;
    QList<QPair<qint64, QString>> m_items;
    bool m_filling = false;
    QString m_error;
};

} // namespace tuoyu
