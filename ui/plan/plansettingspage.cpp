#include "plansettingspage.h"

#include "populationtablemodel.h"

#include "commands/areacommands.h"
#include "commands/leadinggroupcommands.h"
#include "commands/plancommands.h"
#include "commands/planheadercommands.h"
#include "commands/settingcommands.h"
#include "session/workspace.h"
#include "shell/historydialog.h"
#include "shell/taborder.h"
#include "storage/indicatorrepository.h"
#include "storage/planrepository.h"
#include "storage/workspacesettings.h"

#include "shell/forms.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tuoyu {

namespace {
/// The page's lists look and move alike, whether a model or the widget holds the rows.
void setUpList(QTableView *t, const QString &name)
{
    t->setObjectName(name);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->setVisible(false);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the list for the next control (the arrow keys move between cells): otherwise
    // Tab would walk every cell and never reach the button under the list.
    t->setTabKeyNavigation(false);
}

QTableWidget *listTable(const QStringList &headers, const QString &name)
{
    auto *t = new QTableWidget;
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    setUpList(t, name);
    return t;
}

/// The core's answer to an edit that changes nothing: the dialog closes as if it had saved.
bool unchanged(const QString &error)
{
    return error == QStringLiteral("没有改动");
}
} // namespace

PlanSettingsPage::PlanSettingsPage(QWidget *parent)
    : Page(tr("计划"), QStringLiteral("plan"),
           {QStringLiteral("plan"), QStringLiteral("population"), QStringLiteral("department"),
            QStringLiteral("area"), QStringLiteral("leading_group_member"),
            QStringLiteral("workspace_setting")},
           parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *planBox = new QGroupBox(tr("计划"));
    auto *form = new QFormLayout(planBox);
    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("planTitle"));
    m_start = new QDateEdit;
    m_end = new QDateEdit;
    for (QDateEdit *d : {m_start, m_end}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    auto *period = new QHBoxLayout;
    period->addWidget(m_start);
    period->addWidget(new QLabel(tr("至")));
    period->addWidget(m_end);
    period->addStretch(1);
    auto *save = new QPushButton(tr("保存"));
    auto *history = new QPushButton(tr("修改记录…"));
    period->addWidget(save);
    period->addWidget(history);
    form->addRow(tr("标题："), m_title);
    form->addRow(tr("简称："), buildHeaderRow());
    form->addRow(tr("期限："), period);
    m_signer = new QLineEdit;
    m_signer->setObjectName(QStringLiteral("planSigner"));
    m_signer->setPlaceholderText(tr("汇报、督办单、通报的落款，如 区卫生健康局 或 工作专班办公室"));
    m_issuingUnits = new QLineEdit;
    m_issuingUnits->setObjectName(QStringLiteral("planIssuingUnits"));
    m_issuingUnits->setPlaceholderText(
        tr("联合印发的单位，用顿号分隔，如 区卫健局、区发改局、区财政局"));
    form->addRow(tr("发文单位："), m_issuingUnits);
    form->addRow(tr("落款单位："), m_signer);
    // One window for "due soon" everywhere (概览, 任务, 汇报, 督办单, `tasks --json`).
    m_dueSoon = new QSpinBox;
    m_dueSoon->setObjectName(QStringLiteral("dueSoonWorkingDays"));
    m_dueSoon->setRange(1, workspacesettings::kMaxDueSoonWorkingDays);
    m_dueSoon->setSuffix(tr(" 个工作日内到期"));
    m_dueSoon->setKeyboardTracking(false); // one command per value, not per keystroke
    form->addRow(tr("即将到期："), m_dueSoon);
    connect(m_dueSoon, &QSpinBox::valueChanged, this, [this](int days) {
        QString error;
        if (!m_filling && m_workspace && !setDueSoonWorkingDays(days, &error)) {
            reload();
            QMessageBox::warning(this, tr("无法保存"), error);
        }
    });
    layout->addWidget(planBox);

    auto *grid = new QGridLayout;
    auto *populationBox = new QGroupBox(tr("人口数据（每千人口托位数、入托率按此计算）"));
    auto *pl = new QVBoxLayout(populationBox);
    m_populationNote = new QLabel;
    m_populationNote->setWordWrap(true);
    m_populationModel = new PopulationTableModel(this);
    m_population = new QTableView;
    m_population->setModel(m_populationModel);
    setUpList(m_population, QStringLiteral("populationTable"));
    m_population->setEditTriggers(QAbstractItemView::DoubleClicked |
                                  QAbstractItemView::EditKeyPressed);
    auto *addYear = new QPushButton(tr("添加年份…"));
    pl->addWidget(m_populationNote);
    pl->addWidget(m_population);
    pl->addWidget(addYear);
    m_departments = listTable({tr("责任部门")}, QStringLiteral("departmentsTable"));
    auto *departmentsBox = new QGroupBox(tr("责任部门"));
    auto *dl = new QVBoxLayout(departmentsBox);
    auto *addDept = new QPushButton(tr("添加部门…"));
    dl->addWidget(m_departments);
    dl->addWidget(addDept);
    m_areas = listTable({tr("乡镇（街道）"), tr("类别")}, QStringLiteral("areasTable"));
    auto *areasBox = new QGroupBox(tr("乡镇（街道）"));
    auto *al = new QVBoxLayout(areasBox);
    al->addWidget(m_areas);
    al->addLayout(buildListButtons(QStringLiteral("Area")));
    m_group = listTable({tr("小组职务"), tr("姓名"), tr("职务"), tr("单位")},
                        QStringLiteral("groupTable"));
    auto *groupBox = new QGroupBox(tr("领导小组 / 工作专班"));
    auto *gl = new QVBoxLayout(groupBox);
    gl->addWidget(m_group);
    gl->addLayout(buildListButtons(QStringLiteral("Member")));
    grid->addWidget(populationBox, 0, 0);
    grid->addWidget(departmentsBox, 0, 1);
    grid->addWidget(areasBox, 1, 0);
    grid->addWidget(groupBox, 1, 1);
    // The areas and the group show a few rows on a 1366×768 laptop, not one and a half.
    m_areas->setMinimumHeight(100);
    m_group->setMinimumHeight(100);
    layout->addLayout(grid, 1);
    // The plan's own fields first, then the four lists left to right, top to bottom.
    m_start->setObjectName(QStringLiteral("planStart"));
    m_end->setObjectName(QStringLiteral("planEnd"));
    save->setObjectName(QStringLiteral("savePlan"));
    history->setObjectName(QStringLiteral("planHistory"));
    addYear->setObjectName(QStringLiteral("addYear"));
    addDept->setObjectName(QStringLiteral("addDepartment"));
    auto named = [this](const QString &name) { return findChild<QWidget *>(name); };
    setTabChain({m_title,
                 m_shortTitle,
                 m_sourceDocument,
                 m_start,
                 m_end,
                 m_issuingUnits,
                 m_signer,
                 m_dueSoon,
                 save,
                 history,
                 m_population,
                 addYear,
                 m_departments,
                 addDept,
                 m_areas,
                 named(QStringLiteral("addArea")),
                 named(QStringLiteral("editArea")),
                 named(QStringLiteral("removeArea")),
                 m_group,
                 named(QStringLiteral("addMember")),
                 named(QStringLiteral("editMember")),
                 named(QStringLiteral("removeMember"))});

    connect(save, &QPushButton::clicked, this, [this] {
        QString error;
        if (!saveHeader(header(), &error) && !unchanged(error))
            QMessageBox::warning(this, tr("无法保存"), error);
        if (!saveSigner(m_signer->text(), &error) && error != QStringLiteral("落款单位没有改动"))
            QMessageBox::warning(this, tr("无法保存"), error);
    });
    connect(history, &QPushButton::clicked, this, [this] {
        if (m_workspace && m_planId)
            HistoryDialog(m_workspace, QStringLiteral("plan"), m_planId, m_title->text(), this)
                .exec();
    });
    connect(addDept, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("添加部门"), tr("部门名称："),
                                                   QLineEdit::Normal, QString(), &ok);
        QString error;
        if (ok && !addDepartment(name, &error))
            QMessageBox::warning(this, tr("无法添加"), error);
    });
    connect(addYear, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const int year = QInputDialog::getInt(this, tr("添加年份"), tr("年份："),
                                              QDate::currentDate().year(), 2000, 2100, 1, &ok);
        if (!ok || !m_workspace)
            return;
        const int row = m_populationModel->addYear(year);
        m_population->edit(m_populationModel->index(row, PopulationTableModel::Resident));
    });
    connect(m_populationModel, &PopulationTableModel::editRefused, this,
            [this](const QString &error) { QMessageBox::warning(this, tr("无法保存"), error); });
}

