#include "subsidypage.h"

#include "commands/subsidycommands.h"
#include "domain/money.h"
#include "ledgertablemodel.h"
#include "session/workspace.h"
#include "subsidy/fundcheck.h"
#include "subsidy/ledger.h"
#include "subsidy/subsidyengine.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <functional>
#include <optional>

namespace tuoyu {

namespace {

/// The enrolment grid's columns after the institution's name: the enrolment_record field and
/// its heading (class bands, then the categories 002 and 003 pay for).
struct EnrolmentColumn
{
    const char *key;
    const char *label;
};
constexpr EnrolmentColumn kEnrolmentColumns[] = {
    {"infant", "乳儿班"},
    {"toddler", "托小班"},
    {"older", "托大班"},
    {"second_child", "其中二孩"},
    {"third_child", "其中三孩"},
    {"three_child_family", "三孩家庭"},
    {"special_family", "计生特殊家庭"},
    {"disabled", "残疾婴幼儿"},
};
constexpr int kEnrolmentColumnCount = int(std::size(kEnrolmentColumns));

QTableWidgetItem *readOnly(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

QTableWidgetItem *moneyItem(qint64 fen)
{
    auto *item = readOnly(Fen(fen).toString(Fen::Style::Grouped));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

void setupTable(QTableWidget *table, const QStringList &headers)
{
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->setVisible(false);
    table->setAlternatingRowColors(true);
}

/// Runs a dialog until its values make a command that succeeds, or the officer cancels; the
/// core's message is shown on each refusal and the dialog stays open with what was typed.
bool execUntilDone(QDialog &dialog, const std::function<bool(QString *)> &apply)
{
    while (dialog.exec() == QDialog::Accepted) {
        QString error;
        if (apply(&error))
            return true;
        QMessageBox::warning(&dialog, QStringLiteral("无法保存"), error);
    }
    return false;
}

QDialogButtonBox *okCancel(QDialog *dialog)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

QString periodText(const QString &period)
{
    if (period.size() == 7)
        return QStringLiteral("%1年%2月").arg(period.left(4)).arg(period.mid(5).toInt());
    return period + QStringLiteral("年");
}

/// A rule's standard as the grid shows it: 金额待定 when the plan prints none, 不低于/不高于 when
/// the printed amount is a floor or a ceiling.
QString amountText(const SubsidyRule &r)
{
    if (r.amountPending())
        return QStringLiteral("金额待定");
    const QString money = Fen(r.amountFen).toString(Fen::Style::Grouped);
    if (r.amountIsFloor())
        return QStringLiteral("不低于 ") + money;
    if (r.conditions.value(QStringLiteral("amount_is_cap")).toBool())
        return QStringLiteral("不高于 ") + money;
    return money;
}

} // namespace

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

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("subsidyTabs"));
    m_tabs->addTab(buildLedgerTab(), QStringLiteral("台账"));
    m_tabs->addTab(buildRulesTab(), QStringLiteral("规则"));
    m_tabs->addTab(buildClaimsTab(), QStringLiteral("申报"));
    m_tabs->addTab(buildEnrolmentTab(), QStringLiteral("月度收托"));
    m_tabs->addTab(buildFundsTab(), QStringLiteral("资金"));
    layout->addWidget(m_tabs, 1);
    // Officers work in one tab for a while (typing a month's enrolment, paying a batch): the
    // page reopens on the tab last used.
    m_tabs->setCurrentIndex(QSettings().value(QStringLiteral("subsidies/tab"), 0).toInt());
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [](int index) { QSettings().setValue(QStringLiteral("subsidies/tab"), index); });

    connect(m_yearBox, &QSpinBox::valueChanged, this, [this] { reloadAll(); });
}

QWidget *SubsidyPage::buildLedgerTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);

    auto *actions = new QHBoxLayout;
    m_computeButton = new QPushButton(QStringLiteral("计算台账"));
    m_computeButton->setObjectName(QStringLiteral("computeLedgerButton"));
    m_computeButton->setToolTip(
        QStringLiteral("按现行规则重新计算本年度待审核的行；已审核、已拨付和不予拨付的行保持不变"));
    m_approveButton = new QPushButton(QStringLiteral("审核…"));
    m_payButton = new QPushButton(QStringLiteral("拨付…"));
    m_rejectButton = new QPushButton(QStringLiteral("不予拨付…"));
    m_staleLabel = new QLabel(QStringLiteral("规则、申报或收托有改动，请重新计算台账。"));
    m_staleLabel->setObjectName(QStringLiteral("ledgerStaleLabel"));
    m_staleLabel->setStyleSheet(QStringLiteral("color: #B26A00;"));
    m_staleLabel->setVisible(false);
    actions->addWidget(m_computeButton);
    actions->addWidget(m_approveButton);
    actions->addWidget(m_payButton);
    actions->addWidget(m_rejectButton);
    actions->addWidget(m_staleLabel, 1);
    actions->addStretch(0);
    layout->addLayout(actions);

    auto *filters = new QHBoxLayout;
    m_statusFilter = new QComboBox;
    m_statusFilter->setObjectName(QStringLiteral("ledgerStatusFilter"));
    m_statusFilter->addItem(QStringLiteral("全部状态"), -1);
    for (LedgerStatus s : {LedgerStatus::Computed, LedgerStatus::Approved, LedgerStatus::Paid,
                           LedgerStatus::Rejected})
        m_statusFilter->addItem(ledgerStatusLabel(s), int(s));
    m_ruleFilter = new QComboBox;
    m_ruleFilter->setObjectName(QStringLiteral("ledgerRuleFilter"));
    m_ruleFilter->setMinimumContentsLength(14);
    m_ruleFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_periodFilter = new QComboBox;
    m_periodFilter->setObjectName(QStringLiteral("ledgerPeriodFilter"));
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("ledgerSearch"));
    m_search->setPlaceholderText(QStringLiteral("机构、说明或凭证号"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(new QLabel(QStringLiteral("状态：")));
    filters->addWidget(m_statusFilter);
    filters->addWidget(new QLabel(QStringLiteral("规则：")));
    filters->addWidget(m_ruleFilter);
    filters->addWidget(new QLabel(QStringLiteral("期间：")));
    filters->addWidget(m_periodFilter);
    filters->addWidget(m_search, 1);
    layout->addLayout(filters);

    m_ledgerModel = new LedgerTableModel(this);
    m_ledgerSort = new QSortFilterProxyModel(this);
    m_ledgerSort->setSourceModel(m_ledgerModel);
    m_ledgerSort->setSortRole(Qt::UserRole);
    m_ledgerView = new QTableView;
    m_ledgerView->setObjectName(QStringLiteral("ledgerView"));
    m_ledgerView->setModel(m_ledgerSort);
    m_ledgerView->setSortingEnabled(true);
    m_ledgerView->sortByColumn(-1, Qt::AscendingOrder); // the ledger's own order until asked
    m_ledgerView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ledgerView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_ledgerView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ledgerView->setAlternatingRowColors(true);
    m_ledgerView->verticalHeader()->setVisible(false);
    m_ledgerView->verticalHeader()->setDefaultSectionSize(m_ledgerView->fontMetrics().height() + 8);
    m_ledgerView->horizontalHeader()->setStretchLastSection(true);
    // The explanation is what the officer reads; the other columns get what their content needs.
    m_ledgerView->setColumnWidth(LedgerTableModel::InstitutionColumn, 140);
    m_ledgerView->setColumnWidth(LedgerTableModel::RuleColumn, 120);
    m_ledgerView->setColumnWidth(LedgerTableModel::PeriodColumn, 62);
    m_ledgerView->setColumnWidth(LedgerTableModel::QuantityColumn, 44);
    m_ledgerView->setColumnWidth(LedgerTableModel::RateColumn, 76);
    m_ledgerView->setColumnWidth(LedgerTableModel::AmountColumn, 90);
    m_ledgerView->setColumnWidth(LedgerTableModel::StatusColumn, 62);
    m_ledgerView->setColumnWidth(LedgerTableModel::FundColumn, 100);
    m_ledgerView->setColumnWidth(LedgerTableModel::PaymentColumn, 150);

    auto *bottom = new QWidget;
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *totalsRow = new QHBoxLayout;
    m_totalsLabel = new QLabel;
    m_totalsLabel->setObjectName(QStringLiteral("ledgerTotals"));
    m_totalsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_groupBy = new QComboBox;
    m_groupBy->setObjectName(QStringLiteral("ledgerGroupBy"));
    m_groupBy->addItem(QStringLiteral("按机构合计"), QStringLiteral("institution"));
    m_groupBy->addItem(QStringLiteral("按规则合计"), QStringLiteral("rule"));
    m_groupBy->addItem(QStringLiteral("按期间合计"), QStringLiteral("period"));
    m_groupBy->addItem(QStringLiteral("按资金合计"), QStringLiteral("fund"));
    totalsRow->addWidget(m_totalsLabel, 1);
    totalsRow->addWidget(m_groupBy);
    bottomLayout->addLayout(totalsRow);
    m_groupTable = new QTableWidget;
    m_groupTable->setObjectName(QStringLiteral("ledgerGroupTable"));
    setupTable(m_groupTable, {QStringLiteral("分组"), QStringLiteral("行数"),
                              QStringLiteral("待审核"), QStringLiteral("已审核"),
                              QStringLiteral("已拨付"), QStringLiteral("合计（不含不予拨付）")});
    m_groupTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_groupTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_groupTable->verticalHeader()->setDefaultSectionSize(m_groupTable->fontMetrics().height() + 8);
    bottomLayout->addWidget(m_groupTable);

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_ledgerView);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    connect(m_computeButton, &QPushButton::clicked, this, [this] {
        QString error;
        const bool ok = computeLedger(&error);
        report(ok, QStringLiteral("已计算%1年奖补台账").arg(year()), error);
    });
    connect(m_approveButton, &QPushButton::clicked, this, &SubsidyPage::askApprove);
    connect(m_payButton, &QPushButton::clicked, this, &SubsidyPage::askPay);
    connect(m_rejectButton, &QPushButton::clicked, this, &SubsidyPage::askReject);
    for (QComboBox *box : {m_statusFilter, m_ruleFilter, m_periodFilter, m_groupBy})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_loading)
                applyLedgerFilter();
        });
    connect(m_search, &QLineEdit::textChanged, this, [this] { applyLedgerFilter(); });
    connect(m_ledgerView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { updateButtons(); });
    return tab;
}

