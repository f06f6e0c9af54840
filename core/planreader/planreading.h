#pragma once

#include "domain/money.h"
#include "io/table.h"
#include "templates/plandraft.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace tuoyu {

/// Where a read item came from: a paragraph of the PlanDocument and a range of its text.
struct SourceSpan
{
    int paragraph = -1;
    int from = 0;
    int length = 0;
    bool isValid() const { return paragraph >= 0; }
};

/// How sure the reader is of an item: read from a labelled line (责任部门：, 任务清单：, 项目5：),
/// read from a form without a label (units in parentheses, a numbered heading), or guessed.
enum class ReadConfidence
{
    Labelled,
    Unlabelled,
    Guessed
};
QString readConfidenceCode(ReadConfidence confidence);  ///< "labelled", "unlabelled", "guessed"
QString readConfidenceLabel(ReadConfidence confidence); ///< 有标注 / 无标注 / 推测

/// What the plan reader made of a 实施方案: the draft plan (PlanDraft, as a template gives one)
/// and, beside it, where each item came from and how sure the reader is, the indicators, subsidy
/// rules and attachments as read, and every sentence with a deadline, unit list, number or money
/// that was not placed.
struct PlanReading
{
    struct TaskReading
    {
        SourceSpan source;
        SourceSpan deadlineSource;
        ReadConfidence confidence = ReadConfidence::Labelled; ///< of the task text
        ReadConfidence leadConfidence = ReadConfidence::Guessed;
        QDate deadline; ///< the deadline words resolved (invalid when they name none)
        QStringList impliedDepartments; ///< units the plan implies for this task ("以下均需…")
    };
    struct ProjectReading
    {
        SourceSpan source;
        ReadConfidence confidence = ReadConfidence::Labelled;
        QList<TaskReading> tasks; ///< parallel to ProjectDraft::tasks
    };
    struct ProgramReading
    {
        SourceSpan source;
        ReadConfidence confidence = ReadConfidence::Labelled;
        QList<ProjectReading> projects; ///< parallel to ProgramDraft::projects
    };
    struct SubsidyRuleReading
    {
        QString kind; ///< one_off, per_slot, per_class, per_child_month, per_institution, other
        Fen amount;
        QString limit; ///< "cap" (不高于/最高/不超过), "floor" (不低于), or empty
        QString sentence;
        SourceSpan source;
    };
    struct AttachmentReading
    {
        QString title;
        int table = -1;     ///< index into PlanDocument::tables
        QString importKind; ///< tableKindCode: institutions, decomposition, tasks, or empty
        int rows = 0;
        io::Table content;          ///< the table itself, imported on accept
        bool readAsOutline = false; ///< the plan's outline was read from it (not imported again)
    };
    struct Unplaced
    {
        QString text;
        QString reason; ///< 含完成时限 / 含责任单位 / 含数量 / 含金额
        SourceSpan source;
    };

    PlanDraft draft;
    QList<ProgramReading> programs;     ///< parallel to draft.programs
    QList<SourceSpan> indicatorSources; ///< parallel to draft.indicators
    QList<SubsidyRuleReading> subsidyRules;
    QList<SourceSpan> leadingGroupSources; ///< parallel to draft.leadingGroup
    QList<AttachmentReading> attachments;
    QList<Unplaced> unplaced;
    QString documentName;
    QString documentVersion;

    /// The shape `read-plan --json` prints (docs/plan-reader.md).
    QJsonObject toJson() const;
};

} // namespace tuoyu
