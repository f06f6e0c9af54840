#include "usersettings.h"

#include <QSettings>

namespace tuoyu::usersettings {

QStringList languages()
{
    return {QStringLiteral("system"), QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString language()
{
    const QString stored = QSettings().value(languageKey()).toString();
    return languages().contains(stored) ? stored : languages().constFirst();
}

void setLanguage(const QString &language)
{
    QSettings().setValue(languageKey(),
                         languages().contains(language) ? language : languages().constFirst());
}

QString backupFolder()
{
    return QSettings().value(backupFolderKey()).toString().trimmed();
}

void setBackupFolder(const QString &folder)
{
    QSettings settings;
    if (folder.trimmed().isEmpty())
        settings.remove(backupFolderKey());
    else
        settings.setValue(backupFolderKey(), folder.trimmed());
}

QString ReportAsOf::code(Rule rule)
{
    // By Rule: Today, EndOfLastMonth, FixedDate.
    static const char *const codes[] = {"today", "end-of-last-month", "fixed"};
    return QLatin1String(codes[int(rule)]);
}

QDate ReportAsOf::dateFor(const QDate &today) const
{
    switch (rule) {
    case Rule::EndOfLastMonth:
        return QDate(today.year(), today.month(), 1).addDays(-1);
    case Rule::FixedDate:
        return fixed.isValid() ? fixed : today;
    case Rule::Today:
        break;
    }
    return today;
}

ReportAsOf reportAsOf()
{
    const QSettings settings;
    const QString code = settings.value(reportAsOfKey()).toString();
    ReportAsOf asOf;
    for (auto rule : {ReportAsOf::Rule::EndOfLastMonth, ReportAsOf::Rule::FixedDate})
        if (code == ReportAsOf::code(rule))
            asOf.rule = rule;
    asOf.fixed = QDate::fromString(settings.value(reportAsOfDateKey()).toString(), Qt::ISODate);
    if (asOf.rule == ReportAsOf::Rule::FixedDate && !asOf.fixed.isValid())
        asOf.rule = ReportAsOf::Rule::Today; // a damaged date is no date
    return asOf;
}

void setReportAsOf(const ReportAsOf &asOf)
{
    QSettings settings;
    settings.setValue(reportAsOfKey(), ReportAsOf::code(asOf.rule));
    if (asOf.rule == ReportAsOf::Rule::FixedDate && asOf.fixed.isValid())
        settings.setValue(reportAsOfDateKey(), asOf.fixed.toString(Qt::ISODate));
    else
        settings.remove(reportAsOfDateKey());
}

} // namespace tuoyu::usersettings
