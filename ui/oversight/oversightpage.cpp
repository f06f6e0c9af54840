#include "oversightpage.h"

#include "commands/demoworkspace.h"
#include "commands/oversightcommands.h"
#include "document/renderer.h"
#include "evidence/evidence.h"
#include "evidence/evidencepane.h"
#include "inspectiondialog.h"
#include "io/csvexporter.h"
#include "io/xlsxexporter.h"
#include "ledgers/ledgers.h"
#include "oversighttables.h"
#include "report/reportbuilder.h"
#include "session/workspace.h"
#include "shell/forms.h"
#include "storage/institutionrepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tuoyu {

namespace {

QLabel *totalsLabel(const QString &objectName)
{
    auto *label = forms::named(new QLabel, objectName);
    label->setStyleSheet(QStringLiteral(
        "QLabel { background: #EEF3F8; border: 1px solid #C9D6E3; padding: 5px 8px; }"));
    return label;
}

QWidget *tabOf(QLayout *toolbar, QWidget *main, QLabel *totals)
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(toolbar);
    layout->addWidget(main, 1);
    if (totals)
        layout->addWidget(totals);
    return tab;
}

} // namespace

OversightPage::OversightPage(QWidget *parent)
    : Page(tr("监督检查"), QStringLiteral("oversight"),
           {QStringLiteral("inspection"), QStringLiteral("staff"), QStringLiteral("institution"),
            QStringLiteral("inspection_draw"), QStringLiteral("evidence")},
           parent)
{
    // 检查记录: filter and search, the actions, the list, the selected one's evidence.
    m_filter = forms::named(new QComboBox, QStringLiteral("inspectionFilter"));
    m_filter->addItem(tr("全部检查"), int(Filter::All));
    m_filter->addItem(tr("整改中"), int(Filter::Pending));
    m_filter->addItem(tr("整改逾期（截至今天）"), int(Filter::Overdue));
    m_search = forms::searchBox(QStringLiteral("inspectionSearch"),
                                tr("搜索机构、检查人员、发现问题（Ctrl+F）"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    forms::addLabelled(bar, tr("显示"), m_filter);
    bar->addSpacing(12);
    // A button of a toolbar row and what it does.
    const auto button = [this](QHBoxLayout *row, const QString &text, const char *name,
                               bool (OversightPage::*act)()) {
        QPushButton *b = forms::addButton(row, text, QString::fromLatin1(name));
        connect(b, &QPushButton::clicked, this, act);
        return b;
    };
    button(bar, tr("新增检查(&N)…"), "addInspection", &OversightPage::addInspection);
    m_edit = button(bar, tr("编辑(&E)…"), "editInspection", &OversightPage::editSelected);
    m_rectified =
        button(bar, tr("整改完成(&R)…"), "markRectified", &OversightPage::markSelectedRectified);
    m_remove = button(bar, tr("删除(&X)"), "removeInspection", &OversightPage::removeSelected);
    button(bar, tr("双随机抽取(&D)…"), "drawRandom", &OversightPage::drawRandom);
    connect(forms::addButton(bar, tr("导出(&O)…"), QStringLiteral("exportInspections")),
            &QPushButton::clicked, this, [this] {
                const QString path = QFileDialog::getSaveFileName(
                    this, tr("导出监督检查台账"),
                    QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                        tr("/监督检查台账.xlsx"),
                    tr("Excel 工作簿 (*.xlsx);;CSV（UTF-8）(*.csv)"));
                QString error;
                if (path.isEmpty())
                    return;
                if (exportShown(path, &error))
                    Q_EMIT statusMessage(tr("已导出 %1 次检查到 %2")
                                             .arg(m_shown.size())
                                             .arg(QDir::toNativeSeparators(path)));
                else
                    QMessageBox::warning(this, tr("无法导出"), error);
            });
    m_inspectionList = oversighttables::inspectionTable(QStringLiteral("inspectionList"), true);
    m_evidence = new EvidencePane;
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_inspectionList);
    split->addWidget(m_evidence);
    split->setStretchFactor(0, 1);
    split->setChildrenCollapsible(false);
    m_inspectionTotals = totalsLabel(QStringLiteral("inspectionTotals"));

    // 从业人员
    m_staffSearch =
        forms::searchBox(QStringLiteral("staffSearch"), tr("搜索机构、姓名、岗位、证书（Ctrl+F）"));
    auto *staffBar = new QHBoxLayout;
    staffBar->addWidget(m_staffSearch, 1);
    button(staffBar, tr("新增人员(&N)…"), "addStaff", &OversightPage::addStaff);
    m_editStaff = button(staffBar, tr("编辑(&E)…"), "editStaff", &OversightPage::editSelectedStaff);
    m_removeStaff =
        button(staffBar, tr("删除(&X)"), "removeStaff", &OversightPage::removeSelectedStaff);
    connect(m_staffSearch, &QLineEdit::textChanged, this, &OversightPage::fillStaff);
    m_staffList = oversighttables::staffTable(QStringLiteral("staffList"), true);
    connect(m_staffList, &QTableWidget::itemSelectionChanged, this,
            &OversightPage::updateStaffSelection);
    connect(m_staffList, &QTableWidget::itemActivated, this, &OversightPage::editSelectedStaff);
    m_staffTotals = totalsLabel(QStringLiteral("staffTotals"));

    // 双随机抽取: the recorded draws.
    auto *drawBar = new QHBoxLayout;
    drawBar->addWidget(new QLabel(tr("每次抽取记录年度、随机种子和抽中的机构；同一种子对同一机构名"
                                     "单抽出相同的机构，可复核。")),
                       1);
    button(drawBar, tr("抽取(&D)…"), "drawRandomTab", &OversightPage::drawRandom);
    m_drawList = forms::listTable(
        QStringLiteral("drawList"),
        {tr("年度"), tr("随机种子"), tr("抽取数量"), tr("抽中机构"), tr("抽取人"), tr("抽取时间")},
        3);
    m_drawList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_drawList->setProperty("stretchColumn", 3);

    m_tabs = forms::named(new QTabWidget, QStringLiteral("oversightTabs"));
    m_tabs->addTab(tabOf(bar, split, m_inspectionTotals), tr("检查记录(&1)"));
    m_tabs->addTab(tabOf(staffBar, m_staffList, m_staffTotals), tr("从业人员(&2)"));
    m_tabs->addTab(tabOf(drawBar, m_drawList, nullptr), tr("双随机抽取(&3)"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &OversightPage::fillInspections);
    connect(m_search, &QLineEdit::textChanged, this, &OversightPage::fillInspections);
    connect(m_inspectionList, &QTableWidget::itemSelectionChanged, this,
            &OversightPage::updateSelection);
    connect(m_inspectionList, &QTableWidget::itemActivated, this, &OversightPage::editSelected);
    updateSelection();
    updateStaffSelection();
}

bool OversightPage::focusSearch()
{
    QLineEdit *search = m_tabs->currentIndex() == 1 ? m_staffSearch : m_search;
    m_tabs->setCurrentIndex(m_tabs->currentIndex() == 1 ? 1 : 0);
    search->setFocus(Qt::ShortcutFocusReason);
    search->selectAll();
    return true;
}

void OversightPage::setToday(const QDate &today)
{
    m_today = today;
    fillInspections();
}

void OversightPage::setFilter(Filter filter)
{
    m_filter->setCurrentIndex(m_filter->findData(int(filter)));
}

void OversightPage::contextChanged(Workspace *previous)
{
    // The demo is shown on its day, as 概览 and 任务 show it; any other workspace on today.
    if (m_workspace != previous) {
        const QDate demo = demoworkspace::defaultAsOf(m_workspace);
        m_today = demo.isValid() ? demo : QDate::currentDate();
    }
    reload();
}

void OversightPage::reload()
{
    m_inspections = m_workspace ? oversight::inspections(*m_workspace) : QList<Inspection>();
    fillInspections();
    fillStaff();
    fillDraws();
}

void OversightPage::fillInspections()
{
    const auto filter = Filter(m_filter->currentData().toInt());
    const QString words = m_search->text().trimmed();
    QList<Inspection> shown;
    int pending = 0;
    int overdue = 0;
    for (const Inspection &n : std::as_const(m_inspections)) {
        pending += n.status == RectifyStatus::Pending ? 1 : 0;
        overdue += n.overdue(m_today) ? 1 : 0;
        if ((filter == Filter::Pending && n.status != RectifyStatus::Pending) ||
            (filter == Filter::Overdue && !n.overdue(m_today)))
            continue;
        if (!words.isEmpty() && !n.institution.contains(words) && !n.inspectors.contains(words) &&
            !n.findings.contains(words))
            continue;
        shown.append(n);
    }
    oversighttables::fillInspections(m_inspectionList, shown, m_today);
    m_shown = shown;
    m_inspectionTotals->setText(
        m_workspace ? tr("<b>合计</b>　%1 次检查　整改中 <b>%2</b>　截至 %3 整改逾期 <b>%4</b>　"
                         "本表显示 %5 次")
                          .arg(m_inspections.size())
                          .arg(pending)
                          .arg(m_today.toString(Qt::ISODate))
                          .arg(overdue)
                          .arg(shown.size())
                    : tr("未打开工作区"));
    updateSelection();
}

void OversightPage::fillStaff()
{
    m_staff = m_workspace ? oversight::staff(*m_workspace) : QList<StaffMember>();
    const QString words = m_staffSearch->text().trimmed();
    QList<StaffMember> shown;
    int certified = 0;
    for (const StaffMember &m : std::as_const(m_staff)) {
        if (!words.isEmpty() && !QStringList{m.institution, m.name, m.role, m.certificateType}
                                     .join(QLatin1Char(' '))
                                     .contains(words))
            continue;
        shown.append(m);
        certified += m.certified() ? 1 : 0;
    }
    oversighttables::fillStaff(m_staffList, shown);
    m_staffTotals->setText(
        m_workspace ? tr("<b>合计</b>　%1 人　持证 <b>%2</b> 人（%3%）　身份证号已隐去中间部分")
                          .arg(shown.size())
                          .arg(certified)
                          .arg(shown.isEmpty() ? 0.0 : 100.0 * certified / shown.size(), 0, 'f', 1)
                    : tr("未打开工作区"));
    updateStaffSelection();
}

void OversightPage::fillDraws()
{
    const QList<InspectionDraw> draws =
        m_workspace ? oversight::draws(*m_workspace) : QList<InspectionDraw>();
    QHash<qint64, QString> names;
    for (const auto &[id, name] : institutionChoices())
        names.insert(id, name);
    m_drawList->setRowCount(int(draws.size()));
    for (int row = 0; row < draws.size(); ++row) {
        const InspectionDraw &d = draws.at(row);
        QStringList drawn;
        for (qint64 id : d.institutionIds)
            drawn.append(names.value(id, tr("（已删除的机构 %1）").arg(id)));
        const QStringList cells{QString::number(d.year),
                                QString::number(d.seed),
                                QString::number(d.institutionIds.size()),
                                drawn.join(tr("、")),
                                d.drawnBy,
                                d.drawnAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            m_drawList->setItem(row, c, item);
        }
    }
    oversighttables::fitColumns(m_drawList);
}

qint64 OversightPage::selectedInspection() const
{
    return oversighttables::currentId(m_inspectionList);
}

void OversightPage::selectInspection(qint64 id)
{
    for (int row = 0; row < m_inspectionList->rowCount(); ++row)
        if (m_inspectionList->item(row, 0)->data(oversighttables::IdRole).toLongLong() == id) {
            m_inspectionList->setCurrentCell(row, 0);
            m_inspectionList->selectRow(row);
            return;
        }
}

qint64 OversightPage::selectedStaff() const
{
    return oversighttables::currentId(m_staffList);
}

void OversightPage::selectStaff(qint64 id)
{
    for (int row = 0; row < m_staffList->rowCount(); ++row)
        if (m_staffList->item(row, 0)->data(oversighttables::IdRole).toLongLong() == id) {
            m_staffList->setCurrentCell(row, 0);
            m_staffList->selectRow(row);
            return;
        }
}

void OversightPage::updateStaffSelection()
{
    const bool selected = selectedStaff() != 0;
    m_editStaff->setEnabled(selected);
    m_removeStaff->setEnabled(selected);
}

void OversightPage::updateSelection()
{
    const qint64 id = selectedInspection();
    const auto it = std::find_if(m_inspections.cbegin(), m_inspections.cend(),
                                 [id](const Inspection &n) { return n.id == id; });
    const bool selected = it != m_inspections.cend();
    m_edit->setEnabled(selected);
    m_rectified->setEnabled(selected && it->status == RectifyStatus::Pending);
    m_remove->setEnabled(selected);
    m_evidence->showRecord(m_workspace, EvidenceTarget::Inspection, selected ? id : 0);
}

QList<QPair<qint64, QString>> OversightPage::institutionChoices() const
{
    return InspectionDialog::institutionChoices(m_workspace);
}

bool OversightPage::run(std::unique_ptr<WorkspaceCommand> command, const QString &error)
{
    QString failure = error;
    const bool done = execute(std::move(command), &failure);
    if (!done && failure != QStringLiteral("没有改动"))
        QMessageBox::warning(this, tr("未能保存"), failure);
    return done;
}

bool OversightPage::execute(std::unique_ptr<WorkspaceCommand> command, QString *error)
{
    return command && m_workspace->execute(std::move(command), error);
}

bool OversightPage::addInspection()
{
    if (!m_workspace)
        return false;
    InspectionDialog dialog(institutionChoices(), this);
    dialog.setWindowTitle(tr("新增检查"));
    while (dialog.exec() == QDialog::Accepted) {
        QString error;
        auto command = oversightcommands::addInspection(m_workspace, dialog.inspection(), &error);
        const qint64 id = command ? command->changes().first().id : 0;
        if (run(std::move(command), error)) {
            selectInspection(id);
            Q_EMIT statusMessage(tr("已新增“%1”的检查").arg(dialog.inspection().institution));
            return true;
        }
    }
    return false;
}

bool OversightPage::editSelected()
{
    const qint64 id = selectedInspection();
    const auto it = std::find_if(m_inspections.cbegin(), m_inspections.cend(),
                                 [id](const Inspection &n) { return n.id == id; });
    if (!m_workspace || it == m_inspections.cend())
        return false;
    if (!InspectionDialog::edit(this, m_workspace, *it))
        return false;
    selectInspection(id);
    return true;
}

bool OversightPage::markSelectedRectified()
{
    const qint64 id = selectedInspection();
    if (!m_workspace || id == 0)
        return false;
    forms::FormDialog dialog(tr("整改完成"), this);
    QDateEdit *date =
        dialog.add(tr("整改完成日期(&W)"), forms::dateEdit(std::min(m_today, QDate::currentDate())),
                   QStringLiteral("rectifiedOn"));
    const bool done = dialog.runUntilDone([&](QString *error) {
        return execute(oversightcommands::markRectified(m_workspace, id, date->date(), error),
                       error);
    });
    if (done)
        selectInspection(id);
    return done;
}

bool OversightPage::removeSelected()
{
    const qint64 id = selectedInspection();
    const auto it = std::find_if(m_inspections.cbegin(), m_inspections.cend(),
                                 [id](const Inspection &n) { return n.id == id; });
    if (!m_workspace || it == m_inspections.cend())
        return false;
    const qsizetype files =
        evidence::attachedTo(*m_workspace, EvidenceTarget::Inspection, id).size();
    const QString what =
        tr("“%1”%2 的检查").arg(it->institution, it->inspectedOn.toString(Qt::ISODate));
    if (QMessageBox::question(this, tr("删除检查"),
                              (files > 0 ? tr("删除%1及其 %2 个佐证材料吗？").arg(what).arg(files)
                                         : tr("删除%1吗？").arg(what)) +
                                  tr("\n删除后可用“撤销”（Ctrl+Z）恢复。")) != QMessageBox::Yes)
        return false;
    QString error;
    return run(oversightcommands::removeInspections(m_workspace, {id}, &error), error);
}

bool OversightPage::exportShown(const QString &path, QString *error)
{
    if (!m_workspace)
        return false;
    const io::ExportSheet sheet =
        ledgers::toSheet(ledgers::inspections(*m_workspace, m_shown, m_today));
    return path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
               ? io::writeCsv(path, sheet, error)
               : io::writeXlsx(path, {sheet}, error);
}

document::OfficialDocument OversightPage::shownDocument() const
{
    if (!m_workspace)
        return {};
    const ledgers::LedgerTable ledger = ledgers::inspections(*m_workspace, m_shown, m_today);
    document::TableBlock table = ledgers::toDocumentTable(ledger);
    table.caption = ledger.title;
    // Nine columns, the findings and the files' names the widest: turned, as the 任务台账 is.
    table.orientation = document::Orientation::Landscape;
    return ReportBuilder::ledgerDocument(ledger.name, {table}, m_today);
}

bool OversightPage::print()
{
    if (!m_workspace)
        return false;
    const document::OfficialDocument doc = shownDocument();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("打印监督检查台账"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [doc](QPrinter *p) { document::render(doc, p); });
    preview.exec();
    return true;
}

bool OversightPage::staffForm(const QString &title, const StaffMember &shown,
                              const std::function<bool(const StaffMember &, QString *)> &save)
{
    forms::FormDialog dialog(title, this);
    auto *institution =
        dialog.add(tr("机构(&J)"), new QComboBox, QStringLiteral("staffInstitution"));
    for (const auto &[id, name] : institutionChoices())
        institution->addItem(name, id);
    if (shown.institutionId)
        institution->setCurrentIndex(std::max(0, institution->findData(shown.institutionId)));
    auto *name = dialog.add(tr("姓名(&M)"), new QLineEdit(shown.name), QStringLiteral("staffName"));
    auto *role = dialog.add(tr("岗位(&G)"), new QComboBox, QStringLiteral("staffRole"));
    role->setEditable(true);
    // Roles are stored and printed as the provincial platforms name them, in Chinese.
    role->addItems({QStringLiteral("保育员"), QStringLiteral("育婴员"), QStringLiteral("保健员"),
                    QStringLiteral("教师"), QStringLiteral("负责人")});
    if (shown.id)
        role->setCurrentText(shown.role);
    auto *certificate = dialog.add(tr("证书类型(&Z)"), new QLineEdit(shown.certificateType),
                                   QStringLiteral("staffCertificate"));
    certificate->setPlaceholderText(tr("如：保育师证；无证书留空"));
    auto *number = dialog.add(tr("证书编号(&B)"), new QLineEdit(shown.certificateNo),
                              QStringLiteral("staffCertificateNo"));
    auto *date = dialog.add(tr("发证日期(&R)"),
                            new QLineEdit(shown.certificateDate.isValid()
                                              ? shown.certificateDate.toString(Qt::ISODate)
                                              : QString()),
                            QStringLiteral("staffCertificateDate"));
    date->setPlaceholderText(tr("如：2023-04-15；可空"));
    auto *idNumber = dialog.add(tr("身份证号(&S)"), new QLineEdit, QStringLiteral("staffIdNumber"));
    // The stored number is never shown whole: the box stays empty and keeps it unless typed over.
    if (!shown.idNumber.isEmpty())
        idNumber->setPlaceholderText(
            tr("%1（不修改请留空）").arg(oversight::maskIdNumber(shown.idNumber)));
    return dialog.runUntilDone([&](QString *error) {
        StaffMember m = shown;
        m.institutionId = institution->currentData().toLongLong();
        m.name = name->text();
        m.role = role->currentText().trimmed();
        m.certificateType = certificate->text().trimmed();
        m.certificateNo = number->text().trimmed();
        const QString dateWords = date->text().trimmed();
        m.certificateDate = QDate::fromString(dateWords, Qt::ISODate);
        if (!dateWords.isEmpty() && !m.certificateDate.isValid()) {
            *error = tr("发证日期“%1”不是日期，请写成 2023-04-15").arg(dateWords);
            return false;
        }
        if (!idNumber->text().trimmed().isEmpty())
            m.idNumber = idNumber->text().trimmed();
        return save(m, error);
    });
}

bool OversightPage::addStaff()
{
    if (!m_workspace)
        return false;
    return staffForm(tr("新增从业人员"), StaffMember(),
                     [this](const StaffMember &m, QString *error) {
                         auto command = oversightcommands::addStaff(m_workspace, m, error);
                         const qint64 id = command ? command->changes().first().id : 0;
                         if (!execute(std::move(command), error))
                             return false;
                         selectStaff(id);
                         return true;
                     });
}

bool OversightPage::editSelectedStaff()
{
    const qint64 id = selectedStaff();
    const auto it = std::find_if(m_staff.cbegin(), m_staff.cend(),
                                 [id](const StaffMember &m) { return m.id == id; });
    if (!m_workspace || it == m_staff.cend())
        return false;
    const bool done =
        staffForm(tr("编辑从业人员"), *it, [this, id](const StaffMember &m, QString *error) {
            auto command = oversightcommands::editStaff(m_workspace, id, m, error);
            // Nothing changed: the form closes as if saved.
            if (!command && *error == QStringLiteral("没有改动"))
                return true;
            return execute(std::move(command), error);
        });
    if (done)
        selectStaff(id);
    return done;
}

bool OversightPage::removeSelectedStaff()
{
    const qint64 id = selectedStaff();
    const auto it = std::find_if(m_staff.cbegin(), m_staff.cend(),
                                 [id](const StaffMember &m) { return m.id == id; });
    if (!m_workspace || it == m_staff.cend())
        return false;
    if (QMessageBox::question(this, tr("删除从业人员"),
                              tr("删除“%1”的从业人员 %2 吗？\n删除后可用“撤销”（Ctrl+Z）恢复。")
                                  .arg(it->institution, it->name)) != QMessageBox::Yes)
        return false;
    QString error;
    return run(oversightcommands::removeStaff(m_workspace, {id}, &error), error);
}

bool OversightPage::drawRandom()
{
    if (!m_workspace)
        return false;
    forms::FormDialog dialog(tr("双随机抽取"), this);
    auto *year = dialog.add(tr("年度(&N)"), new QSpinBox, QStringLiteral("drawYear"));
    year->setRange(2000, 2100);
    year->setValue(m_today.year());
    // A seed the officer can read out and write down; any number may replace it.
    auto *seed = dialog.add(tr("随机种子(&Z)"), new QLineEdit, QStringLiteral("drawSeed"));
    seed->setText(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMddHHmm")));
    auto *size = dialog.add(tr("抽取数量(&S)"), new QSpinBox, QStringLiteral("drawSize"));
    size->setRange(1, 10000);
    size->setValue(3);
    QList<qint64> drawn;
    quint64 seedValue = 0;
    const bool done = dialog.runUntilDone([&](QString *error) {
        bool ok = false;
        seedValue = seed->text().trimmed().toULongLong(&ok);
        if (!ok) {
            *error = tr("随机种子“%1”不是非负整数").arg(seed->text().trimmed());
            return false;
        }
        return execute(oversightcommands::drawRandom(m_workspace, year->value(), seedValue,
                                                     size->value(), &drawn, error),
                       error);
    });
    if (!done)
        return false;
    // The draws tab lists it, with the seed and the institutions drawn.
    m_tabs->setCurrentIndex(2);
    Q_EMIT statusMessage(tr("%1 年双随机抽取 %2 家机构（随机种子 %3），已记录")
                             .arg(year->value())
                             .arg(drawn.size())
                             .arg(seedValue));
    return true;
}

} // namespace tuoyu