QWidget *SubsidyPage::buildRulesTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    auto *actions = new QHBoxLayout;
    m_reviseButton = new QPushButton(QStringLiteral("调整标准…"));
    m_reviseButton->setToolTip(
        QStringLiteral("从某日起按新的金额或上限执行；原规则到前一日为止，之前各期的台账不受影响"));
    actions->addWidget(m_reviseButton);
    auto *edit = new QPushButton(QStringLiteral("编辑条件和有效期…"));
    edit->setObjectName(QStringLiteral("editRuleButton"));
    actions->addWidget(edit);
    connect(edit, &QPushButton::clicked, this, &SubsidyPage::askEditRule);
    auto *add = new QPushButton(QStringLiteral("新增规则…"));
    add->setObjectName(QStringLiteral("addRuleButton"));
    actions->addWidget(add);
    connect(add, &QPushButton::clicked, this, &SubsidyPage::askAddRule);
    m_setAmountButton = new QPushButton(QStringLiteral("设定金额…"));
    m_setAmountButton->setObjectName(QStringLiteral("setRuleAmountButton"));
    m_setAmountButton->setToolTip(QStringLiteral("为“金额待定”的规则填写标准"));
    actions->addWidget(m_setAmountButton);
    connect(m_setAmountButton, &QPushButton::clicked, this, &SubsidyPage::askSetRuleAmount);
    auto *hint = new QLabel(
        QStringLiteral("勾选“启用”决定规则是否参与计算；“金额待定”的规则设定金额后才计入台账。"));
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    actions->addWidget(hint, 1);
    layout->addLayout(actions);
    m_ruleTable = new QTableWidget;
    m_ruleTable->setObjectName(QStringLiteral("ruleTable"));
    setupTable(m_ruleTable,
               {QStringLiteral("启用"), QStringLiteral("规则"), QStringLiteral("类型"),
                QStringLiteral("标准（元）"), QStringLiteral("单位"), QStringLiteral("上限（元）"),
                QStringLiteral("条件"), QStringLiteral("资金用途"), QStringLiteral("有效期"),
                QStringLiteral("依据")});
    m_ruleTable->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_ruleTable, 1);
    connect(m_reviseButton, &QPushButton::clicked, this, &SubsidyPage::askReviseRule);
    connect(m_ruleTable, &QTableWidget::itemChanged, this, &SubsidyPage::ruleItemChanged);
    return tab;
}

QWidget *SubsidyPage::buildClaimsTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    auto *actions = new QHBoxLayout;
    auto *add = new QPushButton(QStringLiteral("新增申报…"));
    add->setObjectName(QStringLiteral("addClaimButton"));
    actions->addWidget(add);
    auto *hint = new QLabel(QStringLiteral("按托位、按新增班、限额包和体验券的奖补，须由机构申报验"
                                           "收托位、新增班数、实际成本或体验人次。"));
    hint->setWordWrap(true);
    actions->addWidget(hint, 1);
    layout->addLayout(actions);
    m_claimTable = new QTableWidget;
    m_claimTable->setObjectName(QStringLiteral("claimTable"));
    setupTable(m_claimTable,
               {QStringLiteral("期间"), QStringLiteral("机构"), QStringLiteral("规则"),
                QStringLiteral("数量"), QStringLiteral("户数"), QStringLiteral("申报成本（元）")});
    m_claimTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_claimTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    layout->addWidget(m_claimTable, 1);
    connect(add, &QPushButton::clicked, this, &SubsidyPage::askAddClaim);
    return tab;
}

QWidget *SubsidyPage::buildEnrolmentTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(QStringLiteral("月份：")));
    m_monthBox = new QComboBox;
    m_monthBox->setObjectName(QStringLiteral("enrolmentMonth"));
    for (int m = 1; m <= 12; ++m)
        m_monthBox->addItem(QStringLiteral("%1月").arg(m), m);
    m_monthBox->setCurrentIndex(QDate::currentDate().month() - 1);
    top->addWidget(m_monthBox);
    auto *hint = new QLabel(QStringLiteral("每个机构当月的在托人数，按班别和类别填写；改动即保存，"
                                           "可撤销。二孩、三孩为各班合计中的人数。"));
    hint->setWordWrap(true);
    top->addWidget(hint, 1);
    layout->addLayout(top);
    m_enrolmentTable = new QTableWidget;
    m_enrolmentTable->setObjectName(QStringLiteral("enrolmentTable"));
    QStringList headers{QStringLiteral("机构")};
    for (const auto &c : kEnrolmentColumns)
        headers << QString::fromUtf8(c.label);
    setupTable(m_enrolmentTable, headers);
    m_enrolmentTable->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_enrolmentTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_enrolmentTable, 1);
    connect(m_monthBox, &QComboBox::currentIndexChanged, this, [this] { reloadEnrolment(); });
    connect(m_enrolmentTable, &QTableWidget::itemChanged, this, &SubsidyPage::enrolmentItemChanged);
    return tab;
}

