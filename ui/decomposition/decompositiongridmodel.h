#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace tuoyu {

class Workspace;

/// The 分解 grid of one year over the core's decomposition cells: the plan's items as rows and
/// its areas and departments as columns, showing the targets or the actuals, with a 合计 column
/// (the row's sum) and a 合计 row (the columns' sums). A cell typed in is
/// plancommands::setDecompositionValue, audited and undone like any other edit; the sums follow.
class DecompositionGridModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Column
    {
        QString name;
        qint64 areaId = 0;
        qint64 departmentId = 0;
    };
    struct Item
    {
        qint64 id = 0;
        QString name;
    };

    using QAbstractTableModel::QAbstractTableModel;

    /// Reads the year's cells again; `actual` shows (and edits) the actuals, else the targets.
    /// No workspace, or a table without items or columns, leaves the grid empty.
    void reload(Workspace *workspace, qint64 planId, int year, bool actual);
    const QList<Column> &columns() const { return m_columns; }
    const QList<Item> &items() const { return m_items; }
    /// A figure as the grid (and the page's printout) writes it: 12, 12.50.
    static QString number(double v);
    /// Cells whose actual is below their target.
    int behindCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    /// A typed cell was refused (not a number, or the command said no): the grid shows the
    /// stored value again; the message names the item and the column.
    void editRefused(const QString &message);

private:
    struct Figure
    {
        std::optional<double> target;
        std::optional<double> actual;
    };
    const Figure *figure(int row, int column) const;
    /// The figure the grid shows: the actual or the target; 0 when there is none.
    double shown(int row, int column) const;
    double rowSum(int row) const;
    double columnSum(int column) const;

    Workspace *m_workspace = nullptr;
    qint64 m_planId = 0;
    int m_year = 0;
    bool m_actual = false;
    QList<Item> m_items;
    QList<Column> m_columns;
    QHash<QPair<qint64, QString>, Figure> m_figures; ///< by (item id, column name)
    QHash<qint64, double> m_printed;                 ///< the 合计 the source table printed
};

} // namespace tuoyu
