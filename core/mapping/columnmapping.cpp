#include "columnmapping.h"

#include "import/importkind.h"

#include <QJsonArray>

namespace tuoyu::mapping {

namespace {
constexpr int kJsonVersion = 1;
}

QString tableKindCode(TableKind kind)
{
    const ImportKind *k = importKind(kind);
    return k ? k->code() : QStringLiteral("unknown");
}

TableKind tableKindFromCode(const QString &code)
{
    for (const ImportKind *k : importKinds())
        if (k->code() == code)
            return k->kind();
    return TableKind::Unknown;
}

QString tableKindLabel(TableKind kind)
{
    const ImportKind *k = importKind(kind);
    return k ? k->label() : QStringLiteral("无法识别的表格");
}

int ColumnMapping::columnOf(const QString &field) const
{
    for (qsizetype i = 0; i < columns.size(); ++i)
        if (columns[i].field == field)
            return int(i);
    return -1;
}

void ColumnMapping::setField(int column, const QString &field)
{
    if (column < 0)
        return;
    while (columns.size() <= column)
        columns.append(ColumnAssignment{});
    // Decomposition targets legitimately repeat (one per area and year); other fields do not.
    if (!field.isEmpty() && field != QLatin1String("target") && field != QLatin1String("total"))
        for (auto &c : columns)
            if (c.field == field)
                c.field.clear();
    columns[column].field = field;
}

QString ColumnMapping::signature() const
{
    qsizetype last = columns.size();
    while (last > 0 && columns[last - 1].header.isEmpty())
        --last;
    QStringList words;
    words.reserve(last);
    for (qsizetype i = 0; i < last; ++i)
        words << columns[i].header;
    return words.join(QLatin1Char('|'));
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonArray cols;
    for (const auto &c : columns) {
        QJsonObject o{{QStringLiteral("header"), c.header}, {QStringLiteral("field"), c.field}};
        if (c.year != 0)
            o.insert(QStringLiteral("year"), c.year);
        if (!c.area.isEmpty())
            o.insert(QStringLiteral("area"), c.area);
        cols.append(o);
    }
    QJsonObject o{{QStringLiteral("version"), kJsonVersion},
                  {QStringLiteral("kind"), tableKindCode(kind)},
                  {QStringLiteral("signature"), signature()},
                  {QStringLiteral("headerFirstRow"), headerFirstRow},
                  {QStringLiteral("headerLastRow"), headerLastRow},
                  {QStringLiteral("columns"), cols}};
    if (contextYear != 0)
        o.insert(QStringLiteral("contextYear"), contextYear);
    if (contextMonth != 0)
        o.insert(QStringLiteral("contextMonth"), contextMonth);
    return o;
}

std::optional<ColumnMapping> ColumnMapping::fromJson(const QJsonObject &object, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<ColumnMapping> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const int version = object.value(QStringLiteral("version")).toInt(0);
    if (version < 1 || version > kJsonVersion)
        return fail(QStringLiteral("不支持的列对应关系版本：%1").arg(version));
    ColumnMapping m;
    m.kind = tableKindFromCode(object.value(QStringLiteral("kind")).toString());
    if (m.kind == TableKind::Unknown)
        return fail(QStringLiteral("列对应关系缺少表格类型"));
    m.headerFirstRow = object.value(QStringLiteral("headerFirstRow")).toInt(-1);
    m.headerLastRow = object.value(QStringLiteral("headerLastRow")).toInt(-1);
    if (m.headerFirstRow < 0 || m.headerLastRow < m.headerFirstRow)
        return fail(QStringLiteral("列对应关系的表头行无效"));
    m.contextYear = object.value(QStringLiteral("contextYear")).toInt(0);
    m.contextMonth = object.value(QStringLiteral("contextMonth")).toInt(0);
    const QJsonArray cols = object.value(QStringLiteral("columns")).toArray();
    m.columns.reserve(cols.size());
    for (const auto &v : cols) {
        const QJsonObject c = v.toObject();
        m.columns.append({c.value(QStringLiteral("header")).toString(),
                          c.value(QStringLiteral("field")).toString(),
                          c.value(QStringLiteral("year")).toInt(0),
                          c.value(QStringLiteral("area")).toString()});
    }
    const QString stored = object.value(QStringLiteral("signature")).toString();
    if (!stored.isEmpty() && stored != m.signature())
        return fail(QStringLiteral("列对应关系的表头签名与列不一致"));
    return m;
}

} // namespace tuoyu::mapping
