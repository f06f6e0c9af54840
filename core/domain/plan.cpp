#include "plan.h"

#include <array>

namespace tuoyu {

namespace {
struct StatusName
{
    TaskStatus status;
    const char *code;
    const char *label;
};
constexpr std::array<StatusName, 4> kStatuses{{
    {TaskStatus::NotStarted, "not_started", "未开始"},
    {TaskStatus::InProgress, "in_progress", "进行中"},
    {TaskStatus::Done, "done", "已完成"},
    {TaskStatus::Cancelled, "cancelled", "已取消"},
}};
} // namespace

QString taskStatusCode(TaskStatus status)
{
    for (const auto &s : kStatuses)
        if (s.status == status)
            return QString::fromLatin1(s.code);
    return QStringLiteral("not_started");
}

TaskStatus taskStatusFromCode(const QString &code)
{
    TaskStatus status = TaskStatus::NotStarted;
    parseTaskStatus(code, &status);
    return status;
}

QString taskStatusLabel(TaskStatus status)
{
    for (const auto &s : kStatuses)
        if (s.status == status)
            return QString::fromUtf8(s.label);
    return QString();
}

bool parseTaskStatus(const QString &words, TaskStatus *status)
{
    const QString w = words.trimmed();
    for (const auto &s : kStatuses) {
        if (w == QLatin1String(s.code) || w == QString::fromUtf8(s.label)) {
            *status = s.status;
            return true;
        }
    }
    return false;
}

} // namespace tuoyu
