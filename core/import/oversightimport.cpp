#include "oversightimport.h"

#include "commands/rowchanges.h"
#include "mapping/fields.h"
#include "mapping/textclean.h"
#include "storage/sqlquery.h"

#include <QSqlRecord>

namespace tuoyu::oversightimport {

using mapping::MappedRecord;

QStringList words(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *w : list)
        out.append(QString::fromUtf8(w));
    return out;
}

QString Kind::matchHeader(QStringView s) const
{
    if (mapping::isRowNumberHeader(s))
        return {};
    for (const auto &[key, words] : m_spec.headerWords)
        for (const QString &w : words)
            if (w.startsWith(QLatin1Char('=')) ? s == QStringView(w).mid(1) : s.contains(w))
                return key;
    return {};
}

// Each row below the header becomes a record of cleaned words, the spec's date fields parsed
// (refused with the header and the words when they are not a date); a row without a required
// field is refused naming it; blank rows are skipped.
void Kind::map(const io::Table &t, const mapping::ColumnMapping &m, mapping::MappingResult &result,
               io::Table *) const
{
    const QStringList &dates = m_spec.dates;
    for (int r = m.firstDataRow(); r < t.rowCount(); ++r) {
        MappedRecord rec;
        rec.row = r + 1;
        QStringList refusals;
        for (qsizetype c = 0; c < m.columns.size(); ++c) {
            const QString &key = m.columns[c].field;
            const QString words = mapping::cleanText(t.cell(r, int(c)).text);
            if (key.isEmpty() || words.isEmpty() || rec.values.contains(key))
                continue;
            if (!dates.contains(key)) {
                rec.values.insert(key, words);
                continue;
            }
            const auto date = mapping::parseDate(words);
            if (date.ok())
                rec.values.insert(key, date.value);
            else
                refusals << QStringLiteral("%1“%2”不是日期").arg(m.columns[c].header, words);
        }
        if (rec.values.isEmpty() && refusals.isEmpty()) {
            result.skippedRows.append(rec.row);
            continue;
        }
        for (const auto &[key, label] : m_spec.required)
            if (!rec.values.contains(key))
                refusals.prepend(QStringLiteral("缺少%1").arg(label));
        if (refusals.isEmpty())
            result.records.append(std::move(rec));
        else
            result.refused.append({rec.row, 0, refusals.join(QStringLiteral("；"))});
    }
}

qint64 institutionOf(PlanBuilder &b, const ImportRegistry &registry, const MappedRecord &record)
{
    const QString name = record.values.value(QStringLiteral("institution")).toString();
    const QString code = record.values.value(QStringLiteral("credit_code")).toString().toUpper();
    if (const qint64 byCode = registry.byCode.value(code); !code.isEmpty() && byCode)
        return byCode;
    const QList<qint64> named = registry.byName.values(name);
    if (named.size() == 1)
        return named.first();
    b.refuse(record.row, named.isEmpty()
                             ? QStringLiteral("机构名单中没有“%1”，请先导入机构名单").arg(name)
                             : QStringLiteral("“%1”有 %2 家同名机构，请填写统一社会信用代码")
                                   .arg(name)
                                   .arg(named.size()));
    return 0;
}

void insertOrUpdate(PlanBuilder &b, const QString &table, QVariantMap *existing,
                    const QVariantMap &row, int fileRow, const QString &name)
{
    ImportChange change;
    change.row = fileRow;
    change.name = name;
    if (existing->isEmpty()) {
        const qint64 id = b.allocateId(table);
        b.changes.append(RowChange::insert(table, id, row));
        *existing = row;
        existing->insert(QStringLiteral("id"), id);
        change.action = ImportChange::Action::Insert;
        ++b.plan.inserted;
    } else if (const auto update = rowchanges::update(table, *existing, row)) {
        for (auto it = update->after.cbegin(); it != update->after.cend(); ++it) {
            change.changes << QStringLiteral("%1：%2 → %3")
                                  .arg(it.key(), shownImportValue(update->before.value(it.key())),
                                       shownImportValue(it.value()));
            existing->insert(it.key(), it.value());
        }
        b.changes.append(*update);
        change.action = ImportChange::Action::Update;
        ++b.plan.updated;
    } else {
        change.action = ImportChange::Action::Unchanged;
        ++b.plan.unchanged;
    }
    b.plan.changes.append(change);
}

QHash<QString, QVariantMap> rowsBy(QSqlDatabase &db, const QString &table,
                                   const std::function<QString(const QVariantMap &)> &key)
{
    QHash<QString, QVariantMap> out;
    SqlQuery q(db);
    q.exec(QStringLiteral("SELECT * FROM %1").arg(table));
    const QSqlRecord fields = q.record();
    while (q.next()) {
        QVariantMap row;
        for (int i = 0; i < fields.count(); ++i)
            row.insert(fields.fieldName(i), q.value(i));
        out.insert(key(row), row);
    }
    return out;
}

} // namespace tuoyu::oversightimport
