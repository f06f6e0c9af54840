#include "oversighttables.h"

#include "inspectiondialog.h"

#include "session/workspace.h"
#include "shell/corewords.h"
#include "shell/forms.h"
#include "storage/planrepository.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tuoyu::oversighttables {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tuoyu::oversighttables", text);
}

const QColor kRed(0xC0, 0x39, 0x2B);

/// `stretch`: the column of `headers` that takes the width left; -1: the 机构 column added.
QTableWidget *table(const QString &objectName, QStringList headers, bool withInstitution,
                    int stretch)
{
    if (withInstitution) {
        headers.insert(1, tr("机构"));
        stretch = stretch < 0 ? 1 : stretch + (stretch >= 1 ? 1 : 0);
    }
    QTableWidget *t = forms::listTable(objectName, headers, stretch);
    t->setProperty("withInstitution", withInstitution);
    t->setProperty("stretchColumn", stretch);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    return t;
}

void setRow(QTableWidget *t, int row, qint64 id, const QString &institution, QStringList cells)
{
    if (t->property("withInstitution").toBool())
        cells.insert(1, institution);
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        item->setData(IdRole, id);
        item->setToolTip(cells.at(c));
        t->setItem(row, c, item);
    }
}

QString isoOrEmpty(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

QTableWidget *inspectionTable(const QString &objectName, bool withInstitution)
{
    return table(objectName,
                 {tr("检查日期"), tr("类型"), tr("检查人员"), tr("问题类别"), tr("发现问题"),
                  tr("整改期限"), tr("整改情况")},
                 withInstitution, 4);
}

void fillInspections(QTableWidget *t, const QList<Inspection> &inspections, const QDate &today)
{
    const qint64 keep = currentId(t);
    t->setRowCount(int(inspections.size()));
    for (int row = 0; row < inspections.size(); ++row) {
        const Inspection &n = inspections.at(row);
        QString status = shownWords(rectifyStatuses().label(n.status));
        if (n.overdue(today))
            status = shownWords(overdueDaysText(int(n.rectifyBy.daysTo(today))));
        else if (n.status == RectifyStatus::Done && n.rectifiedOn.isValid())
            status += QCoreApplication::translate("tuoyu::Oversighttables", "（%1）")
                          .arg(isoOrEmpty(n.rectifiedOn));
        setRow(t, row, n.id, n.institution,
               {isoOrEmpty(n.inspectedOn), shownWords(inspectionKinds().label(n.kind)),
                n.inspectors,
                n.categories.join(QCoreApplication::translate("tuoyu::Oversighttables", "、")),
                n.findings, isoOrEmpty(n.rectifyBy), status});
        if (n.overdue(today))
            t->item(row, t->columnCount() - 1)->setForeground(kRed);
        if (n.id == keep)
            t->selectRow(row);
    }
    fitColumns(t);
}

QTableWidget *staffTable(const QString &objectName, bool withInstitution)
{
    return table(
        objectName,
        {tr("姓名"), tr("岗位"), tr("证书类型"), tr("证书编号"), tr("发证日期"), tr("身份证号")},
        withInstitution, withInstitution ? -1 : 3); // the 机构 takes the room where it is shown
}

void fillStaff(QTableWidget *t, const QList<StaffMember> &staff)
{
    const qint64 keep = currentId(t);
    t->setRowCount(int(staff.size()));
    for (int row = 0; row < staff.size(); ++row) {
        const StaffMember &m = staff.at(row);
        setRow(t, row, m.id, m.institution,
               {m.name, m.role, m.certificateType.isEmpty() ? tr("无") : m.certificateType,
                m.certificateNo, isoOrEmpty(m.certificateDate),
                m.idNumber.isEmpty() ? QString() : oversight::maskIdNumber(m.idNumber)});
        if (m.id == keep)
            t->selectRow(row);
    }
    fitColumns(t);
}

void fitColumns(QTableWidget *t)
{
    const QVariant stretch = t->property("stretchColumn");
    for (int c = 0; c < t->columnCount(); ++c) {
        if (stretch.isValid() && c == stretch.toInt())
            continue;
        t->resizeColumnToContents(c);
        t->setColumnWidth(c, std::min(t->columnWidth(c), 280));
    }
}

qint64 currentId(const QTableWidget *t)
{
    const QTableWidgetItem *item = t->currentRow() >= 0 ? t->item(t->currentRow(), 0) : nullptr;
    return item && item->isSelected() ? item->data(IdRole).toLongLong() : 0;
}

void showInstitutionHistory(QWidget *parent, Workspace *workspace, qint64 institutionId,
                            const QString &name)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("institutionOversight"));
    dialog.setWindowTitle(tr("检查与人员 — %1").arg(name));
    QList<Inspection> inspections;
    const QList<StaffMember> staff = oversight::staff(*workspace, institutionId);
    QTableWidget *inspectionList = inspectionTable(QStringLiteral("historyInspections"), false);
    inspectionList->setToolTip(tr("双击一次检查可编辑"));
    QTableWidget *staffList = staffTable(QStringLiteral("historyStaff"), false);
    fillStaff(staffList, staff);
    int certified = 0;
    for (const StaffMember &m : staff)
        certified += m.certified() ? 1 : 0;
    auto *tabs = new QTabWidget;
    tabs->addTab(inspectionList, QString());
    tabs->addTab(staffList, tr("从业人员（%1，持证 %2）").arg(staff.size()).arg(certified));
    const auto showInspections = [&] {
        inspections = oversight::inspections(*workspace, institutionId);
        fillInspections(inspectionList, inspections, QDate::currentDate());
        tabs->setTabText(0, tr("检查记录（%1）").arg(inspections.size()));
    };
    showInspections();
    // A double-click edits, with the form and the command the 监督检查 page uses.
    QObject::connect(inspectionList, &QTableWidget::itemActivated, &dialog, [&] {
        const qint64 id = currentId(inspectionList);
        for (const Inspection &n : std::as_const(inspections))
            if (n.id == id && InspectionDialog::edit(&dialog, workspace, n)) {
                showInspections();
                return;
            }
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setText(tr("关闭"));
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    dialog.resize(900, 480);
    dialog.exec();
}

} // namespace tuoyu::oversighttables
