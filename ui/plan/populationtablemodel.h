#pragma once

#include "domain/district.h"
#include "subsidy/commandtablemodel.h"

namespace tuoyu {

class Workspace;

/// The 计划 page's population list over the district's figures (IndicatorRepository::population,
/// areas excluded): 年份, 常住人口, 3岁以下婴幼儿数, 来源. A figure typed in is
/// plancommands::setPopulation, audited and undone like any other edit. A year added with
/// addYear is a row of its own until its first figure is typed; the year is not editable.
class PopulationTableModel : public CommandTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Year,
        Resident,
        Under3,
        Source,
        ColumnCount
    };

    explicit PopulationTableModel(QObject *parent = nullptr)
        : CommandTableModel(ColumnCount, parent)
    {
    }

    void reload(Workspace *workspace);
    /// A row for `year` (a new one at the end, unless the year has one); returns its row.
    int addYear(int year);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setCell(int row, int column, const QVariant &value, QString *error) override;

private:
    Workspace *m_workspace = nullptr;
    QList<PopulationFigure> m_figures;
};

} // namespace tuoyu
