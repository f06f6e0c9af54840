// The .deb as `cpack -G DEB` makes it from this build tree: unpacked into a scratch root with
// dpkg -x, the program runs from there, and the desktop entry, MIME type, icons and AppStream
// metainfo pass the tools that distributions check them with. The package is made from the
// build tree as it is (cpack --config), so the test builds nothing.
#include "externaltool.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

struct Result
{
    int code = -1;
    QString out; ///< stdout and stderr together
};

Result runTool(const QString &program, const QStringList &args, int timeoutMs = 60000,
               const QString &workingDir = QString())
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.start(program, args);
    Result result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.out = QStringLiteral("timed out: ") + program;
        return result;
    }
    result.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAll());
    return result;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

TEST_CASE("cpack -G DEB makes a package that runs from a scratch root, with a valid desktop "
          "entry, MIME type, icons and metainfo",
          "[packaging][deb]")
{
    using tuoyu::test::requireTool;
    const QString dpkgDeb = requireTool(QStringLiteral("dpkg-deb"), "dpkg");
    const QString shlibdeps = requireTool(QStringLiteral("dpkg-shlibdeps"), "dpkg-dev");
    const QString desktopValidate =
        requireTool(QStringLiteral("desktop-file-validate"), "desktop-file-utils");
    const QString appstream = requireTool(QStringLiteral("appstreamcli"), "appstream");
    const QString mimeDatabase =
        requireTool(QStringLiteral("update-mime-database"), "shared-mime-info");
    if (dpkgDeb.isEmpty() || shlibdeps.isEmpty() || desktopValidate.isEmpty() ||
        appstream.isEmpty() || mimeDatabase.isEmpty())
        return;

    QTemporaryDir scratch;
    REQUIRE(scratch.isValid());
    const Result cpack =
        runTool(QStringLiteral(TUOYU_CPACK),
                {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
                 QStringLiteral(TUOYU_BUILD_DIR "/CPackConfig.cmake"), QStringLiteral("-B"),
                 scratch.path()},
                300000, scratch.path());
    INFO(cpack.out.toStdString());
    REQUIRE(cpack.code == 0);
    const QStringList debs =
        QDir(scratch.path()).entryList({QStringLiteral("tuoyu-desk_*.deb")}, QDir::Files);
    REQUIRE(debs.size() == 1);
    const QString deb = scratch.filePath(debs.first());

    // Dependencies: what dpkg-shlibdeps read from the binary, and what it loads at run time.
    const Result depends = runTool(dpkgDeb, {QStringLiteral("-f"), deb, QStringLiteral("Depends")});
    REQUIRE(depends.code == 0);
    INFO("Depends: " << depends.out.toStdString());
    for (const char *package : {"libqt6core6", "libqt6widgets6", "libquazip1-qt6", "libexpat1",
                                "libsqlite3-0", "libqt6sql6-sqlite", "libxlsxwriter"})
        CHECK(depends.out.contains(QLatin1String(package)));
    // Qt's PostgreSQL driver, for a workspace on a server (docs/server.md), is recommended.
    const Result recommends =
        runTool(dpkgDeb, {QStringLiteral("-f"), deb, QStringLiteral("Recommends")});
    CHECK(recommends.out.contains(QLatin1String("libqt6sql6-psql")));

    const QString root = scratch.filePath(QStringLiteral("root"));
    REQUIRE(runTool(dpkgDeb, {QStringLiteral("-x"), deb, root}).code == 0);
    // An installed program keeps its settings in the user's profile: no portable marker.
    CHECK_FALSE(QFileInfo::exists(root + QStringLiteral("/usr/bin/portable")));

    // The program runs from the scratch root (its libraries are the system's).
    const Result version =
        runTool(root + QStringLiteral("/usr/bin/tuoyu-desk"), {QStringLiteral("--version")});
    CHECK(version.code == 0);
    CHECK(version.out.trimmed() == QStringLiteral("tuoyu-desk " TUOYU_VERSION));

    const QString share = root + QStringLiteral("/usr/share");
    const QString desktop = share + QStringLiteral("/applications/tuoyu-desk.desktop");
    const Result desktopCheck = runTool(desktopValidate, {desktop});
    INFO(desktopCheck.out.toStdString());
    CHECK(desktopCheck.code == 0);
    CHECK(desktopCheck.out.trimmed().isEmpty()); // not even a hint
    const QString entry = readText(desktop);
    CHECK(entry.contains(QStringLiteral("\nName=TuoyuDesk\n")));
    CHECK(entry.contains(QStringLiteral("\nName[zh_CN]=托育工作台\n")));
    CHECK(entry.contains(QStringLiteral("\nCategories=Office;ProjectManagement;\n")));
    CHECK(entry.contains(QStringLiteral("\nMimeType=application/x-tuoyu-workspace;\n")));

    const QString metainfo =
        share + QStringLiteral("/metainfo/org.tuoyudesk.TuoyuDesk.metainfo.xml");
    REQUIRE(QFileInfo::exists(metainfo));
    const Result metaCheck =
        runTool(appstream, {QStringLiteral("validate"), QStringLiteral("--no-net"), metainfo});
    INFO(metaCheck.out.toStdString());
    CHECK(metaCheck.code == 0);
    // The tree as a whole: the metainfo's launchable finds the desktop entry and its icon.
    const Result treeCheck =
        runTool(appstream, {QStringLiteral("validate-tree"), QStringLiteral("--no-net"), root});
    INFO(treeCheck.out.toStdString());
    CHECK(treeCheck.code == 0);

    for (int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
        const QString dir = share + QStringLiteral("/icons/hicolor/%1x%1/").arg(size);
        CAPTURE(size);
        CHECK(QFileInfo::exists(dir + QStringLiteral("apps/tuoyu-desk.png")));
        CHECK(
            QFileInfo::exists(dir + QStringLiteral("mimetypes/application-x-tuoyu-workspace.png")));
    }
    CHECK(QFileInfo::exists(share + QStringLiteral("/icons/hicolor/scalable/apps/tuoyu-desk.svg")));
    CHECK(QFileInfo::exists(
        share +
        QStringLiteral("/icons/hicolor/scalable/mimetypes/application-x-tuoyu-workspace.svg")));

    // The MIME type as the system's database compiles it (what the triggers of shared-mime-info
    // do on installation): *.tuoyu is a TuoyuDesk workspace, shown with its icon.
    const QString mime = share + QStringLiteral("/mime");
    const Result mimeCheck = runTool(mimeDatabase, {mime});
    INFO(mimeCheck.out.toStdString());
    REQUIRE(mimeCheck.code == 0);
    CHECK(readText(mime + QStringLiteral("/globs2"))
              .contains(QStringLiteral("application/x-tuoyu-workspace:*.tuoyu")));
    CHECK(readText(mime + QStringLiteral("/icons"))
              .contains(
                  QStringLiteral("application/x-tuoyu-workspace:application-x-tuoyu-workspace")));
}

