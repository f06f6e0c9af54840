#include "ledgers.h"

#include "session/workspace.h"
#include "storage/indicatorrepository.h"
#include "storage/institutionrepository.h"

#include <QHash>

namespace tuoyu::ledgers {

QList<Column> institutionColumns()
{
    // A4 holds five columns: the document shows 序号, name, kind, slots and notes.
    QList<Column> columns;
    const auto notPrinted = [&columns](T type, const QStringList &headers) {
        for (const QString &h : headers)
            columns.append({h, type, NotPrinted});
    };
    columns = {{QStringLiteral("序号"), T::Count, Everywhere, 0.7, Align::Center},
               {QStringLiteral("机构名称"), T::Text, Everywhere, 5.5, Align::Left}};
    notPrinted(T::Text, {QStringLiteral("统一社会信用代码")});
    columns.append({QStringLiteral("属性"), T::Text, Everywhere, 1.2, Align::Center});
    notPrinted(T::Text, {QStringLiteral("所属乡镇（街道）"), QStringLiteral("地址")});
    columns.append({QStringLiteral("托位数"), T::Count, Everywhere, 1.1, Align::Right});
    notPrinted(T::Count,
               {QStringLiteral("普惠托位"), QStringLiteral("乳儿班"), QStringLiteral("托小班"),
                QStringLiteral("托大班"), QStringLiteral("在托人数")});
    notPrinted(T::Text, {QStringLiteral("是否备案")});
    notPrinted(T::Date, {QStringLiteral("备案日期")});
    notPrinted(T::Text, {QStringLiteral("等级"), QStringLiteral("签约医疗机构")});
    notPrinted(T::Count, {QStringLiteral("从业人员"), QStringLiteral("持证人员")});
    notPrinted(T::Money, {QStringLiteral("月收费（元）")});
    columns.append({QStringLiteral("备注"), T::Text, Everywhere, 1.5, Align::Left});
    Q_ASSERT(columns.size() == InstitutionColumn::Count);
    return columns;
}

QList<Cell> institutionCells(const Institution &i, const QString &areaName)
{
    // A puhui institution that states no 普惠托位 has all its slots puhui (puhuiSlotCount); the
    // number is counted, and the words say why.
    const Cell puhui = i.puhuiSlots ? Cell(*i.puhuiSlots)
                       : i.puhui    ? Cell(i.slots, QStringLiteral("%1（全部）").arg(i.slots))
                                    : Cell();
    return {Cell(),
            i.name,
            i.creditCode,
            i.kindText.isEmpty() ? kindLabel(i.kind) : i.kindText,
            areaName,
            i.address,
            i.slots,
            puhui,
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
            i.notes};
}

LedgerTable institutions(Workspace *ws)
{
    LedgerTable t;
    t.name = QStringLiteral("机构名单");
    t.columns = institutionColumns();
    QHash<qint64, QString> areas;
    for (const Area &a : IndicatorRepository(ws).areas())
        areas.insert(a.id, a.name);
    qint64 slots = 0;
    qint64 n = 0;
    for (const Institution &i : InstitutionRepository(ws).all()) {
        slots += i.slots;
        QList<Cell> row = institutionCells(i, areas.value(i.areaId));
        row[InstitutionColumn::Number] = ++n;
        t.rows.append(row);
    }
    t.totals = QList<Cell>(t.columns.size());
    t.totals[InstitutionColumn::Name] = QStringLiteral("合计");
    t.totals[InstitutionColumn::Slots] = slots;
    t.title = QStringLiteral("托育机构名单（%1家，%2个托位）").arg(n).arg(slots);
    return t;
}

} // namespace tuoyu::ledgers