QWidget *SubsidyPage::buildFundsTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    auto *actions = new QHBoxLayout;
    auto *add = new QPushButton(QStringLiteral("新增资金…"));
    add->setObjectName(QStringLiteral("addFundButton"));
    actions->addWidget(add);
    actions->addStretch(1);
    layout->addLayout(actions);
    m_fundTable = new QTableWidget;
    m_fundTable->setObjectName(QStringLiteral("fundTable"));
    setupTable(m_fundTable, {QStringLiteral("资金"), QStringLiteral("来源"), QStringLiteral("年度"),
                             QStringLiteral("预算（元）"), QStringLiteral("已审核待拨付（元）"),
                             QStringLiteral("已拨付（元）"), QStringLiteral("余额（元）")});
    m_fundTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fundTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto *chart = new QChart;
    chart->setTitle(QStringLiteral("各项资金：已审核待拨付、已拨付与余额（万元）"));
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
    split->addWidget(m_fundTable);
    split->addWidget(m_chartView);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({150, 450}); // a district has a handful of funds; the chart gets the room
    layout->addWidget(split, 1);
    layout->addWidget(m_listsLabel);
    connect(add, &QPushButton::clicked, this, &SubsidyPage::askAddFund);
    return tab;
}

void SubsidyPage::setContext(Workspace *workspace, qint64 planId)
{
    m_workspace = workspace;
    m_planId = planId;
    setStale(false);
    // Open on the plan's latest year with data (a 2023–2024 plan opened in 2026 shows 2024).
    if (m_workspace && m_planId) {
        const int best = Ledger::defaultYear(m_workspace, m_planId, QDate::currentDate().year());
        m_loading = true;
        m_yearBox->setValue(best);
        m_loading = false;
    }
    reloadAll();
}

void SubsidyPage::refresh(const QSet<QString> &tables)
{
    auto touched = [&](std::initializer_list<const char *> names) {
        for (const char *n : names)
            if (tables.contains(QLatin1String(n)))
                return true;
        return false;
    };
    if (touched({"plan", "institution"})) {
        reloadAll();
        return;
    }
    if (touched({"subsidy_rule", "subsidy_claim", "enrolment_record"}))
        setStale(true);
    if (touched({"ledger_line"}))
        setStale(false);
    if (touched({"ledger_line", "fund", "subsidy_rule"}))
        reloadLedger();
    if (touched({"subsidy_rule"}))
        reloadRules();
    if (touched({"subsidy_claim", "subsidy_rule"}))
        reloadClaims();
    if (touched({"enrolment_record"}))
        reloadEnrolment();
    if (touched({"ledger_line", "fund", "fund_list_item"}))
        reloadFunds();
}

bool SubsidyPage::focusSearch()
{
    m_tabs->setCurrentIndex(0);
    m_search->setFocus();
    m_search->selectAll();
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

void SubsidyPage::reloadAll()
{
    if (m_loading)
        return;
    reloadLedger();
    reloadRules();
    reloadClaims();
    reloadEnrolment();
    reloadFunds();
}

void SubsidyPage::setStale(bool stale)
{
    m_staleLabel->setVisible(stale);
}

bool SubsidyPage::run(std::unique_ptr<WorkspaceCommand> command, QString *error)
{
    return command && m_workspace->execute(std::move(command), error);
}

void SubsidyPage::report(bool ok, const QString &done, const QString &error)
{
    if (ok)
        Q_EMIT statusMessage(done);
    else
        QMessageBox::warning(this, QStringLiteral("奖补"), error);
}

// ---- 台账 ----------------------------------------------------------------------------------

void SubsidyPage::reloadLedger()
{
    QList<LedgerLine> lines;
    QHash<qint64, QString> fundNames;
    QList<SubsidyRule> rules;
    if (m_workspace && m_planId) {
        lines = Ledger::lines(m_workspace, m_planId, year(), false);
        for (const FundBalance &f : FundCheck::balances(m_workspace, m_planId))
            fundNames.insert(f.id, f.name);
        rules = SubsidyEngine::load(m_workspace, m_planId, year()).rules;
    }
    // Keep the filters the officer chose across reloads (an approval must not reset them).
    m_loading = true;
    const qint64 ruleId = m_ruleFilter->currentData().toLongLong();
    const QString period = m_periodFilter->currentData().toString();
    m_ruleFilter->clear();
    m_ruleFilter->addItem(QStringLiteral("全部规则"), qint64(0));
    QSet<QString> names;
    for (const SubsidyRule &r : rules) {
        const QString label =
            names.contains(r.name)
                ? QStringLiteral("%1（%2起）").arg(r.name, r.validFrom.toString(Qt::ISODate))
                : r.name;
        names.insert(r.name);
        m_ruleFilter->addItem(label, r.id);
    }
    m_ruleFilter->setCurrentIndex(std::max(0, m_ruleFilter->findData(ruleId)));
    m_periodFilter->clear();
    m_periodFilter->addItem(QStringLiteral("全年"), QString());
    m_periodFilter->addItem(QStringLiteral("年度一次性"), QString::number(year()));
    for (int m = 1; m <= 12; ++m)
        m_periodFilter->addItem(
            QStringLiteral("%1月").arg(m),
            QStringLiteral("%1-%2").arg(year()).arg(m, 2, 10, QLatin1Char('0')));
    const int periodIndex = m_periodFilter->findData(period);
    m_periodFilter->setCurrentIndex(period.isEmpty() || periodIndex < 0 ? 0 : periodIndex);
    m_loading = false;

    m_ledgerModel->setLines(lines, fundNames);
    applyLedgerFilter();
    m_computeButton->setEnabled(m_workspace && m_planId);
}

void SubsidyPage::applyLedgerFilter()
{
    LedgerTableModel::Filter filter;
    const int status = m_statusFilter->currentData().toInt();
    if (status >= 0)
        filter.status = LedgerStatus(status);
    filter.ruleId = m_ruleFilter->currentData().toLongLong();
    filter.period = m_periodFilter->currentData().toString();
    filter.text = m_search->text();
    m_ledgerModel->setFilter(filter);

    const QList<LedgerLine> lines = m_ledgerModel->visibleLines();
    const Ledger::Totals t = Ledger::totals(lines);
    if (m_ledgerModel->lineCount() == 0)
        m_totalsLabel->setText(
            QStringLiteral("%1年还没有台账。填好月度收托和申报后，点击“计算台账”。").arg(year()));
    else
        m_totalsLabel->setText(
            QStringLiteral("%1 行，合计 <b>%2</b> 元：待审核 %3，已审核 %4，已拨付 %5；不予拨付 %6")
                .arg(lines.size())
                .arg(Fen(t.allFen()).toString(Fen::Style::Grouped),
                     Fen(t.computedFen).toString(Fen::Style::Grouped),
                     Fen(t.approvedFen).toString(Fen::Style::Grouped),
                     Fen(t.paidFen).toString(Fen::Style::Grouped),
                     Fen(t.rejectedFen).toString(Fen::Style::Grouped)));

    // Totals per institution, rule, period or fund of exactly the rows shown.
    const QString by = m_groupBy->currentData().toString();
    struct Group
    {
        int count = 0;
        Ledger::Totals totals;
    };
    QMap<QString, Group> groups;
    for (const LedgerLine &l : lines) {
        QString key = by == QLatin1String("rule")     ? l.ruleName
                      : by == QLatin1String("period") ? periodText(l.period)
                      : by == QLatin1String("fund") ? (l.fundId ? m_ledgerModel->fundName(l.fundId)
                                                                : QStringLiteral("（未指定资金）"))
                                                    : l.institutionName;
        Group &g = groups[key];
        ++g.count;
        const Ledger::Totals one = Ledger::totals({l});
        g.totals.computedFen += one.computedFen;
        g.totals.approvedFen += one.approvedFen;
        g.totals.paidFen += one.paidFen;
        g.totals.rejectedFen += one.rejectedFen;
    }
    m_groupTable->setRowCount(int(groups.size()));
    int row = 0;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it, ++row) {
        m_groupTable->setItem(row, 0, readOnly(it.key()));
        auto *count = readOnly(QString::number(it->count));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_groupTable->setItem(row, 1, count);
        m_groupTable->setItem(row, 2, moneyItem(it->totals.computedFen));
        m_groupTable->setItem(row, 3, moneyItem(it->totals.approvedFen));
        m_groupTable->setItem(row, 4, moneyItem(it->totals.paidFen));
        m_groupTable->setItem(row, 5, moneyItem(it->totals.allFen()));
    }
    m_groupTable->resizeColumnToContents(5);
    updateButtons();
}

