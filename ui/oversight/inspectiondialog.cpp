#include "inspectiondialog.h"

#include "commands/oversightcommands.h"
#include "session/workspace.h"
#include "shell/corewords.h"
#include "shell/forms.h"
#include "storage/institutionrepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>

#include <iterator>
#include <utility>

namespace tuoyu {

InspectionDialog::InspectionDialog(const QList<QPair<qint64, QString>> &institutions,
                                   QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("inspectionDialog"));
    m_institution = forms::named(new QComboBox, QStringLiteral("inspectionInstitution"));
    m_institution->setEditable(true); // type part of a name to find it among many
    m_institution->setInsertPolicy(QComboBox::NoInsert);
    for (const auto &[id, name] : institutions)
        m_institution->addItem(name, id);
    m_date = forms::named(forms::dateEdit(QDate::currentDate()), QStringLiteral("inspectedOn"));
    m_kind = forms::named(new QComboBox, QStringLiteral("inspectionKind"));
    for (InspectionKind k :
         {InspectionKind::Routine, InspectionKind::Special, InspectionKind::Random})
        m_kind->addItem(shownWords(inspectionKinds().label(k)), int(k));
    m_inspectors = forms::lineEdit(QStringLiteral("inspectors"), tr("如：郭建军、李伟"));
    m_findings = forms::named(new QPlainTextEdit, QStringLiteral("findings"));
    m_findings->setPlaceholderText(tr("如：消防通道堆放杂物；晨检记录不全（据此归入问题类别）"));
    m_findings->setTabChangesFocus(true);
    m_status = forms::named(new QComboBox, QStringLiteral("rectifyStatus"));
    for (RectifyStatus s : {RectifyStatus::None, RectifyStatus::Pending, RectifyStatus::Done})
        m_status->addItem(shownWords(rectifyStatuses().label(s)), int(s));
    m_rectifyBy = forms::named(forms::dateEdit(QDate::currentDate().addMonths(1)),
                               QStringLiteral("rectifyBy"));
    m_rectifiedOn =
        forms::named(forms::dateEdit(QDate::currentDate()), QStringLiteral("rectifiedOn"));

    // The rows in reading order, which is also the Tab order.
    const std::pair<const char *, QWidget *> rows[] = {
        {QT_TR_NOOP("机构(&J)"), m_institution},   {QT_TR_NOOP("检查日期(&D)"), m_date},
        {QT_TR_NOOP("检查类型(&T)"), m_kind},      {QT_TR_NOOP("检查人员(&R)"), m_inspectors},
        {QT_TR_NOOP("发现问题(&F)"), m_findings},  {QT_TR_NOOP("整改情况(&S)"), m_status},
        {QT_TR_NOOP("整改期限(&Q)"), m_rectifyBy}, {QT_TR_NOOP("整改完成日期(&W)"), m_rectifiedOn},
    };
    auto *form = new QFormLayout;
    for (const auto &[label, widget] : rows)
        form->addRow(tr(label), widget);
    forms::layOut(this, form, forms::acceptCancel(this, tr("确定")));
    for (size_t i = 1; i < std::size(rows); ++i)
        setTabOrder(rows[i - 1].second, rows[i].second);
    connect(m_status, &QComboBox::currentIndexChanged, this, &InspectionDialog::updateEnabled);
    updateEnabled();
    resize(520, sizeHint().height());
}

void InspectionDialog::setInspection(const Inspection &n)
{
    m_inspection = n;
    const int at = m_institution->findData(n.institutionId);
    if (at >= 0)
        m_institution->setCurrentIndex(at);
    if (n.inspectedOn.isValid())
        m_date->setDate(n.inspectedOn);
    m_kind->setCurrentIndex(m_kind->findData(int(n.kind)));
    m_inspectors->setText(n.inspectors);
    m_findings->setPlainText(n.findings);
    m_status->setCurrentIndex(m_status->findData(int(n.status)));
    if (n.rectifyBy.isValid())
        m_rectifyBy->setDate(n.rectifyBy);
    if (n.rectifiedOn.isValid())
        m_rectifiedOn->setDate(n.rectifiedOn);
    updateEnabled();
}

Inspection InspectionDialog::inspection() const
{
    Inspection n = m_inspection;
    // A typed name that matches no entry leaves the id at 0, which the core refuses by name.
    const int at = m_institution->findText(m_institution->currentText().trimmed());
    n.institutionId = at >= 0 ? m_institution->itemData(at).toLongLong() : 0;
    n.institution = m_institution->currentText().trimmed();
    n.inspectedOn = m_date->date();
    n.kind = InspectionKind(m_kind->currentData().toInt());
    n.inspectors = m_inspectors->text().trimmed();
    const QString findings = m_findings->toPlainText().trimmed();
    if (findings != m_inspection.findings)
        n.categories.clear(); // read again from the new words
    n.findings = findings;
    n.status = RectifyStatus(m_status->currentData().toInt());
    n.rectifyBy = n.status == RectifyStatus::None ? QDate() : m_rectifyBy->date();
    n.rectifiedOn = n.status == RectifyStatus::Done ? m_rectifiedOn->date() : QDate();
    return n;
}

void InspectionDialog::updateEnabled()
{
    const auto status = RectifyStatus(m_status->currentData().toInt());
    m_rectifyBy->setEnabled(status != RectifyStatus::None);
    m_rectifiedOn->setEnabled(status == RectifyStatus::Done);
}

bool InspectionDialog::edit(QWidget *parent, Workspace *workspace, const Inspection &inspection)
{
    InspectionDialog dialog(institutionChoices(workspace), parent);
    dialog.setWindowTitle(tr("编辑检查"));
    dialog.setInspection(inspection);
    while (dialog.exec() == QDialog::Accepted) {
        QString error;
        auto command = oversightcommands::editInspection(workspace, inspection.id,
                                                         dialog.inspection(), &error);
        if (command && workspace->execute(std::move(command), &error))
            return true;
        if (error == QStringLiteral("没有改动"))
            return false;
        QMessageBox::warning(parent, tr("未能保存"), error);
    }
    return false;
}

QList<QPair<qint64, QString>> InspectionDialog::institutionChoices(Workspace *workspace)
{
    QList<QPair<qint64, QString>> out;
    if (workspace)
        for (const Institution &i : InstitutionRepository(workspace).all())
            out.append({i.id, i.name});
    return out;
}

} // namespace tuoyu
