#include "cityview.h"

#include "ledgers/ledgers.h"
#include "report/reportstore.h"
#include "session/workspace.h"
#include "storage/indicatorrepository.h"
#include "storage/planrepository.h"
#include "storage/postgresql/districtregistry.h"
#include "storage/postgresql/postgresqlurl.h"

#include <QJsonArray>

#include <functional>

namespace tuoyu {

namespace {

using Count = qint64 RegistryTotals::*;

/// The registry's counts, each with its name in JSON: the city's totals are their sums. The
/// shares, rates and per-thousand figures are never summed: the city's are the formulas over
/// these sums (IndicatorEngine::formulaValue), as a district's are over its own.
struct CountField
{
    const char *key;
    Count count;
};
constexpr CountField kCounts[] = {
    {"institutions", &RegistryTotals::institutions},
    {"slots", &RegistryTotals::slots},
    {"puhui_slots", &RegistryTotals::puhuiSlots},
    {"puhui_institutions", &RegistryTotals::puhuiInstitutions},
    {"filed", &RegistryTotals::filed},
    {"with_medical_partner", &RegistryTotals::withMedicalPartner},
    {"enrolled", &RegistryTotals::enrolled},
    {"slots_reporting_enrolled", &RegistryTotals::slotsReportingEnrolled},
    {"under2_slots", &RegistryTotals::under2Slots},
    {"slots_reporting_bands", &RegistryTotals::slotsReportingBands},
    {"staff", &RegistryTotals::staff},
    {"certified_staff", &RegistryTotals::certifiedStaff},
    {"public_institutions", &RegistryTotals::publicInstitutions},
    {"public_slots", &RegistryTotals::publicSlots},
    {"areas", &RegistryTotals::areas},
    {"areas_with_community", &RegistryTotals::areasWithCommunity},
};

void addTo(RegistryTotals *sum, const RegistryTotals &t)
{
    for (const CountField &f : kCounts)
        (*sum).*f.count += t.*f.count;
    for (auto it = t.institutionsByKind.cbegin(); it != t.institutionsByKind.cend(); ++it)
        sum->institutionsByKind[it.key()] += it.value();
    for (auto it = t.slotsByKind.cbegin(); it != t.slotsByKind.cend(); ++it)
        sum->slotsByKind[it.key()] += it.value();
}

QJsonObject totalsJson(const RegistryTotals &t, const PopulationBase &population)
{
    QJsonObject o;
    for (const CountField &f : kCounts)
        o.insert(QLatin1String(f.key), t.*f.count);
    o.insert(QStringLiteral("resident_population"),
             population.resident ? QJsonValue(*population.resident) : QJsonValue());
    o.insert(QStringLiteral("children_under3"),
             population.under3 ? QJsonValue(*population.under3) : QJsonValue());
    return o;
}

/// The city's value of each formula, from the summed figures.
QList<CityIndicator> cityIndicators(const RegistryTotals &totals, const PopulationBase &population)
{
    QList<CityIndicator> list;
    for (const IndicatorFormula &f : IndicatorEngine::formulas()) {
        CityIndicator c;
        c.formula = f;
        if (totals.institutions > 0)
            c.value = IndicatorEngine::formulaValue(f.key, totals, population, &c.missing);
        else
            c.missing = QStringLiteral("机构名单为空"); // as a district's engine says
        list.append(c);
    }
    return list;
}

/// A population figure for the city: the districts' sum when every district has one.
std::optional<qint64> summed(const QList<DistrictFigures> &districts,
                             std::optional<qint64> PopulationBase::*figure)
{
    qint64 sum = 0;
    for (const DistrictFigures &d : districts) {
        if (!(d.population.*figure))
            return std::nullopt;
        sum += *(d.population.*figure);
    }
    return sum;
}

/// Runs `read` on each district listed at `address` (no district in it), one at a time through
/// the district's own workspace, read-only for the city role. Districts the role cannot open, or
/// whose reading fails, go to `unreadable`; false with `error` when the server cannot be read or
/// lists no district.
bool forEachDistrict(const QString &address, const QString &password, QString *server,
                     QStringList *unreadable,
                     const std::function<void(const QString &, Workspace *)> &read, QString *error)
{
    const auto url = PostgresqlUrl::parse(address, error, PostgresqlUrl::Needs::Server);
    if (!url)
        return false;
    if (!url->district.isEmpty()) {
        *error = QStringLiteral("全市视图的地址不带 district：%1").arg(url->display());
        return false;
    }
    *server = url->display();
    QStringList names;
    {
        ServerConnection connection;
        if (!connection.open(*url, error, password))
            return false;
        try {
            names = DistrictRegistry::districts(connection.db());
        } catch (const StorageError &e) {
            *error = e.message();
            return false;
        }
    }
    if (names.isEmpty()) {
        *error = QStringLiteral("%1 上还没有区县（用 tuoyu-desk server-init 添加）").arg(*server);
        return false;
    }
    for (const QString &name : names) {
        QString why;
        auto ws = Workspace::open(PostgresqlUrl::addressOf(address, name), password, &why);
        if (!ws) {
            *unreadable << why;
            continue;
        }
        try {
            read(name, ws.get());
        } catch (const StorageError &e) {
            *unreadable << QStringLiteral("%1：%2").arg(name, e.message());
        }
    }
    return true;
}

QString count(const QJsonObject &o, const char *key)
{
    return QString::number(o.value(QLatin1String(key)).toInteger());
}

} // namespace

QString CityIndicator::label() const
{
    IndicatorResult r;
    r.indicator.unit = formula.unit;
    r.indicator.formula = formula.key;
    r.actual = value;
    return indicatorActualLabel(r);
}

std::optional<CityFigures> CityFigures::read(const QString &address, const QDate &asOf,
                                             QString *error, const QString &password)
{
    CityFigures city;
    city.asOf = asOf;
    const bool read = forEachDistrict(
        address, password, &city.server, &city.unreadable,
        [&](const QString &name, Workspace *ws) {
            // Every figure is the one that district's dashboard and reports show.
            DistrictFigures d;
            d.district = name;
            d.totals = RegistryTotals::of(ws, asOf);
            const IndicatorRepository indicators(ws);
            d.population = PopulationBase{indicators.residentPopulation(asOf.year()),
                                          indicators.childrenUnder3(asOf.year())};
            const auto plan = PlanRepository(ws).defaultPlan();
            d.planTitle = plan ? plan->title : QString();
            d.progress = ReportStore::figures(ws, plan ? plan->id : 0, asOf);
            city.districts.append(d);
        },
        error);
    if (!read)
        return std::nullopt;
    for (const DistrictFigures &d : city.districts) {
        addTo(&city.totals, d.totals);
        for (auto it = d.progress.constBegin(); it != d.progress.constEnd(); ++it)
            city.progress.insert(it.key(), city.progress.value(it.key()).toInteger() +
                                               it.value().toInteger());
        if (!d.population.resident || !d.population.under3)
            city.populationMissing << d.district;
    }
    city.population.resident = summed(city.districts, &PopulationBase::resident);
    city.population.under3 = summed(city.districts, &PopulationBase::under3);
    city.indicators = cityIndicators(city.totals, city.population);
    for (CityIndicator &c : city.indicators) {
        // Say which districts lack the figure rather than only that one is missing.
        if (!c.value && !city.populationMissing.isEmpty() &&
            (IndicatorEngine::needsResident(c.formula.key) ||
             IndicatorEngine::needsUnder3(c.formula.key)))
            c.missing = QStringLiteral("%1未录入%2年人口数")
                            .arg(city.populationMissing.join(QStringLiteral("、")))
                            .arg(asOf.year());
    }
    return city;
}

QJsonObject CityFigures::toJson() const
{
    QJsonArray districtList;
    for (const DistrictFigures &d : districts) {
        QJsonObject o = totalsJson(d.totals, d.population);
        o.insert(QStringLiteral("district"), d.district);
        o.insert(QStringLiteral("plan"), d.planTitle);
        o.insert(QStringLiteral("progress"), d.progress);
        districtList.append(o);
    }
    QJsonArray indicatorList;
    for (const CityIndicator &c : indicators)
        indicatorList.append(
            QJsonObject{{QStringLiteral("key"), c.formula.key},
                        {QStringLiteral("name"), c.formula.name},
                        {QStringLiteral("unit"), c.formula.unit},
                        {QStringLiteral("value"), c.value ? QJsonValue(*c.value) : QJsonValue()},
                        {QStringLiteral("text"), c.label()},
                        {QStringLiteral("missing"), c.missing}});
    QJsonObject cityObject = totalsJson(totals, population);
    cityObject.insert(QStringLiteral("progress"), progress);
    cityObject.insert(QStringLiteral("indicators"), indicatorList);
    return {{QStringLiteral("server"), server},
            {QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
            {QStringLiteral("districts"), districtList},
            {QStringLiteral("city"), cityObject},
            {QStringLiteral("unreadable"), QJsonArray::fromStringList(unreadable)}};
}

std::optional<ledgers::LedgerTable> CityFigures::ledger(const QString &address, const QString &code,
                                                        const QDate &asOf, int year,
                                                        QStringList *unreadable, QString *error,
                                                        const QString &password)
{
    std::optional<ledgers::LedgerTable> city;
    QString server;
    QString mismatch;
    const bool read = forEachDistrict(
        address, password, &server, unreadable,
        [&](const QString &name, Workspace *ws) {
            const auto plan = PlanRepository(ws).defaultPlan();
            ledgers::LedgerTable t = ledgers::byCode(code, ws, plan ? plan->id : 0, asOf, year);
            if (!city) {
                city = ledgers::LedgerTable{};
                city->name = t.name;
                city->title = t.title.isEmpty() ? QString() : QStringLiteral("全市") + t.title;
                city->columns = t.columns;
                city->columns.prepend(ledgers::Column(QStringLiteral("区县")));
            } else if (t.headersIn(ledgers::InSheet) != city->headersIn(ledgers::InSheet).mid(1)) {
                mismatch = name;
                return;
            }
            for (QList<ledgers::Cell> row : std::as_const(t.rows)) {
                row.prepend(ledgers::Cell(name));
                city->rows.append(row);
            }
        },
        error);
    if (!read)
        return std::nullopt;
    if (!city || city->columns.size() <= 1) {
        *error = city ? QStringLiteral("没有名为“%1”的台账").arg(code)
                      : QStringLiteral("%1 上没有可以读取的区县").arg(server);
        return std::nullopt;
    }
    if (!mismatch.isEmpty()) {
        *error = QStringLiteral("各区县的“%1”列不同（如%2），不能合成一张全市台账")
                     .arg(city->name, mismatch);
        return std::nullopt;
    }
    return city;
}

document::TableBlock CityFigures::districtTable() const
{
    using namespace document;
    TableBlock table;
    table.headerRows = {{QStringLiteral("区县"), QStringLiteral("机构"), QStringLiteral("托位"),
                         QStringLiteral("普惠托位"), QStringLiteral("每千人口托位数"),
                         QStringLiteral("任务"), QStringLiteral("已完成"), QStringLiteral("逾期"),
                         QStringLiteral("临期")}};
    const auto perThousand = [](const RegistryTotals &t, const PopulationBase &p) {
        CityIndicator c;
        c.formula = *IndicatorEngine::formula(QStringLiteral("slots_per_1000_population"));
        c.value = IndicatorEngine::formulaValue(c.formula.key, t, p);
        return c.value ? c.label() : QStringLiteral("—");
    };
    for (const DistrictFigures &d : districts)
        table.rows.append({d.district, QString::number(d.totals.institutions),
                           QString::number(d.totals.slots), QString::number(d.totals.puhuiSlots),
                           perThousand(d.totals, d.population), count(d.progress, "tasks"),
                           count(d.progress, "tasks_done"), count(d.progress, "tasks_overdue"),
                           count(d.progress, "tasks_due_soon")});
    table.computeTotals({1, 2, 3, 5, 6, 7, 8}, 0);
    // The city's per-thousand figure is the formula over the sums, not a sum of the districts'.
    if (table.totals.size() > 4)
        table.totals[4] = perThousand(totals, population);
    return table;
}

document::OfficialDocument CityFigures::progressReport() const
{
    using namespace document;
    OfficialDocument doc;
    doc.title = QStringLiteral("全市普惠托育服务体系建设\n工作进展情况汇报");
    doc.date = asOf;
    auto &b = doc.blocks;
    b.append(Block::body(
        QStringLiteral("现将截至%1全市%2个区县的普惠托育工作进展情况汇报如下。各项数据由各区县"
                       "工作台汇总，比率类指标按全市合计数计算。")
            .arg(formatDate(asOf))
            .arg(districts.size()),
        QStringLiteral("city.opening")));

    b.append(Block::paragraph(ParagraphStyle::Heading1, QStringLiteral("一、总体进展"),
                              QStringLiteral("city.overall.heading")));
    b.append(Block::body(
        QStringLiteral("全市共有托育机构%1家（已备案%2家），托位%3个，其中普惠托位%4个。"
                       "各区县实施方案共有任务%5项，已完成%6项，逾期%7项，临期%8项。")
            .arg(totals.institutions)
            .arg(totals.filed)
            .arg(totals.slots)
            .arg(totals.puhuiSlots)
            .arg(count(progress, "tasks"), count(progress, "tasks_done"),
                 count(progress, "tasks_overdue"), count(progress, "tasks_due_soon")),
        QStringLiteral("city.overall")));

    b.append(Block::paragraph(ParagraphStyle::Heading1, QStringLiteral("二、主要指标"),
                              QStringLiteral("city.indicators.heading")));
    TableBlock indicatorTable;
    indicatorTable.headerRows = {
        {QStringLiteral("指标"), QStringLiteral("全市"), QStringLiteral("计算方法")}};
    for (const CityIndicator &c : indicators)
        indicatorTable.rows.append(
            {c.formula.name, c.value ? c.label() : c.missing, c.formula.definition});
    indicatorTable.columnWidths = {3, 2, 5};
    b.append(Block::table(indicatorTable, QStringLiteral("city.indicators")));

    b.append(Block::paragraph(ParagraphStyle::Heading1, QStringLiteral("三、各区县进展"),
                              QStringLiteral("city.districts.heading")));
    b.append(Block::table(districtTable(), QStringLiteral("city.districts")));
    if (!unreadable.isEmpty())
        b.append(Block::paragraph(
            ParagraphStyle::Note,
            QStringLiteral("注：未能读取：%1。").arg(unreadable.join(QStringLiteral("；"))),
            QStringLiteral("city.unreadable")));
    // The server's address stays out of print: it is IT staff's, not the leadership's.
    b.append(Block::paragraph(
        ParagraphStyle::Note,
        QStringLiteral("注：数据截至%1，来源于各区县托育工作台。").arg(formatDate(asOf)),
        QStringLiteral("note")));
    return doc;
}

} // namespace tuoyu
