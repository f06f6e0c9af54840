#include "planfileactions.h"

#include "exporting/plantable.h"
#include "session/workspace.h"
#include "storage/planrepository.h"
#include "templates/templatefile.h"
#include "templates/templatelibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>

namespace tuoyu {

namespace {

QString documents()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

/// Asks where to write the open plan and writes it with `write`; a failure is said in a box.
void writePlanAs(QWidget *parent, Workspace *ws, qint64 planId, const QString &caption,
                 const QString &suffixedName, const QString &filter,
                 const std::function<bool(Workspace *, qint64, const QString &, QString *)> &write)
{
    const auto current = ws ? PlanRepository(ws).plan(planId) : std::nullopt;
    if (!current)
        return;
    const QString path = QFileDialog::getSaveFileName(
        parent, caption, documents() + QLatin1Char('/') + current->title + suffixedName, filter);
    QString error;
    if (!path.isEmpty() && !write(ws, current->id, path, &error))
        QMessageBox::warning(parent, caption, error);
}

} // namespace

void addPlanFileActions(QMenu *file, QMenu *exportMenu, QWidget *parent,
                        std::function<Workspace *()> workspace, std::function<qint64()> plan)
{
    exportMenu->addAction(
        QCoreApplication::translate("tuoyu::Planfileactions", "计划（任务分工表）…"), parent, [=] {
            writePlanAs(
                parent, workspace(), plan(),
                QCoreApplication::translate("tuoyu::Planfileactions", "导出计划为任务分工表"),
                QCoreApplication::translate("tuoyu::Planfileactions", "重点任务分工表.xlsx"),
                QCoreApplication::translate("tuoyu::Planfileactions",
                                            "Excel 工作簿 (*.xlsx);;Word 文档 (*.docx)"),
                plantable::write);
        });
    QAction *save = file->addAction(
        QCoreApplication::translate("tuoyu::Planfileactions", "另存为模板(&T)…"), parent, [=] {
            // The registry stays home: a colleague's district has its own institutions.
            writePlanAs(parent, workspace(), plan(),
                        QCoreApplication::translate("tuoyu::Planfileactions", "另存为模板"),
                        QStringLiteral(".json"),
                        QCoreApplication::translate("tuoyu::Planfileactions", "计划模板 (*.json)"),
                        [](Workspace *ws, qint64 id, const QString &path, QString *error) {
                            return templatefile::save(ws, id, false, path, error);
                        });
        });
    save->setObjectName(QStringLiteral("saveAsTemplateAction"));
}

QString templateFileChoice()
{
    return QCoreApplication::translate("tuoyu::Planfileactions",
                                       "从文件…（同事发来的计划模板 .json）");
}

std::optional<PlanDraft> chooseTemplateFile(QWidget *parent)
{
    const QString path = QFileDialog::getOpenFileName(
        parent, QCoreApplication::translate("tuoyu::Planfileactions", "选择计划模板文件"),
        documents(), QCoreApplication::translate("tuoyu::Planfileactions", "计划模板 (*.json)"));
    if (path.isEmpty())
        return std::nullopt;
    QString error;
    auto draft = TemplateLibrary::loadFile(path, &error);
    if (!draft)
        QMessageBox::warning(
            parent, QCoreApplication::translate("tuoyu::Planfileactions", "无法读取模板"), error);
    return draft;
}

} // namespace tuoyu
