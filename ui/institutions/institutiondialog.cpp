#include "institutiondialog.h"

#include "commands/institutioncommands.h"
#include "domain/valuerange.h"
#include "shell/corewords.h"
#include "shell/taborder.h"
#include "storage/institutionrepository.h"

#include "shell/forms.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace tuoyu {

namespace {

QString optionalText(const std::optional<qint64> &v)
{
    return v ? QString::number(*v) : QString();
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

/// An optional count as typed: empty is "not reported", anything else must be a whole number.
bool readCount(const QLineEdit *edit, std::optional<qint64> *out)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty()) {
        out->reset();
        return true;
    }
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (ok)
        *out = n;
    return ok;
}

/// A monthly fee as typed, in yuan with at most two decimals: empty is "not reported".
bool readYuan(const QLineEdit *edit, std::optional<qint64> *out)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty()) {
        out->reset();
        return true;
    }
    static const QRegularExpression yuan(QStringLiteral("^\\d+(\\.\\d{1,2})?$"));
    if (!yuan.match(text).hasMatch())
        return false;
    *out = qint64(std::llround(text.toDouble() * 100));
    return true;
}

QString yuanText(const std::optional<qint64> &fen)
{
    if (!fen)
        return QString();
    return *fen % 100 == 0 ? QString::number(*fen / 100)
                           : QString::number(double(*fen) / 100, 'f', 2);
}

QLineEdit *countEdit(const QString &name)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(name);
    edit->setPlaceholderText(QCoreApplication::translate("tuoyu::InstitutionDialog", "空 = 未报"));
    return edit;
}

bool readDate(const QLineEdit *edit, QDate *out)
{
    const QString text = edit->text().trimmed();
    *out = text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
    return text.isEmpty() || out->isValid();
}

} // namespace

InstitutionDialog::InstitutionDialog(const QList<Area> &areas, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("机构信息"));
    m_name = forms::lineEdit(QStringLiteral("name"));
    m_creditCode = forms::lineEdit(QStringLiteral("creditCode"));
    m_kind = forms::named(new QComboBox, QStringLiteral("kind"));
    for (const QString &code : allKindCodes())
        m_kind->addItem(kindLabel(kindFromCode(code)), code);
    m_area = forms::named(new QComboBox, QStringLiteral("area"));
    m_area->addItem(tr("（未填）"), qint64(0));
    for (const Area &a : areas)
        m_area->addItem(a.name, a.id);
    m_address = forms::lineEdit(QStringLiteral("address"));
    m_slots = forms::named(new QSpinBox, QStringLiteral("slots"));
    m_slots->setRange(0, int(ranges::slots.max));
    m_puhui = forms::named(new QCheckBox(tr("普惠性机构")), QStringLiteral("puhui"));
    m_puhuiSlots =
        forms::lineEdit(QStringLiteral("puhuiSlots"), tr("空 = 未报（普惠机构按全部托位计）"));
    m_slotsInfant = countEdit(QStringLiteral("slotsInfant"));
    m_slotsToddler = countEdit(QStringLiteral("slotsToddler"));
    m_slotsOlder = countEdit(QStringLiteral("slotsOlder"));
    m_enrolled = countEdit(QStringLiteral("enrolled"));
    m_staff = countEdit(QStringLiteral("staff"));
    m_certifiedStaff = countEdit(QStringLiteral("certifiedStaff"));
    m_monthlyPrice =
        forms::lineEdit(QStringLiteral("monthlyPrice"), tr("元/月，如 1800；空 = 未报"));
    m_chain = forms::lineEdit(QStringLiteral("chain"), tr("连锁品牌名称，非连锁留空"));
    m_filed = forms::named(new QCheckBox(tr("已备案")), QStringLiteral("filed"));
    m_filedDate = forms::lineEdit(QStringLiteral("filedDate"), tr("如 2024-03-15"));
    m_openedDate = forms::lineEdit(QStringLiteral("openedDate"), tr("如 2023-09-01"));
    m_grade = forms::lineEdit(QStringLiteral("grade"));
    m_medicalPartner = forms::lineEdit(QStringLiteral("medicalPartner"));
    m_notes = forms::named(new QPlainTextEdit, QStringLiteral("notes"));
    m_notes->setFixedHeight(60);
    m_notes->setTabChangesFocus(true); // Tab leaves the notes for the buttons
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #C62828;"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("机构名称*"), m_name);
    form->addRow(tr("统一社会信用代码"), m_creditCode);
    form->addRow(tr("属性"), m_kind);
    form->addRow(tr("所属乡镇（街道）"), m_area);
    form->addRow(tr("地址"), m_address);
    form->addRow(tr("托位数"), m_slots);
    form->addRow(QString(), m_puhui);
    form->addRow(tr("普惠托位"), m_puhuiSlots);
    // The three classes side by side: together they make up the 托位数 above.
    auto *bands = new QHBoxLayout;
    bands->setContentsMargins(0, 0, 0, 0);
    forms::addLabelled(bands, tr("乳儿班"), m_slotsInfant);
    forms::addLabelled(bands, tr("托小班"), m_slotsToddler);
    forms::addLabelled(bands, tr("托大班"), m_slotsOlder);
    form->addRow(tr("分班托位"), bands);
    form->addRow(tr("在托人数"), m_enrolled);
    auto *staffRow = new QHBoxLayout;
    staffRow->setContentsMargins(0, 0, 0, 0);
    staffRow->addWidget(m_staff);
    forms::addLabelled(staffRow, tr("其中持证"), m_certifiedStaff);
    form->addRow(tr("从业人员"), staffRow);
    form->addRow(tr("月收费（元）"), m_monthlyPrice);
    form->addRow(tr("连锁品牌"), m_chain);
    form->addRow(QString(), m_filed);
    form->addRow(tr("备案日期"), m_filedDate);
    form->addRow(tr("开办日期"), m_openedDate);
    form->addRow(tr("等级"), m_grade);
    form->addRow(tr("医育结合签约机构"), m_medicalPartner);
    form->addRow(tr("备注"), m_notes);

    // accept() is virtual: the button box's 保存 runs this dialog's checks.
    auto *buttons = forms::acceptCancel(this, tr("保存"), QDialogButtonBox::Save);
    forms::layOut(this, form, buttons, m_problem);
    // Top to bottom as the form reads, then 保存 before 取消.
    setTabChain({m_name,
                 m_creditCode,
                 m_kind,
                 m_area,
                 m_address,
                 m_slots,
                 m_puhui,
                 m_puhuiSlots,
                 m_slotsInfant,
                 m_slotsToddler,
                 m_slotsOlder,
                 m_enrolled,
                 m_staff,
                 m_certifiedStaff,
                 m_monthlyPrice,
                 m_chain,
                 m_filed,
                 m_filedDate,
                 m_openedDate,
                 m_grade,
                 m_medicalPartner,
                 m_notes,
                 buttons->button(QDialogButtonBox::Save),
                 buttons->button(QDialogButtonBox::Cancel)});
    resize(520, sizeHint().height());
}

