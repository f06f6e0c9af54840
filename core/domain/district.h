#pragma once

#include <QString>

#include <optional>

namespace tuoyu {

/// 乡镇 / 街道: a sub-district unit, the columns of a 任务分解表.
struct Area
{
    qint64 id = 0;
    QString name;
    QString kind; ///< 乡镇 or 街道
    int seq = 0;
};

/// Population figures for one year, district-wide (areaId 0) or for one area.
struct PopulationFigure
{
    qint64 id = 0;
    int year = 0;
    qint64 areaId = 0;
    std::optional<qint64> resident; ///< 常住人口
    std::optional<qint64> under3;   ///< 3岁以下婴幼儿数
    QString source;
};

/// 任务分解表 item (a row of the table: 新增托位数, 普惠托育机构数 …).
struct DecompositionItem
{
    qint64 id = 0;
    qint64 planId = 0;
    int seq = 0;
    QString name;
    QString unit;
};

/// One cell: year × (area or department) × item.
struct DecompositionCell
{
    qint64 id = 0;
    qint64 itemId = 0;
    int year = 0;
    qint64 areaId = 0;       ///< set for a town or street column
    qint64 departmentId = 0; ///< set for a department column such as 教育局
    std::optional<double> target;
    std::optional<double> actual;
};

} // namespace tuoyu
