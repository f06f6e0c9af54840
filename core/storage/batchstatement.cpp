#include "batchstatement.h"

#include <QSqlError>

namespace tuoyu {

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
    m_query->bindValue(0, first);
    for (qsizetype i = 0; i < rest.size(); ++i)
        m_query->bindValue(int(i) + 1, rest[i]);
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
