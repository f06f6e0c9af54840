#include "cliverb.h"

#include "session/servertransfer.h"
#include "storage/postgresql/postgresqlurl.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrlQuery>

// The verbs that move a workspace between a file and a PostgreSQL server (docs/server.md).

namespace tuoyu::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli_server", text);
}

/// --server URL with --district NAME as one workspace address; empty with `error` set when
/// either is missing.
QString serverAddress(const Arguments &a, const QString &usage, QString *error)
{
    const QString server = a.option(QStringLiteral("server"));
    const QString district = a.option(QStringLiteral("district"));
    if (server.isEmpty() || district.isEmpty()) {
        *error = tr("需要 --server 地址和 --district 区县名。用法：tuoyu-desk %1").arg(usage);
        return QString();
    }
    QUrl url(server);
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("district"));
    query.addQueryItem(QStringLiteral("district"), district);
    url.setQuery(query);
    return url.toString(QUrl::PrettyDecoded);
}

int verbPush(const Arguments &a)
{
    QString error;
    const QString address =
        serverAddress(a, QStringLiteral("push FILE --server URL --district NAME"), &error);
    if (address.isEmpty())
        return fail(Usage, error);
    const QString file = QFileInfo(a.positional[0]).absoluteFilePath();
    if (!servertransfer::push(file, address, &error))
        return fail(BadInput, error);
    printLine(stdout, tr("已将 %1 推送到 %2")
                          .arg(QDir::toNativeSeparators(file),
                               PostgresqlUrl::parse(address, &error)->display()));
    return Done;
}

int verbPull(const Arguments &a)
{
    QString error;
    const QString usage = QStringLiteral("pull --server URL --district NAME --out FILE");
    const QString address = serverAddress(a, usage, &error);
    if (address.isEmpty())
        return fail(Usage, error);
    const QString out = a.option(QStringLiteral("out"));
    if (out.isEmpty())
        return fail(Usage, tr("需要 --out 文件。用法：tuoyu-desk %1").arg(usage));
    const QString file = QFileInfo(out).absoluteFilePath();
    if (!servertransfer::pull(address, file, &error))
        return fail(BadInput, error);
    printLine(stdout, tr("已将 %1 取回到 %2")
                          .arg(PostgresqlUrl::parse(address, &error)->display(),
                               QDir::toNativeSeparators(file)));
    return Done;
}

} // namespace

void registerServerVerbs(VerbTable &table)
{
    const QStringList server = {QStringLiteral("server"), QStringLiteral("district")};
    const VerbTable verbs = {
        {QStringLiteral("push"),
         {QStringLiteral("push FILE --server URL --district NAME"), 1, server, {}, verbPush}},
        {QStringLiteral("pull"),
         {QStringLiteral("pull --server URL --district NAME --out FILE"),
          0,
          server + QStringList{QStringLiteral("out")},
          {},
          verbPull}},
    };
    table.insert(verbs);
}

} // namespace tuoyu::cli