bool SubsidyPage::computeLedger(QString *error)
{
    if (!m_workspace || !m_planId) {
        *error = QStringLiteral("请先打开工作区并选择实施方案");
        return false;
    }
    int count = 0;
    auto command = subsidycommands::refreshLedger(m_workspace, m_planId, year(), error, &count);
    if (!command)
        return false;
    return run(std::move(command), error);
}

QList<qint64> SubsidyPage::visibleLineIds() const
{
    QList<qint64> ids;
    for (int r = 0; r < m_ledgerSort->rowCount(); ++r)
        ids << m_ledgerSort->index(r, 0).data(LedgerTableModel::LineIdRole).toLongLong();
    return ids;
}

void SubsidyPage::selectLines(const QList<qint64> &lineIds)
{
    const QSet<qint64> wanted(lineIds.cbegin(), lineIds.cend());
    QItemSelection selection;
    for (int r = 0; r < m_ledgerSort->rowCount(); ++r)
        if (wanted.contains(
                m_ledgerSort->index(r, 0).data(LedgerTableModel::LineIdRole).toLongLong()))
            selection.select(m_ledgerSort->index(r, 0),
                             m_ledgerSort->index(r, LedgerTableModel::ColumnCount - 1));
    m_ledgerView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

QList<qint64> SubsidyPage::selectedLineIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_ledgerView->selectionModel()->selectedRows())
        ids << index.data(LedgerTableModel::LineIdRole).toLongLong();
    return ids;
}

bool SubsidyPage::approveSelected(qint64 fundId, QString *error)
{
    return run(subsidycommands::approve(m_workspace, selectedLineIds(), fundId, error), error);
}

bool SubsidyPage::paySelected(qint64 fundId, const QDate &date, const QString &voucherNo,
                              QString *error)
{
    if (fundId <= 0) {
        *error = QStringLiteral("请选择支付的资金");
        return false;
    }
    return run(subsidycommands::pay(m_workspace, selectedLineIds(), fundId, date, voucherNo, error),
               error);
}

bool SubsidyPage::rejectSelected(const QString &reason, QString *error)
{
    return run(subsidycommands::reject(m_workspace, selectedLineIds(), reason, error), error);
}

void SubsidyPage::updateButtons()
{
    int computed = 0;
    int approved = 0;
    int paid = 0;
    for (const QModelIndex &index : m_ledgerView->selectionModel()->selectedRows()) {
        const QModelIndex source = m_ledgerSort->mapToSource(index);
        switch (m_ledgerModel->lineAt(source.row()).status) {
        case LedgerStatus::Computed:
            ++computed;
            break;
        case LedgerStatus::Approved:
            ++approved;
            break;
        case LedgerStatus::Paid:
            ++paid;
            break;
        case LedgerStatus::Rejected:
            break;
        }
    }
    const int selected = int(m_ledgerView->selectionModel()->selectedRows().size());
    m_approveButton->setEnabled(selected > 0 && computed == selected);
    m_payButton->setEnabled(selected > 0 && approved == selected);
    m_rejectButton->setEnabled(selected > 0 && paid == 0);
}

/// A fund chooser listing each fund with its source, year and what remains.
static QComboBox *fundChooser(Workspace *ws, qint64 planId, int year, bool allowNone)
{
    auto *box = new QComboBox;
    if (allowNone)
        box->addItem(QStringLiteral("暂不指定资金"), qint64(0));
    for (const FundBalance &f : FundCheck::balances(ws, planId))
        box->addItem(QStringLiteral("%1（%2，%3年，余额 %4 元）")
                         .arg(f.name, f.source)
                         .arg(f.year)
                         .arg(Fen(f.remainingFen()).toString(Fen::Style::Grouped)),
                     f.id);
    // The year's own funds first in mind: preselect the first of this year.
    for (int i = 0; i < box->count(); ++i)
        if (box->itemText(i).contains(QStringLiteral("，%1年").arg(year))) {
            box->setCurrentIndex(i);
            break;
        }
    return box;
}

void SubsidyPage::askApprove()
{
    const QList<qint64> ids = selectedLineIds();
    if (ids.isEmpty())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(QStringLiteral("审核 %1 行").arg(ids.size()));
    auto *form = new QFormLayout(&dialog);
    auto *fund = fundChooser(m_workspace, m_planId, year(), true);
    fund->setCurrentIndex(0);
    form->addRow(new QLabel(QStringLiteral("审核后这些行不再随规则重新计算。")));
    form->addRow(QStringLiteral("计入资金："), fund);
    form->addRow(okCancel(&dialog));
    if (execUntilDone(dialog, [&](QString *error) {
            return approveSelected(fund->currentData().toLongLong(), error);
        }))
        Q_EMIT statusMessage(QStringLiteral("已审核 %1 行").arg(ids.size()));
}

void SubsidyPage::askPay()
{
    const QList<qint64> ids = selectedLineIds();
    if (ids.isEmpty())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(QStringLiteral("拨付 %1 行").arg(ids.size()));
    auto *form = new QFormLayout(&dialog);
    auto *fund = fundChooser(m_workspace, m_planId, year(), false);
    auto *date = new QDateEdit(QDate::currentDate());
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *voucher = new QLineEdit;
    voucher->setPlaceholderText(QStringLiteral("例如 记-2025-0312"));
    form->addRow(QStringLiteral("支付资金："), fund);
    form->addRow(QStringLiteral("拨付日期："), date);
    form->addRow(QStringLiteral("凭证号："), voucher);
    form->addRow(okCancel(&dialog));
    if (execUntilDone(dialog, [&](QString *error) {
            return paySelected(fund->currentData().toLongLong(), date->date(), voucher->text(),
                               error);
        }))
        Q_EMIT statusMessage(QStringLiteral("已拨付 %1 行").arg(ids.size()));
}

