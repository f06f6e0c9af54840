#include "workspacesettings.h"

#include "database.h"

#include "storage/sqlquery.h"

namespace tuoyu::workspacesettings {

namespace {

/// A whole number setting within 1..max, else the default (an unset or damaged value).
int number(Database &db, const QString &key, int fallback, int max)
{
    bool ok = false;
    const int n = value(db, key).toInt(&ok);
    return ok && n >= 1 && n <= max ? n : fallback;
}

} // namespace

QString value(Database &db, const QString &key)
{
    SqlQuery q(db.db());
    q.exec(QStringLiteral("SELECT value FROM workspace_setting WHERE key = ?"), {key});
    return q.next() ? q.value(0).toString() : QString();
}

int dueSoonWorkingDays(Database &db)
{
    return number(db, dueSoonWorkingDaysKey(), kDefaultDueSoonWorkingDays, kMaxDueSoonWorkingDays);
}

int seriousOverdueDays(Database &db)
{
    return number(db, seriousOverdueDaysKey(), kDefaultSeriousOverdueDays, kMaxSeriousOverdueDays);
}

} // namespace tuoyu::workspacesettings
