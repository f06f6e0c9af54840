#include "sqlitebatchstatement.h"

#include "sqlitedialect.h"
#include "storage/storageerror.h"

#include <QDate>
#include <QDateTime>

#include <sqlite3.h>

namespace tuoyu {

SqliteBatchStatement::SqliteBatchStatement(sqlite3 *db, const QString &sql)
    : m_db(db)
{
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &m_native, nullptr) !=
        SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
        m_native = nullptr;
    }
}

SqliteBatchStatement::~SqliteBatchStatement()
{
    if (m_native)
        sqlite3_finalize(m_native);
}

bool SqliteBatchStatement::exec(const QVariant &first, const QVariantList &rest)
{
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
    if (!ok) {
        // As every query in core (storage/sqlquery.h): the failure, named and classified, goes
        // up as StorageError. The code is read before anything else can replace it.
        const StorageFailure failure = SqliteDialect::failureOfCode(rc);
        const QString path = QString::fromUtf8(sqlite3_db_filename(m_db, "main"));
        throw StorageError(failure, path, storageMessage(failure, path, m_error));
    }
    return ok;
}

int SqliteBatchStatement::bind(int column, const QVariant &v)
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

qint64 SqliteBatchStatement::rowsAffected() const
{
    return sqlite3_changes(m_db);
}

} // namespace tuoyu
