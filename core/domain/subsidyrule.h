#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace tuoyu {

/// 奖补 rule as data: what is paid, per what, up to what, on which conditions, in which period.
/// Money is held in fen (integers), never floating point. The engine that turns rules into
/// ledger lines lives in core/subsidy.
struct SubsidyRule
{
    qint64 id = 0;
    qint64 planId = 0;
    int seq = 0;
    QString name;
    QString kind; ///< per_slot_once, per_class_once, per_institution_once, per_child_month,
                  ///< capped_package, voucher
    qint64 amountFen = 0;
    QString unit; ///< 元/托位, 元/人/月 …
    std::optional<qint64> capFen;
    QString classBand; ///< infant / toddler / older, empty for all
    QString category;  ///< second_third_child, three_child_family, special_family, disabled, or
                       ///< several joined by commas (their children are added up)
    QJsonObject conditions;
    QString fundUse; ///< construction, operation, equipment, safety, voucher, training, other
    QDate validFrom;
    QDate validTo;
    bool enabled = true;
    QString sourceText;

    /// 金额待定: the plan names the measure but prints no amount (no amount and no cap). Such a
    /// rule is kept so the officer sees it, and pays nothing until an amount is set.
    bool amountPending() const { return amountFen <= 0 && !capFen; }
    /// 不低于: the printed amount is a floor (template flag `amount_is_minimum`).
    bool amountIsFloor() const
    {
        return conditions.value(QStringLiteral("amount_is_minimum")).toBool();
    }
};

} // namespace tuoyu
