#pragma once

#include "institutionkind.h"

#include <QDate>
#include <QString>

#include <optional>

namespace tuoyu {

/// One row of the 机构名单: a childcare institution in the district's registry. Counts the
/// office has not reported are empty (std::nullopt), never zero, so indicators can tell
/// "none" from "unknown".
struct Institution
{
    qint64 id = 0;
    QString name;
    QString creditCode; ///< 统一社会信用代码: how offices tell two institutions apart
    InstitutionKind kind = InstitutionKind::Other;
    QString kindText;  ///< the kind words as the source wrote them (属性 column)
    qint64 areaId = 0; ///< 0 when the area is unknown
    QString address;
    qint64 slots = 0; ///< 托位数
    std::optional<qint64> puhuiSlots;
    std::optional<qint64> slotsInfant;  ///< 乳儿班 (6–12 months)
    std::optional<qint64> slotsToddler; ///< 托小班 (12–24 months)
    std::optional<qint64> slotsOlder;   ///< 托大班 (24–36 months)
    std::optional<qint64> enrolled;     ///< 在托 / 实际入托人数
    bool puhui =
        false; ///< 普惠性机构 (all its slots count as puhui unless puhuiSlots says otherwise)
    bool filed = false; ///< 备案
    QDate filedDate;
    QString grade;          ///< 示范 / 省级普惠 …
    QString medicalPartner; ///< 医育结合签约的医疗机构, empty when none
    std::optional<qint64> staff;
    std::optional<qint64> certifiedStaff;
    std::optional<qint64> monthlyPriceFen; ///< 收费标准 per month, in fen
    QString chain;                         ///< 连锁品牌, for the chain-size subsidy condition
    QDate openedDate; ///< when it opened; indicators "as of" a date count it from then
    QString notes;

    /// 普惠: a puhui institution, or one that reports puhui slots. The one statement of the
    /// rule; the registry's totals and everything that reads them use it.
    static bool isPuhui(bool puhui, std::optional<qint64> puhuiSlots)
    {
        return puhui || puhuiSlots.value_or(0) > 0;
    }
    bool isPuhui() const { return isPuhui(puhui, puhuiSlots); }
    /// Its puhui slots: as reported, else every slot of a puhui institution, else none.
    static qint64 puhuiSlotCount(bool puhui, std::optional<qint64> puhuiSlots, qint64 slots)
    {
        return puhuiSlots ? *puhuiSlots : puhui ? slots : 0;
    }
    qint64 puhuiSlotCount() const { return puhuiSlotCount(puhui, puhuiSlots, slots); }
};

} // namespace tuoyu
