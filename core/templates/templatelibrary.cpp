#include "templatelibrary.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace tuoyu {

namespace {

const QString kFolder = QStringLiteral(":/templates");

QDate date(const QJsonValue &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QStringList strings(const QJsonValue &v)
{
    QStringList list;
    for (const auto &s : v.toArray())
        list << s.toString().trimmed();
    return list;
}

std::optional<qint64> optionalInt(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    return qint64(v.toDouble());
}

std::optional<qint64> fen(const QJsonValue &yuan)
{
    if (!yuan.isDouble())
        return std::nullopt;
    return qint64(std::llround(yuan.toDouble() * 100.0));
}

/// Sort key: blank first, then the seeds in the order of their source numbers.
int order(const QString &id)
{
    static const QStringList known = {
        QStringLiteral("blank"),    QStringLiteral("tunliu"),
        QStringLiteral("zhejiang"), QStringLiteral("quanzhou-taishang"),
        QStringLiteral("huancui"),  QStringLiteral("tianning")};
    const auto i = known.indexOf(id);
    return i < 0 ? 100 : int(i);
}

} // namespace

QList<TemplateLibrary::Entry> TemplateLibrary::entries()
{
    QList<Entry> list;
    const QStringList files = QDir(kFolder).entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &file : files) {
        QFile f(kFolder + QLatin1Char('/') + file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        list.append(
            {o.value(QStringLiteral("id")).toString(),
             o.value(QStringLiteral("plan")).toObject().value(QStringLiteral("title")).toString()});
    }
    std::sort(list.begin(), list.end(), [](const Entry &a, const Entry &b) {
        return std::make_pair(order(a.id), a.id) < std::make_pair(order(b.id), b.id);
    });
    return list;
}

bool TemplateLibrary::exists(const QString &id)
{
    return QFile::exists(kFolder + QLatin1Char('/') + id + QStringLiteral(".json"));
}

std::optional<PlanDraft> TemplateLibrary::load(const QString &id, QString *error)
{
    QFile f(kFolder + QLatin1Char('/') + id + QStringLiteral(".json"));
    if (id.isEmpty() || id.contains(QLatin1Char('/')) || !f.open(QIODevice::ReadOnly)) {
        QStringList ids;
        for (const Entry &e : entries())
            ids << e.id;
        *error = QStringLiteral("没有模板“%1”（可用：%2）").arg(id, ids.join(QStringLiteral("、")));
        return std::nullopt;
    }
    return parse(f.readAll(), error);
}

std::optional<PlanDraft> TemplateLibrary::loadFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("无法读取模板文件 %1：%2")
                     .arg(QDir::toNativeSeparators(path), f.errorString());
        return std::nullopt;
    }
    auto draft = parse(f.readAll(), error);
    if (!draft) {
        *error = QStringLiteral("%1：%2").arg(QDir::toNativeSeparators(path), *error);
    } else if (draft->plan.title.trimmed().isEmpty()) {
        *error = QStringLiteral("%1 不是计划模板：没有计划标题（plan.title）")
                     .arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    return draft;
}

