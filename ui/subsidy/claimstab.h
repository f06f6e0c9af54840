#pragma once

#include "subsidytab.h"

class QTableWidget;

namespace tuoyu {

/// 申报: what institutions claimed for the rules that pay on a claim (accepted slots, new
/// classes, costs, voucher days), and 新增申报.
class ClaimsTab : public SubsidyTab
{
    Q_OBJECT

public:
    explicit ClaimsTab(QWidget *parent = nullptr);
    void refresh(const QSet<QString> &tables) override;

protected:
    void reload() override;

private:
    void askAddClaim();

    QTableWidget *m_table = nullptr;
};

} // namespace tuoyu
