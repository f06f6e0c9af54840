// What can be checked on Linux of the Windows package's PostgreSQL driver (docs/server.md;
// README, Building on Windows): vcpkg.json asks for qtbase's driver feature under the name the
// pinned port gives it, and packaging/serverdlls.cmake, which the Windows install runs, fails a
// package without qsqlpsql.dll or libpq.dll. Not checked here (no Windows): that windeployqt
// deploys the driver and that the import scan finds libpq.dll and its OpenSSL DLLs.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

const QString kSource = QStringLiteral(TUOYU_SOURCE_DIR);

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QStringList strings(const QJsonArray &array)
{
    QStringList names;
    for (const QJsonValue &v : array)
        names << (v.isString() ? v.toString()
                               : v.toObject().value(QStringLiteral("name")).toString());
    return names;
}

/// serverdlls.cmake's check run by `cmake -P` on an install tree holding `files`; its exit code,
/// with its output in `out`.
int requireServerDlls(const QStringList &files, QString *out)
{
    QTemporaryDir tree;
    REQUIRE(tree.isValid());
    for (const QString &file : files) {
        REQUIRE(QDir(tree.path()).mkpath(QFileInfo(file).path()));
        QFile f(tree.filePath(file));
        REQUIRE(f.open(QIODevice::WriteOnly));
    }
    const QString script = tree.filePath(QStringLiteral("check.cmake"));
    QFile s(script);
    REQUIRE(s.open(QIODevice::WriteOnly));
    s.write(QStringLiteral("include(\"%1/packaging/serverdlls.cmake\")\n"
                           "tuoyu_require_server_dlls(\"%2/prefix\")\n")
                .arg(kSource, tree.path())
                .toUtf8());
    s.close();
    QProcess cmake;
    cmake.setProcessChannelMode(QProcess::MergedChannels);
    cmake.start(QStringLiteral(TUOYU_CMAKE), {QStringLiteral("-P"), script});
    REQUIRE(cmake.waitForFinished(60000));
    *out = QString::fromUtf8(cmake.readAll());
    return cmake.exitCode();
}

} // namespace

TEST_CASE("vcpkg.json asks for qtbase's PostgreSQL driver under the pinned port's feature name",
          "[packaging][windows]")
{
    const QJsonObject manifest =
        QJsonDocument::fromJson(readFile(kSource + QStringLiteral("/vcpkg.json"))).object();
    // The port's features were read at this baseline (ports/qtbase/vcpkg.json of microsoft/vcpkg
    // at 127402f1, qtbase 6.11.1: `sql-psql`, with libpq; older ports said `postgresqlplugin`).
    // A new baseline must be checked again, then this line changed with it.
    CHECK(manifest.value(QStringLiteral("builtin-baseline")).toString() ==
          QStringLiteral("127402f1c75bb3d5ff6bce04b285faa4930a5aca"));
    const QJsonObject features = manifest.value(QStringLiteral("features")).toObject();
    QStringList qtbase;
    for (const QJsonValue &d : features.value(QStringLiteral("qt"))
                                   .toObject()
                                   .value(QStringLiteral("dependencies"))
                                   .toArray())
        if (d.toObject().value(QStringLiteral("name")).toString() == QLatin1String("qtbase"))
            qtbase = strings(d.toObject().value(QStringLiteral("features")).toArray());
    CHECK(qtbase.contains(QStringLiteral("sql-psql")));
    CHECK(qtbase.contains(QStringLiteral("sql-sqlite")));
    // With the Qt installer's Qt (its qsqlpsql.dll included), libpq comes from vcpkg.
    CHECK(strings(features.value(QStringLiteral("libraries-only"))
                      .toObject()
                      .value(QStringLiteral("dependencies"))
                      .toArray())
              .contains(QStringLiteral("libpq")));
    // Where a vcpkg checkout is at hand, its port is the judge.
    const QString port =
        qEnvironmentVariable("VCPKG_ROOT") + QStringLiteral("/ports/qtbase/vcpkg.json");
    if (!qEnvironmentVariableIsEmpty("VCPKG_ROOT") && QFile::exists(port))
        CHECK(QJsonDocument::fromJson(readFile(port))
                  .object()
                  .value(QStringLiteral("features"))
                  .toObject()
                  .contains(QStringLiteral("sql-psql")));
}

TEST_CASE("The Windows install fails without the PostgreSQL driver or libpq.dll",
          "[packaging][windows]")
{
    // The install code runs the check (and reads the driver's imports for libpq's DLLs).
    const QString packaging =
        QString::fromUtf8(readFile(kSource + QStringLiteral("/packaging/CMakeLists.txt")));
    CHECK(packaging.contains(QStringLiteral("serverdlls.cmake")));
    CHECK(packaging.contains(QStringLiteral("MODULES ${_drivers}")));
    CHECK(packaging.contains(QStringLiteral("tuoyu_require_server_dlls(")));

    QString out;
    const QString driver = QStringLiteral("prefix/plugins/sqldrivers/qsqlpsql.dll");
    const QString libpq = QStringLiteral("prefix/bin/libpq.dll");
    CHECK(requireServerDlls({QStringLiteral("prefix/bin/tuoyu-desk.exe"), driver, libpq}, &out) ==
          0);
    INFO(out.toStdString());
    // Qt versions whose deploy script puts the plugins under bin/.
    CHECK(requireServerDlls({QStringLiteral("prefix/bin/plugins/sqldrivers/qsqlpsql.dll"), libpq},
                            &out) == 0);
    CHECK(requireServerDlls({driver}, &out) != 0);
    CHECK(out.contains(QStringLiteral("libpq.dll is not in the package")));
    CHECK(requireServerDlls({libpq, QStringLiteral("prefix/bin/libpq.dll.bak")}, &out) != 0);
    CHECK(out.contains(QStringLiteral("qsqlpsql.dll is not in the package")));
    // A name that only ends the same is not the DLL.
    CHECK(requireServerDlls({driver, QStringLiteral("prefix/bin/notlibpq.dll")}, &out) != 0);
}
