#pragma once

#include "domain/subsidyrule.h"
#include "shell/page.h"

#include <QDate>

class QSpinBox;
class QTabWidget;

namespace tuoyu {

class EnrolmentTab;
class LedgerTab;
class RulesTab;
class SubsidyTab;

/// 奖补: the year's ledger, the plan's rules, the claims, the monthly enrolment and the funds,
/// one tab each (ledgertab, rulestab, claimstab, enrolmenttab, fundstab). The page only picks
/// the year, hands every tab the workspace, plan and year, and passes on what each command
/// changed. What each tab does is the tab's own (ledgerTab(), rulesTab(), enrolmentTab()).
class SubsidyPage : public Page
{
    Q_OBJECT

public:
    explicit SubsidyPage(QWidget *parent = nullptr);
    void refresh(const QSet<QString> &tables) override;
    bool focusSearch() override;

    int year() const;
    void setYear(int year);

    LedgerTab *ledgerTab() const { return m_ledger; }
    RulesTab *rulesTab() const { return m_rules; }
    EnrolmentTab *enrolmentTab() const { return m_enrolment; }

private:
    void contextChanged(Workspace *previous) override;
    void reloadAll();

    bool m_loading = false;
    QSpinBox *m_yearBox = nullptr;
    QTabWidget *m_tabs = nullptr;
    LedgerTab *m_ledger = nullptr;
    RulesTab *m_rules = nullptr;
    EnrolmentTab *m_enrolment = nullptr;
    QList<SubsidyTab *> m_tabList; ///< every tab, in the order shown
};

} // namespace tuoyu