bool PlanSettingsPage::savePlan(const QString &title, const QDate &start, const QDate &end,
                                QString *error)
{
    auto command = plancommands::editPlan(m_workspace, m_planId, title, start, end, error);
    return command && m_workspace->execute(std::move(command), error);
}

bool PlanSettingsPage::setDueSoonWorkingDays(int workingDays, QString *error)
{
    auto command = settingcommands::setDueSoonWorkingDays(m_workspace, workingDays, error);
    return command && m_workspace->execute(std::move(command), error);
}

bool PlanSettingsPage::saveSigner(const QString &signer, QString *error)
{
    auto command = plancommands::setSigner(m_workspace, m_planId, signer, error);
    return command && m_workspace->execute(std::move(command), error);
}

bool PlanSettingsPage::addDepartment(const QString &name, QString *error)
{
    auto command = plancommands::addDepartment(m_workspace, m_planId, name, error);
    return command && m_workspace->execute(std::move(command), error);
}

void PlanSettingsPage::reload()
{
    m_filling = true;
    for (QTableWidget *t : {m_departments, m_areas, m_group})
        t->setRowCount(0);
    m_populationModel->reload(m_workspace && m_planId ? m_workspace : nullptr);
    if (!m_workspace || m_planId == 0) {
        m_filling = false;
        return;
    }
    m_dueSoon->setValue(workspacesettings::dueSoonWorkingDays(*m_workspace));
    PlanRepository plans(m_workspace);
    if (const auto plan = plans.plan(m_planId)) {
        m_title->setText(plan->title);
        m_signer->setText(plan->signer);
        m_shortTitle->setText(plan->shortTitle);
        m_sourceDocument->setText(plan->sourceDocument);
        m_issuingUnits->setText(plan->issuingUnits.join(tr("、")));
        m_start->setDate(plan->periodStart.isValid() ? plan->periodStart
                                                     : QDate(QDate::currentDate().year(), 1, 1));
        m_end->setDate(plan->periodEnd.isValid() ? plan->periodEnd
                                                 : QDate(QDate::currentDate().year(), 12, 31));
    }
    IndicatorRepository repo(m_workspace);
    m_populationNote->setText(
        m_populationModel->rowCount() == 0
            ? tr("<span "
                 "style='color:#c62828'>还没有人口数据：“每千人口托位数”“入托率”等指标暂无数据。"
                 "请点“添加年份”，填写常住人口和3岁以下婴幼儿数。</span>")
            : tr("双击单元格修改，保存后指标随之重新计算。"));
    for (const Department &d : plans.departments(m_planId)) {
        const int row = m_departments->rowCount();
        m_departments->insertRow(row);
        m_departments->setItem(row, 0, new QTableWidgetItem(d.name));
    }
    m_areaIds.clear();
    m_memberIds.clear();
    for (const Area &a : repo.areas()) {
        m_areaIds << a.id;
        const int row = m_areas->rowCount();
        m_areas->insertRow(row);
        m_areas->setItem(row, 0, new QTableWidgetItem(a.name));
        m_areas->setItem(row, 1, new QTableWidgetItem(a.kind));
    }
    for (const LeadingGroupMember &m : plans.leadingGroup(m_planId)) {
        m_memberIds << m.id;
        const int row = m_group->rowCount();
        m_group->insertRow(row);
        m_group->setItem(row, 0, new QTableWidgetItem(m.role));
        m_group->setItem(row, 1, new QTableWidgetItem(m.name));
        // 000's 成员 are units with a 负责人: the unit is what says who they are.
        m_group->setItem(row, 2, new QTableWidgetItem(m.position));
        m_group->setItem(row, 3, new QTableWidgetItem(m.unit));
    }
    m_filling = false;
}

