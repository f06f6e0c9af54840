#include "ruletablemodel.h"

#include "commands/subsidycommands.h"
#include "domain/money.h"
#include "session/workspace.h"
#include "subsidy/subsidyengine.h"

#include <QCoreApplication>

namespace tuoyu {

namespace {

/// A rule's standard as the table shows it: 金额待定 when the plan prints none, 不低于/不高于
/// when the printed amount is a floor or a ceiling.
QString amountText(const SubsidyRule &r)
{
    if (r.amountPending())
        return QCoreApplication::translate("tuoyu::RuleTableModel", "金额待定");
    const QString money = Fen(r.amountFen).toString(Fen::Style::Grouped);
    if (r.amountIsFloor())
        return QCoreApplication::translate("tuoyu::RuleTableModel", "不低于 ") + money;
    if (r.conditions.value(QStringLiteral("amount_is_cap")).toBool())
        return QCoreApplication::translate("tuoyu::RuleTableModel", "不高于 ") + money;
    return money;
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate)
                       : QCoreApplication::translate("tuoyu::RuleTableModel", "不限");
}

} // namespace

void RuleTableModel::reload(Workspace *workspace, qint64 planId, int year)
{
    m_workspace = workspace;
    QList<SubsidyRule> rules;
    if (workspace && planId)
        rules = SubsidyEngine::load(workspace, planId, year).rules;
    replaceRows(sameIds(rules, m_records), [&] { m_records = rules; });
}

QVariant RuleTableModel::cell(const SubsidyRule &r, const QModelIndex &index, int role) const
{
    if (role == Qt::CheckStateRole && index.column() == Enabled)
        return r.enabled ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::TextAlignmentRole && (index.column() == Amount || index.column() == Cap))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (index.column() == Amount)
            return r.amountPending() ? tr("方案未给出金额；设定金额后才计入台账")
                   : r.amountIsFloor() ? tr("原文为“不低于”：此为下限，实际可高于此数")
                                       : QString();
        if (index.column() == Source)
            return r.sourceText;
        if (index.column() == ValidFrom || index.column() == ValidTo)
            return tr("填 yyyy-MM-dd；清空或填“不限”为不限");
        return {};
    }
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case Name:
            return r.name;
        case Unit:
            return r.unit;
        case ValidFrom:
            return r.validFrom.isValid() ? r.validFrom.toString(Qt::ISODate) : QString();
        case ValidTo:
            return r.validTo.isValid() ? r.validTo.toString(Qt::ISODate) : QString();
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Enabled:
        return {};
    case Name:
        return r.name;
    case Kind:
        return SubsidyEngine::ruleKindLabel(r.kind);
    case Amount:
        return amountText(r);
    case Unit:
        return r.unit;
    case Cap:
        return r.capFen ? Fen(*r.capFen).toString(Fen::Style::Grouped) : QStringLiteral("—");
    case Conditions:
        return SubsidyEngine::conditionsText(r.conditions);
    case FundUse:
        return SubsidyEngine::fundUseLabel(r.fundUse);
    case ValidFrom:
        return dateText(r.validFrom);
    case ValidTo:
        return dateText(r.validTo);
    case Source:
        return r.sourceText;
    default:
        return {};
    }
}

QVariant RuleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const kHeaders[ColumnCount] = {
        QT_TR_NOOP("启用"),       QT_TR_NOOP("规则"),     QT_TR_NOOP("类型"),
        QT_TR_NOOP("标准（元）"), QT_TR_NOOP("单位"),     QT_TR_NOOP("上限（元）"),
        QT_TR_NOOP("条件"),       QT_TR_NOOP("资金用途"), QT_TR_NOOP("有效期自"),
        QT_TR_NOOP("有效期至"),   QT_TR_NOOP("依据")};
    return section >= 0 && section < ColumnCount ? tr(kHeaders[section]) : QVariant();
}

Qt::ItemFlags RuleTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    switch (index.column()) {
    case Enabled:
        return f | Qt::ItemIsUserCheckable;
    case Name:
    case Unit:
    case ValidFrom:
    case ValidTo:
        return f | Qt::ItemIsEditable;
    default:
        return f;
    }
}

bool RuleTableModel::setCell(int row, int column, const QVariant &value, QString *error)
{
    if (!m_workspace || row < 0 || row >= m_records.size()) {
        *error = tr("没有这一行规则");
        return false;
    }
    const SubsidyRule &rule = m_records.at(row);
    std::unique_ptr<WorkspaceCommand> command;
    if (column == Enabled) {
        const bool on = value.toInt() == Qt::Checked;
        if (on == rule.enabled)
            return true;
        command = subsidycommands::setRuleEnabled(m_workspace, rule.id, on, error);
    } else {
        SubsidyRule edited = rule;
        const QString text = value.toString().trimmed();
        switch (column) {
        case Name:
            edited.name = text;
            break;
        case Unit:
            edited.unit = text;
            break;
        case ValidFrom:
        case ValidTo: {
            QDate date;
            if (value.typeId() == QMetaType::QDate)
                date = value.toDate();
            else if (!text.isEmpty() && text != tr("不限")) {
                date = QDate::fromString(text, Qt::ISODate);
                if (!date.isValid())
                    date = QDate::fromString(text, QStringLiteral("yyyy/M/d"));
                if (!date.isValid()) {
                    *error = tr("规则“%1”的%2应为日期，如 2025-01-01，或“不限”：%3")
                                 .arg(rule.name,
                                      column == ValidFrom ? tr("有效期自") : tr("有效期至"), text);
                    return false;
                }
            }
            (column == ValidFrom ? edited.validFrom : edited.validTo) = date;
            break;
        }
        default:
            *error = tr("规则“%1”的这一栏不能直接修改").arg(rule.name);
            return false;
        }
        if (edited.name == rule.name && edited.unit == rule.unit &&
            edited.validFrom == rule.validFrom && edited.validTo == rule.validTo)
            return true; // typed what was there: nothing to do
        command = subsidycommands::editRule(m_workspace, edited, error);
    }
    return command && m_workspace->execute(std::move(command), error);
}

} // namespace tuoyu
