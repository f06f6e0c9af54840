#include "templatefile.h"

#include "storage/database.h"

#include "storage/sqlquery.h"
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlRecord>

#include <cmath>
#include <functional>

namespace tuoyu::templatefile {

namespace {

using Row = QVariantMap;

QList<Row> rows(QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QList<Row> out;
    SqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return out;
    const QSqlRecord r = q.record();
    while (q.next()) {
        Row row;
        for (int i = 0; i < r.count(); ++i)
            row.insert(r.fieldName(i), q.value(i));
        out << row;
    }
    return out;
}

/// Only the values a row has: a template leaves out what the plan does not say.
void put(QJsonObject &o, const char *key, const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return;
    if (v.typeId() == QMetaType::QString && v.toString().isEmpty())
        return;
    o.insert(QLatin1String(key), QJsonValue::fromVariant(v));
}

/// A plan's rows of `table` (program, indicator, subsidy_rule …) in the plan's order.
QList<Row> planRows(QSqlDatabase &db, const char *table, qint64 planId)
{
    return rows(db,
                QStringLiteral("SELECT * FROM %1 WHERE plan_id = ? ORDER BY seq, id")
                    .arg(QLatin1String(table)),
                {planId});
}

/// The row's values under `keys`, those it has.
QJsonObject fields(const Row &row, std::initializer_list<const char *> keys)
{
    QJsonObject o;
    for (const char *k : keys)
        put(o, k, row.value(QLatin1String(k)));
    return o;
}

/// One object per row of the query, of the columns `keys`.
QJsonArray objects(QSqlDatabase &db, const QString &sql, const QVariantList &binds,
                   std::initializer_list<const char *> keys)
{
    QJsonArray list;
    for (const Row &r : rows(db, sql, binds))
        list.append(fields(r, keys));
    return list;
}

void putYuan(QJsonObject &o, const char *key, const QVariant &fen)
{
    if (!fen.isNull())
        o.insert(QLatin1String(key), double(fen.toLongLong()) / 100.0);
}

QJsonValue parsedJson(const QVariant &text)
{
    const QJsonDocument d = QJsonDocument::fromJson(text.toString().toUtf8());
    if (d.isArray())
        return d.array();
    if (d.isObject())
        return d.object();
    return QJsonValue();
}

QJsonArray tasksOf(QSqlDatabase &db, qint64 projectId)
{
    QJsonArray tasks;
    for (const Row &t : rows(db,
                             QStringLiteral("SELECT id, text, deadline_text, deadline, "
                                            "deadline_inherited, notes AS note FROM task WHERE "
                                            "project_id = ? ORDER BY seq, id"),
                             {projectId})) {
        QJsonObject o = fields(t, {"text", "note"});
        QString words = t.value(QStringLiteral("deadline_text")).toString();
        // A date set without words (not the plan's end) is written as words a template keeps.
        if (words.isEmpty() && t.value(QStringLiteral("deadline_inherited")).toInt() == 0)
            words = QDate::fromString(t.value(QStringLiteral("deadline")).toString(), Qt::ISODate)
                        .toString(QStringLiteral("yyyy年M月d日"));
        put(o, "deadline_text", words);
        // Units the plan implies (implied_departments) come back from the plan's header.
        QJsonArray departments;
        for (const Row &d : rows(db,
                                 QStringLiteral("SELECT d.name, td.lead FROM task_department td "
                                                "JOIN department d ON d.id = td.department_id "
                                                "WHERE td.task_id = ? AND td.implied = 0 "
                                                "ORDER BY td.lead DESC, td.seq, td.id"),
                                 {t.value(QStringLiteral("id"))})) {
            if (departments.isEmpty() && d.value(QStringLiteral("lead")).toInt() == 1)
                o.insert(QStringLiteral("lead"), d.value(QStringLiteral("name")).toString());
            departments.append(d.value(QStringLiteral("name")).toString());
        }
        o.insert(QStringLiteral("departments"), departments);
        tasks.append(o);
    }
    return tasks;
}

QJsonArray programsOf(QSqlDatabase &db, qint64 planId)
{
    QJsonArray programs;
    for (const Row &p : planRows(db, "program", planId)) {
        QJsonObject po = fields(p, {"number", "title", "description"});
        QJsonArray projects;
        for (const Row &j : rows(db,
                                 QStringLiteral("SELECT id, number, title, description FROM "
                                                "project WHERE program_id = ? ORDER BY seq, id"),
                                 {p.value(QStringLiteral("id"))})) {
            QJsonObject jo = fields(j, {"number", "title", "description"});
            jo.insert(QStringLiteral("tasks"),
                      tasksOf(db, j.value(QStringLiteral("id")).toLongLong()));
            projects.append(jo);
        }
        po.insert(QStringLiteral("projects"), projects);
        programs.append(po);
    }
    return programs;
}

void indicatorsOf(QSqlDatabase &db, qint64 planId, QJsonObject &root)
{
    QJsonArray indicators, actuals;
    for (const Row &i : planRows(db, "indicator", planId)) {
        QJsonObject o = fields(i, {"tier", "name", "unit", "direction", "formula", "source_text",
                                   "target_kind", "target_text", "target_year"});
        const QString compared = i.value(QStringLiteral("compared_with")).toString();
        if (!compared.isEmpty())
            o.insert(QStringLiteral("compared_with"),
                     QJsonArray::fromStringList(compared.split(QStringLiteral("、"))));
        const QVariant id = i.value(QStringLiteral("id"));
        o.insert(QStringLiteral("targets"),
                 objects(db,
                         QStringLiteral("SELECT year, value, label, source_text FROM "
                                        "indicator_target WHERE indicator_id = ? ORDER BY year"),
                         {id}, {"year", "value", "label", "source_text"}));
        indicators.append(o);
        for (const QJsonValue &v : objects(
                 db,
                 QStringLiteral("SELECT ? AS indicator, value_date AS date, value, source "
                                "FROM indicator_value WHERE indicator_id = ? "
                                "ORDER BY value_date, id"),
                 {i.value(QStringLiteral("name")), id}, {"indicator", "date", "value", "source"}))
            actuals.append(v);
    }
    root.insert(QStringLiteral("indicators"), indicators);
    root.insert(QStringLiteral("actuals"), actuals);
}

QJsonObject decompositionOf(QSqlDatabase &db, qint64 planId)
{
    const QJsonArray items = objects(db,
                                     QStringLiteral("SELECT name, unit FROM decomposition_item "
                                                    "WHERE plan_id = ? ORDER BY seq, id"),
                                     {planId}, {"name", "unit"});
    QJsonArray columns, cells, totals;
    QStringList columnNames;
    for (const Row &c : rows(db,
                             QStringLiteral("SELECT c.year, i.name AS item, a.name AS area, d.name "
                                            "AS department, c.target FROM decomposition_cell c "
                                            "JOIN decomposition_item i ON i.id = c.item_id LEFT "
                                            "JOIN area a ON a.id = c.area_id LEFT JOIN department "
                                            "d ON d.id = c.department_id WHERE i.plan_id = ? "
                                            "ORDER BY c.id"),
                             {planId})) {
        const QString area = c.value(QStringLiteral("area")).toString();
        const QString department = c.value(QStringLiteral("department")).toString();
        if (area.isEmpty() && department.isEmpty()) { // the printed 合计 (plancommands::create)
            QJsonObject total = fields(c, {"year", "item"});
            total.insert(QStringLiteral("total"), c.value(QStringLiteral("target")).toDouble());
            totals.append(total);
            continue;
        }
        const QString column = area.isEmpty() ? department : area;
        if (!columnNames.contains(column)) {
            columnNames << column;
            columns.append(QJsonObject{
                {area.isEmpty() ? QStringLiteral("department") : QStringLiteral("area"), column}});
        }
        QJsonObject o = fields(c, {"year", "item", "target"});
        o.insert(QStringLiteral("column"), column);
        cells.append(o);
    }
    QJsonObject o;
    if (!items.isEmpty()) {
        o.insert(QStringLiteral("items"), items);
        o.insert(QStringLiteral("columns"), columns);
        o.insert(QStringLiteral("cells"), cells);
        o.insert(QStringLiteral("printed_totals"), totals);
    }
    return o;
}

QJsonArray subsidyRulesOf(QSqlDatabase &db, qint64 planId)
{
    QJsonArray list;
    for (const Row &r : planRows(db, "subsidy_rule", planId)) {
        QJsonObject o = fields(r, {"name", "kind", "unit", "class_band", "category", "fund_use",
                                   "valid_from", "valid_to", "source_text"});
        putYuan(o, "amount_yuan", r.value(QStringLiteral("amount_fen")));
        putYuan(o, "cap_yuan", r.value(QStringLiteral("cap_fen")));
        const QJsonValue conditions = parsedJson(r.value(QStringLiteral("conditions")));
        if (conditions.isObject())
            o.insert(QStringLiteral("conditions"), conditions);
        list.append(o);
    }
    return list;
}

QJsonArray institutions(QSqlDatabase &db)
{
    QJsonArray list;
    for (const Row &i : rows(db, QStringLiteral("SELECT i.*, a.name AS area FROM institution i "
                                                "LEFT JOIN area a ON a.id = i.area_id ORDER BY "
                                                "i.id"))) {
        QJsonObject o = fields(i, {"name", "kind_text", "area", "slots", "puhui_slots", "notes"});
        o.insert(QStringLiteral("filed"), i.value(QStringLiteral("filed")).toInt() == 1);
        o.insert(QStringLiteral("puhui"), i.value(QStringLiteral("puhui")).toInt() == 1);
        list.append(o);
    }
    return list;
}

} // namespace

QByteArray toJson(Database *ws, qint64 planId, bool withRegistry, QString *error)
{
    QSqlDatabase &db = ws->db();
    const QList<Row> plans = rows(db, QStringLiteral("SELECT * FROM plan WHERE id = ?"), {planId});
    if (plans.isEmpty()) {
        *error = QStringLiteral("找不到计划 #%1").arg(planId);
        return {};
    }
    const Row &p = plans.first();
    QJsonObject root;
    root.insert(QStringLiteral("format"), 1);
    put(root, "id", p.value(QStringLiteral("template_id")));

    QJsonObject district;
    const QList<Row> d = rows(db, QStringLiteral("SELECT name FROM district ORDER BY id LIMIT 1"));
    district.insert(QStringLiteral("name"), d.value(0).value(QStringLiteral("name")).toString());
    district.insert(QStringLiteral("areas"),
                    objects(db, QStringLiteral("SELECT name, kind FROM area ORDER BY seq, id"), {},
                            {"name", "kind"}));
    district.insert(QStringLiteral("population"),
                    objects(db,
                            QStringLiteral("SELECT year, resident, under3, source FROM population "
                                           "WHERE area_id IS NULL ORDER BY year"),
                            {}, {"year", "resident", "under3", "source"}));
    root.insert(QStringLiteral("district"), district);

    QJsonObject plan = fields(p, {"title", "short_title", "period_start", "period_end",
                                  "source_document", "signer", "notes"});
    for (const char *k : {"issuing_units", "implied_departments", "omissions"}) {
        const QJsonValue v = parsedJson(p.value(QLatin1String(k)));
        if (!v.isNull())
            plan.insert(QLatin1String(k), v);
    }
    root.insert(QStringLiteral("plan"), plan);

    QJsonArray departments;
    for (const Row &r : rows(db,
                             QStringLiteral("SELECT name FROM department WHERE plan_id = ? "
                                            "ORDER BY seq, id"),
                             {planId}))
        departments.append(r.value(QStringLiteral("name")).toString());
    root.insert(QStringLiteral("departments"), departments);
    root.insert(QStringLiteral("programs"), programsOf(db, planId));
    indicatorsOf(db, planId, root);

    root.insert(QStringLiteral("leading_group"),
                objects(db,
                        QStringLiteral("SELECT role, name, position, unit FROM "
                                       "leading_group_member WHERE plan_id = ? ORDER BY seq, id"),
                        {planId}, {"role", "name", "position", "unit"}));
    if (withRegistry)
        root.insert(QStringLiteral("institutions"), institutions(db));
    const QJsonObject decomposition = decompositionOf(db, planId);
    if (!decomposition.isEmpty())
        root.insert(QStringLiteral("decomposition"), decomposition);
    root.insert(QStringLiteral("subsidy_rules"), subsidyRulesOf(db, planId));
    QJsonObject lists;
    for (const char *list : {"positive", "negative"}) {
        QJsonArray items;
        for (const Row &r : rows(db,
                                 QStringLiteral("SELECT text FROM fund_list_item WHERE plan_id = ? "
                                                "AND list = ? ORDER BY seq, id"),
                                 {planId, QLatin1String(list)}))
            items.append(r.value(QStringLiteral("text")).toString());
        if (!items.isEmpty())
            lists.insert(QLatin1String(list), items);
    }
    if (!lists.isEmpty())
        root.insert(QStringLiteral("central_fund_lists"), lists);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool save(Database *ws, qint64 planId, bool withRegistry, const QString &path, QString *error)
{
    const QByteArray json = toJson(ws, planId, withRegistry, error);
    if (json.isEmpty())
        return false;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(json) != json.size() || !f.commit()) {
        *error = QStringLiteral("无法写入模板文件 %1：%2")
                     .arg(QFileInfo(path).fileName(), f.errorString());
        return false;
    }
    return true;
}

} // namespace tuoyu::templatefile
