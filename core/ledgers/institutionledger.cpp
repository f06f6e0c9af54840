#include "ledgers.h"

#include "session/workspace.h"
#include "storage/indicatorrepository.h"
#include "storage/institutionrepository.h"

#include <QHash>

namespace tuoyu::ledgers {

LedgerTable institutions(Workspace *ws)
{
    // A4 holds five columns: the document shows 序号, name, kind, slots and notes.
    LedgerTable t;
    t.name = QStringLiteral("机构名单");
    const auto notPrinted = [&t](T type, const QStringList &headers) {
        for (const QString &h : headers)
            t.columns.append({h, type, NotPrinted});
    };
    t.columns = {{QStringLiteral("序号"), T::Count, Everywhere, 0.7, Align::Center},
                 {QStringLiteral("机构名称"), T::Text, Everywhere, 5.5, Align::Left}};
    notPrinted(T::Text, {QStringLiteral("统一社会信用代码")});
    t.columns.append({QStringLiteral("属性"), T::Text, Everywhere, 1.2, Align::Center});
    notPrinted(T::Text, {QStringLiteral("所属乡镇（街道）"), QStringLiteral("地址")});
    t.columns.append({QStringLiteral("托位数"), T::Count, Everywhere, 1.1, Align::Right});
    notPrinted(T::Count,
               {QStringLiteral("普惠托位"), QStringLiteral("乳儿班"), QStringLiteral("托小班"),
                QStringLiteral("托大班"), QStringLiteral("在托人数")});
    notPrinted(T::Text, {QStringLiteral("是否备案")});
    notPrinted(T::Date, {QStringLiteral("备案日期")});
    notPrinted(T::Text, {QStringLiteral("等级"), QStringLiteral("签约医疗机构")});
    notPrinted(T::Count, {QStringLiteral("从业人员"), QStringLiteral("持证人员")});
    notPrinted(T::Money, {QStringLiteral("月收费（元）")});
    t.columns.append({QStringLiteral("备注"), T::Text, Everywhere, 1.5, Align::Left});
    QHash<qint64, QString> areas;
    for (const Area &a : IndicatorRepository(ws).areas())
        areas.insert(a.id, a.name);
    qint64 slots = 0;
    qint64 n = 0;
    for (const Institution &i : InstitutionRepository(ws).all()) {
        slots += i.slots;
        t.rows.append({++n,
                       i.name,
                       i.creditCode,
                       i.kindText.isEmpty() ? kindLabel(i.kind) : i.kindText,
                       areas.value(i.areaId),
                       i.address,
                       qint64(i.slots),
                       Cell::of(i.puhuiSlots),
                       Cell::of(i.slotsInfant),
                       Cell::of(i.slotsToddler),
                       Cell::of(i.slotsOlder),
                       Cell::of(i.enrolled),
                       i.filed ? QStringLiteral("是") : QStringLiteral("否"),
                       Cell::date(i.filedDate),
                       i.grade,
                       i.medicalPartner,
                       Cell::of(i.staff),
                       Cell::of(i.certifiedStaff),
                       Cell::of(i.monthlyPriceFen),
                       i.notes});
    }
    t.totals = QList<Cell>(t.columns.size());
    t.totals[1] = QStringLiteral("合计");
    t.totals[6] = slots;
    t.title = QStringLiteral("托育机构名单（%1家，%2个托位）").arg(n).arg(slots);
    return t;
}

} // namespace tuoyu::ledgers
