#include "decompositionpage.h"

#include "commands/plancommands.h"
#include "session/workspace.h"
#include "storage/decompositionrepository.h"

#include "commands/decompositioncommands.h"
#include "storage/indicatorrepository.h"
#include "storage/planrepository.h"

#include <QComboBox>
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
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

#include <cmath>

namespace tuoyu {

namespace {
QString number(double v)
{
    return std::abs(v - std::round(v)) < 1e-9 ? QString::number(qint64(std::llround(v)))
                                              : QString::number(v, 'f', 2);
}
const QColor kBehind(0xFD, 0xE0, 0xDC);
const QColor kTotal(0xF0, 0xF0, 0xF0);

/// What an incomplete table still lacks, in words: 还没有项目、年度.
QString missingParts(const DecompositionLayout &layout)
{
    QStringList missing;
    if (layout.items.isEmpty())
        missing << QStringLiteral("项目（行）");
    if (layout.years.isEmpty())
        missing << QStringLiteral("年度");
    if (layout.columns.isEmpty())
        missing << QStringLiteral("乡镇（街道）或部门（列）");
    return QStringLiteral("还没有") + missing.join(QStringLiteral("、"));
}
} // namespace

DecompositionPage::DecompositionPage(QWidget *parent)
    : Page(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_year = new QComboBox;
    m_year->setObjectName(QStringLiteral("decompositionYear"));
    m_field = new QComboBox;
    m_field->addItem(QStringLiteral("完成数"), QStringLiteral("actual"));
    m_field->addItem(QStringLiteral("目标"), QStringLiteral("target"));
    auto *printButton = new QPushButton(QStringLiteral("打印所选乡镇（街道）…"));
    bar->addWidget(new QLabel(QStringLiteral("年度：")));
    bar->addWidget(m_year);
    bar->addWidget(new QLabel(QStringLiteral("显示并编辑：")));
    bar->addWidget(m_field);
    bar->addStretch(1);
    bar->addWidget(printButton);
    layout->addLayout(bar);
    layout->addLayout(buildEditBar());
    m_note = new QLabel;
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    m_grid = new QTableWidget;
    m_grid->setObjectName(QStringLiteral("decompositionGrid"));
    layout->addWidget(m_grid, 1);
    connect(m_year, &QComboBox::activated, this, [this] { reload(); });
    connect(m_field, &QComboBox::activated, this, [this] { reload(); });
    connect(m_grid, &QTableWidget::itemChanged, this, &DecompositionPage::cellEdited);
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
    bar->addWidget(new QLabel(QStringLiteral("表格：")));
    button(QStringLiteral("添加项目…"), QStringLiteral("addDecompositionItem"), [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, QStringLiteral("添加项目"),
                                                   QStringLiteral("项目名称（如 新增托位数）："),
                                                   QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
        const QString unit =
            QInputDialog::getText(this, QStringLiteral("添加项目"),
                                  QStringLiteral("“%1”的单位（如 个、家）：").arg(name.trimmed()),
                                  QLineEdit::Normal, QStringLiteral("个"), &ok);
        if (ok)
            report(addItem(name, unit, &m_error));
    });
    button(QStringLiteral("删除所选项目"), QStringLiteral("removeDecompositionItem"), [this] {
        const int row = m_grid->currentRow();
        if (row < 0 || row >= m_items.size() ||
            QMessageBox::question(this, QStringLiteral("删除项目"),
                                  QStringLiteral("删除项目“%1”及其各年、各列的目标和完成数？"
                                                 "（可撤销）")
                                      .arg(m_items[row].second)) != QMessageBox::Yes)
            return;
        report(removeItem(row, &m_error));
    });
    bar->addSpacing(12);
    button(QStringLiteral("添加年度…"), QStringLiteral("addDecompositionYear"), [this] {
        bool ok = false;
        const int last = m_year->count() ? m_year->itemData(m_year->count() - 1).toInt()
                                         : QDate::currentDate().year() - 1;
        const int year =
            QInputDialog::getInt(this, QStringLiteral("添加年度"), QStringLiteral("年度："),
                                 last + 1, 2000, 2100, 1, &ok);
        if (ok)
            report(addYear(year, &m_error));
    });
    button(QStringLiteral("删除本年度"), QStringLiteral("removeDecompositionYear"), [this] {
        if (m_year->count() == 0 ||
            QMessageBox::question(this, QStringLiteral("删除年度"),
                                  QStringLiteral("删除%1及其各项目、各列的目标和完成数？（可撤销）")
                                      .arg(m_year->currentText())) != QMessageBox::Yes)
            return;
        report(removeYear(m_year->currentData().toInt(), &m_error));
    });
    bar->addSpacing(12);
    button(QStringLiteral("添加列…"), QStringLiteral("addDecompositionColumn"), [this] {
        const QList<QPair<QString, QPair<qint64, qint64>>> choices = columnChoices();
        if (choices.isEmpty()) {
            QMessageBox::information(this, QStringLiteral("添加列"),
                                     QStringLiteral("所有乡镇（街道）和部门都已是表中的列。"
                                                    "新的乡镇（街道）在“计划”页添加。"));
            return;
        }
        QStringList labels;
        for (const auto &c : choices)
            labels << c.first;
        bool ok = false;
        const QString choice =
            QInputDialog::getItem(this, QStringLiteral("添加列"),
                                  QStringLiteral("乡镇（街道）或部门："), labels, 0, false, &ok);
        if (!ok)
            return;
        const auto ids = choices.value(labels.indexOf(choice)).second;
        report(addColumn(ids.first, ids.second, &m_error));
    });
    button(QStringLiteral("删除所选列"), QStringLiteral("removeDecompositionColumn"), [this] {
        const int column = m_grid->currentColumn();
        if (column < 0 || column >= m_columns.size() ||
            QMessageBox::question(this, QStringLiteral("删除列"),
                                  QStringLiteral("删除“%1”一列及其各年、各项目的目标和完成数？"
                                                 "（可撤销）")
                                      .arg(m_columns[column].name)) != QMessageBox::Yes)
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
            choices.append({QStringLiteral("乡镇（街道）：%1").arg(a.name), {a.id, 0}});
    for (const Department &d : PlanRepository(m_workspace).departments(m_planId))
        if (!taken(0, d.id))
            choices.append({QStringLiteral("部门：%1").arg(d.name), {0, d.id}});
    return choices;
}

void DecompositionPage::report(bool done)
{
    if (!done && m_error != QStringLiteral("没有改动"))
        QMessageBox::warning(this, QStringLiteral("无法修改分解表"), m_error);
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
    return m_workspace && row >= 0 && row < m_items.size() &&
           run(decompositioncommands::removeItem(m_workspace, m_items[row].first, error), error);
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
    if (!m_workspace || column < 0 || column >= m_columns.size())
        return false;
    const Column c = m_columns[column];
    return run(
        decompositioncommands::removeColumn(m_workspace, m_planId, c.areaId, c.departmentId, error),
        error);
}

void DecompositionPage::setContext(Workspace *workspace, qint64 planId)
{
    m_workspace = workspace;
    m_planId = planId;
    fillYears();
    reload();
}

void DecompositionPage::fillYears()
{
    const int keep = m_year->currentData().toInt();
    m_year->clear();
    if (m_workspace && m_planId)
        for (int y : DecompositionRepository(m_workspace).layout(m_planId).years)
            m_year->addItem(QStringLiteral("%1年").arg(y), y);
    if (const int at = m_year->findData(keep); at >= 0)
        m_year->setCurrentIndex(at);
}

void DecompositionPage::refresh(const QSet<QString> &tables)
{
    static const QSet<QString> mine = {QStringLiteral("decomposition_cell"),
                                       QStringLiteral("decomposition_item"),
                                       QStringLiteral("decomposition_year"),
                                       QStringLiteral("decomposition_column"),
                                       QStringLiteral("area"),
                                       QStringLiteral("department")};
    if (tables.intersects(mine)) {
        fillYears();
        reload();
    }
}

void DecompositionPage::setYear(int year)
{
    const int at = m_year->findData(year);
    if (at >= 0)
        m_year->setCurrentIndex(at);
    reload();
}

void DecompositionPage::setField(const QString &field)
{
    m_field->setCurrentIndex(m_field->findData(field));
    reload();
}

void DecompositionPage::reload()
{
    m_filling = true;
    m_grid->clear();
    m_grid->setRowCount(0);
    m_grid->setColumnCount(0);
    m_columns.clear();
    m_items.clear();
    const DecompositionLayout layout = m_workspace && m_planId
                                           ? DecompositionRepository(m_workspace).layout(m_planId)
                                           : DecompositionLayout{};
    if (!m_workspace || m_planId == 0 || layout.items.isEmpty() || m_year->count() == 0 ||
        layout.columns.isEmpty()) {
        m_note->setText(
            !m_workspace || m_planId == 0
                ? QString()
                : QStringLiteral("本计划的任务分解表还不完整：%1。用上方的按钮添加，或从“文件 → "
                                 "导入”导入分解表（如天宁区方案附件的格式）。")
                      .arg(missingParts(layout)));
        m_filling = false;
        return;
    }
    const int year = m_year->currentData().toInt();
    const bool actual = m_field->currentData().toString() == QLatin1String("actual");
    const QList<DecompositionRow> cells = DecompositionRepository(m_workspace).cells(m_planId);
    for (const DecompositionItem &i : layout.items)
        m_items << qMakePair(i.id, i.name);
    for (const DecompositionColumn &c : layout.columns)
        m_columns << Column{c.name, c.areaId, c.departmentId};
    QHash<QString, double> target, done;
    QHash<QString, bool> hasTarget, hasDone;
    QHash<QString, double> printed;
    for (const DecompositionRow &r : cells) {
        if (r.year != year)
            continue;
        if (r.isTotal()) {
            if (r.target)
                printed[QString::number(r.itemId)] = *r.target;
            continue;
        }
        const QString key = QStringLiteral("%1|%2").arg(r.itemId).arg(r.column);
        if (r.target) {
            target[key] = *r.target;
            hasTarget[key] = true;
        }
        if (r.actual) {
            done[key] = *r.actual;
            hasDone[key] = true;
        }
    }

    QStringList headers;
    for (const Column &c : std::as_const(m_columns))
        headers << c.name;
    headers << QStringLiteral("合计");
    m_grid->setColumnCount(int(headers.size()));
    m_grid->setHorizontalHeaderLabels(headers);
    m_grid->setRowCount(int(m_items.size()) + 1);
    QStringList rowNames;
    for (const auto &i : std::as_const(m_items))
        rowNames << i.second;
    rowNames << QStringLiteral("合计");
    m_grid->setVerticalHeaderLabels(rowNames);
    QList<double> columnSums(m_columns.size() + 1, 0.0);
    int behind = 0;
    for (int r = 0; r < m_items.size(); ++r) {
        double rowSum = 0;
        for (int c = 0; c < m_columns.size(); ++c) {
            const QString key =
                QStringLiteral("%1|%2").arg(m_items[r].first).arg(m_columns[c].name);
            const bool has = actual ? hasDone.value(key) : hasTarget.value(key);
            const double v = actual ? done.value(key) : target.value(key);
            auto *item = new QTableWidgetItem(has ? number(v) : QString());
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(
                QStringLiteral("目标 %1，完成 %2")
                    .arg(hasTarget.value(key) ? number(target.value(key)) : QStringLiteral("—"),
                         hasDone.value(key) ? number(done.value(key)) : QStringLiteral("—")));
            if (hasTarget.value(key) && done.value(key) < target.value(key)) {
                item->setBackground(kBehind); // behind its target
                ++behind;
            }
            m_grid->setItem(r, c, item);
            rowSum += v;
            columnSums[c] += v;
        }
        auto *sum = new QTableWidgetItem(number(rowSum));
        sum->setFlags(sum->flags() & ~Qt::ItemIsEditable);
        sum->setBackground(kTotal);
        sum->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        const QString printedKey = QString::number(m_items[r].first);
        if (!actual && printed.contains(printedKey) &&
            std::abs(printed[printedKey] - rowSum) > 1e-9)
            sum->setToolTip(QStringLiteral("原表合计为 %1，与各单元格之和不符")
                                .arg(number(printed[printedKey])));
        m_grid->setItem(r, int(m_columns.size()), sum);
        columnSums[m_columns.size()] += rowSum;
    }
    for (int c = 0; c <= m_columns.size(); ++c) {
        auto *sum = new QTableWidgetItem(number(columnSums[c]));
        sum->setFlags(sum->flags() & ~Qt::ItemIsEditable);
        sum->setBackground(kTotal);
        sum->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_grid->setItem(int(m_items.size()), c, sum);
    }
    m_grid->resizeColumnsToContents();
    m_note->setText(
        QStringLiteral(
            "%1年%2。红底为完成数低于目标的单元格（%3 个）。直接在格中修改，合计随之更新，可撤销。")
            .arg(year)
            .arg(actual ? QStringLiteral("各单位完成数") : QStringLiteral("各单位目标"))
            .arg(behind));
    m_filling = false;
}

void DecompositionPage::cellEdited(QTableWidgetItem *item)
{
    if (m_filling || !m_workspace || item->row() >= m_items.size() ||
        item->column() >= m_columns.size())
        return;
    const QString text = item->text().trimmed();
    std::optional<double> value;
    if (!text.isEmpty()) {
        bool ok = false;
        const double v = text.toDouble(&ok);
        if (!ok) {
            QMessageBox::warning(
                this, QStringLiteral("无法修改"),
                QStringLiteral("“%1”%2 应为数字：%3")
                    .arg(m_items[item->row()].second, m_columns[item->column()].name, text));
            reload();
            return;
        }
        value = v;
    }
    const Column &c = m_columns[item->column()];
    QString error;
    auto command = plancommands::setDecompositionValue(
        m_workspace, m_items[item->row()].first, m_year->currentData().toInt(), c.areaId,
        c.departmentId, m_field->currentData().toString(), value, &error);
    if (!command || !m_workspace->execute(std::move(command), &error)) {
        if (error != QStringLiteral("没有改动"))
            QMessageBox::warning(this, QStringLiteral("无法修改"), error);
        reload();
    }
}

bool DecompositionPage::print()
{
    const int column = m_grid->currentColumn();
    if (!m_workspace || column < 0 || column >= m_columns.size()) {
        QMessageBox::information(this, QStringLiteral("打印"),
                                 QStringLiteral("请先在表中选一个乡镇（街道）的列。"));
        return true;
    }
    const Column &c = m_columns[column];
    QString html = QStringLiteral("<h2 align='center'>%1 任务分解落实情况</h2><table border='1' "
                                  "cellspacing='0' cellpadding='4' width='100%'>"
                                  "<tr><th>项目</th><th>年度</th><th>目标</th><th>完成</th></tr>")
                       .arg(c.name.toHtmlEscaped());
    for (const DecompositionRow &r : DecompositionRepository(m_workspace).cells(m_planId))
        if (r.column == c.name && !r.isTotal())
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td align='right'>%3</td><td "
                                   "align='right'>%4</td></tr>")
                        .arg(r.item.toHtmlEscaped())
                        .arg(r.year)
                        .arg(r.target ? number(*r.target) : QString(),
                             r.actual ? number(*r.actual) : QString());
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
