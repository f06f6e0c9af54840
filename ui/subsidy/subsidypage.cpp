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
    : Page(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(QStringLiteral("年度：")));
    m_yearBox = new QSpinBox;
    m_yearBox->setObjectName(QStringLiteral("subsidyYear"));
    m_yearBox->setRange(2000, 2100);
    m_yearBox->setValue(QDate::currentDate().year());
    m_yearBox->setSuffix(QStringLiteral(" 年"));
    top->addWidget(m_yearBox);
    top->addStretch(1);
    layout->addLayout(top);

    m_ledger = new LedgerTab;
    m_rules = new RulesTab;
    m_claims = newClaimsTab();
    m_enrolment = new EnrolmentTab;
    m_funds = newFundsTab();
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("subsidyTabs"));
    m_tabs->addTab(m_ledger, QStringLiteral("台账"));
    m_tabs->addTab(m_rules, QStringLiteral("规则"));
    m_tabs->addTab(m_claims, QStringLiteral("申报"));
    m_tabs->addTab(m_enrolment, QStringLiteral("月度收托"));
    m_tabs->addTab(m_funds, QStringLiteral("资金"));
    layout->addWidget(m_tabs, 1);
    for (SubsidyTab *tab : tabs())
        connect(tab, &SubsidyTab::statusMessage, this, &Page::statusMessage);
    // Officers work in one tab for a while (typing a month's enrolment, paying a batch): the
    // page reopens on the tab last used.
    m_tabs->setCurrentIndex(QSettings().value(QStringLiteral("subsidies/tab"), 0).toInt());
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [](int index) { QSettings().setValue(QStringLiteral("subsidies/tab"), index); });

    connect(m_yearBox, &QSpinBox::valueChanged, this, [this] { reloadAll(); });
}

QList<SubsidyTab *> SubsidyPage::tabs() const
{
    return {m_ledger, m_rules, m_claims, m_enrolment, m_funds};
}

void SubsidyPage::setContext(Workspace *workspace, qint64 planId)
{
    m_workspace = workspace;
    m_planId = planId;
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
    for (SubsidyTab *tab : tabs())
        tab->setContext(m_workspace, m_planId, year());
}

void SubsidyPage::refresh(const QSet<QString> &tables)
{
    if (subsidyui::touched(tables, {"plan", "institution"})) {
        reloadAll();
        return;
    }
    for (SubsidyTab *tab : tabs())
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

bool SubsidyPage::computeLedger(QString *error)
{
    return m_ledger->computeLedger(error);
}

QList<qint64> SubsidyPage::visibleLineIds() const
{
    return m_ledger->visibleLineIds();
}

void SubsidyPage::selectLines(const QList<qint64> &lineIds)
{
    m_ledger->selectLines(lineIds);
}

QList<qint64> SubsidyPage::selectedLineIds() const
{
    return m_ledger->selectedLineIds();
}

bool SubsidyPage::approveSelected(qint64 fundId, QString *error)
{
    return m_ledger->approveSelected(fundId, error);
}

bool SubsidyPage::paySelected(qint64 fundId, const QDate &date, const QString &voucherNo,
                              QString *error)
{
    return m_ledger->paySelected(fundId, date, voucherNo, error);
}

bool SubsidyPage::rejectSelected(const QString &reason, QString *error)
{
    return m_ledger->rejectSelected(reason, error);
}

bool SubsidyPage::setEnrolmentCell(int row, int column, const QString &text, QString *error)
{
    return m_enrolment->setCell(row, column, text, error);
}

void SubsidyPage::showEnrolmentMonth(int month)
{
    m_enrolment->showMonth(month);
}

bool SubsidyPage::addRule(const SubsidyRule &rule, QString *error)
{
    return m_rules->addRule(rule, error);
}

bool SubsidyPage::setRuleAmount(qint64 ruleId, const QString &amount, const QString &cap,
                                QString *error)
{
    return m_rules->setRuleAmount(ruleId, amount, cap, error);
}

bool SubsidyPage::removeRule(qint64 ruleId, QString *error)
{
    return m_rules->removeRule(ruleId, error);
}

} // namespace tuoyu
