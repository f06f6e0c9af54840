#include "subsidytab.h"

#include "commands/subsidycommands.h"
#include "evidence/evidencepane.h"
#include "session/workspace.h"
#include "shell/forms.h"
#include "subsidy/subsidyengine.h"

#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tuoyu {

namespace {

/// 申报: what institutions claimed for the rules that pay on a claim (accepted slots, new
/// classes, costs, voucher days), and 新增申报; the selected claim's 佐证材料 below.
class ClaimsTab : public SubsidyTab
{
public:
    ClaimsTab();
    void refresh(const QSet<QString> &tables) override;

protected:
    void reload() override;

private:
    void askAddClaim();
    qint64 selectedClaim() const;
    void updateEvidence();

    QTableWidget *m_table = nullptr;
    EvidencePane *m_evidence = nullptr;
};

} // namespace

SubsidyTab *newClaimsTab()
{
    return new ClaimsTab;
}

ClaimsTab::ClaimsTab()
    : SubsidyTab({QStringLiteral("subsidy_claim"), QStringLiteral("subsidy_rule")})
{
    auto *layout = new QVBoxLayout(this);
    auto *actions = new QHBoxLayout;
    QPushButton *add =
        forms::addButton(actions, QCoreApplication::translate("tuoyu::Claimstab", "新增申报…"),
                         QStringLiteral("addClaimButton"));
    auto *hint = new QLabel(QCoreApplication::translate(
        "tuoyu::Claimstab", "按托位、按新增班、限额包和体验券的奖补，须由机构申报验"
                            "收托位、新增班数、实际成本或体验人次。"));
    hint->setWordWrap(true);
    actions->addWidget(hint, 1);
    layout->addLayout(actions);
    m_table = forms::listTable(QStringLiteral("claimTable"),
                               {QCoreApplication::translate("tuoyu::Claimstab", "期间"),
                                QCoreApplication::translate("tuoyu::Claimstab", "机构"),
                                QCoreApplication::translate("tuoyu::Claimstab", "规则"),
                                QCoreApplication::translate("tuoyu::Claimstab", "数量"),
                                QCoreApplication::translate("tuoyu::Claimstab", "户数"),
                                QCoreApplication::translate("tuoyu::Claimstab", "申报成本（元）")},
                               2);
    m_table->setAlternatingRowColors(true);
    m_evidence = new EvidencePane;
    m_evidence->setObjectName(QStringLiteral("claimEvidence"));
    layout->addWidget(forms::split(Qt::Vertical, m_table, m_evidence, 1, 0), 1);
    connect(add, &QPushButton::clicked, this, &ClaimsTab::askAddClaim);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ClaimsTab::updateEvidence);
    updateEvidence();
}

void ClaimsTab::refresh(const QSet<QString> &tables)
{
    SubsidyTab::refresh(tables);
    if (subsidyui::touched(tables, {"evidence"}))
        updateEvidence();
}

qint64 ClaimsTab::selectedClaim() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    return items.isEmpty()
               ? 0
               : m_table->item(items.first()->row(), 0)->data(Qt::UserRole).toLongLong();
}

void ClaimsTab::updateEvidence()
{
    m_evidence->showRecord(workspace(), EvidenceTarget::Claim, selectedClaim());
}

