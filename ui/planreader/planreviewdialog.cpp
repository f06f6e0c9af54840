#include "planreviewdialog.h"

#include "shell/corewords.h"

#include <QApplication>
#include <QClipboard>
#include <QColor>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextCursor>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tuoyu {

namespace {
constexpr int kSpanRole = Qt::UserRole + 1;

QVariant spanData(const SourceSpan &span)
{
    return QVariant::fromValue(QList<int>{span.paragraph, span.from, span.length});
}
} // namespace

PlanReviewDialog::PlanReviewDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("从实施方案新建计划"));
    resize(1280, 720);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *openButton = new QPushButton(tr("打开方案文件(&O)…"));
    auto *pasteButton = new QPushButton(tr("读入剪贴板中的文字(&P)"));
    m_summary = new QLabel(tr("请打开 .docx 或 .txt 方案文件，或读入从网页复制的文字。"));
    top->addWidget(openButton);
    top->addWidget(pasteButton);
    top->addWidget(m_summary, 1);
    layout->addLayout(top);

    auto *split = new QSplitter(Qt::Horizontal);
    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("planReviewTree"));
    m_tree->setHeaderLabels(
        {tr("拟建计划"), tr("完成时限"), tr("责任单位（牵头在前）"), tr("把握")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_source = new QPlainTextEdit;
    m_source->setObjectName(QStringLiteral("planReviewSource"));
    m_source->setReadOnly(true);
    split->addWidget(m_tree);
    split->addWidget(m_source);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    layout->addWidget(
        new QLabel(tr("未归位的句子（含完成时限、责任单位、数量或金额，计划中没有放进去的）：")));
    m_unplaced = new QListWidget;
    m_unplaced->setObjectName(QStringLiteral("planReviewUnplaced"));
    m_unplaced->setMaximumHeight(120);
    layout->addWidget(m_unplaced);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("接受，新建计划"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("planReviewAccept"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_reading.draft.programs.isEmpty()) {
            QMessageBox::information(this, windowTitle(), tr("还没有读到任何工程或项目。"));
            return;
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(openButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("打开实施方案"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("实施方案 (*.docx *.txt);;所有文件 (*)"));
        QString error;
        if (!path.isEmpty() && !openFile(path, &error))
            QMessageBox::warning(this, tr("无法读取方案"), error);
    });
    connect(pasteButton, &QPushButton::clicked, this,
            [this] { readText(QApplication::clipboard()->text()); });
    auto follow = [this](const QVariant &data) {
        const QList<int> s = data.value<QList<int>>();
        if (s.size() == 3)
            highlight(SourceSpan{s[0], s[1], s[2]});
    };
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [follow](QTreeWidgetItem *item) {
        if (item)
            follow(item->data(0, kSpanRole));
    });
    connect(m_unplaced, &QListWidget::currentItemChanged, this, [follow](QListWidgetItem *item) {
        if (item)
            follow(item->data(kSpanRole));
    });
}

bool PlanReviewDialog::openFile(const QString &path, QString *error)
{
    const auto document = PlanDocument::open(path, error);
    if (!document)
        return false;
    showReading(*document);
    return true;
}

void PlanReviewDialog::readText(const QString &text)
{
    showReading(PlanDocument::fromText(text, tr("粘贴的文本")));
}

void PlanReviewDialog::showReading(const PlanDocument &document)
{
    m_reading = PlanReader::read(document);
    QStringList lines;
    m_labelLengths.clear();
    for (const PlanDocument::Paragraph &p : document.paragraphs) {
        m_labelLengths.append(int(p.listLabel.size()));
        QString line = p.table >= 0 ? tr("〔表格 %1〕").arg(p.table + 1) : p.text;
        line.replace(QLatin1Char('\n'), QLatin1Char(' '));
        lines.append(p.listLabel + line);
    }
    m_source->setPlainText(lines.join(QLatin1Char('\n')));
    m_tree->clear();
    const PlanDraft &d = m_reading.draft;
    int tasks = 0;
    for (qsizetype p = 0; p < d.programs.size(); ++p) {
        const auto &program = d.programs[p];
        auto *pi = new QTreeWidgetItem(m_tree, {program.number + QLatin1Char(' ') + program.title});
        pi->setData(0, kSpanRole, spanData(m_reading.programs[p].source));
        pi->setText(3, shownWords(readConfidenceLabel(m_reading.programs[p].confidence)));
        for (qsizetype j = 0; j < program.projects.size(); ++j) {
            const auto &project = program.projects[j];
            const auto &pr = m_reading.programs[p].projects[j];
            auto *ji = new QTreeWidgetItem(pi, {project.number + QLatin1Char(' ') + project.title});
            ji->setData(0, kSpanRole, spanData(pr.source));
            ji->setText(3, shownWords(readConfidenceLabel(pr.confidence)));
            for (qsizetype t = 0; t < project.tasks.size(); ++t) {
                const auto &task = project.tasks[t];
                const auto &reading = pr.tasks[t];
                auto *ti = new QTreeWidgetItem(
                    ji, {task.text, task.deadlineText, task.departments.join(tr("、")),
                         tr("牵头单位%1")
                             .arg(shownWords(readConfidenceLabel(reading.leadConfidence)))});
                ti->setToolTip(0, task.text);
                ti->setData(0, kSpanRole, spanData(reading.source));
                ++tasks;
            }
        }
        pi->setExpanded(true);
    }
    m_unplaced->clear();
    for (const auto &u : m_reading.unplaced) {
        auto *item = new QListWidgetItem(tr("〔%1〕%2").arg(u.reason, u.text), m_unplaced);
        item->setData(kSpanRole, spanData(u.source));
    }
    m_summary->setText(tr("%1：%2个工程、%3项任务、%4个指标、%5条奖补金额；%6句未归位")
                           .arg(d.plan.title)
                           .arg(d.programs.size())
                           .arg(tasks)
                           .arg(d.indicators.size())
                           .arg(m_reading.subsidyRules.size())
                           .arg(m_reading.unplaced.size()));
}

void PlanReviewDialog::highlight(const SourceSpan &span)
{
    if (!span.isValid())
        return;
    const QTextBlock block = m_source->document()->findBlockByNumber(span.paragraph);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    // the block starts with Word's list number, which the span does not count
    const int from = m_labelLengths.value(span.paragraph) + span.from;
    cursor.setPosition(block.position() + std::min(from, block.length() - 1));
    cursor.setPosition(block.position() + std::min(from + span.length, block.length() - 1),
                       QTextCursor::KeepAnchor);
    QTextEdit::ExtraSelection selection;
    selection.cursor = cursor;
    selection.format.setBackground(QColor(255, 230, 140));
    m_source->setExtraSelections({selection});
    m_source->setTextCursor(QTextCursor(cursor.block()));
    m_source->centerCursor();
}

} // namespace tuoyu
