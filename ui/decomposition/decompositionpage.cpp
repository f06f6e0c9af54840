#include "decompositionpage.h"

#include "decompositiongridmodel.h"

#include "commands/plancommands.h"
#include "session/workspace.h"
#include "storage/decompositionrepository.h"

#include "commands/decompositioncommands.h"
#include "storage/indicatorrepository.h"
#include "storage/planrepository.h"

#include "shell/forms.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

#include <cmath>

namespace tuoyu {

namespace {
/// What an incomplete table still lacks, in words: 还没有项目、年度.
QString missingParts(const DecompositionLayout &layout)
{
    QStringList missing;
    if (layout.items.isEmpty())
        missing << QCoreApplication::translate("tuoyu::DecompositionPage", "项目（行）");
    if (layout.years.isEmpty())
        missing << QCoreApplication::translate("tuoyu::DecompositionPage", "年度");
    if (layout.columns.isEmpty())
        missing << QCoreApplication::translate("tuoyu::DecompositionPage",
                                               "乡镇（街道）或部门（列）");
    return QCoreApplication::translate("tuoyu::DecompositionPage", "还没有") +
           missing.join(QCoreApplication::translate("tuoyu::DecompositionPage", "、"));
}
} // namespace

DecompositionPage::DecompositionPage(QWidget *parent)
    : Page(tr("分解"), QStringLiteral("decomposition"),
           {QStringLiteral("decomposition_cell"), QStringLiteral("decomposition_item"),
            QStringLiteral("decomposition_year"), QStringLiteral("decomposition_column"),
            QStringLiteral("area"), QStringLiteral("department")},
           parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_year = new QComboBox;
    m_year->setObjectName(QStringLiteral("decompositionYear"));
    m_field = new QComboBox;
    m_field->addItem(tr("完成数"), QStringLiteral("actual"));
    m_field->addItem(tr("目标"), QStringLiteral("target"));
    auto *printButton = new QPushButton(tr("打印所选乡镇（街道）…"));
    bar->addWidget(new QLabel(tr("年度：")));
    bar->addWidget(m_year);
    bar->addWidget(new QLabel(tr("显示并编辑：")));
    bar->addWidget(m_field);
    bar->addStretch(1);
    bar->addWidget(printButton);
    layout->addLayout(bar);
    layout->addLayout(buildEditBar());
    m_note = new QLabel;
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    m_model = new DecompositionGridModel(this);
    m_grid = new QTableView;
    m_grid->setObjectName(QStringLiteral("decompositionGrid"));
    m_grid->setModel(m_model);
    layout->addWidget(m_grid, 1);
    connect(m_year, &QComboBox::activated, this, [this] { fillGrid(); });
    connect(m_field, &QComboBox::activated, this, [this] { fillGrid(); });
    connect(m_model, &DecompositionGridModel::editRefused, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("无法修改"), message);
    });
    connect(printButton, &QPushButton::clicked, this, [this] { print(); });
}

