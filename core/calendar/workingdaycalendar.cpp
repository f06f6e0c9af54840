#include "workingdaycalendar.h"

#include "session/workspace.h"

#include "storage/sqlquery.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace tuoyu {

namespace {

QDate iso(const QJsonValue &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

bool isWeekend(const QDate &date)
{
    return date.dayOfWeek() >= 6;
}

} // namespace

WorkingDayCalendar WorkingDayCalendar::shipped()
{
    // Parsed once: every page and every count of working days starts from the same data.
    static const WorkingDayCalendar calendar = [] {
        WorkingDayCalendar c;
        QFile file(QStringLiteral(":/calendar/holidays-cn.json"));
        if (!file.open(QIODevice::ReadOnly))
            return c;
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        for (const QJsonValue &y : root.value(QStringLiteral("years")).toArray()) {
            const QJsonObject year = y.toObject();
            c.m_years.append(year.value(QStringLiteral("year")).toInt());
            for (const QJsonValue &h : year.value(QStringLiteral("holidays")).toArray()) {
                const QJsonObject holiday = h.toObject();
                const QString name = holiday.value(QStringLiteral("name")).toString();
                const QDate from = iso(holiday.value(QStringLiteral("from")));
                const QDate to = iso(holiday.value(QStringLiteral("to")));
                for (QDate d = from; d.isValid() && d <= to; d = d.addDays(1))
                    c.set({d, DayKind::Holiday, name, true, 0});
            }
            // The notice names the holiday each make-up day belongs to only in its text; the
            // nearest holiday period of the year is a good enough label.
            for (const QJsonValue &w : year.value(QStringLiteral("workdays")).toArray()) {
                const QDate d = iso(w);
                QString name;
                qint64 best = 0;
                for (auto it = c.m_entries.cbegin(); it != c.m_entries.cend(); ++it) {
                    if (it->kind != DayKind::Holiday)
                        continue;
                    const qint64 gap = std::abs(it.key().daysTo(d));
                    if (name.isEmpty() || gap < best) {
                        best = gap;
                        name = it->name;
                    }
                }
                c.set({d, DayKind::Workday, name, true, 0});
            }
        }
        return c;
    }();
    return calendar;
}

QList<WorkingDayCalendar::Entry> WorkingDayCalendar::workspaceEntries(Workspace *workspace)
{
    QList<Entry> list;
    if (!workspace)
        return list;
    SqlQuery q(workspace->db());
    // Files from before schema step 5 have no table; the query then simply returns nothing.
    if (!q.exec(QStringLiteral("SELECT id, date, kind, name FROM holiday ORDER BY date")))
        return list;
    while (q.next()) {
        Entry e;
        e.id = q.value(0).toLongLong();
        e.date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        e.kind =
            q.value(2).toString() == QLatin1String("workday") ? DayKind::Workday : DayKind::Holiday;
        e.name = q.value(3).toString();
        if (e.date.isValid())
            list.append(e);
    }
    return list;
}

WorkingDayCalendar WorkingDayCalendar::forWorkspace(Workspace *workspace)
{
    WorkingDayCalendar c = shipped();
    for (const Entry &e : workspaceEntries(workspace))
        c.set(e);
    return c;
}

void WorkingDayCalendar::set(const Entry &entry)
{
    if (!entry.date.isValid())
        return;
    m_entries.insert(entry.date, entry);
    if (!entry.shipped && !m_years.contains(entry.date.year())) {
        m_years.append(entry.date.year());
        std::sort(m_years.begin(), m_years.end());
    }
}

std::optional<WorkingDayCalendar::Entry> WorkingDayCalendar::entry(const QDate &date) const
{
    const auto it = m_entries.constFind(date);
    if (it == m_entries.cend())
        return std::nullopt;
    return *it;
}

bool WorkingDayCalendar::isWorkingDay(const QDate &date) const
{
    const auto it = m_entries.constFind(date);
    if (it != m_entries.cend())
        return it->kind == DayKind::Workday;
    return !isWeekend(date);
}

QString WorkingDayCalendar::holidayName(const QDate &date) const
{
    const auto it = m_entries.constFind(date);
    return it != m_entries.cend() && it->kind == DayKind::Holiday ? it->name : QString();
}

QList<WorkingDayCalendar::Entry> WorkingDayCalendar::entries(int year) const
{
    QList<Entry> list;
    for (auto it = m_entries.lowerBound(QDate(year, 1, 1));
         it != m_entries.cend() && it.key().year() == year; ++it)
        list.append(*it);
    return list;
}

QList<int> WorkingDayCalendar::years() const
{
    return m_years;
}

int WorkingDayCalendar::workingDaysBetween(const QDate &from, const QDate &to) const
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    // Whole weeks hold five weekdays; only the special days inside the range adjust that, so
    // a range of years costs as little as a range of days.
    const qint64 days = from.daysTo(to);
    qint64 count = (days / 7) * 5;
    for (QDate d = from.addDays((days / 7) * 7 + 1); d <= to; d = d.addDays(1))
        if (!isWeekend(d))
            ++count;
    for (auto it = m_entries.upperBound(from); it != m_entries.cend() && it.key() <= to; ++it) {
        const bool weekday = !isWeekend(it.key());
        if (it->kind == DayKind::Holiday && weekday)
            --count;
        else if (it->kind == DayKind::Workday && !weekday)
            ++count;
    }
    return int(count);
}

QDate WorkingDayCalendar::addWorkingDays(const QDate &date, int n) const
{
    if (!date.isValid())
        return {};
    QDate d = date;
    const int step = n < 0 ? -1 : 1;
    for (int left = std::abs(n); left > 0;) {
        d = d.addDays(step);
        if (isWorkingDay(d))
            --left;
    }
    return d;
}

bool WorkingDayCalendar::dueWithin(const QDate &deadline, const QDate &asOf, int n) const
{
    if (!deadline.isValid() || !asOf.isValid() || deadline < asOf)
        return false;
    return workingDaysBetween(asOf, deadline) <= n;
}

std::optional<int> WorkingDayCalendar::scheduleProgress(const QDate &start, const QDate &deadline,
                                                        const QDate &asOf) const
{
    if (!start.isValid() || !deadline.isValid() || deadline < start)
        return std::nullopt;
    if (asOf < start)
        return 0;
    if (asOf >= deadline)
        return 100;
    // The start day itself is a day of work: count from the day before it.
    const QDate before = start.addDays(-1);
    const int total = workingDaysBetween(before, deadline);
    if (total <= 0)
        return 100;
    const int done = workingDaysBetween(before, asOf);
    return int(std::lround(100.0 * done / total));
}

} // namespace tuoyu