void SubsidyPage::askReject()
{
    const QList<qint64> ids = selectedLineIds();
    if (ids.isEmpty())
        return;
    bool ok = false;
    const QString reason =
        QInputDialog::getText(this, QStringLiteral("不予拨付 %1 行").arg(ids.size()),
                              QStringLiteral("原因："), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    QString error;
    report(rejectSelected(reason, &error), QStringLiteral("已标记 %1 行不予拨付").arg(ids.size()),
           error);
}

// ---- 规则 ----------------------------------------------------------------------------------

void SubsidyPage::reloadRules()
{
    QList<SubsidyRule> rules;
    if (m_workspace && m_planId)
        rules = SubsidyEngine::load(m_workspace, m_planId, year()).rules;
    m_loading = true;
    // Cells are updated in place when the rules are the same ones: a click on a check box
    // reloads the table from inside its own itemChanged signal, which must not delete the item.
    bool same = m_ruleTable->rowCount() == rules.size();
    for (int r = 0; same && r < rules.size(); ++r)
        same = m_ruleTable->item(r, 0)->data(Qt::UserRole).toLongLong() == rules.at(r).id;
    if (!same)
        m_ruleTable->setRowCount(int(rules.size()));
    auto put = [this](int row, int column, const QString &text, bool number) {
        QTableWidgetItem *item = m_ruleTable->item(row, column);
        if (!item) {
            item = readOnly(QString());
            if (number)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_ruleTable->setItem(row, column, item);
        }
        item->setText(text);
        return item;
    };
    int row = 0;
    for (const SubsidyRule &r : rules) {
        QTableWidgetItem *enabled = m_ruleTable->item(row, 0);
        if (!enabled) {
            enabled = new QTableWidgetItem;
            enabled->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            m_ruleTable->setItem(row, 0, enabled);
        }
        enabled->setData(Qt::UserRole, r.id);
        enabled->setCheckState(r.enabled ? Qt::Checked : Qt::Unchecked);
        put(row, 1, r.name, false);
        put(row, 2, SubsidyEngine::ruleKindLabel(r.kind), false);
        put(row, 3, amountText(r), true)
            ->setToolTip(r.amountPending() ? QStringLiteral("方案未给出金额；设定金额后才计入台账")
                         : r.amountIsFloor()
                             ? QStringLiteral("原文为“不低于”：此为下限，实际可高于此数")
                             : QString());
        put(row, 4, r.unit, false);
        put(row, 5, r.capFen ? Fen(*r.capFen).toString(Fen::Style::Grouped) : QStringLiteral("—"),
            true);
        put(row, 6, SubsidyEngine::conditionsText(r.conditions), false);
        put(row, 7, SubsidyEngine::fundUseLabel(r.fundUse), false);
        const QString from =
            r.validFrom.isValid() ? r.validFrom.toString(Qt::ISODate) : QStringLiteral("不限");
        const QString to =
            r.validTo.isValid() ? r.validTo.toString(Qt::ISODate) : QStringLiteral("不限");
        put(row, 8, from + QStringLiteral(" 至 ") + to, false);
        put(row, 9, r.sourceText, false)->setToolTip(r.sourceText);
        ++row;
    }
    if (!same) {
        m_ruleTable->resizeColumnsToContents();
        m_ruleTable->setColumnWidth(1, std::min(m_ruleTable->columnWidth(1), 240));
        m_ruleTable->setColumnWidth(6, std::min(m_ruleTable->columnWidth(6), 220));
        m_ruleTable->setColumnWidth(9, std::min(m_ruleTable->columnWidth(9), 400));
    }
    m_loading = false;
}

void SubsidyPage::ruleItemChanged(QTableWidgetItem *item)
{
    if (m_loading || item->column() != 0 || !m_workspace)
        return;
    const qint64 ruleId = item->data(Qt::UserRole).toLongLong();
    const bool enabled = item->checkState() == Qt::Checked;
    QString error;
    const bool ok =
        run(subsidycommands::setRuleEnabled(m_workspace, ruleId, enabled, &error), &error);
    if (!ok) {
        reloadRules(); // put the box back as the file has it
        QMessageBox::warning(this, QStringLiteral("奖补"), error);
    }
}

void SubsidyPage::askReviseRule()
{
    const int row = m_ruleTable->currentRow();
    if (row < 0 || !m_workspace) {
        QMessageBox::information(this, QStringLiteral("调整标准"),
                                 QStringLiteral("请先在表中选择一条规则。"));
        return;
    }
    const qint64 ruleId = m_ruleTable->item(row, 0)->data(Qt::UserRole).toLongLong();
    QDialog dialog(this);
    dialog.setWindowTitle(QStringLiteral("调整“%1”的标准").arg(m_ruleTable->item(row, 1)->text()));
    auto *form = new QFormLayout(&dialog);
    auto *from = new QDateEdit(QDate(year() + 1, 1, 1));
    from->setCalendarPopup(true);
    from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *amount = new QLineEdit(m_ruleTable->item(row, 3)->text());
    auto *cap = new QLineEdit(m_ruleTable->item(row, 5)->text() == QStringLiteral("—")
                                  ? QString()
                                  : m_ruleTable->item(row, 5)->text());
    cap->setPlaceholderText(QStringLiteral("不变"));
    form->addRow(new QLabel(QStringLiteral("新标准从所选日期起执行；此前各期仍按原标准。")));
    form->addRow(QStringLiteral("起始日期："), from);
    form->addRow(QStringLiteral("标准（元）："), amount);
    form->addRow(QStringLiteral("上限（元）："), cap);
    form->addRow(okCancel(&dialog));
    if (execUntilDone(dialog, [&](QString *error) {
            const auto fen = fenFromYuanText(amount->text());
            if (!fen) {
                *error = QStringLiteral("标准应为金额（元），例如 200 或 0.05万：%1")
                             .arg(amount->text());
                return false;
            }
            std::optional<qint64> capFen;
            if (!cap->text().trimmed().isEmpty()) {
                capFen = fenFromYuanText(cap->text());
                if (!capFen) {
                    *error = QStringLiteral("上限应为金额（元）：%1").arg(cap->text());
                    return false;
                }
            }
            return run(
                subsidycommands::reviseRule(m_workspace, ruleId, from->date(), *fen, capFen, error),
                error);
        }))
        Q_EMIT statusMessage(QStringLiteral("已调整标准"));
}

void SubsidyPage::askEditRule()
{
    const int row = m_ruleTable->currentRow();
    if (row < 0 || !m_workspace) {
        QMessageBox::information(this, QStringLiteral("编辑规则"),
                                 QStringLiteral("请先在表中选择一条规则。"));
        return;
    }
    const qint64 ruleId = m_ruleTable->item(row, 0)->data(Qt::UserRole).toLongLong();
    SubsidyRule rule;
    for (const SubsidyRule &r : SubsidyEngine::load(m_workspace, m_planId, year()).rules)
        if (r.id == ruleId)
            rule = r;
    QDialog dialog(this);
    dialog.setWindowTitle(QStringLiteral("编辑“%1”").arg(rule.name));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit(rule.name);
    auto *unit = new QLineEdit(rule.unit);
    // A date box cannot be empty: an unchecked box beside it means 不限.
    auto dateRow = [&](const QDate &d, QDate fallback) {
        auto *box = new QDateEdit(d.isValid() ? d : fallback);
        box->setCalendarPopup(true);
        box->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        auto *limited = new QCheckBox(QStringLiteral("限定"));
        limited->setChecked(d.isValid());
        box->setEnabled(d.isValid());
        connect(limited, &QCheckBox::toggled, box, &QDateEdit::setEnabled);
        auto *w = new QWidget;
        auto *l = new QHBoxLayout(w);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(limited);
        l->addWidget(box, 1);
        return std::make_pair(limited, box);
    };
    auto [fromSet, from] = dateRow(rule.validFrom, QDate(year(), 1, 1));
    auto [toSet, to] = dateRow(rule.validTo, QDate(year(), 12, 31));
    auto *use = new QComboBox;
    for (const char *code : {"other", "safety", "voucher", "training", "equipment", "construction",
                             "operation", "wages", "family_allowance", "debt"})
        use->addItem(SubsidyEngine::fundUseLabel(QLatin1String(code)), QLatin1String(code));
    use->setCurrentIndex(std::max(0, use->findData(rule.fundUse)));
    const QJsonObject &c = rule.conditions;
    auto *puhui = new QCheckBox(QStringLiteral("须为普惠机构"));
    puhui->setChecked(c.value(QStringLiteral("puhui")).toBool());
    // Filing is every rule's baseline; the form only records a waiver and its reason.
    auto *waiver = new QLineEdit(c.value(QStringLiteral("filing_waived")).toString());
    waiver->setPlaceholderText(QStringLiteral("留空＝须已备案；填写理由＝不要求备案"));
    auto *kind = new QComboBox;
    kind->addItem(QStringLiteral("不限"), QString());
    for (InstitutionKind k :
         {InstitutionKind::Public, InstitutionKind::Private, InstitutionKind::Enterprise,
          InstitutionKind::HealthSystem, InstitutionKind::Community, InstitutionKind::Standalone,
          InstitutionKind::KindergartenClass, InstitutionKind::HomeBased,
          InstitutionKind::Employer})
        kind->addItem(kindLabel(k), kindCode(k));
    const bool kindList = c.value(QStringLiteral("kind")).isArray();
    kind->setCurrentIndex(std::max(0, kind->findData(c.value(QStringLiteral("kind")).toString())));
    kind->setEnabled(!kindList); // several kinds stay as the template wrote them
    auto *grade = new QLineEdit(c.value(QStringLiteral("grade")).toString());
    grade->setPlaceholderText(QStringLiteral("不限；例如 省级普惠"));
    auto spin = [](const QJsonValue &v, int max, const QString &suffix) {
        auto *box = new QSpinBox;
        box->setRange(0, max);
        box->setSpecialValueText(QStringLiteral("不限"));
        box->setSuffix(suffix);
        box->setValue(v.isDouble() ? v.toInt() : 0);
        return box;
    };
    auto *minSlots = spin(c.value(QStringLiteral("min_slots")), 10000, QStringLiteral(" 个"));
    auto *maxSlots = spin(c.value(QStringLiteral("max_slots")), 10000, QStringLiteral(" 个"));
    auto *utilisation = spin(c.value(QStringLiteral("min_utilisation")), 100, QStringLiteral(" %"));
    auto *chain = spin(c.value(QStringLiteral("min_chain_size")), 1000, QStringLiteral(" 家"));
    form->addRow(QStringLiteral("名称："), name);
    form->addRow(QStringLiteral("单位："), unit);
    form->addRow(QStringLiteral("有效期自："), from->parentWidget());
    form->addRow(QStringLiteral("有效期至："), to->parentWidget());
    form->addRow(QStringLiteral("资金用途："), use);
    form->addRow(QString(), puhui);
    form->addRow(QStringLiteral("不要求备案的理由："), waiver);
    form->addRow(QStringLiteral("机构属性："), kind);
    form->addRow(QStringLiteral("等级："), grade);
    form->addRow(QStringLiteral("托位不少于："), minSlots);
    form->addRow(QStringLiteral("托位不多于："), maxSlots);
    form->addRow(QStringLiteral("托位使用率不低于："), utilisation);
    form->addRow(QStringLiteral("区内连锁不少于："), chain);
    form->addRow(okCancel(&dialog));
    if (execUntilDone(dialog, [&](QString *error) {
            SubsidyRule edited = rule;
            edited.name = name->text();
            edited.unit = unit->text();
            edited.validFrom = fromSet->isChecked() ? from->date() : QDate();
            edited.validTo = toSet->isChecked() ? to->date() : QDate();
            edited.fundUse = use->currentData().toString();
            // Keys the form does not show (new, accepted, per_family_limit, note) are kept.
            QJsonObject conditions = rule.conditions;
            auto flag = [&](const char *key, bool on) {
                if (on)
                    conditions.insert(QLatin1String(key), true);
                else
                    conditions.remove(QLatin1String(key));
            };
            auto number = [&](const char *key, int value) {
                if (value > 0)
                    conditions.insert(QLatin1String(key), value);
                else
                    conditions.remove(QLatin1String(key));
            };
            flag("puhui", puhui->isChecked());
            if (waiver->text().trimmed().isEmpty())
                conditions.remove(QStringLiteral("filing_waived"));
            else
                conditions.insert(QStringLiteral("filing_waived"), waiver->text().trimmed());
            if (!kindList) {
                if (kind->currentData().toString().isEmpty())
                    conditions.remove(QStringLiteral("kind"));
                else
                    conditions.insert(QStringLiteral("kind"), kind->currentData().toString());
            }
            if (grade->text().trimmed().isEmpty())
                conditions.remove(QStringLiteral("grade"));
            else
                conditions.insert(QStringLiteral("grade"), grade->text().trimmed());
            number("min_slots", minSlots->value());
            number("max_slots", maxSlots->value());
            number("min_utilisation", utilisation->value());
            number("min_chain_size", chain->value());
            edited.conditions = conditions;
            return run(subsidycommands::editRule(m_workspace, edited, error), error);
        }))
        Q_EMIT statusMessage(QStringLiteral("已修改规则"));
}

// ---- 申报 ----------------------------------------------------------------------------------

void SubsidyPage::reloadClaims()
{
    m_claimTable->setRowCount(0);
    if (!m_workspace || !m_planId)
        return;
    const SubsidyEngine::Inputs in = SubsidyEngine::load(m_workspace, m_planId, year());
    QHash<qint64, QString> ruleNames;
    for (const SubsidyRule &r : in.rules)
        ruleNames.insert(r.id, r.name);
    QHash<qint64, QString> institutionNames;
    for (const Institution &i : in.institutions)
        institutionNames.insert(i.id, i.name);
    m_claimTable->setRowCount(int(in.claims.size()));
    int row = 0;
    for (const SubsidyClaim &c : in.claims) {
        m_claimTable->setItem(row, 0, readOnly(periodText(c.period)));
        m_claimTable->setItem(row, 1, readOnly(institutionNames.value(c.institutionId)));
        m_claimTable->setItem(row, 2, readOnly(ruleNames.value(c.ruleId)));
        m_claimTable->setItem(row, 3,
                              readOnly(c.quantity ? QString::number(*c.quantity) : QString()));
        m_claimTable->setItem(row, 4,
                              readOnly(c.families ? QString::number(*c.families) : QString()));
        m_claimTable->setItem(row, 5, c.amountFen ? moneyItem(*c.amountFen) : readOnly(QString()));
        ++row;
    }
    m_claimTable->resizeColumnToContents(0);
    m_claimTable->resizeColumnToContents(1);
}

void SubsidyPage::askAddClaim()
{
    if (!m_workspace || !m_planId)
        return;
    const SubsidyEngine::Inputs in = SubsidyEngine::load(m_workspace, m_planId, year());
    QDialog dialog(this);
    dialog.setWindowTitle(QStringLiteral("新增申报"));
    auto *form = new QFormLayout(&dialog);
    auto *rule = new QComboBox;
    for (const SubsidyRule &r : in.rules)
        if (SubsidyEngine::needsClaim(r.kind) && r.enabled)
            rule->addItem(
                QStringLiteral("%1（%2）").arg(r.name, SubsidyEngine::ruleKindLabel(r.kind)), r.id);
    auto *institution = new QComboBox;
    institution->setEditable(true);
    institution->setInsertPolicy(QComboBox::NoInsert);
    institution->completer()->setFilterMode(Qt::MatchContains);
    institution->completer()->setCompletionMode(QCompleter::PopupCompletion);
    for (const Institution &i : in.institutions)
        institution->addItem(i.name, i.id);
    auto *period = new QLineEdit(QString::number(year()));
    period->setPlaceholderText(QStringLiteral("2025 或 2025-03"));
    auto *quantity = new QLineEdit;
    auto *families = new QLineEdit;
    auto *cost = new QLineEdit;
    auto *what = new QLabel;
    what->setWordWrap(true);
    form->addRow(QStringLiteral("规则："), rule);
    form->addRow(QStringLiteral("机构："), institution);
    form->addRow(QStringLiteral("期间："), period);
    form->addRow(QStringLiteral("数量："), quantity);
    form->addRow(QStringLiteral("户数："), families);
    form->addRow(QStringLiteral("申报成本（元）："), cost);
    form->addRow(what);
    form->addRow(okCancel(&dialog));
    // Each kind asks for what it pays on; the other boxes are disabled.
    auto adapt = [&] {
        QString kind;
        for (const SubsidyRule &r : in.rules)
            if (r.id == rule->currentData().toLongLong())
                kind = r.kind;
        quantity->setEnabled(kind != QLatin1String("capped_package"));
        families->setEnabled(kind == QLatin1String("voucher"));
        cost->setEnabled(kind == QLatin1String("capped_package"));
        what->setText(kind == QLatin1String("per_slot_once")
                          ? QStringLiteral("数量：通过验收的托位数（空着按机构的普惠托位数）。")
                      : kind == QLatin1String("per_class_once")
                          ? QStringLiteral("数量：当年新增的托班数。")
                      : kind == QLatin1String("capped_package")
                          ? QStringLiteral("申报成本：实际投入，按上限核定。")
                          : QStringLiteral("数量：体验人次·天；户数：用券家庭数（每户限次）。"));
    };
    connect(rule, &QComboBox::currentIndexChanged, &dialog, adapt);
    adapt();
    if (execUntilDone(dialog, [&](QString *error) {
            const int index = institution->findText(institution->currentText());
            if (index < 0) {
                *error = QStringLiteral("找不到机构“%1”").arg(institution->currentText());
                return false;
            }
            std::optional<double> q;
            std::optional<int> f;
            std::optional<qint64> a;
            bool ok = true;
            if (quantity->isEnabled() && !quantity->text().trimmed().isEmpty()) {
                q = quantity->text().trimmed().toDouble(&ok);
                if (!ok) {
                    *error = QStringLiteral("数量应为数字：%1").arg(quantity->text());
                    return false;
                }
            }
            if (families->isEnabled() && !families->text().trimmed().isEmpty()) {
                f = families->text().trimmed().toInt(&ok);
                if (!ok) {
                    *error = QStringLiteral("户数应为整数：%1").arg(families->text());
                    return false;
                }
            }
            if (cost->isEnabled()) {
                a = fenFromYuanText(cost->text());
                if (!a) {
                    *error = QStringLiteral("申报成本应为金额（元）：%1").arg(cost->text());
                    return false;
                }
            }
            return run(subsidycommands::addClaim(m_workspace, rule->currentData().toLongLong(),
                                                 institution->itemData(index).toLongLong(),
                                                 period->text().trimmed(), q, f, a, error),
                       error);
        }))
        Q_EMIT statusMessage(QStringLiteral("已新增申报"));
}

// ---- 月度收托 ------------------------------------------------------------------------------

void SubsidyPage::showEnrolmentMonth(int month)
{
    m_monthBox->setCurrentIndex(month - 1);
}

void SubsidyPage::reloadEnrolment()
{
    if (!m_workspace) {
        m_enrolmentTable->setRowCount(0);
        return;
    }
    const QString month = QStringLiteral("%1-%2").arg(year()).arg(m_monthBox->currentData().toInt(),
                                                                  2, 10, QLatin1Char('0'));
    const SubsidyEngine::Inputs in = SubsidyEngine::load(m_workspace, m_planId, year());
    QHash<qint64, const EnrolmentRecord *> records;
    for (const EnrolmentRecord &e : in.enrolment)
        if (e.month == month)
            records.insert(e.institutionId, &e);
    m_loading = true;
    // Items are updated in place when the institutions are the same: the grid is reloaded from
    // inside its own itemChanged signal after each typed cell, and must not delete that item.
    bool same = m_enrolmentTable->rowCount() == in.institutions.size();
    for (int r = 0; same && r < in.institutions.size(); ++r)
        same = m_enrolmentTable->item(r, 0) &&
               m_enrolmentTable->item(r, 0)->data(Qt::UserRole).toLongLong() ==
                   in.institutions.at(r).id;
    if (!same)
        m_enrolmentTable->setRowCount(int(in.institutions.size()));
    int row = 0;
    for (const Institution &i : in.institutions) {
        if (!same) {
            auto *name = readOnly(i.name);
            name->setData(Qt::UserRole, i.id);
            name->setToolTip(QStringLiteral("%1，托位 %2%3")
                                 .arg(kindLabel(i.kind))
                                 .arg(i.slots)
                                 .arg(i.puhui ? QStringLiteral("，普惠") : QString()));
            m_enrolmentTable->setItem(row, 0, name);
        }
        const EnrolmentRecord *record = records.value(i.id);
        for (int c = 0; c < kEnrolmentColumnCount; ++c) {
            const QString key = QLatin1String(kEnrolmentColumns[c].key);
            const QString text = record && record->counts.contains(key)
                                     ? QString::number(record->counts.value(key))
                                     : QString();
            QTableWidgetItem *item = m_enrolmentTable->item(row, c + 1);
            if (!item) {
                item = new QTableWidgetItem;
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_enrolmentTable->setItem(row, c + 1, item);
            }
            item->setText(text);
        }
        ++row;
    }
    if (!same)
        for (int c = 1; c <= kEnrolmentColumnCount; ++c)
            m_enrolmentTable->setColumnWidth(c, 88);
    m_loading = false;
}

bool SubsidyPage::setEnrolmentCell(int row, int column, const QString &text, QString *error)
{
    if (!m_workspace || row < 0 || row >= m_enrolmentTable->rowCount() || column < 1 ||
        column > kEnrolmentColumnCount) {
        *error = QStringLiteral("没有这一格");
        return false;
    }
    const QString name = m_enrolmentTable->item(row, 0)->text();
    const QString label = QString::fromUtf8(kEnrolmentColumns[column - 1].label);
    const QString month = QStringLiteral("%1-%2").arg(year()).arg(m_monthBox->currentData().toInt(),
                                                                  2, 10, QLatin1Char('0'));
    bool ok = false;
    const qint64 count = text.trimmed().toLongLong(&ok);
    if (!ok || count < 0) {
        *error = QStringLiteral("“%1”%2 %3：请填写 0 或正整数（填的是“%4”）")
                     .arg(name, month, label, text);
        return false;
    }
    return run(subsidycommands::setEnrolment(
                   m_workspace, m_enrolmentTable->item(row, 0)->data(Qt::UserRole).toLongLong(),
                   month, {{QLatin1String(kEnrolmentColumns[column - 1].key), count}}, error),
               error);
}

void SubsidyPage::enrolmentItemChanged(QTableWidgetItem *item)
{
    if (m_loading || item->column() < 1)
        return;
    QString error;
    if (!setEnrolmentCell(item->row(), item->column(), item->text(), &error)) {
        reloadEnrolment(); // the cell shows what the file holds again
        QMessageBox::warning(this, QStringLiteral("月度收托"), error);
    }
}

// ---- 资金 ----------------------------------------------------------------------------------

void SubsidyPage::reloadFunds()
{
    m_fundTable->setRowCount(0);
    QChart *chart = m_chartView->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    m_listsLabel->clear();
    if (!m_workspace || !m_planId)
        return;
    const QList<FundBalance> funds = FundCheck::balances(m_workspace, m_planId);
    m_fundTable->setRowCount(int(funds.size()));
    auto *committed = new QBarSet(QStringLiteral("已审核待拨付"));
    auto *paid = new QBarSet(QStringLiteral("已拨付"));
    auto *remaining = new QBarSet(QStringLiteral("余额"));
    committed->setColor(QColor(0x15, 0x65, 0xC0));
    paid->setColor(QColor(0x2E, 0x7D, 0x32));
    remaining->setColor(QColor(0xB0, 0xBE, 0xC5));
    QStringList categories;
    double top = 0;
    int row = 0;
    for (const FundBalance &f : funds) {
        m_fundTable->setItem(row, 0, readOnly(f.name));
        m_fundTable->setItem(row, 1, readOnly(f.source));
        m_fundTable->setItem(row, 2, readOnly(QString::number(f.year)));
        m_fundTable->setItem(row, 3, moneyItem(f.budgetFen));
        m_fundTable->setItem(row, 4, moneyItem(f.committedFen));
        m_fundTable->setItem(row, 5, moneyItem(f.paidFen));
        auto *rest = moneyItem(f.remainingFen());
        if (f.remainingFen() < 0)
            rest->setForeground(QColor(0xC6, 0x28, 0x28));
        m_fundTable->setItem(row, 6, rest);
        // The chart is a picture in 万元; the money itself stays in fen in the table.
        *committed << double(f.committedFen) / 1e6;
        *paid << double(f.paidFen) / 1e6;
        *remaining << double(std::max<qint64>(0, f.remainingFen())) / 1e6;
        top = std::max({top, double(f.committedFen) / 1e6, double(f.paidFen) / 1e6,
                        double(f.remainingFen()) / 1e6});
        categories << QStringLiteral("%1（%2）").arg(f.name, f.source);
        ++row;
    }
    m_fundTable->resizeColumnsToContents();
    m_fundTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
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
        y->setTitleText(QStringLiteral("万元"));
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(y);
    } else {
        delete committed;
        delete paid;
        delete remaining;
    }
    const QStringList positive =
        FundCheck::storedList(m_workspace, m_planId, QStringLiteral("positive"));
    const QStringList negative = FundCheck::negativeList(m_workspace, m_planId);
    m_listsLabel->setText(
        QStringLiteral(
            "<b>中央财政资金正面清单：</b>%1<br><b>负面清单（不得由中央资金支付）：</b>%2"
            "<br>地方资金不受正负面清单限制。")
            .arg(positive.isEmpty() ? QStringLiteral("（方案未列）")
                                    : positive.join(QStringLiteral("；")),
                 negative.join(QStringLiteral("；"))));
}

