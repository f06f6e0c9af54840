#include "districtregistry.h"

#include "postgresqlurl.h"

#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QDateTime>
#include <QSqlError>
#include <QUuid>

namespace tuoyu {

namespace {

bool run(QSqlDatabase &db, const QString &sql, QString *error, const QVariantList &values = {})
{
    try {
        // Utility statements (CREATE, GRANT) cannot be prepared: only bound ones are.
        if (values.isEmpty())
            SqlQuery(db).exec(sql);
        else
            SqlQuery(db).exec(sql, values);
    } catch (const StorageError &e) {
        *error = e.message();
        return false;
    }
    return true;
}

/// Runs the statements the server writes with format() (identifiers by %I, literals by %L):
/// utility statements take no bound values, and the server's quoting is the one that is right.
bool runFormatted(QSqlDatabase &db, const QString &select, const QVariantList &values,
                  QString *error)
{
    try {
        QStringList statements;
        SqlQuery q(db);
        q.exec(select, values);
        while (q.next())
            statements << q.value(0).toString();
        for (const QString &statement : statements)
            SqlQuery(db).exec(statement);
    } catch (const StorageError &e) {
        *error = e.message();
        return false;
    }
    return true;
}

/// Runs `statements` in one transaction: all of them or, when one fails (false with `error`
/// set), none.
template <typename Statements>
bool inTransaction(QSqlDatabase &db, QString *error, Statements statements)
{
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        *error = transaction.error();
        return false;
    }
    if (!statements())
        return false;
    if (!transaction.commit()) {
        *error = transaction.error();
        return false;
    }
    return true;
}

bool hasList(QSqlDatabase &db)
{
    SqlQuery q(db);
    q.exec(QStringLiteral("SELECT to_regclass('tuoyu.districts') IS NOT NULL"));
    return q.next() && q.value(0).toBool();
}

} // namespace

ServerConnection::ServerConnection()
    : m_name(QStringLiteral("server-") + QUuid::createUuid().toString(QUuid::Id128))
{
}

ServerConnection::~ServerConnection()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

bool ServerConnection::open(const PostgresqlUrl &url, QString *error, const QString &password)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    url.applyTo(m_db);
    if (!password.isEmpty())
        m_db.setPassword(password);
    if (!m_db.open()) {
        *error = url.connectFailure(m_db.lastError());
        return false;
    }
    return run(m_db, QStringLiteral("SET client_min_messages = warning"), error);
}

QString DistrictRegistry::quoted(const QString &name)
{
    QString inner = name;
    inner.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + inner + QLatin1Char('"');
}

QStringList DistrictRegistry::districts(QSqlDatabase &db)
{
    QStringList names;
    if (!hasList(db))
        return names;
    SqlQuery q(db);
    q.exec(QStringLiteral("SELECT name FROM tuoyu.districts ORDER BY seq"));
    while (q.next())
        names << q.value(0).toString();
    return names;
}

bool DistrictRegistry::contains(QSqlDatabase &db, const QString &name)
{
    return districts(db).contains(name);
}

QString DistrictRegistry::officerOf(QSqlDatabase &db, const QString &name)
{
    if (!hasList(db))
        return QString();
    SqlQuery q(db);
    q.exec(QStringLiteral("SELECT officer FROM tuoyu.districts WHERE name = ?"), {name});
    return q.next() ? q.value(0).toString() : QString();
}

bool DistrictRegistry::schemaExists(QSqlDatabase &db, const QString &name)
{
    SqlQuery q(db);
    q.exec(QStringLiteral("SELECT 1 FROM pg_namespace WHERE nspname = ?"), {name});
    return q.next();
}

QStringList DistrictRegistry::foreignTables(QSqlDatabase &db)
{
    const QStringList ours = districts(db);
    QStringList foreign;
    SqlQuery q(db);
    q.exec(QStringLiteral("SELECT schemaname, tablename FROM pg_tables WHERE schemaname NOT IN "
                          "('pg_catalog', 'information_schema', 'tuoyu') ORDER BY 1, 2"));
    while (q.next()) {
        if (!ours.contains(q.value(0).toString()))
            foreign << q.value(0).toString() + QLatin1Char('.') + q.value(1).toString();
    }
    return foreign;
}

