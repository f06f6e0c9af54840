#include "tasktableformat.h"

#include <QRegularExpression>

namespace tuoyu::tasktable {

QStringList headers()
{
    return {QStringLiteral("序号"),     QStringLiteral("工程"),     QStringLiteral("项目"),
            QStringLiteral("具体任务"), QStringLiteral("牵头单位"), QStringLiteral("责任单位"),
            QStringLiteral("完成时限"), QStringLiteral("备注"),     QStringLiteral("任务编码")};
}

Numbered splitNumber(const QString &cell)
{
    const QString text = cell.trimmed();
    // Bracketed: （一） (一) （1） (1) 〔一〕, kept as printed.
    static const QRegularExpression bracketed(
        QStringLiteral("^([（(〔][一二三四五六七八九十百〇零0-9０-９]{1,4}[）)〕])\\s*(.*)$"),
        QRegularExpression::DotMatchesEverythingOption);
    if (const auto m = bracketed.match(text); m.hasMatch() && !m.captured(2).trimmed().isEmpty())
        return {m.captured(1), m.captured(2).trimmed()};
    // 一、 / 1. / 1、 / 1． / 项目1： / 项目一：
    static const QRegularExpression separated(
        QStringLiteral("^(?:项目\\s*)?([一二三四五六七八九十百]{1,4}|[0-9]{1,3})\\s*(?:[、.．：:](?"
                       "![0-9]))\\s*(.*)$"),
        QRegularExpression::DotMatchesEverythingOption);
    if (const auto m = separated.match(text); m.hasMatch() && !m.captured(2).trimmed().isEmpty())
        return {m.captured(1), m.captured(2).trimmed()};
    return {QString(), text};
}

QString joinNumber(const QString &number, const QString &title)
{
    if (number.isEmpty())
        return title;
    const Numbered n = splitNumber(number + title);
    if (n.number == number && n.title == title)
        return number + title; // （一）标题 as printed
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,3}$"));
    const QString joined =
        number + (digits.match(number).hasMatch() ? QStringLiteral(". ") : QStringLiteral("、")) +
        title;
    return joined;
}

QStringList splitUnits(const QString &cell)
{
    static const QRegularExpression separators(QStringLiteral("[、，,；;\\s]+"));
    QStringList units;
    for (const QString &u : cell.split(separators, Qt::SkipEmptyParts)) {
        const QString unit = u.trimmed();
        if (!unit.isEmpty() && !units.contains(unit))
            units << unit;
    }
    return units;
}

QString joinUnits(const QStringList &units)
{
    return units.join(QLatin1Char('\n'));
}

QString taskKey(const QString &workspaceId, qint64 taskId)
{
    return QStringLiteral("tuoyu:%1:%2").arg(workspaceId).arg(taskId);
}

qint64 taskIdFromKey(const QString &key, const QString &workspaceId)
{
    const QStringList parts = key.trimmed().split(QLatin1Char(':'));
    if (workspaceId.isEmpty() || parts.size() != 3 || parts[0] != QLatin1String("tuoyu") ||
        parts[1] != workspaceId)
        return 0;
    return parts[2].toLongLong();
}

QString workspaceIdInfoKey()
{
    return QStringLiteral("workspace_id");
}

QString planTitleFromTitleRow(const QString &titleRow)
{
    QString t = titleRow.simplified();
    static const QRegularExpression attachment(
        QStringLiteral("^附件\\s*[0-9一二三四五六七八九十]*\\s*[:：]?\\s*"));
    t.remove(attachment);
    static const QRegularExpression suffix(
        QStringLiteral("(重点任务分工表|任务分工表|重点任务清单|任务清单|分工表|工作任务表)$"));
    t.remove(suffix);
    if (t.startsWith(u'《') && t.endsWith(u'》'))
        t = t.mid(1, t.size() - 2);
    return t.trimmed();
}

QString periodLine(const QDate &start, const QDate &end)
{
    if (!start.isValid() || !end.isValid())
        return {};
    const QString format = QStringLiteral("yyyy年M月d日");
    return QStringLiteral("实施期限：%1至%2").arg(start.toString(format), end.toString(format));
}

bool parsePeriod(const QString &text, QDate *start, QDate *end)
{
    static const QRegularExpression dates(
        QStringLiteral("(\\d{4})年(\\d{1,2})月(\\d{1,2})日\\s*(?:至|—|-|－|~|～)\\s*(\\d{4})年(\\d{"
                       "1,2})月(\\d{1,2})日"));
    if (const auto m = dates.match(text); m.hasMatch()) {
        *start = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        *end = QDate(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
        return start->isValid() && end->isValid();
    }
    static const QRegularExpression years(
        QStringLiteral("(20\\d{2})\\s*(?:年)?\\s*(?:—|－|-|–|~|～|至)\\s*(20\\d{2})\\s*年"));
    if (const auto m = years.match(text); m.hasMatch()) {
        *start = QDate(m.captured(1).toInt(), 1, 1);
        *end = QDate(m.captured(2).toInt(), 12, 31);
        return *start <= *end;
    }
    return false;
}

} // namespace tuoyu::tasktable