// ---- the plan's header, areas and leading group (planparts) ---------------------------------

QHBoxLayout *PlanSettingsPage::buildHeaderRow()
{
    m_shortTitle = forms::lineEdit(QStringLiteral("planShortTitle"), tr("如 三年行动方案"));
    m_sourceDocument = forms::lineEdit(QStringLiteral("planSourceDocument"),
                                       tr("印发文件的文号，如 某政办发〔2024〕12号"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_shortTitle, 1);
    row->addWidget(new QLabel(tr("来源文件：")));
    row->addWidget(m_sourceDocument, 2);
    return row;
}

QHBoxLayout *PlanSettingsPage::buildListButtons(const QString &what)
{
    const bool areas = what == QLatin1String("Area");
    auto *row = new QHBoxLayout;
    auto *add = new QPushButton(tr("添加…"));
    auto *edit = new QPushButton(tr("修改…"));
    auto *remove = new QPushButton(tr("删除…"));
    add->setObjectName(QStringLiteral("add") + what);
    edit->setObjectName(QStringLiteral("edit") + what);
    remove->setObjectName(QStringLiteral("remove") + what);
    row->addWidget(add);
    row->addWidget(edit);
    row->addWidget(remove);
    row->addStretch(1);
    QTableWidget *list = areas ? m_areas : m_group;
    auto open = [this, areas](int row) {
        if (areas)
            editAreaDialog(row);
        else
            editMemberDialog(row);
    };
    connect(add, &QPushButton::clicked, this, [open] { open(-1); });
    connect(edit, &QPushButton::clicked, this, [open, list] {
        if (list->currentRow() >= 0)
            open(list->currentRow());
    });
    connect(list, &QTableWidget::cellDoubleClicked, this, [open](int row) { open(row); });
    connect(remove, &QPushButton::clicked, this, [this, areas, list] {
        const int row = list->currentRow();
        if (row < 0 || !m_workspace)
            return;
        QString question;
        if (areas) {
            const QString with = areacommands::removalSummary(m_workspace, m_areaIds.value(row));
            question = tr("删除乡镇（街道）“%1”？%2（可撤销）")
                           .arg(list->item(row, 0)->text(),
                                with.isEmpty() ? QString() : tr("同时：%1。").arg(with));
        } else {
            const QString who = list->item(row, 1)->text().isEmpty() ? list->item(row, 3)->text()
                                                                     : list->item(row, 1)->text();
            question = tr("从领导小组删除“%1”？（可撤销）").arg(who);
        }
        if (QMessageBox::question(this, tr("删除"), question) != QMessageBox::Yes)
            return;
        QString error;
        if (!(areas ? removeArea(row, &error) : removeMember(row, &error)))
            QMessageBox::warning(this, tr("无法删除"), error);
    });
    return row;
}

void PlanSettingsPage::editAreaDialog(int row)
{
    forms::FormDialog dialog(row < 0 ? tr("添加乡镇（街道）") : tr("修改乡镇（街道）"), this);
    auto *name = new QLineEdit(row < 0 ? QString() : m_areas->item(row, 0)->text());
    auto *kind = new QComboBox;
    kind->addItem(tr("（未注明）"), QString());
    for (const QString &k : areacommands::kinds())
        kind->addItem(k, k);
    if (row >= 0)
        kind->setCurrentIndex(std::max(0, kind->findData(m_areas->item(row, 1)->text())));
    dialog.form()->addRow(tr("名称："), name);
    dialog.form()->addRow(tr("类别："), kind);
    dialog.runUntilDone([&](QString *error) {
        const QString k = kind->currentData().toString();
        return (row < 0 ? addArea(name->text(), k, error)
                        : editArea(row, name->text(), k, error)) ||
               unchanged(*error);
    });
}

void PlanSettingsPage::editMemberDialog(int row)
{
    forms::FormDialog dialog(row < 0 ? tr("添加领导小组成员") : tr("修改领导小组成员"), this);
    auto text = [&](int column) {
        return row < 0 || !m_group->item(row, column) ? QString()
                                                      : m_group->item(row, column)->text();
    };
    auto *role = new QComboBox;
    role->setEditable(true);
    role->addItems(leadinggroupcommands::roles());
    role->setCurrentText(row < 0 ? QStringLiteral("成员") : text(0));
    auto *name = new QLineEdit(text(1));
    auto *position = new QLineEdit(text(2));
    auto *unit = new QLineEdit(text(3));
    unit->setPlaceholderText(tr("成员单位只列单位时，姓名可空"));
    QFormLayout *form = dialog.form();
    form->addRow(tr("小组职务："), role);
    form->addRow(tr("姓名："), name);
    form->addRow(tr("职务："), position);
    form->addRow(tr("单位："), unit);
    dialog.runUntilDone([&](QString *error) {
        LeadingGroupMember m;
        m.role = role->currentText();
        m.name = name->text();
        m.position = position->text();
        m.unit = unit->text();
        return (row < 0 ? addMember(m, error) : editMember(row, m, error)) || unchanged(*error);
    });
}

Plan PlanSettingsPage::header() const
{
    Plan h;
    h.title = m_title->text();
    h.shortTitle = m_shortTitle->text();
    h.sourceDocument = m_sourceDocument->text();
    h.periodStart = m_start->date();
    h.periodEnd = m_end->date();
    h.issuingUnits = m_issuingUnits->text().split(QRegularExpression(QStringLiteral("[、，,；;]")),
                                                  Qt::SkipEmptyParts);
    return h;
}

bool PlanSettingsPage::saveHeader(const Plan &header, QString *error)
{
    if (!m_workspace) {
        *error = tr("请先打开一个计划");
        return false;
    }
    auto command = planheadercommands::edit(m_workspace, m_planId, header, error);
    return command && m_workspace->execute(std::move(command), error);
}

namespace {
bool run(Workspace *ws, std::unique_ptr<WorkspaceCommand> command, QString *error)
{
    if (!ws) {
        *error = QCoreApplication::translate("tuoyu::PlanSettingsPage", "请先打开一个工作区");
        return false;
    }
    return command && ws->execute(std::move(command), error);
}
} // namespace

bool PlanSettingsPage::addArea(const QString &name, const QString &kind, QString *error)
{
    return run(m_workspace,
               m_workspace ? areacommands::add(m_workspace, name, kind, error) : nullptr, error);
}

bool PlanSettingsPage::editArea(int row, const QString &name, const QString &kind, QString *error)
{
    return run(m_workspace,
               m_workspace
                   ? areacommands::edit(m_workspace, m_areaIds.value(row), name, kind, error)
                   : nullptr,
               error);
}

bool PlanSettingsPage::removeArea(int row, QString *error)
{
    return run(m_workspace,
               m_workspace ? areacommands::remove(m_workspace, m_areaIds.value(row), error)
                           : nullptr,
               error);
}

bool PlanSettingsPage::addMember(const LeadingGroupMember &member, QString *error)
{
    return run(m_workspace,
               m_workspace ? leadinggroupcommands::add(m_workspace, m_planId, member, error)
                           : nullptr,
               error);
}

bool PlanSettingsPage::editMember(int row, const LeadingGroupMember &member, QString *error)
{
    return run(m_workspace,
               m_workspace
                   ? leadinggroupcommands::edit(m_workspace, m_memberIds.value(row), member, error)
                   : nullptr,
               error);
}

bool PlanSettingsPage::removeMember(int row, QString *error)
{
    return run(m_workspace,
               m_workspace
                   ? leadinggroupcommands::remove(m_workspace, m_memberIds.value(row), error)
                   : nullptr,
               error);
}

} // namespace tuoyu
