#include "subsidypage.h"

#include "enrolmenttab.h"
#include "ledgertab.h"
#include "rulestab.h"
#include "subsidy/ledger.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tuoyu {

SubsidyPage::SubsidyPage(QWidget *parent)
    : Page(tr("奖补"), QStringLiteral("subsidies"), {}, parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("年度：")));
    m_yearBox = new QSpinBox;
    m_yearBox->setObjectName(QStringLiteral("subsidyYear"));
    m_yearBox->setRange(2000, 2100);
    m_yearBox->setValue(QDate::currentDate().year());
    m_yearBox->setSuffix(tr(" 年"));
    top->addWidget(m_yearBox);
    top->addStretch(1);
    layout->addLayout(top);

    m_ledger = new LedgerTab;
    m_rules = new RulesTab;
    m_enrolment = new EnrolmentTab;
    m_tabList = {m_ledger, m_rules, newClaimsTab(), m_enrolment, newFundsTab()};
    const QString labels[] = {tr("台账"), tr("规则"), tr("申报"), tr("月度收托"), tr("资金")};
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("subsidyTabs"));
    for (int i = 0; i < m_tabList.size(); ++i) {
        m_tabs->addTab(m_tabList.at(i), labels[i]);
        connect(m_tabList.at(i), &SubsidyTab::statusMessage, this, &Page::statusMessage);
    }
    layout->addWidget(m_tabs, 1);
    // Officers work in one tab for a while (typing a month's enrolment, paying a batch): the
    // page reopens on the tab last used.
    m_tabs->setCurrentIndex(QSettings().value(QStringLiteral("subsidies/tab"), 0).toInt());
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [](int index) { QSettings().setValue(QStringLiteral("subsidies/tab"), index); });

    connect(m_yearBox, &QSpinBox::valueChanged, this, [this] { reloadAll(); });
}

void SubsidyPage::contextChanged(Workspace *)
{
    m_ledger->setStale(false);
    // Open on the plan's latest year with data (a 2023–2024 plan opened in 2026 shows 2024).
    if (m_workspace && m_planId) {
        const int best = Ledger::defaultYear(m_workspace, m_planId, QDate::currentDate().year());
        m_loading = true;
        m_yearBox->setValue(best);
        m_loading = false;
    }
    reloadAll();
}

void SubsidyPage::reloadAll()
{
    if (m_loading)
        return;
    for (SubsidyTab *tab : std::as_const(m_tabList))
        tab->setContext(m_workspace, m_planId, year());
}

void SubsidyPage::refresh(const QSet<QString> &tables)
{
    if (subsidyui::touched(tables, {"plan", "institution"})) {
        reloadAll();
        return;
    }
    for (SubsidyTab *tab : std::as_const(m_tabList))
        tab->refresh(tables);
}

bool SubsidyPage::focusSearch()
{
    m_tabs->setCurrentWidget(m_ledger);
    m_ledger->focusSearch();
    return true;
}

int SubsidyPage::year() const
{
    return m_yearBox->value();
}

void SubsidyPage::setYear(int year)
{
    m_yearBox->setValue(year);
}

} // namespace tuoyu
