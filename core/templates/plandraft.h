#pragma once

#include "domain/district.h"
#include "domain/indicator.h"
#include "domain/institution.h"
#include "domain/plan.h"
#include "domain/subsidyrule.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace tuoyu {

/// Everything a new plan brings with it, before it has ids: what a template holds and what
/// the "new plan" command writes. Departments are named, not referenced, and become one record
/// each however many tasks name them.
struct PlanDraft
{
    struct TaskDraft
    {
        QString text;
        QString deadlineText; ///< empty: the document gives none and the task inherits the plan end
        QStringList departments; ///< lead first
        QString note;
    };
    struct ProjectDraft
    {
        QString number;
        QString title;
        QString description;
        QList<TaskDraft> tasks;
    };
    struct ProgramDraft
    {
        QString number;
        QString title;
        QString description;
        QList<ProjectDraft> projects;
    };
    struct ActualDraft
    {
        QString indicator; ///< indicator name
        QDate date;
        double value = 0.0;
        QString source;
    };
    struct DecompositionDraft
    {
        struct Column
        {
            QString name;
            bool department = false; ///< a department column (教育局) rather than an area
        };
        struct CellDraft
        {
            int year = 0;
            QString item;
            QString column;
            std::optional<double> target;
        };
        struct PrintedTotal
        {
            int year = 0;
            QString item;
            double total = 0.0;
        };
        QList<QPair<QString, QString>> items; ///< name, unit
        QList<Column> columns;
        QList<CellDraft> cells;
        QList<PrintedTotal> printedTotals;
    };

    QString templateId;
    QString districtName;
    QList<Area> areas;
    QList<PopulationFigure> population;
    Plan plan;
    QJsonObject impliedDepartments; ///< 004: the towns implied for every task after the first
    QStringList omissions;          ///< what the source document leaves out, said not invented
    QStringList departments;
    QList<ProgramDraft> programs;
    QList<Indicator> indicators;
    QList<ActualDraft> actuals;
    QList<LeadingGroupMember> leadingGroup;
    QList<Institution> institutions; ///< kind_text as printed; areaId unused (see institutionAreas)
    QStringList institutionAreas;    ///< area name per institution, parallel to institutions
    DecompositionDraft decomposition;
    QList<SubsidyRule> subsidyRules;
    QJsonObject centralFundLists;
};

} // namespace tuoyu
