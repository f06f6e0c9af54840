#include "indicatordialog.h"

#include "indicators/indicatorengine.h"

#include "shell/forms.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tuoyu {

IndicatorDialog::IndicatorDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("新增指标"));
    auto *tier = forms::named(new QComboBox, QStringLiteral("indicatorTier"));
    tier->addItem(tr("（不分层级）"), QString());
    for (const QString &t : indicatorcommands::tiers())
        tier->addItem(t + tr("指标"), t);
    tier->setCurrentIndex(1);
    m_fields.bind(tier, &Indicator::tier, &indicatorcommands::IndicatorEdit::tier);
    QLineEdit *name =
        m_fields.bind(forms::lineEdit(QStringLiteral("indicatorName"), tr("如 每千人口托位数")),
                      &Indicator::name, &indicatorcommands::IndicatorEdit::name);
    QLineEdit *unit =
        m_fields.bind(forms::lineEdit(QStringLiteral("indicatorUnit"), tr("个、%、家")),
                      &Indicator::unit, &indicatorcommands::IndicatorEdit::unit);
    unit->setMaximumWidth(120);
    auto *direction = forms::named(new QComboBox, QStringLiteral("indicatorDirection"));
    direction->addItem(tr("≥ 达到或超过目标"), directionSymbol(Direction::AtLeast));
    direction->addItem(tr("≤ 不超过目标（降至）"), directionSymbol(Direction::AtMost));
    m_fields.bind(
        direction,
        [direction](const Indicator &i) {
            forms::setEditorValue(direction, directionSymbol(i.direction));
        },
        [direction](indicatorcommands::IndicatorEdit *e) {
            e->direction = directionFromSymbol(direction->currentData().toString());
            return QString();
        });
    auto *formula = forms::named(new QComboBox, QStringLiteral("indicatorFormula"));
    formula->addItem(tr("手工录入实际值（问卷、统计报表等）"), QString());
    for (const IndicatorFormula &f : IndicatorEngine::formulas()) {
        formula->addItem(tr("按机构名单计算：%1 = %2").arg(f.name, f.definition), f.key);
        formula->setItemData(formula->count() - 1, f.definition, Qt::ToolTipRole);
    }
    formula->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    formula->setMinimumContentsLength(36);
    m_fields.bind(formula, &Indicator::formula, &indicatorcommands::IndicatorEdit::formula);
    auto *definition = forms::named(new QLabel, QStringLiteral("formulaDefinition"));
    definition->setWordWrap(true);
    definition->setStyleSheet(QStringLiteral("color:#555"));

    m_targets = new QTableWidget(0, 2);
    m_targets->setObjectName(QStringLiteral("indicatorTargets"));
    m_targets->setHorizontalHeaderLabels({tr("年份"), tr("目标值")});
    m_targets->horizontalHeader()->setStretchLastSection(true);
    m_targets->verticalHeader()->setVisible(false);
    m_targets->setMinimumHeight(120);
    auto *addYear = new QPushButton(tr("添加年份"));
    addYear->setObjectName(QStringLiteral("addTargetYear"));
    auto *removeYear = new QPushButton(tr("删除所选年份"));
    m_targetNote = new QLabel(tr("分阶段目标每年一行；某年没有目标时，按此前最近一年的目标计。"));
    m_targetNote->setWordWrap(true);
    auto *targetButtons = new QVBoxLayout;
    targetButtons->addWidget(addYear);
    targetButtons->addWidget(removeYear);
    targetButtons->addStretch(1);
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_targets, 1);
    targetRow->addLayout(targetButtons);

    auto *unitRow = new QHBoxLayout;
    unitRow->addWidget(unit);
    forms::addLabelled(unitRow, tr("方向："), direction);
    unitRow->setStretchFactor(direction, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("层级："), tier);
    form->addRow(tr("指标名称："), name);
    form->addRow(tr("单位："), unitRow);
    form->addRow(tr("实际值来源："), formula);
    form->addRow(QString(), definition);
    form->addRow(tr("年度目标："), targetRow);
    form->addRow(QString(), m_targetNote);
    forms::layOut(this, form, forms::acceptCancel(this, tr("保存")));
    resize(640, 460);

    // What the chosen source computes, below it.
    const auto showDefinition = [formula, definition] {
        const auto f = IndicatorEngine::formula(formula->currentData().toString());
        definition->setText(
            f ? tr("公式：%1（单位：%2）。实际值随机构名单自动更新。").arg(f->definition, f->unit)
              : tr("实际值由您在“指标”页录入，注明日期和来源。"));
    };
    connect(formula, &QComboBox::currentIndexChanged, this, [formula, unit, showDefinition] {
        showDefinition();
        // A formula gives its value in its own unit: fill it in where the officer left none.
        if (const auto f = IndicatorEngine::formula(formula->currentData().toString());
            f && unit->text().trimmed().isEmpty())
            unit->setText(f->unit);
    });
    connect(addYear, &QPushButton::clicked, this, [this] {
        int year = QDate::currentDate().year();
        for (int r = 0; r < m_targets->rowCount(); ++r)
            if (m_targets->item(r, 0))
                year = std::max(year, m_targets->item(r, 0)->text().toInt() + 1);
        addTargetRow(year);
        m_targets->editItem(m_targets->item(m_targets->rowCount() - 1, 1));
    });
    connect(removeYear, &QPushButton::clicked, this, [this] {
        if (m_targets->currentRow() >= 0)
            m_targets->removeRow(m_targets->currentRow());
    });
    showDefinition();
}

