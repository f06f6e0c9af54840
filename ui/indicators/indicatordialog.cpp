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
    m_tier = new QComboBox;
    m_tier->setObjectName(QStringLiteral("indicatorTier"));
    m_tier->addItem(tr("（不分层级）"), QString());
    for (const QString &t : indicatorcommands::tiers())
        m_tier->addItem(t + tr("指标"), t);
    m_tier->setCurrentIndex(1);
    m_name = forms::lineEdit(QStringLiteral("indicatorName"), tr("如 每千人口托位数"));
    m_unit = forms::lineEdit(QStringLiteral("indicatorUnit"), tr("个、%、家"));
    m_unit->setMaximumWidth(120);
    m_direction = forms::named(new QComboBox, QStringLiteral("indicatorDirection"));
    m_direction->addItem(tr("≥ 达到或超过目标"), QStringLiteral(">="));
    m_direction->addItem(tr("≤ 不超过目标（降至）"), QStringLiteral("<="));
    m_formula = forms::named(new QComboBox, QStringLiteral("indicatorFormula"));
    m_formula->addItem(tr("手工录入实际值（问卷、统计报表等）"), QString());
    for (const IndicatorFormula &f : IndicatorEngine::formulas()) {
        m_formula->addItem(tr("按机构名单计算：%1 = %2").arg(f.name, f.definition), f.key);
        m_formula->setItemData(m_formula->count() - 1, f.definition, Qt::ToolTipRole);
    }
    m_formula->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_formula->setMinimumContentsLength(36);
    m_definition = forms::named(new QLabel, QStringLiteral("formulaDefinition"));
    m_definition->setWordWrap(true);
    m_definition->setStyleSheet(QStringLiteral("color:#555"));

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
    unitRow->addWidget(m_unit);
    forms::addLabelled(unitRow, tr("方向："), m_direction);
    unitRow->setStretchFactor(m_direction, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("层级："), m_tier);
    form->addRow(tr("指标名称："), m_name);
    form->addRow(tr("单位："), unitRow);
    form->addRow(tr("实际值来源："), m_formula);
    form->addRow(QString(), m_definition);
    form->addRow(tr("年度目标："), targetRow);
    form->addRow(QString(), m_targetNote);
    forms::layOut(this, form, forms::acceptCancel(this, tr("保存")));
    resize(640, 460);

    connect(m_formula, &QComboBox::currentIndexChanged, this, [this] {
        showDefinition();
        // A formula gives its value in its own unit: fill it in where the officer left none.
        if (const auto f = IndicatorEngine::formula(m_formula->currentData().toString());
            f && m_unit->text().trimmed().isEmpty())
            m_unit->setText(f->unit);
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
    m_tier->setCurrentIndex(std::max(0, m_tier->findData(i.tier)));
    m_name->setText(i.name);
    m_unit->setText(i.unit);
    m_direction->setCurrentIndex(i.direction == Direction::AtMost ? 1 : 0);
    m_formula->setCurrentIndex(std::max(0, m_formula->findData(i.formula)));
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
    e.tier = m_tier->currentData().toString();
    e.name = m_name->text();
    e.unit = m_unit->text();
    e.direction = directionFromSymbol(m_direction->currentData().toString());
    e.formula = m_formula->currentData().toString();
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

void IndicatorDialog::showDefinition()
{
    const auto f = IndicatorEngine::formula(m_formula->currentData().toString());
    m_definition->setText(
        f ? tr("公式：%1（单位：%2）。实际值随机构名单自动更新。").arg(f->definition, f->unit)
          : tr("实际值由您在“指标”页录入，注明日期和来源。"));
}

} // namespace tuoyu
