#include "institutionspage.h"

#include "commands/institutioncommands.h"
#include "institutiondialog.h"
#include "institutiontablemodel.h"
#include "oversight/oversighttables.h"
#include "session/workspace.h"
#include "shell/corewords.h"
#include "shell/historydialog.h"
#include "storage/indicatorrepository.h"
#include "storage/institutionrepository.h"

#include "shell/forms.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

#include <functional>

namespace tuoyu {

namespace {

const QString kColumnsKey = QStringLiteral("columns/institutions");

QComboBox *threeWay(const QString &objectName, const QString &all, const QString &yes,
                    const QString &no)
{
    auto *box = new QComboBox;
    box->setObjectName(objectName);
    box->addItem(all);
    box->addItem(yes, true);
    box->addItem(no, false);
    return box;
}

std::optional<bool> threeWayValue(const QComboBox *box)
{
    const QVariant v = box->currentData();
    return v.isValid() ? std::optional<bool>(v.toBool()) : std::nullopt;
}

} // namespace

InstitutionsPage::InstitutionsPage(QWidget *parent)
    // The model follows the workspace itself; only the area filter's list is the page's.
    : Page(tr("机构"), QStringLiteral("institutions"), {QStringLiteral("area")}, parent)
{
    m_model = new InstitutionTableModel(this);

    m_search = forms::searchBox(QStringLiteral("institutionSearch"),
                                tr("搜索名称、信用代码、地址（Ctrl+F）"));
    m_kind = forms::named(new QComboBox, QStringLiteral("kindFilter"));
    m_kind->addItem(tr("全部属性"));
    for (const QString &code : allKindCodes())
        m_kind->addItem(shownWords(kindLabel(kindFromCode(code))), code);
    m_area = new QComboBox;
    m_area->setObjectName(QStringLiteral("areaFilter"));
    m_area->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_puhui = threeWay(QStringLiteral("puhuiFilter"), tr("普惠：全部"), tr("普惠"), tr("非普惠"));
    m_filed = threeWay(QStringLiteral("filedFilter"), tr("备案：全部"), tr("已备案"), tr("未备案"));
    auto *add = new QPushButton(tr("新增…"));
    add->setObjectName(QStringLiteral("addInstitution"));
    // What acts on the selected institution: a button above the list and an entry of the row's
    // own menu each, enabled while a row is selected.
    struct OnSelection
    {
        QString text;
        QString name;
        QString tip;
        std::function<void()> act;
    };
    const OnSelection onSelection[] = {
        {tr("编辑…"), QStringLiteral("editInstitution"), {}, [this] { editSelected(); }},
        {tr("删除"), QStringLiteral("deleteInstitution"), {}, [this] { deleteSelected(); }},
        {tr("修改记录…"), QStringLiteral("institutionHistory"),
         tr("所选机构的每一次修改：时间、操作人、字段、原值 → 新值"), [this] { showHistory(); }},
        {tr("检查与人员…"), QStringLiteral("institutionOversight"),
         tr("所选机构的监督检查记录和从业人员"), [this] { showOversight(); }},
    };

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_kind);
    bar->addWidget(m_area);
    bar->addWidget(m_puhui);
    bar->addWidget(m_filed);
    bar->addSpacing(12);
    bar->addWidget(add);
    for (const OnSelection &s : onSelection) {
        auto *button = new QPushButton(s.text);
        button->setObjectName(s.name);
        button->setToolTip(s.tip);
        connect(button, &QPushButton::clicked, this, s.act);
        bar->addWidget(button);
        m_onSelection << button;
    }

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("institutionView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(26);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSortIndicator(-1, Qt::AscendingOrder); // registry order until a header is clicked
    m_view->setSortingEnabled(true);
    header->setStretchLastSection(true);
    const int widths[InstitutionTableModel::ColumnCount] = {300, 90, 130, 70,  90,
                                                            70,  70, 95,  170, 120};
    for (int c = 0; c < InstitutionTableModel::ColumnCount; ++c)
        header->resizeSection(c, widths[c]);
    header->restoreState(QSettings().value(kColumnsKey).toByteArray());

    m_totals = new QLabel;
    m_totals->setObjectName(QStringLiteral("institutionTotals"));
    m_totals->setStyleSheet(QStringLiteral(
        "QLabel { background: #EEF3F8; border: 1px solid #C9D6E3; padding: 5px 8px; }"));
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_totals);

    connect(m_search, &QLineEdit::textChanged, this, &InstitutionsPage::applyFilters);
    for (QComboBox *box : {m_kind, m_area, m_puhui, m_filed})
        connect(box, &QComboBox::currentIndexChanged, this, &InstitutionsPage::applyFilters);
    connect(m_model, &InstitutionTableModel::totalsChanged, this, &InstitutionsPage::updateTotals);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InstitutionsPage::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InstitutionsPage::updateButtons);
    connect(add, &QPushButton::clicked, this, &InstitutionsPage::addInstitution);
    connect(m_view, &QTableView::doubleClicked, this, &InstitutionsPage::editSelected);
    // The row's own menu offers what the buttons above it do.
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (const OnSelection &s : onSelection) {
        connect(m_view->addAction(s.text), &QAction::triggered, this, s.act);
    }
    auto *del = new QShortcut(QKeySequence::Delete, m_view);
    del->setContext(Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &InstitutionsPage::deleteSelected);
    updateButtons();
    updateTotals();
}

InstitutionsPage::~InstitutionsPage()
{
    QSettings().setValue(kColumnsKey, m_view->horizontalHeader()->saveState());
}

void InstitutionsPage::contextChanged(Workspace *)
{
    reload();
    m_model->setWorkspace(m_workspace);
}