QHBoxLayout *DecompositionPage::buildEditBar()
{
    auto *bar = new QHBoxLayout;
    auto button = [&](const QString &text, const QString &name, auto slot) {
        auto *b = new QPushButton(text);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        bar->addWidget(b);
    };
    // Every removal asks first and says it can be undone.
    auto confirmed = [this](const QString &title, const QString &question) {
        return QMessageBox::question(this, title, question + tr("（可撤销）")) == QMessageBox::Yes;
    };
    bar->addWidget(new QLabel(tr("表格：")));
    button(tr("添加项目…"), QStringLiteral("addDecompositionItem"), [this] {
        bool ok = false;
        const QString name =
            QInputDialog::getText(this, tr("添加项目"), tr("项目名称（如 新增托位数）："),
                                  QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
        const QString unit = QInputDialog::getText(
            this, tr("添加项目"), tr("“%1”的单位（如 个、家）：").arg(name.trimmed()),
            QLineEdit::Normal, tr("个"), &ok);
        if (ok)
            report(addItem(name, unit, &m_error));
    });
    button(tr("删除所选项目"), QStringLiteral("removeDecompositionItem"), [=, this] {
        const int row = m_grid->currentIndex().row();
        if (row < 0 || row >= m_model->items().size() ||
            !confirmed(tr("删除项目"), tr("删除项目“%1”及其各年、各列的目标和完成数？")
                                           .arg(m_model->items().at(row).name)))
            return;
        report(removeItem(row, &m_error));
    });
    bar->addSpacing(12);
    button(tr("添加年度…"), QStringLiteral("addDecompositionYear"), [this] {
        bool ok = false;
        const int last = m_year->count() ? m_year->itemData(m_year->count() - 1).toInt()
                                         : QDate::currentDate().year() - 1;
        const int year =
            QInputDialog::getInt(this, tr("添加年度"), tr("年度："), last + 1, 2000, 2100, 1, &ok);
        if (ok)
            report(addYear(year, &m_error));
    });
    button(tr("删除本年度"), QStringLiteral("removeDecompositionYear"), [=, this] {
        if (m_year->count() == 0 ||
            !confirmed(tr("删除年度"),
                       tr("删除%1及其各项目、各列的目标和完成数？").arg(m_year->currentText())))
            return;
        report(removeYear(m_year->currentData().toInt(), &m_error));
    });
    bar->addSpacing(12);
    button(tr("添加列…"), QStringLiteral("addDecompositionColumn"), [this] {
        const QList<QPair<QString, QPair<qint64, qint64>>> choices = columnChoices();
        if (choices.isEmpty()) {
            QMessageBox::information(this, tr("添加列"),
                                     tr("所有乡镇（街道）和部门都已是表中的列。"
                                        "新的乡镇（街道）在“计划”页添加。"));
            return;
        }
        QStringList labels;
        for (const auto &c : choices)
            labels << c.first;
        const int chosen =
            forms::chooseIndex(this, tr("添加列"), tr("乡镇（街道）或部门："), labels);
        if (chosen < 0)
            return;
        const auto ids = choices.value(chosen).second;
        report(addColumn(ids.first, ids.second, &m_error));
    });
    button(tr("删除所选列"), QStringLiteral("removeDecompositionColumn"), [=, this] {
        const int column = m_grid->currentIndex().column();
        if (column < 0 || column >= m_model->columns().size() ||
            !confirmed(tr("删除列"), tr("删除“%1”一列及其各年、各项目的目标和完成数？")
                                         .arg(m_model->columns().at(column).name)))
            return;
        report(removeColumn(column, &m_error));
    });
    bar->addStretch(1);
    return bar;
}

QList<QPair<QString, QPair<qint64, qint64>>> DecompositionPage::columnChoices() const
{
    QList<QPair<QString, QPair<qint64, qint64>>> choices;
    if (!m_workspace || !m_planId)
        return choices;
    const DecompositionLayout layout = DecompositionRepository(m_workspace).layout(m_planId);
    auto taken = [&](qint64 areaId, qint64 departmentId) {
        for (const DecompositionColumn &c : layout.columns)
            if (c.areaId == areaId && c.departmentId == departmentId)
                return true;
        return false;
    };
    for (const Area &a : IndicatorRepository(m_workspace).areas())
        if (!taken(a.id, 0))
            choices.append({tr("乡镇（街道）：%1").arg(a.name), {a.id, 0}});
    for (const Department &d : PlanRepository(m_workspace).departments(m_planId))
        if (!taken(0, d.id))
            choices.append({tr("部门：%1").arg(d.name), {0, d.id}});
    return choices;
}

void DecompositionPage::report(bool done)
{
    if (!done && m_error != QStringLiteral("没有改动"))
        QMessageBox::warning(this, tr("无法修改分解表"), m_error);
}

bool DecompositionPage::run(std::unique_ptr<WorkspaceCommand> command, QString *error)
{
    return command && m_workspace->execute(std::move(command), error);
}

bool DecompositionPage::addItem(const QString &name, const QString &unit, QString *error)
{
    return m_workspace &&
           run(decompositioncommands::addItem(m_workspace, m_planId, name, unit, error), error);
}

bool DecompositionPage::removeItem(int row, QString *error)
{
    return m_workspace && row >= 0 && row < m_model->items().size() &&
           run(decompositioncommands::removeItem(m_workspace, m_model->items().at(row).id, error),
               error);
}

bool DecompositionPage::addYear(int year, QString *error)
{
    if (!m_workspace ||
        !run(decompositioncommands::addYear(m_workspace, m_planId, year, error), error))
        return false;
    setYear(year);
    return true;
}

bool DecompositionPage::removeYear(int year, QString *error)
{
    return m_workspace &&
           run(decompositioncommands::removeYear(m_workspace, m_planId, year, error), error);
}

bool DecompositionPage::addColumn(qint64 areaId, qint64 departmentId, QString *error)
{
    return m_workspace &&
           run(decompositioncommands::addColumn(m_workspace, m_planId, areaId, departmentId, error),
               error);
}

bool DecompositionPage::removeColumn(int column, QString *error)
{
    if (!m_workspace || column < 0 || column >= m_model->columns().size())
        return false;
    const DecompositionGridModel::Column c = m_model->columns().at(column);
    return run(
        decompositioncommands::removeColumn(m_workspace, m_planId, c.areaId, c.departmentId, error),
        error);
}

void DecompositionPage::reload()
{
    fillYears();
    fillGrid();
}

void DecompositionPage::fillYears()
{
    const int keep = m_year->currentData().toInt();
    m_year->clear();
    if (m_workspace && m_planId)
        for (int y : DecompositionRepository(m_workspace).layout(m_planId).years)
            m_year->addItem(tr("%1年").arg(y), y);
    if (const int at = m_year->findData(keep); at >= 0)
        m_year->setCurrentIndex(at);
}

void DecompositionPage::setYear(int year)
{
    const int at = m_year->findData(year);
    if (at >= 0)
        m_year->setCurrentIndex(at);
    fillGrid();
}

void DecompositionPage::setField(const QString &field)
{
    m_field->setCurrentIndex(m_field->findData(field));
    fillGrid();
}

void DecompositionPage::fillGrid()
{
    const DecompositionLayout layout = m_workspace && m_planId
                                           ? DecompositionRepository(m_workspace).layout(m_planId)
                                           : DecompositionLayout{};
    if (!m_workspace || m_planId == 0 || layout.items.isEmpty() || m_year->count() == 0 ||
        layout.columns.isEmpty()) {
        m_model->reload(nullptr, 0, 0, false);
        m_note->setText(!m_workspace || m_planId == 0
                            ? QString()
                            : tr("本计划的任务分解表还不完整：%1。用上方的按钮添加，或从“文件 → "
                                 "导入”导入分解表（如天宁区方案附件的格式）。")
                                  .arg(missingParts(layout)));
        return;
    }
    const int year = m_year->currentData().toInt();
    const bool actual = m_field->currentData().toString() == QLatin1String("actual");
    m_model->reload(m_workspace, m_planId, year, actual);
    m_grid->resizeColumnsToContents();
    m_note->setText(
        tr("%1年%2。红底为完成数低于目标的单元格（%3 个）。直接在格中修改，合计随之更新，可撤销。")
            .arg(year)
            .arg(actual ? tr("各单位完成数") : tr("各单位目标"))
            .arg(m_model->behindCount()));
}

bool DecompositionPage::print()
{
    const int column = m_grid->currentIndex().column();
    if (!m_workspace || column < 0 || column >= m_model->columns().size()) {
        QMessageBox::information(this, tr("打印"), tr("请先在表中选一个乡镇（街道）的列。"));
        return true;
    }
    const DecompositionGridModel::Column &c = m_model->columns().at(column);
    QString html = tr("<h2 align='center'>%1 任务分解落实情况</h2><table border='1' "
                      "cellspacing='0' cellpadding='4' width='100%'>"
                      "<tr><th>项目</th><th>年度</th><th>目标</th><th>完成</th></tr>")
                       .arg(c.name.toHtmlEscaped());
    for (const DecompositionRow &r : DecompositionRepository(m_workspace).cells(m_planId))
        if (r.column == c.name && !r.isTotal())
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td align='right'>%3</td><td "
                                   "align='right'>%4</td></tr>")
                        .arg(r.item.toHtmlEscaped())
                        .arg(r.year)
                        .arg(r.target ? DecompositionGridModel::number(*r.target) : QString(),
                             r.actual ? DecompositionGridModel::number(*r.actual) : QString());
    html += QStringLiteral("</table>");
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [html](QPrinter *p) {
        QTextDocument doc;
        doc.setHtml(html);
        doc.print(p);
    });
    preview.exec();
    return true;
}

} // namespace tuoyu