void ClaimsTab::reload()
{
    const qint64 selected = selectedClaim();
    m_table->setRowCount(0);
    updateEvidence();
    if (!workspace() || !planId())
        return;
    const SubsidyEngine::Inputs in = SubsidyEngine::load(workspace(), planId(), year());
    QHash<qint64, QString> ruleNames;
    for (const SubsidyRule &r : in.rules)
        ruleNames.insert(r.id, r.name);
    QHash<qint64, QString> institutionNames;
    for (const Institution &i : in.institutions)
        institutionNames.insert(i.id, i.name);
    m_table->setRowCount(int(in.claims.size()));
    int row = 0;
    for (const SubsidyClaim &c : in.claims) {
        m_table->setItem(row, 0, subsidyui::readOnly(subsidyui::periodText(c.period)));
        m_table->item(row, 0)->setData(Qt::UserRole, c.id);
        m_table->setItem(row, 1, subsidyui::readOnly(institutionNames.value(c.institutionId)));
        m_table->setItem(row, 2, subsidyui::readOnly(ruleNames.value(c.ruleId)));
        m_table->setItem(
            row, 3, subsidyui::readOnly(c.quantity ? QString::number(*c.quantity) : QString()));
        m_table->setItem(
            row, 4, subsidyui::readOnly(c.families ? QString::number(*c.families) : QString()));
        m_table->setItem(row, 5,
                         c.amountFen ? subsidyui::moneyItem(*c.amountFen)
                                     : subsidyui::readOnly(QString()));
        if (c.id == selected)
            m_table->selectRow(row);
        ++row;
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
}

void ClaimsTab::askAddClaim()
{
    if (!workspace() || !planId())
        return;
    const SubsidyEngine::Inputs in = SubsidyEngine::load(workspace(), planId(), year());
    forms::FormDialog dialog(tr("新增申报"), this);
    auto *rule = dialog.add(tr("规则："), new QComboBox, QStringLiteral("claimRule"));
    for (const SubsidyRule &r : in.rules)
        if (SubsidyEngine::needsClaim(r.kind) && r.enabled)
            rule->addItem(tr("%1（%2）").arg(r.name, SubsidyEngine::ruleKindLabel(r.kind)), r.id);
    auto *institution = dialog.add(tr("机构："), new QComboBox, QStringLiteral("claimInstitution"));
    institution->setEditable(true);
    institution->setInsertPolicy(QComboBox::NoInsert);
    institution->completer()->setFilterMode(Qt::MatchContains);
    institution->completer()->setCompletionMode(QCompleter::PopupCompletion);
    for (const Institution &i : in.institutions)
        institution->addItem(i.name, i.id);
    QLineEdit *period = dialog.add(tr("期间："), forms::lineEdit(QString(), tr("2025 或 2025-03")),
                                   QStringLiteral("claimPeriod"));
    period->setText(QString::number(year()));
    auto *quantity = dialog.add(tr("数量："), new QLineEdit, QStringLiteral("claimQuantity"));
    auto *families = dialog.add(tr("户数："), new QLineEdit, QStringLiteral("claimFamilies"));
    auto *cost = dialog.add(tr("申报成本（元）："), new QLineEdit, QStringLiteral("claimCost"));
    auto *what = new QLabel;
    what->setWordWrap(true);
    dialog.form()->addRow(what);
    // Each kind asks for what it pays on; the other boxes are disabled.
    auto adapt = [&] {
        QString kind;
        for (const SubsidyRule &r : in.rules)
            if (r.id == rule->currentData().toLongLong())
                kind = r.kind;
        quantity->setEnabled(kind != QLatin1String("capped_package"));
        families->setEnabled(kind == QLatin1String("voucher"));
        cost->setEnabled(kind == QLatin1String("capped_package"));
        what->setText(
            kind == QLatin1String("per_slot_once")
                ? QCoreApplication::translate("tuoyu::Claimstab",
                                              "数量：通过验收的托位数（空着按机构的普惠托位数）。")
            : kind == QLatin1String("per_class_once")
                ? QCoreApplication::translate("tuoyu::Claimstab", "数量：当年新增的托班数。")
            : kind == QLatin1String("capped_package")
                ? QCoreApplication::translate("tuoyu::Claimstab",
                                              "申报成本：实际投入，按上限核定。")
                : QCoreApplication::translate("tuoyu::Claimstab",
                                              "数量：体验人次·天；户数：用券家庭数（每户限次）。"));
    };
    connect(rule, &QComboBox::currentIndexChanged, &dialog, adapt);
    adapt();
    if (dialog.runUntilDone([&](QString *error) {
            const int index = institution->findText(institution->currentText());
            if (index < 0) {
                *error = QCoreApplication::translate("tuoyu::Claimstab", "找不到机构“%1”")
                             .arg(institution->currentText());
                return false;
            }
            std::optional<double> q;
            std::optional<int> f;
            std::optional<qint64> a;
            bool ok = true;
            if (quantity->isEnabled() && !quantity->text().trimmed().isEmpty()) {
                q = quantity->text().trimmed().toDouble(&ok);
                if (!ok) {
                    *error = QCoreApplication::translate("tuoyu::Claimstab", "数量应为数字：%1")
                                 .arg(quantity->text());
                    return false;
                }
            }
            if (families->isEnabled() && !families->text().trimmed().isEmpty()) {
                f = families->text().trimmed().toInt(&ok);
                if (!ok) {
                    *error = QCoreApplication::translate("tuoyu::Claimstab", "户数应为整数：%1")
                                 .arg(families->text());
                    return false;
                }
            }
            if (cost->isEnabled()) {
                a = fenFromYuanText(cost->text());
                if (!a) {
                    *error = QCoreApplication::translate("tuoyu::Claimstab",
                                                         "申报成本应为金额（元）：%1")
                                 .arg(cost->text());
                    return false;
                }
            }
            return run(subsidycommands::addClaim(workspace(), rule->currentData().toLongLong(),
                                                 institution->itemData(index).toLongLong(),
                                                 period->text().trimmed(), q, f, a, error),
                       error);
        }))
        Q_EMIT statusMessage(QCoreApplication::translate("tuoyu::Claimstab", "已新增申报"));
}

} // namespace tuoyu
