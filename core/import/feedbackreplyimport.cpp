// 反馈表 a department returned: one task per row, matched by its hidden key (else its words) to
// the department's tasks; merged as progress entries, percents, and 办结 / 延期 requests pending
// the officer's decision (docs/feedback.md). The form's layout and the checks are core/feedback's;
// this kind puts them in the import pipeline.

#include "commands/feedbackcommands.h"
#include "feedback/feedbackreply.h"
#include "importcontext.h"
#include "importkind.h"
#include "mapping/kindmappers.h"
#include "planbuilder.h"
#include "session/workspace.h"

#include <QThread>

namespace tuoyu {

namespace {

using mapping::FieldInfo;
using mapping::FieldType;

/// The reply form's columns as import fields: the form's own headers (core/feedback).
QList<FieldInfo> replyFields()
{
    QList<FieldInfo> fields;
    const QStringList names = feedback::headers();
    for (const feedback::Column c :
         {feedback::TaskColumn, feedback::ProgressColumn, feedback::PercentColumn,
          feedback::DoneColumn, feedback::ExtendToColumn, feedback::ExtendReasonColumn,
          feedback::EvidenceColumn, feedback::ReporterColumn, feedback::PhoneColumn,
          feedback::KeyColumn})
        fields.append({feedback::fieldCode(c), names[c], FieldType::Text, ranges::count});
    return fields;
}

class FeedbackReplyImport final : public ImportKind
{
public:
    FeedbackReplyImport()
        : ImportKind(mapping::TableKind::FeedbackReply, "feedback", "进展反馈表（部门报回）",
                     replyFields(),
                     {QStringLiteral("progress_entry"), QStringLiteral("feedback_request"),
                      QStringLiteral("feedback_recipient")})
    {
    }
    QString matchHeader(QStringView s) const override
    {
        for (const FieldInfo &f : fields())
            if (s == f.label)
                return f.key;
        return {};
    }
    void map(const io::Table &table, const mapping::ColumnMapping &mapping,
             mapping::MappingResult &result, io::Table *) const override
    {
        feedback::mapReply(table, mapping, result);
    }
    bool plan(PlanBuilder &b, const mapping::MappingResult &mapped, mapping::MappingResult *,
              QString *error) const override;
};

bool FeedbackReplyImport::plan(PlanBuilder &b, const mapping::MappingResult &mapped,
                               mapping::MappingResult *, QString *error) const
{
    Workspace *ws = b.context().workspace();
    // The checks read the workspace through its own connection, which is the workspace
    // thread's only (the import dialog plans on a worker).
    if (QThread::currentThread() != ws->thread()) {
        *error = QStringLiteral("%1 是部门报回的进展反馈表，请在任务页用“合并反馈…”打开，"
                                "或直接拖到窗口上合并")
                     .arg(b.plan.source);
        return false;
    }
    feedback::Review review;
    review.asOf = QDate::currentDate();
    feedback::reviewMapped(ws, b.plan.source, mapped, review);
    for (const feedback::RefusedRow &r : review.refused) {
        if (r.row == 0) { // the whole file: nothing of it is merged
            *error = r.message();
            return false;
        }
        b.refuse(r.row, r.reason);
    }
    b.plan.findings << review.warnings();
    for (const feedback::ReplyRow &r : review.rows) {
        ImportChange change;
        change.row = r.row;
        change.name = r.taskText;
        change.action =
            r.changes.isEmpty() ? ImportChange::Action::Unchanged : ImportChange::Action::Update;
        for (const feedback::FieldChange &c : r.changes)
            change.changes << QStringLiteral("%1：%2 → %3")
                                  .arg(c.field,
                                       c.oldValue.isEmpty() ? QStringLiteral("（空）") : c.oldValue,
                                       c.newValue);
        ++(r.changes.isEmpty() ? b.plan.unchanged : b.plan.updated);
        b.plan.changes.append(change);
    }
    b.plan.summary.insert(QStringLiteral("updated_tasks"), review.updatedTasks());
    // The merge's own row changes, so that an import and 合并反馈… of one reply do the same.
    QString why;
    if (const auto command = feedbackcommands::merge(ws, review, &why))
        b.changes << command->changes();
    return true;
}

} // namespace

const ImportKind &feedbackReplyImport()
{
    static const FeedbackReplyImport kind;
    return kind;
}

} // namespace tuoyu