void SubsidyPage::askAddFund()
{
    if (!m_workspace || !m_planId)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(QStringLiteral("新增资金"));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit;
    name->setPlaceholderText(QStringLiteral("例如 2025年中央财政普惠托育专项资金"));
    auto *source = new QComboBox;
    source->addItems(
        {QStringLiteral("中央"), QStringLiteral("省"), QStringLiteral("市"), QStringLiteral("区")});
    auto *fundYear = new QSpinBox;
    fundYear->setRange(2000, 2100);
    fundYear->setValue(year());
    auto *amount = new QLineEdit;
    amount->setPlaceholderText(QStringLiteral("例如 500000 或 50万"));
    form->addRow(QStringLiteral("名称："), name);
    form->addRow(QStringLiteral("来源："), source);
    form->addRow(QStringLiteral("年度："), fundYear);
    form->addRow(QStringLiteral("金额（元）："), amount);
    form->addRow(okCancel(&dialog));
    if (execUntilDone(dialog, [&](QString *error) {
            const auto fen = fenFromYuanText(amount->text());
            if (!fen) {
                *error = QStringLiteral("金额应为元，例如 500000 或 50万：%1").arg(amount->text());
                return false;
            }
            return run(subsidycommands::addFund(m_workspace, m_planId, name->text(),
                                                source->currentText(), fundYear->value(), *fen,
                                                error),
                       error);
        }))
        Q_EMIT statusMessage(QStringLiteral("已新增资金"));
}

} // namespace tuoyu

