#pragma once

#include "subsidytab.h"

class QChartView;
class QLabel;
class QTableWidget;

namespace tuoyu {

/// 资金: each fund's budget, what is committed and paid from it and what remains (table and
/// chart), and the central fund's positive and negative lists.
class FundsTab : public SubsidyTab
{
    Q_OBJECT

public:
    explicit FundsTab(QWidget *parent = nullptr);
    void refresh(const QSet<QString> &tables) override;

protected:
    void reload() override;

private:
    void askAddFund();

    QTableWidget *m_table = nullptr;
    QChartView *m_chartView = nullptr;
    QLabel *m_listsLabel = nullptr;
};

} // namespace tuoyu
