#include "rulestab.h"

#include "commands/subsidycommands.h"
#include "commands/subsidyrulecommands.h"
#include "domain/institutionkind.h"
#include "domain/money.h"
#include "ruletablemodel.h"
#include "session/workspace.h"
#include "shell/corewords.h"
#include "shell/forms.h"
#include "subsidy/subsidyengine.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace tuoyu {

namespace {

/// A standard the officer typed in yuan, with an optional cap (empty = none, or unchanged).
/// `emptyAmount` is what an empty amount means (0 for 金额待定, nothing when one is required).
bool parseStandard(const QString &amount, const QString &cap, std::optional<qint64> emptyAmount,
                   qint64 *amountFen, std::optional<qint64> *capFen, QString *error)
{
    const auto fen = amount.trimmed().isEmpty() ? emptyAmount : fenFromYuanText(amount);
    if (!fen) {
        *error = QCoreApplication::translate("tuoyu::RulesTab",
                                             "标准应为金额（元），例如 200 或 0.05万：%1")
                     .arg(amount);
        return false;
    }
    *amountFen = *fen;
    capFen->reset();
    if (!cap.trimmed().isEmpty()) {
        *capFen = fenFromYuanText(cap);
        if (!*capFen) {
            *error =
                QCoreApplication::translate("tuoyu::RulesTab", "上限应为金额（元）：%1").arg(cap);
            return false;
        }
    }
    return true;
}

/// The fund uses a rule can name, with their labels.
QComboBox *fundUseBox()
{
    auto *use = new QComboBox;
    for (const char *code : {"other", "safety", "voucher", "training", "equipment", "construction",
                             "operation", "wages", "family_allowance", "debt"})
        use->addItem(SubsidyEngine::fundUseLabel(QLatin1String(code)), QLatin1String(code));
    return use;
}

} // namespace

RulesTab::RulesTab(QWidget *parent)
    : SubsidyTab({QStringLiteral("subsidy_rule")}, parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *actions = new QHBoxLayout;
    auto *revise = new QPushButton(tr("调整标准…"));
    revise->setToolTip(
        tr("从某日起按新的金额或上限执行；原规则到前一日为止，之前各期的台账不受影响"));
    actions->addWidget(revise);
    auto *edit = new QPushButton(tr("编辑条件和有效期…"));
    edit->setObjectName(QStringLiteral("editRuleButton"));
    actions->addWidget(edit);
    auto *add = new QPushButton(tr("新增规则…"));
    add->setObjectName(QStringLiteral("addRuleButton"));
    actions->addWidget(add);
    auto *setAmount = new QPushButton(tr("设定金额…"));
    setAmount->setObjectName(QStringLiteral("setRuleAmountButton"));
    setAmount->setToolTip(tr("为“金额待定”的规则填写标准"));
    actions->addWidget(setAmount);
    auto *remove = new QPushButton(tr("删除规则…"));
    remove->setObjectName(QStringLiteral("removeRuleButton"));
    remove->setToolTip(tr("连同其申报和待审核的台账行一并删除；已拨付过的规则不能删除"));
    actions->addWidget(remove);
    auto *hint = new QLabel(tr("勾选“启用”决定规则是否参与计算；规则名称、单位和有效期"
                               "可直接修改；“金额待定”的规则设定金额后才计入台账。"));
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    actions->addWidget(hint, 1);
    layout->addLayout(actions);

    m_model = new RuleTableModel(this);
    m_view = subsidyui::editableView(m_model, QStringLiteral("ruleTable"),
                                     QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);

    connect(revise, &QPushButton::clicked, this, &RulesTab::askReviseRule);
    connect(edit, &QPushButton::clicked, this, &RulesTab::askEditRule);
    connect(add, &QPushButton::clicked, this, &RulesTab::askAddRule);
    connect(setAmount, &QPushButton::clicked, this, &RulesTab::askSetRuleAmount);
    connect(remove, &QPushButton::clicked, this, &RulesTab::askRemoveRule);
    connect(m_model, &RuleTableModel::editRefused, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("奖补"), message); });
    // Column widths follow the content once per set of rules, then stay as the officer drags
    // them; the long columns are held back so the source text does not push the rest away.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->resizeColumnsToContents();
        for (const auto &[column, most] : {std::pair{int(RuleTableModel::Name), 240},
                                           std::pair{int(RuleTableModel::Conditions), 220},
                                           std::pair{int(RuleTableModel::Source), 400}})
            m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), most));
    });
}

