#include "subsidytab.h"

#include "commands/subsidycommands.h"
#include "domain/money.h"
#include "session/workspace.h"
#include "shell/forms.h"
#include "subsidy/fundcheck.h"
#include "subsidy/ledgerline.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace tuoyu {

namespace {

/// 资金: each fund's budget, what is committed and paid from it and what remains (table and
/// chart), and the central fund's positive and negative lists.
class FundsTab : public SubsidyTab
{
public:
    FundsTab();

protected:
    void reload() override;

private:
    void askAddFund();

    QTableWidget *m_table = nullptr;
    QChartView *m_chartView = nullptr;
    QLabel *m_listsLabel = nullptr;
};

} // namespace

SubsidyTab *newFundsTab()
{
    return new FundsTab;
}

FundsTab::FundsTab()
    : SubsidyTab(
          {QStringLiteral("ledger_line"), QStringLiteral("fund"), QStringLiteral("fund_list_item")})
{
    auto *layout = new QVBoxLayout(this);
    auto *actions = new QHBoxLayout;
    QPushButton *add =
        forms::addButton(actions, QCoreApplication::translate("tuoyu::Fundstab", "新增资金…"),
                         QStringLiteral("addFundButton"));
    actions->addStretch(1);
    layout->addLayout(actions);
    m_table =
        forms::listTable(QStringLiteral("fundTable"),
                         {QCoreApplication::translate("tuoyu::Fundstab", "资金"),
                          QCoreApplication::translate("tuoyu::Fundstab", "来源"),
                          QCoreApplication::translate("tuoyu::Fundstab", "年度"),
                          QCoreApplication::translate("tuoyu::Fundstab", "预算（元）"),
                          QCoreApplication::translate("tuoyu::Fundstab", "已审核待拨付（元）"),
                          QCoreApplication::translate("tuoyu::Fundstab", "已拨付（元）"),
                          QCoreApplication::translate("tuoyu::Fundstab", "余额（元）")},
                         0);
    m_table->setAlternatingRowColors(true);

    auto *chart = new QChart;
    chart->setTitle(QCoreApplication::translate("tuoyu::Fundstab",
                                                "各项资金：已审核待拨付、已拨付与余额（万元）"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    m_chartView = new QChartView(chart);
    m_chartView->setObjectName(QStringLiteral("fundChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);

    m_listsLabel = new QLabel;
    m_listsLabel->setObjectName(QStringLiteral("fundListsLabel"));
    m_listsLabel->setWordWrap(true);
    m_listsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(m_chartView);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({150, 450}); // a district has a handful of funds; the chart gets the room
    layout->addWidget(split, 1);
    layout->addWidget(m_listsLabel);
    connect(add, &QPushButton::clicked, this, &FundsTab::askAddFund);
}

void FundsTab::reload()
{
    m_table->setRowCount(0);
    QChart *chart = m_chartView->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    m_listsLabel->clear();
    if (!workspace() || !planId())
        return;
    const QList<FundBalance> funds = FundCheck::balances(workspace(), planId());
    m_table->setRowCount(int(funds.size()));
    auto *committed = new QBarSet(QCoreApplication::translate("tuoyu::Fundstab", "已审核待拨付"));
    auto *paid = new QBarSet(QCoreApplication::translate("tuoyu::Fundstab", "已拨付"));
    auto *remaining = new QBarSet(QCoreApplication::translate("tuoyu::Fundstab", "余额"));
    committed->setColor(QColor(0x15, 0x65, 0xC0));
    paid->setColor(QColor(0x2E, 0x7D, 0x32));
    remaining->setColor(QColor(0xB0, 0xBE, 0xC5));
    QStringList categories;
    double top = 0;
    int row = 0;
    for (const FundBalance &f : funds) {
        m_table->setItem(row, 0, subsidyui::readOnly(f.name));
        m_table->setItem(row, 1, subsidyui::readOnly(f.source));
        m_table->setItem(row, 2, subsidyui::readOnly(QString::number(f.year)));
        m_table->setItem(row, 3, subsidyui::moneyItem(f.budgetFen));
        m_table->setItem(row, 4, subsidyui::moneyItem(f.committedFen));
        m_table->setItem(row, 5, subsidyui::moneyItem(f.paidFen));
        auto *rest = subsidyui::moneyItem(f.remainingFen());
        if (f.remainingFen() < 0)
            rest->setForeground(QColor(0xC6, 0x28, 0x28));
        m_table->setItem(row, 6, rest);
        // The chart is a picture in 万元; the money itself stays in fen in the table.
        *committed << double(f.committedFen) / 1e6;
        *paid << double(f.paidFen) / 1e6;
        *remaining << double(std::max<qint64>(0, f.remainingFen())) / 1e6;
        top = std::max({top, double(f.committedFen) / 1e6, double(f.paidFen) / 1e6,
                        double(f.remainingFen()) / 1e6});
        categories
            << QCoreApplication::translate("tuoyu::Fundstab", "%1（%2）").arg(f.name, f.source);
        ++row;
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    if (!funds.isEmpty()) {
        auto *series = new QBarSeries;
        series->append(committed);
        series->append(paid);
        series->append(remaining);
        chart->addSeries(series);
        auto *x = new QBarCategoryAxis;
        x->append(categories);
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(x);
        auto *y = new QValueAxis;
        y->setRange(0, top > 0 ? top * 1.05 : 1);
        y->applyNiceNumbers();
        y->setLabelFormat(QStringLiteral("%.0f"));
        y->setTitleText(QCoreApplication::translate("tuoyu::Fundstab", "万元"));
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(y);
    } else {
        delete committed;
        delete paid;
        delete remaining;
    }
    const QStringList positive =
        FundCheck::storedList(workspace(), planId(), QStringLiteral("positive"));
    const QStringList negative = FundCheck::negativeList(workspace(), planId());
    m_listsLabel->setText(
        QCoreApplication::translate(
            "tuoyu::Fundstab",
            "<b>中央财政资金正面清单：</b>%1<br><b>负面清单（不得由中央资金支付）：</b>%2"
            "<br>地方资金不受正负面清单限制。")
            .arg(positive.isEmpty()
                     ? QCoreApplication::translate("tuoyu::Fundstab", "（方案未列）")
                     : positive.join(QCoreApplication::translate("tuoyu::Fundstab", "；")),
                 negative.join(QCoreApplication::translate("tuoyu::Fundstab", "；"))));
}

void FundsTab::askAddFund()
{
    if (!workspace() || !planId())
        return;
    forms::FormDialog dialog(tr("新增资金"), this);
    QLineEdit *name = dialog.add(
        tr("名称："), forms::lineEdit(QString(), tr("例如 2025年中央财政普惠托育专项资金")),
        QStringLiteral("fundName"));
    auto *source = dialog.add(tr("来源："), new QComboBox, QStringLiteral("fundSource"));
    // The level is stored and printed in Chinese whatever the interface language.
    for (const char *level :
         {QT_TR_NOOP("中央"), QT_TR_NOOP("省"), QT_TR_NOOP("市"), QT_TR_NOOP("区")})
        source->addItem(tr(level), QString::fromUtf8(level));
    auto *fundYear = dialog.add(tr("年度："), new QSpinBox, QStringLiteral("fundYear"));
    fundYear->setRange(2000, 2100);
    fundYear->setValue(year());
    QLineEdit *amount =
        dialog.add(tr("金额（元）："), forms::lineEdit(QString(), tr("例如 500000 或 50万")),
                   QStringLiteral("fundAmount"));
    if (dialog.runUntilDone([&](QString *error) {
            const auto fen = fenFromYuanText(amount->text());
            if (!fen) {
                *error = QCoreApplication::translate("tuoyu::Fundstab",
                                                     "金额应为元，例如 500000 或 50万：%1")
                             .arg(amount->text());
                return false;
            }
            return run(subsidycommands::addFund(workspace(), planId(), name->text(),
                                                source->currentData().toString(), fundYear->value(),
                                                *fen, error),
                       error);
        }))
        Q_EMIT statusMessage(QCoreApplication::translate("tuoyu::Fundstab", "已新增资金"));
}

} // namespace tuoyu