bool DistrictRegistry::add(QSqlDatabase &db, const QString &name, const QString &officer,
                           QString *error)
{
    // The list is readable by every role that can connect: an officer's program and the city
    // view find the districts there; it names no one's data.
    if (!run(db, QStringLiteral("CREATE SCHEMA IF NOT EXISTS tuoyu"), error) ||
        !run(db,
             QStringLiteral(
                 "CREATE TABLE IF NOT EXISTS tuoyu.districts (seq BIGINT GENERATED ALWAYS "
                 "AS IDENTITY, name TEXT PRIMARY KEY, officer TEXT, added_at TEXT NOT "
                 "NULL)"),
             error) ||
        !run(db, QStringLiteral("GRANT USAGE ON SCHEMA tuoyu TO PUBLIC"), error) ||
        !run(db, QStringLiteral("GRANT SELECT ON tuoyu.districts TO PUBLIC"), error))
        return false;
    const QString schema = quoted(name);
    const QString owner =
        officer.isEmpty() ? QString() : QStringLiteral(" AUTHORIZATION ") + quoted(officer);
    // An empty schema of that name made earlier by hand becomes the officer's too.
    return run(db, QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1%2").arg(schema, owner), error) &&
           (officer.isEmpty() ||
            run(db, QStringLiteral("ALTER SCHEMA %1 OWNER TO %2").arg(schema, quoted(officer)),
                error)) &&
           // No one but its owner (and the city role, granted later) may even look inside.
           run(db, QStringLiteral("REVOKE ALL ON SCHEMA %1 FROM PUBLIC").arg(schema), error) &&
           run(db,
               QStringLiteral("INSERT INTO tuoyu.districts (name, officer, added_at) VALUES (?, "
                              "?, ?)"),
               error,
               {name, officer.isEmpty() ? QVariant() : QVariant(officer),
                QDateTime::currentDateTime().toString(Qt::ISODate)});
}

bool DistrictRegistry::rename(QSqlDatabase &db, const QString &from, const QString &to,
                              QString *error)
{
    // The workspace opens only when its district row names its address's district, so the
    // row follows the schema. Everything else refers to the schema by its oid.
    return inTransaction(db, error, [&] {
        return run(db, QStringLiteral("ALTER SCHEMA %1 RENAME TO %2").arg(quoted(from), quoted(to)),
                   error) &&
               run(db, QStringLiteral("UPDATE tuoyu.districts SET name = ? WHERE name = ?"), error,
                   {to, from}) &&
               run(db,
                   QStringLiteral("UPDATE %1.district SET name = ? WHERE name = ?").arg(quoted(to)),
                   error, {to, from}) &&
               // The district's own 修改记录 says who renamed it and when, as any edit would:
               // the change reaches the officer's data, made outside their program.
               run(db,
                   QStringLiteral(
                       "INSERT INTO %1.audit_log (batch, at, actor, action, command, table_name, "
                       "record_id, field, old_value, new_value) SELECT (SELECT "
                       "COALESCE(MAX(batch), "
                       "0) + 1 FROM %1.audit_log), ?, current_user, 'do', ?, 'district', id, "
                       "'name', ?, ? FROM %1.district WHERE name = ?")
                       .arg(quoted(to)),
                   error,
                   {QDateTime::currentDateTime().toString(Qt::ISODate),
                    QStringLiteral("区县改名：%1 → %2").arg(from, to), from, to, to});
    });
}

bool DistrictRegistry::remove(QSqlDatabase &db, const QString &name, QString *error)
{
    return inTransaction(db, error, [&] {
        return run(db, QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(quoted(name)),
                   error) &&
               run(db, QStringLiteral("DELETE FROM tuoyu.districts WHERE name = ?"), error, {name});
    });
}

bool DistrictRegistry::roleExists(QSqlDatabase &db, const QString &role)
{
    SqlQuery q(db);
    q.exec(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), {role});
    return q.next();
}

bool DistrictRegistry::createOfficer(QSqlDatabase &db, const QString &role, const QString &password,
                                     QString *error)
{
    return runFormatted(
        db, QStringLiteral("SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', ?::text, ?::text)"),
        {role, password}, error);
}

bool DistrictRegistry::createCityRole(QSqlDatabase &db, const QString &role, QString *error)
{
    return runFormatted(db, QStringLiteral("SELECT format('CREATE ROLE %I NOLOGIN', ?::text)"),
                        {role}, error);
}

bool DistrictRegistry::giveToOfficer(QSqlDatabase &db, const QString &district,
                                     const QString &owner, QString *error)
{
    // Tables carry their identity sequences with them; the one function is the search's instr.
    return runFormatted(db,
                        QStringLiteral("SELECT format('ALTER TABLE %I.%I OWNER TO %I', "
                                       "schemaname, tablename, ?::text) FROM pg_tables WHERE "
                                       "schemaname = ?"),
                        {owner, district}, error) &&
           runFormatted(db,
                        QStringLiteral("SELECT format('ALTER FUNCTION %s OWNER TO %I', "
                                       "p.oid::regprocedure, ?::text) FROM pg_proc p JOIN "
                                       "pg_namespace n ON n.oid = p.pronamespace WHERE "
                                       "n.nspname = ?"),
                        {owner, district}, error);
}

bool DistrictRegistry::grantCityReading(QSqlDatabase &db, const QString &district,
                                        const QString &owner, const QString &city, QString *error)
{
    const QString schema = quoted(district);
    const QString reader = quoted(city);
    return run(db, QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(schema, reader), error) &&
           run(db,
               QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2").arg(schema, reader),
               error) &&
           run(db,
               QStringLiteral("ALTER DEFAULT PRIVILEGES FOR ROLE %1 IN SCHEMA %2 GRANT SELECT ON "
                              "TABLES TO %3")
                   .arg(quoted(owner), schema, reader),
               error);
}

} // namespace tuoyu
