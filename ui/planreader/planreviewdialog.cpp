#include "planreviewdialog.h"

#include "planreader/planacceptance.h"
#include "session/workspace.h"
#include "shell/corewords.h"
#include "shell/mainwindow.h"
#include "subsidy/subsidyengine.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QColor>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tuoyu {

using planreadingedits::ItemPath;

namespace {
constexpr int kSpanRole = Qt::UserRole + 1;
constexpr int kPathRole = Qt::UserRole + 2; ///< {kind, a, b, c}
enum ItemKind
{
    OutlineItem,
    IndicatorItem,
    SubsidyItem
};
const QColor kGuessed(255, 226, 196); ///< what the reader guessed: to be checked

QVariant spanData(const SourceSpan &span)
{
    return QVariant::fromValue(QList<int>{span.paragraph, span.from, span.length});
}

QVariant pathData(ItemKind kind, int a, int b = -1, int c = -1)
{
    return QVariant::fromValue(QList<int>{kind, a, b, c});
}

/// 完成时限, 责任单位 and the indicator's target and a subsidy's amount can be typed over.
void setEditable(QTreeWidgetItem *item)
{
    item->setFlags(item->flags() | Qt::ItemIsEditable);
}

QString targetText(const Indicator &ind)
{
    const auto last = ind.finalTarget();
    if (!last)
        return QString();
    return QStringLiteral("%1 %2")
        .arg(ind.direction == Direction::AtMost ? QStringLiteral("≤") : QStringLiteral("≥"))
        .arg(last->value);
}
} // namespace

/// One correction: the reading before and after, so undo and redo in the window are exact.
class ReadingSnapshot : public QUndoCommand
{
public:
    ReadingSnapshot(PlanReviewDialog *dialog, const QString &text, PlanReading before,
                    PlanReading after, ItemPath select)
        : QUndoCommand(text)
        , m_dialog(dialog)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_select(select)
    {
    }
    void redo() override { m_dialog->setReading(m_after, m_select); }
    void undo() override { m_dialog->setReading(m_before, m_select); }

private:
    PlanReviewDialog *m_dialog;
    PlanReading m_before;
    PlanReading m_after;
    ItemPath m_select;
};

