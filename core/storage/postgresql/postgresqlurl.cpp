#include "postgresqlurl.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace tuoyu {

namespace {

/// The libpq options an address may carry (TLS and waiting); anything else is refused rather
/// than silently dropped, so a typo in sslmode never means an unencrypted connection.
const QStringList &passedOptions()
{
    static const QStringList names = {
        QStringLiteral("sslmode"),         QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"),         QStringLiteral("sslkey"),
        QStringLiteral("sslcrl"),          QStringLiteral("connect_timeout"),
        QStringLiteral("application_name")};
    return names;
}

} // namespace

bool PostgresqlUrl::isUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) ||
           text.startsWith(QLatin1String("postgres://"));
}

QString PostgresqlUrl::districtProblem(const QString &district)
{
    // The district names its schema (a quoted identifier, at most 63 bytes) and travels in the
    // connection's options, where spaces, quotes, backslashes and semicolons would split it.
    static const QRegularExpression unsafe(QStringLiteral("[\\s\"'\\\\;]"));
    if (district.isEmpty())
        return QStringLiteral("缺少区县（?district=区县名）");
    if (district.contains(unsafe))
        return QStringLiteral("区县名“%1”含有空格、引号、反斜杠或分号").arg(district);
    if (district.toUtf8().size() > 63)
        return QStringLiteral("区县名“%1”太长（最多63字节，约21个汉字）").arg(district);
    if (district == QLatin1String("public") || district == QLatin1String("tuoyu") ||
        district == QLatin1String("information_schema") ||
        district.startsWith(QLatin1String("pg_")))
        return QStringLiteral("“%1”是数据库保留的名字，不能作区县名").arg(district);
    return QString();
}

std::optional<PostgresqlUrl> PostgresqlUrl::parse(const QString &text, QString *error, Needs needs)
{
    const auto refuse = [&](const QString &why) {
        *error = QStringLiteral("服务器地址“%1”%2").arg(text, why);
        return std::nullopt;
    };
    const QUrl url(text, QUrl::StrictMode);
    if (!isUrl(text) || !url.isValid() || url.host().isEmpty())
        return refuse(
            QStringLiteral("不对：应为 postgresql://用户名@主机:端口/数据库?district=区县名"));
    if (!url.password().isEmpty())
        return refuse(QStringLiteral("含有密码：密码不写在地址里，请设置 PGPASSWORD 或写在 "
                                     "PostgreSQL 的密码文件（~/.pgpass）中"));
    PostgresqlUrl parts;
    parts.host = url.host();
    parts.port = url.port(5432);
    parts.user = url.userName(QUrl::FullyDecoded);
    parts.database = url.path(QUrl::FullyDecoded).mid(1);
    if (parts.user.isEmpty())
        return refuse(QStringLiteral("缺少用户名（postgresql://用户名@主机/…）"));
    if (parts.database.isEmpty() || parts.database.contains(QLatin1Char('/')))
        return refuse(QStringLiteral("缺少数据库名（postgresql://…/数据库名）"));
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("district"))
            parts.district = value.trimmed();
        else if (passedOptions().contains(key))
            parts.options << key + QLatin1Char('=') + value;
        else
            return refuse(QStringLiteral("中的“%1”不是本程序认识的连接选项（可用：district、%2）")
                              .arg(key, passedOptions().join(QStringLiteral("、"))));
    }
    if (needs == Needs::District || !parts.district.isEmpty()) {
        if (const QString problem = districtProblem(parts.district); !problem.isEmpty())
            return refuse(problem);
    }
    return parts;
}

QString PostgresqlUrl::display() const
{
    const QString server =
        QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
    return district.isEmpty() ? server : server + QStringLiteral("?district=") + district;
}

QString PostgresqlUrl::addressOf(const QString &server, const QString &district)
{
    const QChar joiner = server.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?');
    return server + joiner + QStringLiteral("district=") +
           QString::fromUtf8(QUrl::toPercentEncoding(district));
}

void PostgresqlUrl::applyTo(QSqlDatabase &db) const
{
    db.setHostName(host);
    db.setPort(port);
    db.setUserName(user);
    db.setDatabaseName(database);
    QStringList all = options;
    // libpq's startup options: the district's schema first on the search path, and nothing
    // else (not `public`), so an unqualified name never reaches another schema.
    if (!district.isEmpty())
        all << QStringLiteral("options='-c search_path=\"%1\"'").arg(district);
    db.setConnectOptions(all.join(QLatin1Char(';')));
}

} // namespace tuoyu