void InstitutionDialog::setInstitution(const Institution &i)
{
    m_original = i;
    m_name->setText(i.name);
    m_creditCode->setText(i.creditCode);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kindCode(i.kind))));
    m_area->setCurrentIndex(std::max(0, m_area->findData(i.areaId)));
    m_address->setText(i.address);
    m_slots->setValue(int(i.slots));
    m_puhui->setChecked(i.puhui);
    m_puhuiSlots->setText(optionalText(i.puhuiSlots));
    m_slotsInfant->setText(optionalText(i.slotsInfant));
    m_slotsToddler->setText(optionalText(i.slotsToddler));
    m_slotsOlder->setText(optionalText(i.slotsOlder));
    m_enrolled->setText(optionalText(i.enrolled));
    m_staff->setText(optionalText(i.staff));
    m_certifiedStaff->setText(optionalText(i.certifiedStaff));
    m_monthlyPrice->setText(yuanText(i.monthlyPriceFen));
    m_chain->setText(i.chain);
    m_filed->setChecked(i.filed);
    m_filedDate->setText(dateText(i.filedDate));
    m_openedDate->setText(dateText(i.openedDate));
    m_grade->setText(i.grade);
    m_medicalPartner->setText(i.medicalPartner);
    m_notes->setPlainText(i.notes);
}

QString InstitutionDialog::problem() const
{
    return m_problem->isVisible() || !m_problem->text().isEmpty() ? m_problem->text() : QString();
}

QString InstitutionDialog::read(Institution *out) const
{
    Institution i = m_original; // fields the form does not show are kept
    i.name = m_name->text().trimmed();
    i.creditCode = m_creditCode->text().trimmed();
    const InstitutionKind kind = kindFromCode(m_kind->currentData().toString());
    if (kind != i.kind) {
        i.kind = kind;
        i.kindText.clear(); // the office's words described the old kind
    }
    i.areaId = m_area->currentData().toLongLong();
    i.address = m_address->text().trimmed();
    i.slots = m_slots->value();
    i.puhui = m_puhui->isChecked();
    if (!readCount(m_puhuiSlots, &i.puhuiSlots))
        return tr("普惠托位应为整数（%1）").arg(m_puhuiSlots->text());
    const std::pair<QLineEdit *, std::optional<qint64> *> counts[] = {
        {m_slotsInfant, &i.slotsInfant},
        {m_slotsToddler, &i.slotsToddler},
        {m_slotsOlder, &i.slotsOlder},
        {m_enrolled, &i.enrolled},
        {m_staff, &i.staff},
        {m_certifiedStaff, &i.certifiedStaff}};
    const QString labels[] = {tr("乳儿班托位"), tr("托小班托位"), tr("托大班托位"),
                              tr("在托人数"),   tr("从业人员"),   tr("持证人员")};
    for (size_t k = 0; k < std::size(counts); ++k)
        if (!readCount(counts[k].first, counts[k].second))
            return tr("%1应为整数（%2）").arg(labels[k], counts[k].first->text());
    if (!readYuan(m_monthlyPrice, &i.monthlyPriceFen))
        return tr("月收费应为元数，最多两位小数（%1），如 1800 或 1850.50")
            .arg(m_monthlyPrice->text());
    i.chain = m_chain->text().trimmed();
    i.filed = m_filed->isChecked();
    if (!readDate(m_filedDate, &i.filedDate))
        return tr("备案日期不是有效日期（%1），请写成 2024-03-15 的形式").arg(m_filedDate->text());
    if (!readDate(m_openedDate, &i.openedDate))
        return tr("开办日期不是有效日期（%1），请写成 2023-09-01 的形式").arg(m_openedDate->text());
    i.grade = m_grade->text().trimmed();
    i.medicalPartner = m_medicalPartner->text().trimmed();
    i.notes = m_notes->toPlainText().trimmed();
    *out = i;
    // The rules every way of writing an institution shares.
    return institutioncommands::validate(InstitutionRepository::toRow(i));
}

void InstitutionDialog::accept()
{
    Institution i;
    const QString problem = read(&i);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        return;
    if (i.enrolled && *i.enrolled > i.slots &&
        QMessageBox::question(
            this, tr("请核实"),
            tr("在托人数（%1）多于托位数（%2），仍然保存吗？").arg(*i.enrolled).arg(i.slots)) !=
            QMessageBox::Yes)
        return;
    m_result = i;
    QDialog::accept();
}

} // namespace tuoyu
