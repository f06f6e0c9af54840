#include "plan.h"

#include "codetable.h"

namespace tuoyu {

namespace {
constexpr CodeName<TaskStatus> kStatusNames[] = {
    {TaskStatus::NotStarted, "not_started", "未开始"},
    {TaskStatus::InProgress, "in_progress", "进行中"},
    {TaskStatus::Done, "done", "已完成"},
    {TaskStatus::Cancelled, "cancelled", "已取消"},
};
constexpr CodeTable<TaskStatus> kStatuses{kStatusNames};
} // namespace

QString taskStatusCode(TaskStatus status)
{
    return kStatuses.code(status);
}

TaskStatus taskStatusFromCode(const QString &code)
{
    return kStatuses.fromWords(code).value_or(TaskStatus::NotStarted);
}

QString taskStatusLabel(TaskStatus status)
{
    return kStatuses.label(status);
}

bool parseTaskStatus(const QString &words, TaskStatus *status)
{
    const auto parsed = kStatuses.fromWords(words);
    if (parsed)
        *status = *parsed;
    return parsed.has_value();
}

} // namespace tuoyu
