#include "yearcloseaction.h"

#include "commands/yearclosecommands.h"
#include "session/workspace.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QMessageBox>

namespace tuoyu::yearcloseaction {

namespace {

/// At most `shown` lines of a list, then how many more.
QStringList firstOf(const QStringList &lines, int shown)
{
    if (lines.size() <= shown)
        return lines;
    return lines.mid(0, shown) << QCoreApplication::translate("tuoyu::YearClose", "……另有%1项")
                                      .arg(lines.size() - shown);
}

} // namespace

QList<yearclose::Preview> closable(Workspace *ws, qint64 planId, const QDate &asOf, QString *why)
{
    QList<yearclose::Preview> list;
    const auto plan = PlanRepository(ws).plan(planId);
    if (!plan || !plan->periodStart.isValid() || !plan->periodEnd.isValid()) {
        *why = QCoreApplication::translate(
            "tuoyu::YearClose", "本计划没有实施期，无法按年度结转；请先在“计划”页填写起止日期。");
        return list;
    }
    QString last;
    for (int year = plan->periodStart.year(); year <= plan->periodEnd.year(); ++year)
        if (auto p = yearclose::preview(ws, planId, year, asOf, &last))
            list << *p;
    if (list.isEmpty())
        *why = last;
    return list;
}

QString confirmationText(const yearclose::Preview &p)
{
    QStringList tasks;
    for (const yearclose::CarriedTask &t : p.tasks)
        tasks << QCoreApplication::translate("tuoyu::YearClose", "· %1（原时限%2，%3，完成%4%）")
                     .arg(t.view.task.text.left(40), t.oldDeadline.toString(Qt::ISODate),
                          taskStatusLabel(t.view.task.status))
                     .arg(t.view.task.percent);
    QStringList unmet;
    for (const yearclose::YearFigure &f : p.unmet())
        unmet << QCoreApplication::translate("tuoyu::YearClose", "· %1：目标%2，实际%3（%4）")
                     .arg(f.name, f.targetLabel, f.actualLabel, indicatorStatusLabel(f.status));
    QString text =
        yearclose::summary(p) + QCoreApplication::translate("tuoyu::Yearcloseaction", "。\n\n");
    if (!tasks.isEmpty())
        text +=
            (p.lastYear ? QCoreApplication::translate("tuoyu::YearClose",
                                                      "未完成的任务（本年为实施期末，不再结转）：")
                        : QCoreApplication::translate(
                              "tuoyu::YearClose",
                              "结转至%1年的任务（保留原编号、进展和佐证材料，完成时限改为%1年"
                              "年底，原时限记入延期记录）：")
                              .arg(p.year + 1)) +
            QLatin1Char('\n') + firstOf(tasks, 12).join(QLatin1Char('\n')) + QStringLiteral("\n\n");
    if (!unmet.isEmpty())
        text += QCoreApplication::translate("tuoyu::YearClose", "未达标的指标：") +
                QLatin1Char('\n') + firstOf(unmet, 12).join(QLatin1Char('\n')) +
                QStringLiteral("\n\n");
    text += QCoreApplication::translate(
                "tuoyu::YearClose",
                "结转后，%1年的指标数据按结转时冻结，之后修改机构名单不再改变这一年的数据。"
                "可撤销。")
                .arg(p.year);
    return text;
}

bool run(QWidget *parent, Workspace *ws, qint64 planId, const QDate &asOf)
{
    QString why;
    const QList<yearclose::Preview> years = closable(ws, planId, asOf, &why);
    if (years.isEmpty()) {
        QMessageBox::information(parent,
                                 QCoreApplication::translate("tuoyu::YearClose", "年度结转"), why);
        return false;
    }
    QStringList labels;
    for (const yearclose::Preview &p : years)
        labels << QCoreApplication::translate("tuoyu::YearClose", "%1年度").arg(p.year);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        parent, QCoreApplication::translate("tuoyu::YearClose", "年度结转"),
        QCoreApplication::translate("tuoyu::YearClose", "结转哪一年度："), labels, 0, false, &ok);
    if (!ok)
        return false;
    const yearclose::Preview &p = years.at(labels.indexOf(chosen));
    if (QMessageBox::question(parent, QCoreApplication::translate("tuoyu::YearClose", "年度结转"),
                              confirmationText(p)) != QMessageBox::Yes)
        return false;
    QString error;
    auto command = yearclosecommands::close(ws, planId, p.year, asOf, &error);
    if (!command || !ws->execute(std::move(command), &error)) {
        QMessageBox::warning(parent, QCoreApplication::translate("tuoyu::YearClose", "无法结转"),
                             error);
        return false;
    }
    return true;
}

} // namespace tuoyu::yearcloseaction
