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
    // An optional count (empty: not reported); `label` names it in the problem.
    const auto count = [this](const QString &name, std::optional<qint64> Institution::*field,
                              const char *label, const QString &placeholder) {
        QLineEdit *edit = forms::lineEdit(name, placeholder);
        return m_fields.bind(
            edit, [edit, field](const Institution &i) { edit->setText(optionalText(i.*field)); },
            [edit, field, label](Institution *i) {
                return readCount(edit, &(i->*field))
                           ? QString()
                           : tr("%1应为整数（%2）").arg(tr(label), edit->text());
            });
    };
    const QString notReported = tr("空 = 未报");
    // A date typed as `example` shows (empty: not known); `label` names it in the problem.
    const auto date = [this](const QString &name, QDate Institution::*field, const char *label,
                             const QString &example) {
        QLineEdit *edit = forms::lineEdit(name, tr("如 %1").arg(example));
        return m_fields.bind(
            edit, [edit, field](const Institution &i) { edit->setText(dateText(i.*field)); },
            [edit, field, label, example](Institution *i) {
                return readDate(edit, &(i->*field)) ? QString()
                                                    : tr("%1不是有效日期（%2），请写成 %3 的形式")
                                                          .arg(tr(label), edit->text(), example);
            });
    };

    auto *form = new QFormLayout;
    form->addRow(tr("机构名称*"),
                 m_fields.bind(forms::lineEdit(QStringLiteral("name")), &Institution::name));
    form->addRow(
        tr("统一社会信用代码"),
        m_fields.bind(forms::lineEdit(QStringLiteral("creditCode")), &Institution::creditCode));
    auto *kind = forms::named(new QComboBox, QStringLiteral("kind"));
    for (const QString &code : allKindCodes())
        kind->addItem(kindLabel(kindFromCode(code)), code);
    m_fields.bind(
        kind, [kind](const Institution &i) { forms::setEditorValue(kind, kindCode(i.kind)); },
        [kind](Institution *i) {
            const InstitutionKind chosen = kindFromCode(kind->currentData().toString());
            if (chosen != i->kind) {
                i->kind = chosen;
                i->kindText.clear(); // the office's words described the old kind
            }
            return QString();
        });
    form->addRow(tr("属性"), kind);
    auto *area = forms::named(new QComboBox, QStringLiteral("area"));
    area->addItem(tr("（未填）"), qint64(0));
    for (const Area &a : areas)
        area->addItem(a.name, a.id);
    form->addRow(tr("所属乡镇（街道）"), m_fields.bind(area, &Institution::areaId));
    form->addRow(tr("地址"),
                 m_fields.bind(forms::lineEdit(QStringLiteral("address")), &Institution::address));
    auto *slots = forms::named(new QSpinBox, QStringLiteral("slots"));
    slots->setRange(0, int(ranges::slots.max));
    form->addRow(tr("托位数"), m_fields.bind(slots, &Institution::slots));
    form->addRow(QString(), m_fields.bind(forms::named(new QCheckBox(tr("普惠性机构")),
                                                       QStringLiteral("puhui")),
                                          &Institution::puhui));
    form->addRow(tr("普惠托位"),
                 count(QStringLiteral("puhuiSlots"), &Institution::puhuiSlots,
                       QT_TR_NOOP("普惠托位"), tr("空 = 未报（普惠机构按全部托位计）")));
    // The three classes side by side: together they make up the 托位数 above.
    auto *bands = new QHBoxLayout;
    bands->setContentsMargins(0, 0, 0, 0);
    forms::addLabelled(bands, tr("乳儿班"),
                       count(QStringLiteral("slotsInfant"), &Institution::slotsInfant,
                             QT_TR_NOOP("乳儿班托位"), notReported));
    forms::addLabelled(bands, tr("托小班"),
                       count(QStringLiteral("slotsToddler"), &Institution::slotsToddler,
                             QT_TR_NOOP("托小班托位"), notReported));
    forms::addLabelled(bands, tr("托大班"),
                       count(QStringLiteral("slotsOlder"), &Institution::slotsOlder,
                             QT_TR_NOOP("托大班托位"), notReported));
    form->addRow(tr("分班托位"), bands);
    form->addRow(tr("在托人数"), count(QStringLiteral("enrolled"), &Institution::enrolled,
                                       QT_TR_NOOP("在托人数"), notReported));
    auto *staffRow = new QHBoxLayout;
    staffRow->setContentsMargins(0, 0, 0, 0);
    staffRow->addWidget(
        count(QStringLiteral("staff"), &Institution::staff, QT_TR_NOOP("从业人员"), notReported));
    forms::addLabelled(staffRow, tr("其中持证"),
                       count(QStringLiteral("certifiedStaff"), &Institution::certifiedStaff,
                             QT_TR_NOOP("持证人员"), notReported));
    form->addRow(tr("从业人员"), staffRow);
    // In yuan as the officer thinks of it; stored in fen.
    QLineEdit *price =
        forms::lineEdit(QStringLiteral("monthlyPrice"), tr("元/月，如 1800；空 = 未报"));
    m_fields.bind(
        price, [price](const Institution &i) { price->setText(yuanText(i.monthlyPriceFen)); },
        [price](Institution *i) {
            return readYuan(price, &i->monthlyPriceFen)
                       ? QString()
                       : tr("月收费应为元数，最多两位小数（%1），如 1800 或 1850.50")
                             .arg(price->text());
        });
    form->addRow(tr("月收费（元）"), price);
    form->addRow(tr("连锁品牌"), m_fields.bind(forms::lineEdit(QStringLiteral("chain"),
                                                               tr("连锁品牌名称，非连锁留空")),
                                               &Institution::chain));
    form->addRow(QString(),
                 m_fields.bind(forms::named(new QCheckBox(tr("已备案")), QStringLiteral("filed")),
                               &Institution::filed));
    form->addRow(tr("备案日期"), date(QStringLiteral("filedDate"), &Institution::filedDate,
                                      QT_TR_NOOP("备案日期"), QStringLiteral("2024-03-15")));
    form->addRow(tr("开办日期"), date(QStringLiteral("openedDate"), &Institution::openedDate,
                                      QT_TR_NOOP("开办日期"), QStringLiteral("2023-09-01")));
    form->addRow(tr("等级"),
                 m_fields.bind(forms::lineEdit(QStringLiteral("grade")), &Institution::grade));
    form->addRow(tr("医育结合签约机构"),
                 m_fields.bind(forms::lineEdit(QStringLiteral("medicalPartner")),
                               &Institution::medicalPartner));
    auto *notes = forms::named(new QPlainTextEdit, QStringLiteral("notes"));
    notes->setFixedHeight(60);
    notes->setTabChangesFocus(true); // Tab leaves the notes for the buttons
    form->addRow(tr("备注"), m_fields.bind(notes, &Institution::notes));

    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #C62828;"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    // accept() is virtual: the button box's 保存 runs this dialog's checks.
    auto *buttons = forms::acceptCancel(this, tr("保存"), QDialogButtonBox::Save);
    forms::layOut(this, form, buttons, m_problem);
    // Top to bottom as the form reads, then 保存 before 取消.
    std::vector<QWidget *> chain = m_fields.editors();
    chain.push_back(buttons->button(QDialogButtonBox::Save));
    chain.push_back(buttons->button(QDialogButtonBox::Cancel));
    setTabChain(chain);
    resize(520, sizeHint().height());
}

void InstitutionDialog::setInstitution(const Institution &i)
{
    m_original = i;
    m_fields.load(i);
}

QString InstitutionDialog::problem() const
{
    return m_problem->isVisible() || !m_problem->text().isEmpty() ? m_problem->text() : QString();
}

QString InstitutionDialog::read(Institution *out) const
{
    Institution i = m_original; // fields the form does not show are kept
    if (QString problem = m_fields.read(&i); !problem.isEmpty())
        return problem;
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
