#include "decompositionpage.h"

#include "commands/plancommands.h"
#include "session/workspace.h"
#include "storage/decompositionrepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
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

void DecompositionPage::setContext(Workspace *workspace, qint64 planId)
{
    m_workspace = workspace;
    m_planId = planId;
    m_year->clear();
    if (workspace && planId) {
        QList<int> years;
        for (const DecompositionRow &r : DecompositionRepository(workspace).cells(planId))
            if (!years.contains(r.year))
                years << r.year;
        std::sort(years.begin(), years.end());
        for (int y : years)
            m_year->addItem(QStringLiteral("%1年").arg(y), y);
    }
    reload();
}

void DecompositionPage::refresh(const QSet<QString> &tables)
{
    if (tables.contains(QStringLiteral("decomposition_cell")) ||
        tables.contains(QStringLiteral("decomposition_item")) ||
        tables.contains(QStringLiteral("area")))
        reload();
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
    if (!m_workspace || m_planId == 0 || m_year->count() == 0) {
        m_note->setText(QStringLiteral(
            "本计划没有任务分解表。可从“文件 → 导入”导入分解表（如天宁区方案附件的格式）。"));
        m_filling = false;
        return;
    }
    const int year = m_year->currentData().toInt();
    const bool actual = m_field->currentData().toString() == QLatin1String("actual");
    const QList<DecompositionRow> cells = DecompositionRepository(m_workspace).cells(m_planId);
    QList<QPair<int, int>> order; // (seq, index)
    QHash<QString, double> target, done;
    QHash<QString, bool> hasTarget, hasDone;
    QHash<QString, double> printed;
    for (const DecompositionRow &r : cells) {
        bool known = false;
        for (const auto &i : std::as_const(m_items))
            known = known || i.first == r.itemId;
        if (!known)
            m_items << qMakePair(r.itemId, r.item);
        if (r.year != year)
            continue;
        if (r.isTotal()) {
            if (r.target)
                printed[QString::number(r.itemId)] = *r.target;
            continue;
        }
        bool have = false;
        for (const Column &c : std::as_const(m_columns))
            have = have || (c.name == r.column);
        if (!have) {
            m_columns << Column{r.column, r.areaId, r.departmentId};
            order << qMakePair(r.columnSeq, int(m_columns.size()) - 1);
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
    std::sort(order.begin(), order.end());
    QList<Column> sorted;
    for (const auto &o : order)
        sorted << m_columns[o.second];
    m_columns = sorted;

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