namespace tuoyu {

bool SubsidyPage::addRule(const SubsidyRule &rule, QString *error)
{
    return run(subsidycommands::addRule(m_workspace, m_planId, rule, error), error);
}

bool SubsidyPage::setRuleAmount(qint64 ruleId, const QString &amount, const QString &cap,
                                QString *error)
{
    const auto fen =
        amount.trimmed().isEmpty() ? std::optional<qint64>(0) : fenFromYuanText(amount);
    if (!fen) {
        *error = QStringLiteral("标准应为金额（元），例如 200 或 0.05万：%1").arg(amount);
        return false;
    }
    std::optional<qint64> capFen;
    if (!cap.trimmed().isEmpty()) {
        capFen = fenFromYuanText(cap);
        if (!capFen) {
            *error = QStringLiteral("上限应为金额（元）：%1").arg(cap);
            return false;
        }
    }
    return run(subsidycommands::setRuleAmount(m_workspace, ruleId, *fen, capFen, error), error);
}

void SubsidyPage::askAddRule()
{
    if (!m_workspace || !m_planId)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(QStringLiteral("新增奖补规则"));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit;
    auto *kind = new QComboBox;
    for (const char *code : {"per_child_month", "per_institution_once", "per_slot_once",
                             "per_class_once", "capped_package", "voucher"})
        kind->addItem(SubsidyEngine::ruleKindLabel(QLatin1String(code)), QLatin1String(code));
    auto *band = new QComboBox;
    band->addItem(QStringLiteral("全部在托"), QString());
    band->addItem(QStringLiteral("乳儿班"), QStringLiteral("infant"));
    band->addItem(QStringLiteral("托小班"), QStringLiteral("toddler"));
    band->addItem(QStringLiteral("托大班"), QStringLiteral("older"));
    auto *amount = new QLineEdit;
    amount->setPlaceholderText(QStringLiteral("留空＝金额待定"));
    auto *floor = new QCheckBox(QStringLiteral("原文为“不低于”（下限）"));
    auto *unit = new QLineEdit(QStringLiteral("元/人/月"));
    connect(kind, &QComboBox::currentIndexChanged, &dialog, [kind, unit] {
        const QString k = kind->currentData().toString();
        unit->setText(k == QLatin1String("per_child_month")  ? QStringLiteral("元/人/月")
                      : k == QLatin1String("per_slot_once")  ? QStringLiteral("元/托位")
                      : k == QLatin1String("per_class_once") ? QStringLiteral("元/班")
                      : k == QLatin1String("voucher")        ? QStringLiteral("元/次/天")
                                                             : QStringLiteral("元/家"));
    });
    auto *use = new QComboBox;
    for (const char *code : {"other", "safety", "voucher", "training", "equipment", "construction",
                             "operation", "wages", "family_allowance", "debt"})
        use->addItem(SubsidyEngine::fundUseLabel(QLatin1String(code)), QLatin1String(code));
    auto *puhui = new QCheckBox(QStringLiteral("须为普惠机构"));
    auto *from = new QDateEdit(QDate(year(), 1, 1));
    auto *to = new QDateEdit(QDate(year(), 12, 31));
    for (QDateEdit *d : {from, to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    auto *source = new QLineEdit;
    source->setPlaceholderText(QStringLiteral("方案或文件原文"));
    form->addRow(
        new QLabel(QStringLiteral("规则须机构已备案；其他条件可在“编辑条件和有效期”中补充。")));
    form->addRow(QStringLiteral("名称："), name);
    form->addRow(QStringLiteral("类型："), kind);
    form->addRow(QStringLiteral("班型："), band);
    form->addRow(QStringLiteral("标准（元）："), amount);
    form->addRow(QString(), floor);
    form->addRow(QStringLiteral("单位："), unit);
    form->addRow(QStringLiteral("资金用途："), use);
    form->addRow(QString(), puhui);
    form->addRow(QStringLiteral("有效期自："), from);
    form->addRow(QStringLiteral("有效期至："), to);
    form->addRow(QStringLiteral("依据："), source);
    form->addRow(okCancel(&dialog));
    if (execUntilDone(dialog, [&](QString *error) {
            SubsidyRule rule;
            rule.name = name->text();
            rule.kind = kind->currentData().toString();
            rule.classBand = rule.kind == QLatin1String("per_child_month")
                                 ? band->currentData().toString()
                                 : QString();
            if (!amount->text().trimmed().isEmpty()) {
                const auto fen = fenFromYuanText(amount->text());
                if (!fen) {
                    *error = QStringLiteral("标准应为金额（元），例如 200 或 0.05万：%1")
                                 .arg(amount->text());
                    return false;
                }
                if (rule.kind == QLatin1String("capped_package"))
                    rule.capFen = *fen;
                else
                    rule.amountFen = *fen;
            }
            if (floor->isChecked())
                rule.conditions.insert(QStringLiteral("amount_is_minimum"), true);
            if (puhui->isChecked())
                rule.conditions.insert(QStringLiteral("puhui"), true);
            rule.unit = unit->text();
            rule.fundUse = use->currentData().toString();
            rule.validFrom = from->date();
            rule.validTo = to->date();
            rule.sourceText = source->text();
            return addRule(rule, error);
        }))
        Q_EMIT statusMessage(QStringLiteral("已新增规则"));
}

void SubsidyPage::askSetRuleAmount()
{
    const int row = m_ruleTable->currentRow();
    if (row < 0 || !m_workspace) {
        QMessageBox::information(this, QStringLiteral("设定金额"),
                                 QStringLiteral("请先在表中选择一条“金额待定”的规则。"));
        return;
    }
    const qint64 ruleId = m_ruleTable->item(row, 0)->data(Qt::UserRole).toLongLong();
    QDialog dialog(this);
    dialog.setWindowTitle(QStringLiteral("设定“%1”的金额").arg(m_ruleTable->item(row, 1)->text()));
    auto *form = new QFormLayout(&dialog);
    auto *amount = new QLineEdit;
    auto *cap = new QLineEdit;
    cap->setPlaceholderText(QStringLiteral("不设上限"));
    auto *source = new QLabel(m_ruleTable->item(row, 9)->text());
    source->setWordWrap(true);
    form->addRow(QStringLiteral("依据："), source);
    form->addRow(QStringLiteral("标准（元）："), amount);
    form->addRow(QStringLiteral("上限（元）："), cap);
    form->addRow(okCancel(&dialog));
    if (execUntilDone(dialog, [&](QString *error) {
            return setRuleAmount(ruleId, amount->text(), cap->text(), error);
        }))
        Q_EMIT statusMessage(QStringLiteral("已设定金额"));
}

} // namespace tuoyu