void IndicatorDialog::addTargetRow(int year, const QString &value)
{
    const int row = m_targets->rowCount();
    m_targets->insertRow(row);
    m_targets->setItem(row, 0, new QTableWidgetItem(QString::number(year)));
    m_targets->setItem(row, 1, new QTableWidgetItem(value));
}

void IndicatorDialog::setIndicator(const Indicator &i)
{
    setWindowTitle(tr("修改指标“%1”").arg(i.name));
    m_fields.load(i);
    m_targets->setRowCount(0);
    for (const IndicatorTarget &t : i.targets)
        addTargetRow(t.year, QString::number(t.value));
    if (i.targetKind != TargetKind::Value) {
        m_targets->setEnabled(false);
        m_targetNote->setText(tr("目标为“%1”，不按年份设数值。").arg(i.targetText));
    }
}

indicatorcommands::IndicatorEdit IndicatorDialog::edit() const
{
    indicatorcommands::IndicatorEdit e;
    m_fields.read(&e); // none of these fields is refused here: the command checks them
    for (int r = 0; r < m_targets->rowCount(); ++r) {
        bool yearOk = false;
        bool valueOk = false;
        const int year = m_targets->item(r, 0) ? m_targets->item(r, 0)->text().toInt(&yearOk) : 0;
        const double value =
            m_targets->item(r, 1) ? m_targets->item(r, 1)->text().toDouble(&valueOk) : 0;
        if (yearOk && valueOk)
            e.targets.append({year, value});
    }
    return e;
}

QString IndicatorDialog::targetProblem() const
{
    for (int r = 0; r < m_targets->rowCount(); ++r) {
        const QString year =
            m_targets->item(r, 0) ? m_targets->item(r, 0)->text().trimmed() : QString();
        const QString value =
            m_targets->item(r, 1) ? m_targets->item(r, 1)->text().trimmed() : QString();
        if (year.isEmpty() && value.isEmpty())
            continue;
        bool ok = false;
        year.toInt(&ok);
        if (!ok)
            return tr("年度目标第%1行的年份“%2”不是年份").arg(r + 1).arg(year);
        value.toDouble(&ok);
        if (!ok)
            return tr("%1年的目标值“%2”不是数字").arg(year, value);
    }
    return QString();
}

} // namespace tuoyu