std::optional<PlanDraft> TemplateLibrary::parse(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = QStringLiteral("模板数据无法解析：%1").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    PlanDraft d;
    d.templateId = root.value(QStringLiteral("id")).toString();

    const QJsonObject district = root.value(QStringLiteral("district")).toObject();
    d.districtName = district.value(QStringLiteral("name")).toString();
    for (const auto &a : district.value(QStringLiteral("areas")).toArray()) {
        const QJsonObject o = a.toObject();
        d.areas.append({0, o.value(QStringLiteral("name")).toString(),
                        o.value(QStringLiteral("kind")).toString(), 0});
    }
    for (const auto &p : district.value(QStringLiteral("population")).toArray()) {
        const QJsonObject o = p.toObject();
        PopulationFigure f;
        f.year = o.value(QStringLiteral("year")).toInt();
        f.resident = optionalInt(o.value(QStringLiteral("resident")));
        f.under3 = optionalInt(o.value(QStringLiteral("under3")));
        f.source = o.value(QStringLiteral("source")).toString();
        d.population.append(f);
    }

    const QJsonObject plan = root.value(QStringLiteral("plan")).toObject();
    d.plan.title = plan.value(QStringLiteral("title")).toString();
    d.plan.shortTitle = plan.value(QStringLiteral("short_title")).toString();
    d.plan.periodStart = date(plan.value(QStringLiteral("period_start")));
    d.plan.periodEnd = date(plan.value(QStringLiteral("period_end")));
    d.plan.sourceDocument = plan.value(QStringLiteral("source_document")).toString();
    d.plan.issuingUnits = strings(plan.value(QStringLiteral("issuing_units")));
    d.plan.signer = plan.value(QStringLiteral("signer")).toString();
    d.plan.notes = plan.value(QStringLiteral("notes")).toString();
    d.plan.templateId = d.templateId;
    d.impliedDepartments = plan.value(QStringLiteral("implied_departments")).toObject();
    d.omissions = strings(plan.value(QStringLiteral("omissions")));
    if (d.plan.title.isEmpty()) {
        *error = QStringLiteral("模板缺少计划标题");
        return std::nullopt;
    }

    d.departments = strings(root.value(QStringLiteral("departments")));
    for (const auto &pv : root.value(QStringLiteral("programs")).toArray()) {
        const QJsonObject po = pv.toObject();
        PlanDraft::ProgramDraft program{po.value(QStringLiteral("number")).toString(),
                                        po.value(QStringLiteral("title")).toString(),
                                        po.value(QStringLiteral("description")).toString(),
                                        {}};
        for (const auto &jv : po.value(QStringLiteral("projects")).toArray()) {
            const QJsonObject jo = jv.toObject();
            PlanDraft::ProjectDraft project{jo.value(QStringLiteral("number")).toString(),
                                            jo.value(QStringLiteral("title")).toString(),
                                            jo.value(QStringLiteral("description")).toString(),
                                            {}};
            for (const auto &tv : jo.value(QStringLiteral("tasks")).toArray()) {
                const QJsonObject to = tv.toObject();
                PlanDraft::TaskDraft task;
                task.text = to.value(QStringLiteral("text")).toString();
                task.deadlineText = to.value(QStringLiteral("deadline_text")).toString();
                task.departments = strings(to.value(QStringLiteral("departments")));
                const QString lead = to.value(QStringLiteral("lead")).toString();
                if (!lead.isEmpty() && task.departments.value(0) != lead) {
                    task.departments.removeAll(lead);
                    task.departments.prepend(lead);
                }
                task.note = to.value(QStringLiteral("note")).toString();
                project.tasks.append(task);
            }
            program.projects.append(project);
        }
        d.programs.append(program);
    }

    for (const auto &iv : root.value(QStringLiteral("indicators")).toArray()) {
        const QJsonObject io = iv.toObject();
        Indicator ind;
        ind.tier = io.value(QStringLiteral("tier")).toString();
        ind.name = io.value(QStringLiteral("name")).toString();
        ind.unit = io.value(QStringLiteral("unit")).toString();
        ind.direction = directionFromSymbol(io.value(QStringLiteral("direction")).toString());
        ind.formula = io.value(QStringLiteral("formula")).toString();
        ind.sourceText = io.value(QStringLiteral("source_text")).toString();
        for (const auto &tv : io.value(QStringLiteral("targets")).toArray()) {
            const QJsonObject to = tv.toObject();
            ind.targets.append({to.value(QStringLiteral("year")).toInt(),
                                to.value(QStringLiteral("value")).toDouble(),
                                to.value(QStringLiteral("label")).toString(),
                                to.value(QStringLiteral("source_text")).toString()});
        }
        ind.targetKind = targetKindFromCode(io.value(QStringLiteral("target_kind")).toString());
        ind.targetText = io.value(QStringLiteral("target_text")).toString();
        ind.targetYear = io.value(QStringLiteral("target_year")).toInt();
        ind.comparedWith = strings(io.value(QStringLiteral("compared_with")));
        if (ind.targetKind == TargetKind::AboveAverage && ind.comparedWith.isEmpty()) {
            *error = QStringLiteral("模板指标“%1”的目标为“高于平均水平”，但没有写明与哪一级平均"
                                    "水平比较（compared_with）")
                         .arg(ind.name);
            return std::nullopt;
        }
        std::sort(
            ind.targets.begin(), ind.targets.end(),
            [](const IndicatorTarget &a, const IndicatorTarget &b) { return a.year < b.year; });
        d.indicators.append(ind);
    }
    for (const auto &av : root.value(QStringLiteral("actuals")).toArray()) {
        const QJsonObject ao = av.toObject();
        d.actuals.append({ao.value(QStringLiteral("indicator")).toString(),
                          date(ao.value(QStringLiteral("date"))),
                          ao.value(QStringLiteral("value")).toDouble(),
                          ao.value(QStringLiteral("source")).toString()});
    }
    for (const auto &mv : root.value(QStringLiteral("leading_group")).toArray()) {
        const QJsonObject mo = mv.toObject();
        LeadingGroupMember m;
        m.role = mo.value(QStringLiteral("role")).toString();
        m.name = mo.value(QStringLiteral("name")).toString();
        m.position = mo.value(QStringLiteral("position")).toString();
        m.unit = mo.value(QStringLiteral("unit")).toString();
        d.leadingGroup.append(m);
    }
    for (const auto &nv : root.value(QStringLiteral("institutions")).toArray()) {
        const QJsonObject no = nv.toObject();
        Institution inst;
        inst.name = no.value(QStringLiteral("name")).toString().trimmed();
        inst.kindText = no.value(QStringLiteral("kind_text")).toString();
        inst.kind = kindFromWords(inst.kindText);
        inst.slots = qint64(no.value(QStringLiteral("slots")).toDouble());
        inst.puhuiSlots = optionalInt(no.value(QStringLiteral("puhui_slots")));
        inst.notes = no.value(QStringLiteral("notes")).toString();
        inst.filed = no.value(QStringLiteral("filed")).toBool();
        // A plan's attached list is its 普惠托育机构名单 (000's 附件2) unless it says otherwise.
        inst.puhui = no.value(QStringLiteral("puhui")).toBool(true);
        d.institutions.append(inst);
        d.institutionAreas.append(no.value(QStringLiteral("area")).toString());
    }

    const QJsonObject dec = root.value(QStringLiteral("decomposition")).toObject();
    for (const auto &v : dec.value(QStringLiteral("items")).toArray()) {
        const QJsonObject o = v.toObject();
        d.decomposition.items.append({o.value(QStringLiteral("name")).toString(),
                                      o.value(QStringLiteral("unit")).toString()});
    }
    for (const auto &v : dec.value(QStringLiteral("columns")).toArray()) {
        const QJsonObject o = v.toObject();
        const bool isDepartment = o.contains(QStringLiteral("department"));
        d.decomposition.columns.append(
            {o.value(isDepartment ? QStringLiteral("department") : QStringLiteral("area"))
                 .toString(),
             isDepartment});
    }
    for (const auto &v : dec.value(QStringLiteral("cells")).toArray()) {
        const QJsonObject o = v.toObject();
        PlanDraft::DecompositionDraft::CellDraft cell;
        cell.year = o.value(QStringLiteral("year")).toInt();
        cell.item = o.value(QStringLiteral("item")).toString();
        cell.column = o.value(QStringLiteral("column")).toString();
        if (o.value(QStringLiteral("target")).isDouble())
            cell.target = o.value(QStringLiteral("target")).toDouble();
        d.decomposition.cells.append(cell);
    }
    for (const auto &v : dec.value(QStringLiteral("printed_totals")).toArray()) {
        const QJsonObject o = v.toObject();
        d.decomposition.printedTotals.append({o.value(QStringLiteral("year")).toInt(),
                                              o.value(QStringLiteral("item")).toString(),
                                              o.value(QStringLiteral("total")).toDouble()});
    }

    for (const auto &rv : root.value(QStringLiteral("subsidy_rules")).toArray()) {
        const QJsonObject ro = rv.toObject();
        SubsidyRule r;
        r.name = ro.value(QStringLiteral("name")).toString();
        r.kind = ro.value(QStringLiteral("kind")).toString();
        r.amountFen = fen(ro.value(QStringLiteral("amount_yuan"))).value_or(0);
        r.unit = ro.value(QStringLiteral("unit")).toString();
        r.capFen = fen(ro.value(QStringLiteral("cap_yuan")));
        r.classBand = ro.value(QStringLiteral("class_band")).toString();
        r.category = ro.value(QStringLiteral("category")).toString();
        r.conditions = ro.value(QStringLiteral("conditions")).toObject();
        // Flags beside the amount belong with the conditions the engine reads.
        for (const char *flag : {"amount_is_cap", "amount_is_minimum", "per_family_limit"})
            if (ro.contains(QLatin1String(flag)))
                r.conditions.insert(QLatin1String(flag), ro.value(QLatin1String(flag)));
        r.fundUse = ro.value(QStringLiteral("fund_use")).toString();
        r.validFrom = date(ro.value(QStringLiteral("valid_from")));
        r.validTo = date(ro.value(QStringLiteral("valid_to")));
        r.sourceText = ro.value(QStringLiteral("source_text")).toString();
        d.subsidyRules.append(r);
    }
    // Measures the plan names without printing an amount are rules too, 金额待定 (no amount, no
    // cap): the officer sees every money measure of the document and sets the amount when the
    // district decides it; until then they produce no ledger lines. The words say the kind
    // where they can (`kind`, e.g. 按人数和月数 → per_child_month); otherwise one payment per
    // institution.
    for (const auto &uv : root.value(QStringLiteral("unquantified_subsidies")).toArray()) {
        const QJsonObject uo = uv.toObject();
        SubsidyRule r;
        r.name = uo.value(QStringLiteral("name")).toString();
        r.kind = uo.value(QStringLiteral("kind")).toString(QStringLiteral("per_institution_once"));
        r.unit = uo.value(QStringLiteral("unit")).toString();
        if (r.unit.isEmpty())
            r.unit = r.kind == QLatin1String("per_child_month") ? QStringLiteral("元/人/月")
                     : r.kind == QLatin1String("voucher")       ? QStringLiteral("元/次/天")
                                                                : QStringLiteral("元/家");
        r.classBand = uo.value(QStringLiteral("class_band")).toString();
        QStringList categories;
        for (const auto &c : uo.value(QStringLiteral("categories")).toArray())
            categories << c.toString();
        r.category = categories.isEmpty() ? uo.value(QStringLiteral("category")).toString()
                                          : categories.join(QLatin1Char(','));
        r.conditions = uo.value(QStringLiteral("conditions")).toObject();
        for (const char *flag : {"amount_is_cap", "amount_is_minimum", "per_family_limit"})
            if (uo.contains(QLatin1String(flag)))
                r.conditions.insert(QLatin1String(flag), uo.value(QLatin1String(flag)));
        r.fundUse = uo.value(QStringLiteral("fund_use")).toString(QStringLiteral("other"));
        r.validFrom = uo.contains(QStringLiteral("valid_from"))
                          ? date(uo.value(QStringLiteral("valid_from")))
                          : d.plan.periodStart;
        r.validTo = uo.contains(QStringLiteral("valid_to"))
                        ? date(uo.value(QStringLiteral("valid_to")))
                        : d.plan.periodEnd;
        r.sourceText = uo.value(QStringLiteral("source_text")).toString();
        d.subsidyRules.append(r);
    }
    d.centralFundLists = root.value(QStringLiteral("central_fund_lists")).toObject();
    return d;
}

} // namespace tuoyu