TEST_CASE("The portable ZIP carries the portable marker beside the executable", "[packaging][zip]")
{
    QTemporaryDir scratch;
    REQUIRE(scratch.isValid());
    const Result cpack =
        runTool(QStringLiteral(TUOYU_CPACK),
                {QStringLiteral("-G"), QStringLiteral("ZIP"), QStringLiteral("--config"),
                 QStringLiteral(TUOYU_BUILD_DIR "/CPackConfig.cmake"), QStringLiteral("-B"),
                 scratch.path()},
                300000, scratch.path());
    INFO(cpack.out.toStdString());
    REQUIRE(cpack.code == 0);
    const QStringList zips =
        QDir(scratch.path()).entryList({QStringLiteral("tuoyu-desk-*.zip")}, QDir::Files);
    REQUIRE(zips.size() == 1);
    const Result listing = runTool(QStringLiteral(TUOYU_CMAKE),
                                   {QStringLiteral("-E"), QStringLiteral("tar"),
                                    QStringLiteral("tf"), scratch.filePath(zips.first())});
    REQUIRE(listing.code == 0);
    INFO(listing.out.toStdString());
    const QString top = QFileInfo(zips.first()).completeBaseName();
    const QStringList entries = listing.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    CHECK(entries.contains(top + QStringLiteral("/bin/tuoyu-desk")));
    CHECK(entries.contains(top + QStringLiteral("/bin/portable")));
}
