#include "batchstatement.h"

#include <QDate>
#include <QDateTime>
#include <QSqlError>

namespace tuoyu {

QVariant storedValue(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QVariant();
    switch (value.typeId()) {
    case QMetaType::QDate: {
        const QDate d = value.toDate();
        return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
    }
    case QMetaType::QDateTime:
        return value.toDateTime().toString(Qt::ISODate);
    case QMetaType::Bool:
        return value.toBool() ? 1 : 0;
    default:
        return value;
    }
}

BatchStatement::BatchStatement(QSqlDatabase &db, const QString &sql)
    : m_query(std::make_unique<SqlQuery>(db))
{
    if (!m_query->prepare(sql)) {
        m_error = m_query->lastError().text();
        m_query.reset();
    }
}

BatchStatement::~BatchStatement() = default;

bool BatchStatement::exec(const QVariant &first, const QVariantList &rest)
{
    if (!m_query)
        return false;
    m_query->bindValue(0, storedValue(first));
    for (qsizetype i = 0; i < rest.size(); ++i)
        m_query->bindValue(int(i) + 1, storedValue(rest[i]));
    if (!m_query->exec()) {
        m_error = m_query->lastError().text();
        return false;
    }
    return true;
}

qint64 BatchStatement::rowsAffected() const
{
    return m_query ? m_query->numRowsAffected() : 0;
}

} // namespace tuoyu
