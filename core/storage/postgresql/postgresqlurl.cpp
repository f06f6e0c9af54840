#include "postgresqlurl.h"

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

std::optional<PostgresqlUrl> PostgresqlUrl::parse(const QString &text, QString *error)
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
    if (parts.district.isEmpty())
        return refuse(QStringLiteral("缺少区县（?district=区县名）"));
    return parts;
}

QString PostgresqlUrl::display() const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4?district=%5")
        .arg(user, host)
        .arg(port)
        .arg(database, district);
}

void PostgresqlUrl::applyTo(QSqlDatabase &db) const
{
    db.setHostName(host);
    db.setPort(port);
    db.setUserName(user);
    db.setDatabaseName(database);
    db.setConnectOptions(options.join(QLatin1Char(';')));
}

} // namespace tuoyu