void RulesTab::reload()
{
    m_model->reload(workspace(), planId(), year());
}

const SubsidyRule *RulesTab::currentRule(const QString &action)
{
    const int row = m_view->currentIndex().row();
    if (row < 0 || row >= m_model->rowCount() || !workspace()) {
        QMessageBox::information(this, action, tr("请先在表中选择一条规则。"));
        return nullptr;
    }
    return &m_model->rule(row);
}

bool RulesTab::addRule(const SubsidyRule &rule, QString *error)
{
    return run(subsidycommands::addRule(workspace(), planId(), rule, error), error);
}

bool RulesTab::setRuleAmount(qint64 ruleId, const QString &amount, const QString &cap,
                             QString *error)
{
    qint64 fen = 0;
    std::optional<qint64> capFen;
    if (!parseStandard(amount, cap, qint64(0), &fen, &capFen, error))
        return false;
    return run(subsidycommands::setRuleAmount(workspace(), ruleId, fen, capFen, error), error);
}

bool RulesTab::removeRule(qint64 ruleId, QString *error)
{
    return run(subsidycommands::removeRule(workspace(), ruleId, error), error);
}

void RulesTab::askRemoveRule()
{
    const SubsidyRule *rule = currentRule(tr("删除规则"));
    if (!rule)
        return;
    const qint64 ruleId = rule->id;
    const QString name = rule->name;
    if (QMessageBox::question(this, tr("删除规则"),
                              tr("删除规则“%1”？它的申报和待审核的台账行一并删除，已审核的行保留。"
                                 "可用“编辑 → 撤销”恢复。")
                                  .arg(name)) != QMessageBox::Yes)
        return;
    QString error;
    report(removeRule(ruleId, &error), tr("已删除规则“%1”").arg(name), error);
}

void RulesTab::askStandard(
    const QString &action, const QString &title, const QString &capHint,
    const std::function<QString(const SubsidyRule &, QFormLayout *, QLineEdit *, QLineEdit *)>
        &fill,
    const std::function<bool(qint64, const QString &, const QString &, QString *)> &save)
{
    const SubsidyRule *rule = currentRule(action);
    if (!rule)
        return;
    const qint64 ruleId = rule->id;
    forms::FormDialog dialog(title.arg(rule->name), this);
    auto *amount = new QLineEdit;
    auto *cap = new QLineEdit;
    cap->setPlaceholderText(capHint);
    const QString done = fill(*rule, dialog.form(), amount, cap);
    dialog.form()->addRow(tr("标准（元）："), amount);
    dialog.form()->addRow(tr("上限（元）："), cap);
    if (dialog.runUntilDone(
            [&](QString *error) { return save(ruleId, amount->text(), cap->text(), error); }))
        Q_EMIT statusMessage(done);
}

void RulesTab::askReviseRule()
{
    QDateEdit *from = nullptr;
    askStandard(
        tr("调整标准"), tr("调整“%1”的标准"), tr("不变"),
        [&](const SubsidyRule &rule, QFormLayout *form, QLineEdit *amount, QLineEdit *cap) {
            from = forms::dateEdit(QDate(year() + 1, 1, 1));
            amount->setText(rule.amountPending() ? QString() : Fen(rule.amountFen).yuanDecimal());
            cap->setText(rule.capFen ? Fen(*rule.capFen).yuanDecimal() : QString());
            form->addRow(new QLabel(tr("新标准从所选日期起执行；此前各期仍按原标准。")));
            form->addRow(tr("起始日期："), from);
            return tr("已调整标准");
        },
        [&](qint64 ruleId, const QString &amount, const QString &cap, QString *error) {
            qint64 fen = 0;
            std::optional<qint64> capFen;
            return parseStandard(amount, cap, std::nullopt, &fen, &capFen, error) &&
                   run(subsidycommands::reviseRule(workspace(), ruleId, from->date(), fen, capFen,
                                                   error),
                       error);
        });
}

