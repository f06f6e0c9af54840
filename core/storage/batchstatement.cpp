#include "batchstatement.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

#include <cstring>

namespace tuoyu {

namespace {

/// Whether the SQLite this program links is the one inside Qt's driver. Two copies of SQLite in
/// one process must never share a connection (Qt's own Windows builds carry a private copy in
/// the driver), so any doubt keeps every statement on Qt's side. The copy that opened the
/// workspace has allocated memory for it; a copy that never opened anything has none.
bool sameSqliteAsDriver(QSqlDatabase &db)
{
    static const bool same = [&db] {
        QSqlQuery q(db);
        return sqlite3_memory_used() > 0 && q.exec(QStringLiteral("SELECT sqlite_source_id()")) &&
               q.next() && q.value(0).toString() == QString::fromLatin1(sqlite3_sourceid());
    }();
    return same;
}

} // namespace

sqlite3 *BatchStatement::nativeHandle(QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || std::strcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3 *native = *static_cast<sqlite3 *const *>(handle.constData());
    return native && sameSqliteAsDriver(db) ? native : nullptr;
}

BatchStatement::BatchStatement(QSqlDatabase &db, const QString &sql)
{
    if (sqlite3 *native = nativeHandle(db)) {
        m_db = native;
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(native, utf8.constData(), int(utf8.size()), &m_native, nullptr) !=
            SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(native));
            m_native = nullptr;
        }
        return;
    }
    m_query = std::make_unique<QSqlQuery>(db);
    if (!m_query->prepare(sql)) {
        m_error = m_query->lastError().text();
        m_query.reset();
    }
}

BatchStatement::~BatchStatement()
{
    if (m_native)
        sqlite3_finalize(m_native);
}

bool BatchStatement::exec(const QVariant &first, const QVariantList &rest)
{
    if (m_query) {
        m_query->bindValue(0, first);
        for (qsizetype i = 0; i < rest.size(); ++i)
            m_query->bindValue(int(i) + 1, rest[i]);
        if (!m_query->exec()) {
            m_error = m_query->lastError().text();
            return false;
        }
        return true;
    }
    if (!m_native)
        return false;
    int rc = bind(1, first);
    for (qsizetype i = 0; i < rest.size() && rc == SQLITE_OK; ++i)
        rc = bind(int(i) + 2, rest[i]);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(m_native);
    const bool ok = rc == SQLITE_DONE || rc == SQLITE_ROW;
    if (!ok)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_native);
    return ok;
}

int BatchStatement::bind(int column, const QVariant &v)
{
    // Text and blobs are bound without a copy (SQLITE_STATIC): the caller's values outlive the
    // step. Anything else is converted to text, which SQLite copies.
    if (v.isNull())
        return sqlite3_bind_null(m_native, column);
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Bool:
        return sqlite3_bind_int64(m_native, column, v.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(m_native, column, v.toDouble());
    case QMetaType::QString: {
        const QString &s = *static_cast<const QString *>(v.constData());
        return sqlite3_bind_text16(m_native, column, s.utf16(), int(s.size() * 2), SQLITE_STATIC);
    }
    case QMetaType::QByteArray: {
        const QByteArray &b = *static_cast<const QByteArray *>(v.constData());
        return sqlite3_bind_blob(m_native, column, b.constData(), int(b.size()), SQLITE_STATIC);
    }
    default: {
        // Dates as the workspace stores them (ISO 8601); anything else as its text.
        const QString text = v.typeId() == QMetaType::QDate ? v.toDate().toString(Qt::ISODate)
                             : v.typeId() == QMetaType::QDateTime
                                 ? v.toDateTime().toString(Qt::ISODate)
                                 : v.toString();
        const QByteArray utf8 = text.toUtf8();
        return sqlite3_bind_text(m_native, column, utf8.constData(), int(utf8.size()),
                                 SQLITE_TRANSIENT);
    }
    }
}

qint64 BatchStatement::rowsAffected() const
{
    if (m_query)
        return m_query->numRowsAffected();
    return m_db ? sqlite3_changes(m_db) : 0;
}

} // namespace tuoyu
