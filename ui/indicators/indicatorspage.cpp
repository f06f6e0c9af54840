#include "indicatorspage.h"

#include "indicators/indicatorengine.h"
#include "storage/workspace.h"

#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace tuoyu {

IndicatorsPage::IndicatorsPage(QWidget *parent)
    : Page(parent)
{
    m_table = new QTableWidget;
    m_table->setObjectName(QStringLiteral("indicatorTable"));
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({QStringLiteral("层级"), QStringLiteral("指标"),
                                        QStringLiteral("目标"), QStringLiteral("目标年份"),
                                        QStringLiteral("实际"), QStringLiteral("状态"),
                                        QStringLiteral("公式或来源")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
}

void IndicatorsPage::setContext(Workspace *workspace, qint64 planId)
{
    m_workspace = workspace;
    m_planId = planId;
    reload();
}

void IndicatorsPage::refresh(const QSet<QString> &)
{
    reload(); // any change to the registry or the plan can move an indicator
}

void IndicatorsPage::reload()
{
    m_table->setRowCount(0);
    if (!m_workspace || m_planId == 0)
        return;
    const auto results = IndicatorEngine::evaluate(m_workspace, m_planId, QDate::currentDate());
    m_table->setRowCount(int(results.size()));
    const QLocale locale;
    int row = 0;
    for (const IndicatorResult &r : results) {
        const QString unit = r.indicator.unit;
        auto cell = [&](int column, const QString &text) {
            m_table->setItem(row, column, new QTableWidgetItem(text));
        };
        auto number = [&](double v) {
            return locale.toString(v, 'f', std::fmod(v, 1.0) == 0.0 ? 0 : 2) + unit;
        };
        cell(0, r.indicator.tier);
        cell(1, r.indicator.name);
        cell(2, r.target ? (r.indicator.direction == Direction::AtMost ? QStringLiteral("≤")
                                                                       : QStringLiteral("≥")) +
                               number(r.target->value)
                         : QString());
        cell(3, r.target ? QString::number(r.target->year) : QString());
        cell(4, r.actual ? number(*r.actual) : r.missing);
        cell(5, indicatorStatusLabel(r.status));
        cell(6, r.indicator.formula.isEmpty()
                    ? r.actualSource
                    : IndicatorEngine::formulaDescription(r.indicator.formula));
        ++row;
    }
    m_table->resizeColumnsToContents();
}

} // namespace tuoyu