bool InstitutionsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
    return true;
}

void InstitutionsPage::reload()
{
    const QVariant keep = m_area->currentData();
    const QSignalBlocker blocker(m_area);
    m_area->clear();
    m_area->addItem(tr("全部乡镇（街道）"), qint64(-1));
    if (m_workspace) {
        for (const Area &a : IndicatorRepository(m_workspace).areas())
            m_area->addItem(a.name, a.id);
    }
    m_area->addItem(tr("未填乡镇"), qint64(0));
    m_area->setCurrentIndex(std::max(0, m_area->findData(keep)));
}

void InstitutionsPage::applyFilters()
{
    const QVariant kind = m_kind->currentData();
    InstitutionFilter f;
    f.search = m_search->text();
    if (kind.isValid())
        f.kind = kindFromCode(kind.toString());
    f.areaId = m_area->currentData().isValid() ? m_area->currentData().toLongLong() : -1;
    f.puhui = threeWayValue(m_puhui);
    f.filed = threeWayValue(m_filed);
    // One reload for all five, not five: the setters each reload only on a change.
    m_model->setSearch(f.search);
    m_model->setKind(f.kind);
    m_model->setArea(f.areaId);
    m_model->setPuhui(f.puhui);
    m_model->setFiled(f.filed);
}

void InstitutionsPage::updateTotals()
{
    if (!m_workspace) {
        m_totals->setText(tr("未打开工作区"));
        return;
    }
    const InstitutionTotals t = m_model->totals();
    m_totals->setText(tr("<b>合计</b>　%1 家机构　托位 <b>%2</b>　普惠托位 "
                         "<b>%3</b>　在托 <b>%4</b>　已备案 %5 家")
                          .arg(t.count)
                          .arg(t.slots)
                          .arg(t.puhuiSlots)
                          .arg(t.enrolled)
                          .arg(t.filed));
}

void InstitutionsPage::updateButtons()
{
    const bool selected = selectedId() != 0;
    for (QPushButton *button : std::as_const(m_onSelection))
        button->setEnabled(selected);
    for (QAction *action : m_view->actions())
        action->setEnabled(selected);
}

qint64 InstitutionsPage::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(InstitutionTableModel::IdRole).toLongLong();
}

std::optional<Institution> InstitutionsPage::selectedInstitution() const
{
    const qint64 id = selectedId();
    if (!m_workspace || id == 0)
        return std::nullopt;
    return InstitutionRepository(m_workspace).byId(id);
}

void InstitutionsPage::select(qint64 institutionId)
{
    int row = m_model->rowOf(institutionId);
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOf(institutionId);
    }
    if (row >= 0) {
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, 0));
    }
}

bool InstitutionsPage::run(std::unique_ptr<WorkspaceCommand> command, const QString &error)
{
    QString failure = error;
    if (command && m_workspace->execute(std::move(command), &failure))
        return true;
    if (failure != QStringLiteral("没有改动"))
        QMessageBox::warning(this, tr("未能保存"), failure);
    return false;
}

bool InstitutionsPage::addInstitution()
{
    if (!m_workspace)
        return false;
    InstitutionDialog dialog(IndicatorRepository(m_workspace).areas(), this);
    dialog.setWindowTitle(tr("新增机构"));
    Institution blank;
    if (m_area->currentData().toLongLong() > 0)
        blank.areaId = m_area->currentData().toLongLong();
    dialog.setInstitution(blank);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QString error;
    auto command = institutioncommands::add(m_workspace, dialog.institution(), &error);
    const qint64 id = command ? command->changes().first().id : 0;
    if (!run(std::move(command), error))
        return false;
    select(id);
    Q_EMIT statusMessage(tr("已新增“%1”").arg(dialog.institution().name));
    return true;
}

bool InstitutionsPage::editSelected()
{
    const auto current = selectedInstitution();
    if (!current)
        return false;
    const qint64 id = current->id;
    InstitutionDialog dialog(IndicatorRepository(m_workspace).areas(), this);
    dialog.setWindowTitle(tr("编辑机构"));
    dialog.setInstitution(*current);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QString error;
    auto command = institutioncommands::edit(
        m_workspace, id, InstitutionRepository::toRow(dialog.institution()), &error);
    if (!run(std::move(command), error))
        return false;
    select(id);
    return true;
}

void InstitutionsPage::showHistory()
{
    const qint64 id = selectedId();
    if (!m_workspace || id == 0)
        return;
    const auto current = selectedInstitution();
    HistoryDialog(m_workspace, QStringLiteral("institution"), id,
                  current ? current->name : QString::number(id), this)
        .exec();
}

void InstitutionsPage::showOversight()
{
    if (const auto current = selectedInstitution())
        oversighttables::showInstitutionHistory(this, m_workspace, current->id, current->name);
}

bool InstitutionsPage::deleteSelected()
{
    const auto current = selectedInstitution();
    if (!current)
        return false;
    const qint64 id = current->id;
    const qsizetype staff = oversight::staff(*m_workspace, id).size();
    const qsizetype inspections = oversight::inspections(*m_workspace, id).size();
    const QString also =
        staff + inspections == 0
            ? QString()
            : tr("、%1 名从业人员和 %2 次监督检查（连同其佐证材料）").arg(staff).arg(inspections);
    if (QMessageBox::question(this, tr("删除机构"),
                              tr("删除“%1”及其入托记录%2吗？\n删除后可用“撤销”（Ctrl+Z）恢复。")
                                  .arg(current->name, also)) != QMessageBox::Yes)
        return false;
    QString error;
    return run(institutioncommands::remove(m_workspace, id, &error), error);
}

} // namespace tuoyu
