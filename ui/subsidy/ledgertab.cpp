#include "ledgertab.h"

#include "commands/subsidycommands.h"
#include "domain/money.h"
#include "evidence/evidencepane.h"
#include "ledgertablemodel.h"
#include "session/workspace.h"
#include "shell/corewords.h"
#include "shell/forms.h"
#include "subsidy/fundcheck.h"
#include "subsidy/ledger.h"
#include "subsidy/subsidyengine.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tuoyu {

LedgerTab::LedgerTab(QWidget *parent)
    : SubsidyTab(
          {QStringLiteral("ledger_line"), QStringLiteral("fund"), QStringLiteral("subsidy_rule")},
          parent)
{
    auto *layout = new QVBoxLayout(this);

    auto *actions = new QHBoxLayout;
    m_computeButton = new QPushButton(tr("计算台账"));
    m_computeButton->setObjectName(QStringLiteral("computeLedgerButton"));
    m_computeButton->setToolTip(
        tr("按现行规则重新计算本年度待审核的行；已审核、已拨付和不予拨付的行保持不变"));
    m_approveButton = new QPushButton(tr("审核…"));
    m_payButton = new QPushButton(tr("拨付…"));
    m_rejectButton = new QPushButton(tr("不予拨付…"));
    m_staleLabel = new QLabel(tr("规则、申报或收托有改动，请重新计算台账。"));
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
    m_statusFilter->addItem(tr("全部状态"), -1);
    for (LedgerStatus s : {LedgerStatus::Computed, LedgerStatus::Approved, LedgerStatus::Paid,
                           LedgerStatus::Rejected})
        m_statusFilter->addItem(shownWords(ledgerStatusLabel(s)), int(s));
    m_ruleFilter = new QComboBox;
    m_ruleFilter->setObjectName(QStringLiteral("ledgerRuleFilter"));
    m_ruleFilter->setMinimumContentsLength(14);
    m_ruleFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_periodFilter = new QComboBox;
    m_periodFilter->setObjectName(QStringLiteral("ledgerPeriodFilter"));
    m_search = forms::searchBox(QStringLiteral("ledgerSearch"), tr("机构、说明或凭证号"));
    forms::addLabelled(filters, tr("状态："), m_statusFilter);
    forms::addLabelled(filters, tr("规则："), m_ruleFilter);
    forms::addLabelled(filters, tr("期间："), m_periodFilter);
    filters->addWidget(m_search, 1);
    layout->addLayout(filters);

    m_model = new LedgerTableModel(this);
    m_sort = new QSortFilterProxyModel(this);
    m_sort->setSourceModel(m_model);
    m_sort->setSortRole(Qt::UserRole);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("ledgerView"));
    m_view->setModel(m_sort);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the ledger's own order until asked
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // The explanation is what the officer reads; the other columns get what their content needs.
    m_view->setColumnWidth(LedgerTableModel::InstitutionColumn, 140);
    m_view->setColumnWidth(LedgerTableModel::RuleColumn, 120);
    m_view->setColumnWidth(LedgerTableModel::PeriodColumn, 62);
    m_view->setColumnWidth(LedgerTableModel::QuantityColumn, 44);
    m_view->setColumnWidth(LedgerTableModel::RateColumn, 76);
    m_view->setColumnWidth(LedgerTableModel::AmountColumn, 90);
    m_view->setColumnWidth(LedgerTableModel::StatusColumn, 62);
    m_view->setColumnWidth(LedgerTableModel::FundColumn, 100);
    m_view->setColumnWidth(LedgerTableModel::PaymentColumn, 150);

    auto *bottom = new QWidget;
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *totalsRow = new QHBoxLayout;
    m_totalsLabel = new QLabel;
    m_totalsLabel->setObjectName(QStringLiteral("ledgerTotals"));
    m_totalsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_groupBy = new QComboBox;
    m_groupBy->setObjectName(QStringLiteral("ledgerGroupBy"));
    m_groupBy->addItem(tr("按机构合计"), QStringLiteral("institution"));
    m_groupBy->addItem(tr("按规则合计"), QStringLiteral("rule"));
    m_groupBy->addItem(tr("按期间合计"), QStringLiteral("period"));
    m_groupBy->addItem(tr("按资金合计"), QStringLiteral("fund"));
    totalsRow->addWidget(m_totalsLabel, 1);
    totalsRow->addWidget(m_groupBy);
    bottomLayout->addLayout(totalsRow);
    m_groupTable = forms::listTable(QStringLiteral("ledgerGroupTable"),
                                    {tr("分组"), tr("行数"), tr("待审核"), tr("已审核"),
                                     tr("已拨付"), tr("合计（不含不予拨付）")},
                                    0);
    m_groupTable->setAlternatingRowColors(true);
    m_groupTable->verticalHeader()->setDefaultSectionSize(m_groupTable->fontMetrics().height() + 8);
    // The selected line's 拨付 vouchers beside the totals, so the list keeps its height.
    m_evidence = new EvidencePane;
    m_evidence->setObjectName(QStringLiteral("ledgerEvidence"));
    bottomLayout->addWidget(forms::split(Qt::Horizontal, m_groupTable, m_evidence, 3, 2));

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_view);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    connect(m_computeButton, &QPushButton::clicked, this, [this] {
        QString error;
        const bool ok = computeLedger(&error);
        report(ok, tr("已计算%1年奖补台账").arg(year()), error);
    });
    connect(m_approveButton, &QPushButton::clicked, this, &LedgerTab::askApprove);
    connect(m_payButton, &QPushButton::clicked, this, &LedgerTab::askPay);
    connect(m_rejectButton, &QPushButton::clicked, this, &LedgerTab::askReject);
    for (QComboBox *box : {m_statusFilter, m_ruleFilter, m_periodFilter, m_groupBy})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_loading)
                applyFilter();
        });
    connect(m_search, &QLineEdit::textChanged, this, [this] { applyFilter(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { updateButtons(); });
}

void LedgerTab::reload()
{
    QList<LedgerLine> lines;
    QHash<qint64, QString> fundNames;
    QList<SubsidyRule> rules;
    if (workspace() && planId()) {
        lines = Ledger::lines(workspace(), planId(), year(), false);
        for (const FundBalance &f : FundCheck::balances(workspace(), planId()))
            fundNames.insert(f.id, f.name);
        rules = SubsidyEngine::load(workspace(), planId(), year()).rules;
    }
    // Keep the filters the officer chose across reloads (an approval must not reset them).
    m_loading = true;
    const qint64 ruleId = m_ruleFilter->currentData().toLongLong();
    const QString period = m_periodFilter->currentData().toString();
    m_ruleFilter->clear();
    m_ruleFilter->addItem(tr("全部规则"), qint64(0));
    QSet<QString> names;
    for (const SubsidyRule &r : rules) {
        const QString label = names.contains(r.name)
                                  ? tr("%1（%2起）").arg(r.name, r.validFrom.toString(Qt::ISODate))
                                  : r.name;
        names.insert(r.name);
        m_ruleFilter->addItem(label, r.id);
    }
    m_ruleFilter->setCurrentIndex(std::max(0, m_ruleFilter->findData(ruleId)));
    m_periodFilter->clear();
    m_periodFilter->addItem(tr("全年"), QString());
    m_periodFilter->addItem(tr("年度一次性"), QString::number(year()));
    for (int m = 1; m <= 12; ++m)
        m_periodFilter->addItem(
            tr("%1月").arg(m), QStringLiteral("%1-%2").arg(year()).arg(m, 2, 10, QLatin1Char('0')));
    const int periodIndex = m_periodFilter->findData(period);
    m_periodFilter->setCurrentIndex(period.isEmpty() || periodIndex < 0 ? 0 : periodIndex);
    m_loading = false;

    const QList<qint64> selected = selectedLineIds();
    m_model->setLines(lines, fundNames);
    applyFilter();
    selectLines(selected);
    m_computeButton->setEnabled(workspace() && planId());
    updateButtons();
}

void LedgerTab::applyFilter()
{
    LedgerTableModel::Filter filter;
    const int status = m_statusFilter->currentData().toInt();
    if (status >= 0)
        filter.status = LedgerStatus(status);
    filter.ruleId = m_ruleFilter->currentData().toLongLong();
    filter.period = m_periodFilter->currentData().toString();
    filter.text = m_search->text();
    m_model->setFilter(filter);

    const QList<LedgerLine> lines = m_model->visibleLines();
    const Ledger::Totals t = Ledger::totals(lines);
    if (m_model->lineCount() == 0)
        m_totalsLabel->setText(
            tr("%1年还没有台账。填好月度收托和申报后，点击“计算台账”。").arg(year()));
    else
        m_totalsLabel->setText(
            tr("%1 行，合计 <b>%2</b> 元：待审核 %3，已审核 %4，已拨付 %5；不予拨付 %6")
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
                      : by == QLatin1String("period") ? subsidyui::periodText(l.period)
                      : by == QLatin1String("fund")
                          ? (l.fundId ? m_model->fundName(l.fundId) : tr("（未指定资金）"))
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
        m_groupTable->setItem(row, 0, subsidyui::readOnly(it.key()));
        auto *count = subsidyui::readOnly(QString::number(it->count));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_groupTable->setItem(row, 1, count);
        m_groupTable->setItem(row, 2, subsidyui::moneyItem(it->totals.computedFen));
        m_groupTable->setItem(row, 3, subsidyui::moneyItem(it->totals.approvedFen));
        m_groupTable->setItem(row, 4, subsidyui::moneyItem(it->totals.paidFen));
        m_groupTable->setItem(row, 5, subsidyui::moneyItem(it->totals.allFen()));
    }
    m_groupTable->resizeColumnToContents(5);
    updateButtons();
}

bool LedgerTab::computeLedger(QString *error)
{
    if (!workspace() || !planId()) {
        *error = tr("请先打开工作区并选择实施方案");
        return false;
    }
    int count = 0;
    auto command = subsidycommands::refreshLedger(workspace(), planId(), year(), error, &count);
    if (!command)
        return false;
    return run(std::move(command), error);
}

QList<qint64> LedgerTab::visibleLineIds() const
{
    QList<qint64> ids;
    for (int r = 0; r < m_sort->rowCount(); ++r)
        ids << m_sort->index(r, 0).data(LedgerTableModel::LineIdRole).toLongLong();
    return ids;
}

void LedgerTab::selectLines(const QList<qint64> &lineIds)
{
    const QSet<qint64> wanted(lineIds.cbegin(), lineIds.cend());
    QItemSelection selection;
    for (int r = 0; r < m_sort->rowCount(); ++r)
        if (wanted.contains(m_sort->index(r, 0).data(LedgerTableModel::LineIdRole).toLongLong()))
            selection.select(m_sort->index(r, 0),
                             m_sort->index(r, LedgerTableModel::ColumnCount - 1));
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

QList<qint64> LedgerTab::selectedLineIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids << index.data(LedgerTableModel::LineIdRole).toLongLong();
    return ids;
}

bool LedgerTab::approveSelected(qint64 fundId, QString *error)
{
    return run(subsidycommands::approve(workspace(), selectedLineIds(), fundId, error), error);
}

bool LedgerTab::paySelected(qint64 fundId, const QDate &date, const QString &voucherNo,
                            QString *error)
{
    if (fundId <= 0) {
        *error = tr("请选择支付的资金");
        return false;
    }
    return run(subsidycommands::pay(workspace(), selectedLineIds(), fundId, date, voucherNo, error),
               error);
}

bool LedgerTab::rejectSelected(const QString &reason, QString *error)
{
    return run(subsidycommands::reject(workspace(), selectedLineIds(), reason, error), error);
}

void LedgerTab::updateButtons()
{
    int computed = 0;
    int approved = 0;
    int paid = 0;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const QModelIndex source = m_sort->mapToSource(index);
        switch (m_model->lineAt(source.row()).status) {
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
    const int selected = int(m_view->selectionModel()->selectedRows().size());
    m_approveButton->setEnabled(selected > 0 && computed == selected);
    m_payButton->setEnabled(selected > 0 && approved == selected);
    m_rejectButton->setEnabled(selected > 0 && paid == 0);
    updateEvidence();
}

void LedgerTab::updateEvidence()
{
    const QList<qint64> ids = selectedLineIds();
    m_evidence->showRecord(workspace(), EvidenceTarget::Payment, ids.size() == 1 ? ids[0] : 0);
}

void LedgerTab::askForSelected(const QString &verb, bool allowNone,
                               const std::function<void(QFormLayout *, QComboBox *)> &fill,
                               const std::function<bool(qint64, QString *)> &act)
{
    const QList<qint64> ids = selectedLineIds();
    if (ids.isEmpty())
        return;
    forms::FormDialog dialog(tr("%1 %2 行").arg(verb).arg(ids.size()), this);
    auto *fund = subsidyui::fundChooser(workspace(), planId(), year(), allowNone);
    fill(dialog.form(), fund);
    if (dialog.runUntilDone(
            [&](QString *error) { return act(fund->currentData().toLongLong(), error); }))
        Q_EMIT statusMessage(tr("已%1 %2 行").arg(verb).arg(ids.size()));
}

void LedgerTab::askApprove()
{
    askForSelected(
        tr("审核"), true,
        [](QFormLayout *form, QComboBox *fund) {
            fund->setCurrentIndex(0);
            form->addRow(new QLabel(tr("审核后这些行不再随规则重新计算。")));
            form->addRow(tr("计入资金："), fund);
        },
        [this](qint64 fundId, QString *error) { return approveSelected(fundId, error); });
}

void LedgerTab::askPay()
{
    QDateEdit *date = nullptr;
    QLineEdit *voucher = nullptr;
    askForSelected(
        tr("拨付"), false,
        [&](QFormLayout *form, QComboBox *fund) {
            date = new QDateEdit(QDate::currentDate());
            date->setCalendarPopup(true);
            date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
            voucher = new QLineEdit;
            voucher->setPlaceholderText(tr("例如 记-2025-0312"));
            form->addRow(tr("支付资金："), fund);
            form->addRow(tr("拨付日期："), date);
            form->addRow(tr("凭证号："), voucher);
        },
        [&](qint64 fundId, QString *error) {
            return paySelected(fundId, date->date(), voucher->text(), error);
        });
}

void LedgerTab::askReject()
{
    const QList<qint64> ids = selectedLineIds();
    if (ids.isEmpty())
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("不予拨付 %1 行").arg(ids.size()),
                                                 tr("原因："), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    QString error;
    report(rejectSelected(reason, &error), tr("已标记 %1 行不予拨付").arg(ids.size()), error);
}

void LedgerTab::refresh(const QSet<QString> &tables)
{
    using subsidyui::touched;
    if (touched(tables, {"subsidy_rule", "subsidy_claim", "enrolment_record"}))
        setStale(true);
    if (touched(tables, {"ledger_line"}))
        setStale(false);
    SubsidyTab::refresh(tables);
    if (touched(tables, {"evidence"}))
        updateEvidence();
}

void LedgerTab::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void LedgerTab::setStale(bool stale)
{
    m_staleLabel->setVisible(stale);
}

} // namespace tuoyu
