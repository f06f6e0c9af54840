#include "planbuilder.h"

#include "commands/rowreader.h"
#include "importcontext.h"

#include "storage/sqlquery.h"
#include <QStringList>

namespace tuoyu {

QString shownImportValue(const QVariant &v)
{
    return v.isNull() ? QStringLiteral("（空）") : v.toString();
}

ImportRegistry::ImportRegistry(QSqlDatabase &db)
{
    rowreader::eachRow(db, QStringLiteral("SELECT * FROM institution"), {}, [&](QVariantMap &&row) {
        const qint64 id = row.value(QStringLiteral("id")).toLongLong();
        const QString code = row.value(QStringLiteral("credit_code")).toString();
        add(id, row.value(QStringLiteral("name")).toString(), code,
            row.value(QStringLiteral("area_id")).toLongLong());
        rows.insert(id, std::move(row));
    });
    SqlQuery a(db);
    a.exec(QStringLiteral("SELECT id, name FROM area"));
    while (a.next())
        areas.insert(a.value(1).toString(), a.value(0).toLongLong());
}

void ImportRegistry::add(qint64 id, const QString &name, const QString &code, qint64 areaId)
{
    if (!code.isEmpty())
        byCode.insert(code, id);
    byName.insert(name, id);
    known.insert(id, {code, areaId});
}

void ImportRegistry::addNew(qint64 id, const QString &name, const QString &code, qint64 areaId)
{
    if (firstNewId == 0)
        firstNewId = id;
    Q_ASSERT(id == firstNewId + fresh.size());
    if (!code.isEmpty())
        byCode.insert(code, id);
    byName.insert(name, id);
    fresh.append({code, areaId});
}

QSqlDatabase &PlanBuilder::db()
{
    return m_context.db();
}

qint64 PlanBuilder::allocateId(const QString &table)
{
    return m_context.allocateId(table);
}

qint64 PlanBuilder::areaId(ImportRegistry &registry, const QString &name)
{
    if (name.isEmpty())
        return 0;
    if (const auto it = registry.areas.constFind(name); it != registry.areas.cend())
        return it.value();
    // Tables print towns short (郑陆, 红梅) where the registry has 郑陆镇, 红梅街道: a name
    // that is the start of exactly one area's name, the rest a town or street suffix, is it.
    static const QStringList suffixes = {QStringLiteral("街道"),   QStringLiteral("镇"),
                                         QStringLiteral("乡"),     QStringLiteral("街道办事处"),
                                         QStringLiteral("街道办"), QStringLiteral("镇人民政府")};
    qint64 found = 0;
    int matches = 0;
    for (auto it = registry.areas.cbegin(); it != registry.areas.cend(); ++it) {
        const QString &full = it.key();
        const bool shortForm = full.startsWith(name) && suffixes.contains(full.mid(name.size()));
        const bool longForm = name.startsWith(full) && suffixes.contains(name.mid(full.size()));
        if (shortForm || longForm) {
            found = it.value();
            ++matches;
        }
    }
    if (matches == 1) {
        registry.areas.insert(name, found);
        return found;
    }
    const qint64 id = allocateId(QStringLiteral("area"));
    changes.append(RowChange::insert(
        QStringLiteral("area"), id,
        {{QStringLiteral("name"), name}, {QStringLiteral("seq"), 1000 + ++m_areaSeq}}));
    registry.areas.insert(name, id);
    return id;
}

} // namespace tuoyu
