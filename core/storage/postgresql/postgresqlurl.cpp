#include "postgresqlurl.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace tuoyu {

namespace {

/// The libpq options an address may carry (TLS and waiting); anything else is refused rather
/// than silently dropped, so a typo in sslmode never means an unencrypted connection.
/// The words connectFailure uses when the server wants a password, as wantsPassword finds them.
const QString kPasswordWanted = QStringLiteral("要求输入密码");
const QString kPasswordRefused = QStringLiteral("密码不对");

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

bool PostgresqlUrl::isCityAddress(const QString &text)
{
    QString ignored;
    const auto url = parse(text, &ignored, Needs::Server);
    return url && url->district.isEmpty();
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

QString PostgresqlUrl::address() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    if (!district.isEmpty())
        query.addQueryItem(QStringLiteral("district"), district);
    for (const QString &option : options) {
        const qsizetype eq = option.indexOf(QLatin1Char('='));
        query.addQueryItem(option.left(eq), option.mid(eq + 1));
    }
    url.setQuery(query);
    return url.toString();
}

QString PostgresqlUrl::searchPath(const QString &district)
{
    // districtProblem lets no quote through, so the name needs no escaping inside them.
    return QLatin1Char('"') + district + QLatin1Char('"');
}

void PostgresqlUrl::applyTo(QSqlDatabase &db) const
{
    db.setHostName(host);
    db.setPort(port);
    db.setUserName(user);
    db.setDatabaseName(database);
    // libpq's startup options: the district's schema first on the search path, and nothing
    // else (not `public`), so an unqualified name never reaches another schema.
    // libpq waits for an unreachable server as long as the network does (minutes); the window
    // and the command line give up after 10 s unless the address says otherwise.
    QStringList all = options;
    if (!district.isEmpty())
        all << QStringLiteral("options='-c search_path=%1'").arg(searchPath(district));
    if (all.filter(QRegularExpression(QStringLiteral("^connect_timeout="))).isEmpty())
        all << QStringLiteral("connect_timeout=10");
    db.setConnectOptions(all.join(QLatin1Char(';')));
}

QString PostgresqlUrl::connectFailure(const QSqlError &failure) const
{
    // libpq says why in English (and the server in its own language for what it refuses, but
    // the phrases matched here are libpq's and the server's C-locale ones, which QPSQL asks for).
    const QString said = failure.text().trimmed();
    const QString server = QStringLiteral("%1:%2").arg(host).arg(port);
    const auto has = [&](const char *words) {
        return said.contains(QLatin1String(words), Qt::CaseInsensitive);
    };
    static const QRegularExpression missingDatabase(
        QStringLiteral("database \"([^\"]*)\" does not exist"));
    if (has("no password supplied"))
        return QStringLiteral("服务器 %1 %2（用户 %3）").arg(server, kPasswordWanted, user);
    if (has("password authentication failed"))
        return QStringLiteral("服务器 %1 说用户 %2 的%3，请重新输入")
            .arg(server, user, kPasswordRefused);
    if (const auto m = missingDatabase.match(said); m.hasMatch())
        return QStringLiteral("服务器 %1 上没有数据库“%2”：请向服务器管理员确认数据库名")
            .arg(server, m.captured(1));
    if (has("role \"") && has("does not exist"))
        return QStringLiteral("服务器 %1 上没有用户“%2”：请向服务器管理员确认用户名")
            .arg(server, user);
    if (has("no pg_hba.conf entry"))
        return QStringLiteral("服务器 %1 不允许用户 %2 从本机连接数据库 %3（pg_hba.conf）：%4")
            .arg(server, user, database, said);
    if (has("server does not support SSL"))
        return QStringLiteral("服务器 %1 不支持加密连接，而地址要求加密（sslmode）").arg(server);
    if (has("could not translate host name") || has("Name or service not known"))
        return QStringLiteral("找不到服务器 %1：请检查主机名").arg(host);
    if (has("Connection refused") || has("timeout expired") || has("could not connect") ||
        has("No route to host") || has("Network is unreachable"))
        return QStringLiteral("无法连接服务器 %1：服务器没有应答，请检查主机、端口和网络（%2）")
            .arg(server, said);
    return QStringLiteral("无法连接服务器 %1：%2").arg(server, said);
}

bool PostgresqlUrl::wantsPassword(const QString &message)
{
    return message.contains(kPasswordWanted) || message.contains(kPasswordRefused);
}

} // namespace tuoyu