PlanReviewDialog::PlanReviewDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("从实施方案新建计划"));
    resize(1280, 720);
    m_undo = new QUndoStack(this);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *openButton = new QPushButton(tr("打开方案文件(&O)…"));
    auto *pasteButton = new QPushButton(tr("读入剪贴板中的文字(&P)"));
    m_summary = new QLabel(tr("请打开 .docx 或 .txt 方案文件，或读入从网页复制的文字。"));
    m_summary->setWordWrap(true);
    top->addWidget(openButton);
    top->addWidget(pasteButton);
    top->addWidget(m_summary, 1);
    layout->addLayout(top);

    // the corrections: each button also has its key, so the keyboard alone can walk and fix
    auto *tools = new QHBoxLayout;
    auto addTool = [&](const QString &text, const QKeySequence &key, auto slot) {
        auto *button = new QPushButton(text);
        button->setShortcut(key);
        button->setToolTip(key.toString(QKeySequence::NativeText));
        connect(button, &QPushButton::clicked, this, slot);
        tools->addWidget(button);
        return button;
    };
    addTool(tr("下一个待核对项 (F8)"), QKeySequence(Qt::Key_F8), [this] {
        if (!nextGuessed())
            m_summary->setText(tr("没有待核对（推测）的项了。"));
    });
    addTool(tr("升一级"), QKeySequence(Qt::CTRL | Qt::Key_Left), [this] { changeLevel(true); });
    addTool(tr("降一级"), QKeySequence(Qt::CTRL | Qt::Key_Right), [this] { changeLevel(false); });
    addTool(tr("删除此项"), QKeySequence(Qt::Key_Delete), [this] { removeCurrent(); });
    auto *undoButton = addTool(tr("撤销"), QKeySequence::Undo, [this] { m_undo->undo(); });
    auto *redoButton = addTool(tr("重做"), QKeySequence::Redo, [this] { m_undo->redo(); });
    undoButton->setObjectName(QStringLiteral("planReviewUndo"));
    undoButton->setEnabled(false);
    redoButton->setEnabled(false);
    connect(m_undo, &QUndoStack::canUndoChanged, undoButton, &QPushButton::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, redoButton, &QPushButton::setEnabled);
    auto *hint = new QLabel(tr("双击或按 F2 修改文字、完成时限、责任单位（顿号分隔，"
                               "牵头在前）、指标目标（如 ≥ 90）或奖补金额；"
                               "橙色为推测，请核对"));
    hint->setStyleSheet(QStringLiteral("color: #555"));
    tools->addWidget(hint, 1);
    layout->addLayout(tools);

    auto *split = new QSplitter(Qt::Horizontal);
    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("planReviewTree"));
    m_tree->setHeaderLabels({tr("拟建计划"), tr("完成时限 / 目标年"),
                             tr("责任单位（牵头在前）/ 目标 / 金额"), tr("把握")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->setColumnWidth(1, 120);
    m_tree->setColumnWidth(2, 220);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
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
    m_unplaced->setMaximumHeight(100);
    layout->addWidget(m_unplaced);

    auto *buttons = new QDialogButtonBox;
    m_acceptHere =
        buttons->addButton(tr("接受：在当前工作区新建计划"), QDialogButtonBox::AcceptRole);
    m_acceptHere->setObjectName(QStringLiteral("planReviewAccept"));
    auto *acceptNew = buttons->addButton(tr("接受：新建工作区(&W)…"), QDialogButtonBox::ActionRole);
    acceptNew->setObjectName(QStringLiteral("planReviewAcceptNew"));
    buttons->addButton(tr("取消"), QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    connect(m_acceptHere, &QPushButton::clicked, this, [this] { finish(Target::OpenWorkspace); });
    connect(acceptNew, &QPushButton::clicked, this, [this] { finish(Target::NewWorkspace); });
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
    connect(m_tree, &QTreeWidget::itemChanged, this, &PlanReviewDialog::itemEdited);
    connect(m_unplaced, &QListWidget::currentItemChanged, this, [follow](QListWidgetItem *item) {
        if (item)
            follow(item->data(kSpanRole));
    });
}

void PlanReviewDialog::run(MainWindow *window)
{
    PlanReviewDialog dialog(window);
    dialog.setWorkspaceOpen(window->workspace() != nullptr);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString path;
    if (dialog.target() == Target::NewWorkspace) {
        // the file dialog's own overwrite question is off: an existing file is refused anyway
        path = QFileDialog::getSaveFileName(
            window, tr("新建工作区"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') +
                dialog.reading().draft.plan.title + QStringLiteral(".tuoyu"),
            tr("托育工作台文件 (*.tuoyu)"), nullptr, QFileDialog::DontConfirmOverwrite);
        if (path.isEmpty())
            return;
        if (!path.endsWith(QLatin1String(".tuoyu")))
            path += QStringLiteral(".tuoyu");
    }
    QString error;
    const auto accepted = window->acceptPlanReading(dialog.reading(), path, &error);
    if (!accepted) {
        QMessageBox::warning(window, tr("无法新建计划"), error);
        return;
    }
    QStringList lines{tr("已新建计划“%1”。").arg(dialog.reading().draft.plan.title)};
    if (accepted->subsidyDrafts > 0)
        lines << tr("奖补规则草稿 %1 条，尚未启用：请在“奖补规则”中核对条件与金额后启用。")
                     .arg(accepted->subsidyDrafts);
    for (const QString &a : accepted->attachments)
        lines << tr("已导入附件：%1").arg(a);
    for (const QString &w : accepted->warnings)
        lines << tr("附件：%1").arg(w);
    QMessageBox::information(window, tr("从实施方案新建计划"), lines.join(QLatin1Char('\n')));
}

void PlanReviewDialog::setWorkspaceOpen(bool open)
{
    m_acceptHere->setEnabled(open);
    m_acceptHere->setToolTip(open ? QString() : tr("没有打开的工作区"));
}

void PlanReviewDialog::finish(Target target)
{
    if (m_reading.draft.programs.isEmpty()) {
        QMessageBox::information(this, windowTitle(), tr("还没有读到任何工程或项目。"));
        return;
    }
    m_target = target;
    accept();
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
    QStringList lines;
    m_labelLengths.clear();
    for (const PlanDocument::Paragraph &p : document.paragraphs) {
        // a bold heading's number is the reader's, not the document's: not shown as printed
        const QString label = p.boldHeading ? QString() : p.listLabel;
        m_labelLengths.append(int(label.size()));
        QString line = p.table >= 0 ? tr("〔表格 %1〕").arg(p.table + 1) : p.text;
        line.replace(QLatin1Char('\n'), QLatin1Char(' '));
        lines.append(label + line);
    }
    m_source->setPlainText(lines.join(QLatin1Char('\n')));
    m_undo->clear(); // corrections belong to the document they were made on
    setReading(PlanReader::read(document), ItemPath{});
}

void PlanReviewDialog::setReading(const PlanReading &reading, const ItemPath &select)
{
    m_reading = reading;
    fillTree();
    if (select.program >= 0)
        selectPath(select);
}

void PlanReviewDialog::fillTree()
{
    m_filling = true;
    m_tree->clear();
    const PlanDraft &d = m_reading.draft;
    QList<ItemPath> guessed = planreadingedits::guessedItems(m_reading);
    auto mark = [&](QTreeWidgetItem *item, const ItemPath &path) {
        if (!guessed.contains(path))
            return;
        for (int c = 0; c < 4; ++c)
            item->setBackground(c, kGuessed);
        item->setToolTip(3, tr("推测：请核对"));
    };
    int tasks = 0;
    for (int p = 0; p < d.programs.size(); ++p) {
        const auto &program = d.programs[p];
        auto *pi = new QTreeWidgetItem(m_tree, {program.number + QLatin1Char(' ') + program.title});
        pi->setData(0, kSpanRole, spanData(m_reading.programs[p].source));
        pi->setData(0, kPathRole, pathData(OutlineItem, p));
        pi->setText(3, shownWords(readConfidenceLabel(m_reading.programs[p].confidence)));
        setEditable(pi);
        mark(pi, {p, -1, -1});
        for (int j = 0; j < program.projects.size(); ++j) {
            const auto &project = program.projects[j];
            const auto &pr = m_reading.programs[p].projects[j];
            auto *ji = new QTreeWidgetItem(pi, {project.number + QLatin1Char(' ') + project.title});
            ji->setData(0, kSpanRole, spanData(pr.source));
            ji->setData(0, kPathRole, pathData(OutlineItem, p, j));
            ji->setText(3, shownWords(readConfidenceLabel(pr.confidence)));
            setEditable(ji);
            mark(ji, {p, j, -1});
            for (int t = 0; t < project.tasks.size(); ++t) {
                const auto &task = project.tasks[t];
                const auto &reading = pr.tasks[t];
                auto *ti = new QTreeWidgetItem(
                    ji, {task.text, task.deadlineText, task.departments.join(tr("、")),
                         tr("牵头单位%1")
                             .arg(shownWords(readConfidenceLabel(reading.leadConfidence)))});
                ti->setToolTip(0, task.text);
                ti->setData(0, kSpanRole, spanData(reading.source));
                ti->setData(0, kPathRole, pathData(OutlineItem, p, j, t));
                setEditable(ti);
                mark(ti, {p, j, t});
                ++tasks;
            }
        }
        pi->setExpanded(true);
    }
    if (!d.indicators.isEmpty()) {
        auto *group = new QTreeWidgetItem(m_tree, {tr("绩效指标（目标可改）")});
        for (int i = 0; i < d.indicators.size(); ++i) {
            const Indicator &ind = d.indicators[i];
            const auto last = ind.finalTarget();
            auto *ii = new QTreeWidgetItem(
                group, {ind.name, last ? tr("%1年").arg(last->year) : QString(),
                        targetText(ind) + QLatin1Char(' ') + ind.unit, ind.tier});
            ii->setToolTip(0, ind.sourceText);
            ii->setData(0, kSpanRole, spanData(m_reading.indicatorSources.value(i)));
            ii->setData(0, kPathRole, pathData(IndicatorItem, i));
            setEditable(ii);
        }
        group->setExpanded(true);
    }
    if (!m_reading.subsidyRules.isEmpty()) {
        auto *group =
            new QTreeWidgetItem(m_tree, {tr("奖补规则草稿（接受后不启用，核对后再启用）")});
        for (int i = 0; i < m_reading.subsidyRules.size(); ++i) {
            const auto &rule = m_reading.subsidyRules[i];
            const SubsidyRule draft = planacceptance::ruleDraft(rule, d.plan);
            QString kind = shownWords(SubsidyEngine::ruleKindLabel(draft.kind));
            if (rule.limit == QLatin1String("cap"))
                kind += tr("，最高");
            else if (rule.limit == QLatin1String("floor"))
                kind += tr("，不低于");
            auto *si = new QTreeWidgetItem(
                group, {rule.sentence, kind, rule.amount.toString() + tr("元"), tr("草稿")});
            si->setToolTip(0, rule.sentence);
            si->setData(0, kSpanRole, spanData(rule.source));
            si->setData(0, kPathRole, pathData(SubsidyItem, i));
            setEditable(si);
        }
        group->setExpanded(true);
    }
    m_unplaced->clear();
    for (const auto &u : m_reading.unplaced) {
        auto *item = new QListWidgetItem(tr("〔%1〕%2").arg(u.reason, u.text), m_unplaced);
        item->setData(kSpanRole, spanData(u.source));
    }
    m_summary->setText(tr("%1：%2个工程、%3项任务、%4个指标、%5条奖补金额；%6句未归位；%7项待核对")
                           .arg(d.plan.title)
                           .arg(d.programs.size())
                           .arg(tasks)
                           .arg(d.indicators.size())
                           .arg(m_reading.subsidyRules.size())
                           .arg(m_reading.unplaced.size())
                           .arg(guessed.size()));
    m_filling = false;
}

bool PlanReviewDialog::edit(const QString &what,
                            const std::function<bool(PlanReading &, QString *)> &change,
                            QString *error)
{
    PlanReading after = m_reading;
    if (!change(after, error))
        return false;
    m_undo->push(new ReadingSnapshot(this, what, m_reading, std::move(after), currentPath()));
    return true;
}

ItemPath PlanReviewDialog::currentPath() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    const QList<int> path = item ? item->data(0, kPathRole).value<QList<int>>() : QList<int>{};
    if (path.size() != 4 || path[0] != OutlineItem)
        return ItemPath{};
    return ItemPath{path[1], path[2], path[3]};
}

void PlanReviewDialog::selectPath(const ItemPath &path)
{
    if (path.program < 0 || path.program >= m_tree->topLevelItemCount())
        return;
    QTreeWidgetItem *item = m_tree->topLevelItem(path.program);
    if (path.project >= 0 && item->child(path.project))
        item = item->child(path.project);
    if (path.task >= 0 && item->child(path.task))
        item = item->child(path.task);
    m_tree->setCurrentItem(item);
    m_tree->scrollToItem(item);
}

bool PlanReviewDialog::nextGuessed()
{
    const QList<ItemPath> guessed = planreadingedits::guessedItems(m_reading);
    if (guessed.isEmpty())
        return false;
    const ItemPath here = currentPath();
    auto before = [](const ItemPath &a, const ItemPath &b) {
        return std::tie(a.program, a.project, a.task) < std::tie(b.program, b.project, b.task);
    };
    ItemPath next = guessed.first(); // after the last one, the first again
    for (const ItemPath &g : guessed)
        if (before(here, g)) {
            next = g;
            break;
        }
    selectPath(next);
    return true;
}

void PlanReviewDialog::itemEdited(QTreeWidgetItem *item, int column)
{
    if (m_filling)
        return;
    const QList<int> path = item->data(0, kPathRole).value<QList<int>>();
    if (path.size() != 4)
        return;
    const QString text = item->text(column);
    const ItemPath at{path[1], path[2], path[3]};
    std::function<bool(PlanReading &, QString *)> change;
    QString what;
    if (path[0] == OutlineItem && column == 0) {
        // a heading is shown as "number title": the number stays, the title is what was typed
        QString typed = text;
        if (!at.isTask()) {
            const QString number =
                at.isProject() ? m_reading.draft.programs[at.program].projects[at.project].number
                               : m_reading.draft.programs[at.program].number;
            if (!number.isEmpty() && typed.startsWith(number + QLatin1Char(' ')))
                typed = typed.mid(number.size() + 1);
        }
        what = tr("修改文字");
        change = [at, typed](PlanReading &r, QString *e) {
            return planreadingedits::setText(r, at, typed, e);
        };
    } else if (path[0] == OutlineItem && column == 1) {
        what = tr("修改完成时限");
        change = [at, text](PlanReading &r, QString *e) {
            return planreadingedits::setDeadline(r, at, text, e);
        };
    } else if (path[0] == OutlineItem && column == 2) {
        what = tr("修改责任单位");
        change = [at, text](PlanReading &r, QString *e) {
            return planreadingedits::setDepartments(r, at, text, e);
        };
    } else if (path[0] == IndicatorItem && column == 2) {
        static const QRegularExpression target(
            QStringLiteral("^\\s*(≥|≤|>=|<=|不低于|不高于)?\\s*([0-9]+(?:\\.[0-9]+)?)"));
        const auto m = target.match(text);
        const int i = path[1];
        what = tr("修改指标目标");
        change = [m, i](PlanReading &r, QString *e) {
            if (!m.hasMatch()) {
                *e = tr("目标读不出：请写成“≥ 90”或“≤ 10”");
                return false;
            }
            const QString comparison = m.captured(1).isEmpty()
                                           ? directionSymbol(r.draft.indicators.value(i).direction)
                                           : m.captured(1);
            return planreadingedits::setIndicatorTarget(r, i, comparison, m.captured(2).toDouble(),
                                                        e);
        };
    } else if (path[0] == SubsidyItem && column == 2) {
        const int i = path[1];
        what = tr("修改奖补金额");
        change = [i, text](PlanReading &r, QString *e) {
            return planreadingedits::setSubsidyAmount(r, i, text, e);
        };
    }
    // the tree is rebuilt after the edit, not inside the signal of the item being edited
    QTimer::singleShot(0, this, [this, what, change] {
        QString error;
        if (!change) {
            fillTree(); // a column that is not to be edited: put its text back
            return;
        }
        const ItemPath here = currentPath();
        if (!edit(what, change, &error)) {
            fillTree();
            selectPath(here);
            QMessageBox::warning(this, windowTitle(), error);
        }
    });
}

void PlanReviewDialog::changeLevel(bool up)
{
    const ItemPath at = currentPath();
    if (at.program < 0)
        return;
    std::optional<ItemPath> moved;
    QString error;
    const bool done = edit(
        up ? tr("升一级") : tr("降一级"),
        [&](PlanReading &r, QString *e) {
            moved = up ? planreadingedits::promote(r, at, e) : planreadingedits::demote(r, at, e);
            return moved.has_value();
        },
        &error);
    if (!done)
        QMessageBox::information(this, windowTitle(), error);
    else
        selectPath(*moved);
}

void PlanReviewDialog::removeCurrent()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    const QList<int> path = item ? item->data(0, kPathRole).value<QList<int>>() : QList<int>{};
    if (path.size() != 4)
        return;
    const ItemPath at{path[1], path[2], path[3]};
    QString error;
    bool done = false;
    if (path[0] == OutlineItem)
        done = edit(
            tr("删除"),
            [at](PlanReading &r, QString *e) { return planreadingedits::remove(r, at, e); },
            &error);
    else if (path[0] == IndicatorItem)
        done = edit(
            tr("删除指标"),
            [i = path[1]](PlanReading &r, QString *e) {
                return planreadingedits::removeIndicator(r, i, e);
            },
            &error);
    else
        done = edit(
            tr("删除奖补"),
            [i = path[1]](PlanReading &r, QString *e) {
                return planreadingedits::removeSubsidyRule(r, i, e);
            },
            &error);
    if (!done)
        QMessageBox::information(this, windowTitle(), error);
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