void RulesTab::askSetRuleAmount()
{
    askStandard(
        tr("设定金额"), tr("设定“%1”的金额"), tr("不设上限"),
        [](const SubsidyRule &rule, QFormLayout *form, QLineEdit *, QLineEdit *) {
            auto *source = new QLabel(rule.sourceText);
            source->setWordWrap(true);
            form->addRow(tr("依据："), source);
            return tr("已设定金额");
        },
        [this](qint64 ruleId, const QString &amount, const QString &cap, QString *error) {
            return setRuleAmount(ruleId, amount, cap, error);
        });
}

void RulesTab::askEditRule()
{
    const SubsidyRule *current = currentRule(tr("编辑规则"));
    if (!current)
        return;
    const SubsidyRule rule = *current;
    forms::FormDialog dialog(tr("编辑“%1”").arg(rule.name), this);
    QFormLayout *form = dialog.form();
    auto *name = new QLineEdit(rule.name);
    auto *unit = new QLineEdit(rule.unit);
    // A date box cannot be empty: an unchecked box beside it means 不限.
    auto dateRow = [&](const QDate &d, QDate fallback) {
        auto *box = forms::dateEdit(d.isValid() ? d : fallback);
        auto *limited = new QCheckBox(tr("限定"));
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
    auto *use = fundUseBox();
    use->setCurrentIndex(std::max(0, use->findData(rule.fundUse)));
    const QJsonObject &c = rule.conditions;
    auto *puhui = new QCheckBox(tr("须为普惠机构"));
    puhui->setChecked(c.value(QStringLiteral("puhui")).toBool());
    // Filing is every rule's baseline; the form only records a waiver and its reason.
    auto *waiver = new QLineEdit(c.value(QStringLiteral("filing_waived")).toString());
    waiver->setPlaceholderText(tr("留空＝须已备案；填写理由＝不要求备案"));
    auto *kind = new QComboBox;
    kind->addItem(tr("不限"), QString());
    for (InstitutionKind k :
         {InstitutionKind::Public, InstitutionKind::Private, InstitutionKind::Enterprise,
          InstitutionKind::HealthSystem, InstitutionKind::Community, InstitutionKind::Standalone,
          InstitutionKind::KindergartenClass, InstitutionKind::HomeBased,
          InstitutionKind::Employer})
        kind->addItem(shownWords(kindLabel(k)), kindCode(k));
    const bool kindList = c.value(QStringLiteral("kind")).isArray();
    kind->setCurrentIndex(std::max(0, kind->findData(c.value(QStringLiteral("kind")).toString())));
    kind->setEnabled(!kindList); // several kinds stay as the template wrote them
    auto *grade = new QLineEdit(c.value(QStringLiteral("grade")).toString());
    grade->setPlaceholderText(tr("不限；例如 省级普惠"));
    auto spin = [](const QJsonValue &v, int max, const QString &suffix) {
        auto *box = new QSpinBox;
        box->setRange(0, max);
        box->setSpecialValueText(tr("不限"));
        box->setSuffix(suffix);
        box->setValue(v.isDouble() ? v.toInt() : 0);
        return box;
    };
    auto *minSlots = spin(c.value(QStringLiteral("min_slots")), 10000, tr(" 个"));
    auto *maxSlots = spin(c.value(QStringLiteral("max_slots")), 10000, tr(" 个"));
    auto *utilisation = spin(c.value(QStringLiteral("min_utilisation")), 100, QStringLiteral(" %"));
    auto *chain = spin(c.value(QStringLiteral("min_chain_size")), 1000, tr(" 家"));
    form->addRow(tr("名称："), name);
    form->addRow(tr("单位："), unit);
    form->addRow(tr("有效期自："), from->parentWidget());
    form->addRow(tr("有效期至："), to->parentWidget());
    form->addRow(tr("资金用途："), use);
    form->addRow(QString(), puhui);
    form->addRow(tr("不要求备案的理由："), waiver);
    form->addRow(tr("机构属性："), kind);
    form->addRow(tr("等级："), grade);
    form->addRow(tr("托位不少于："), minSlots);
    form->addRow(tr("托位不多于："), maxSlots);
    form->addRow(tr("托位使用率不低于："), utilisation);
    form->addRow(tr("区内连锁不少于："), chain);
    if (dialog.runUntilDone([&](QString *error) {
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
            return run(subsidycommands::editRule(workspace(), edited, error), error);
        }))
        Q_EMIT statusMessage(tr("已修改规则"));
}

void RulesTab::askAddRule()
{
    if (!workspace() || !planId())
        return;
    forms::FormDialog dialog(tr("新增奖补规则"), this);
    dialog.form()->addRow(
        new QLabel(tr("规则须机构已备案；其他条件可在“编辑条件和有效期”中补充。")));
    auto *name = dialog.add(tr("名称："), new QLineEdit, QStringLiteral("ruleName"));
    auto *kind = dialog.add(tr("类型："), new QComboBox, QStringLiteral("ruleKind"));
    for (const char *code : {"per_child_month", "per_institution_once", "per_slot_once",
                             "per_class_once", "capped_package", "voucher"})
        kind->addItem(SubsidyEngine::ruleKindLabel(QLatin1String(code)), QLatin1String(code));
    auto *band = dialog.add(tr("班型："), new QComboBox, QStringLiteral("ruleBand"));
    band->addItem(tr("全部在托"), QString());
    band->addItem(tr("乳儿班"), QStringLiteral("infant"));
    band->addItem(tr("托小班"), QStringLiteral("toddler"));
    band->addItem(tr("托大班"), QStringLiteral("older"));
    QLineEdit *amount =
        dialog.add(tr("标准（元）："), forms::lineEdit(QString(), tr("留空＝金额待定")),
                   QStringLiteral("ruleAmount"));
    auto *floor = dialog.add(QString(), new QCheckBox(tr("原文为“不低于”（下限）")),
                             QStringLiteral("ruleAmountIsMinimum"));
    auto *unit =
        dialog.add(tr("单位："), new QLineEdit(tr("元/人/月")), QStringLiteral("ruleUnit"));
    connect(kind, &QComboBox::currentIndexChanged, &dialog, [kind, unit] {
        const QString k = kind->currentData().toString();
        unit->setText(k == QLatin1String("per_child_month")  ? tr("元/人/月")
                      : k == QLatin1String("per_slot_once")  ? tr("元/托位")
                      : k == QLatin1String("per_class_once") ? tr("元/班")
                      : k == QLatin1String("voucher")        ? tr("元/次/天")
                                                             : tr("元/家"));
    });
    auto *use = dialog.add(tr("资金用途："), fundUseBox(), QStringLiteral("ruleFundUse"));
    auto *puhui =
        dialog.add(QString(), new QCheckBox(tr("须为普惠机构")), QStringLiteral("rulePuhui"));
    auto *from = dialog.add(tr("有效期自："), forms::dateEdit(QDate(year(), 1, 1)),
                            QStringLiteral("ruleValidFrom"));
    auto *to = dialog.add(tr("有效期至："), forms::dateEdit(QDate(year(), 12, 31)),
                          QStringLiteral("ruleValidTo"));
    QLineEdit *source = dialog.add(tr("依据："), forms::lineEdit(QString(), tr("方案或文件原文")),
                                   QStringLiteral("ruleSource"));
    if (dialog.runUntilDone([&](QString *error) {
            SubsidyRule rule;
            rule.name = name->text();
            rule.kind = kind->currentData().toString();
            rule.classBand = rule.kind == QLatin1String("per_child_month")
                                 ? band->currentData().toString()
                                 : QString();
            if (!amount->text().trimmed().isEmpty()) {
                const auto fen = fenFromYuanText(amount->text());
                if (!fen) {
                    *error = tr("标准应为金额（元），例如 200 或 0.05万：%1").arg(amount->text());
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
        Q_EMIT statusMessage(tr("已新增规则"));
}

} // namespace tuoyu
