// The portable copy (the Windows ZIP): with a `portable` file beside the executable, settings
// are an ini file in that folder, and none are written to the user's profile.
#include "platform/portablesettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

void touch(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
}

} // namespace

TEST_CASE("Settings go beside the program when a portable marker is there, and only then",
          "[packaging][portable]")
{
    QCoreApplication::setOrganizationName(QStringLiteral("TuoyuDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("tuoyu-desk"));
    QTemporaryDir folder;
    REQUIRE(folder.isValid());

    CHECK_FALSE(tuoyu::platform::usePortableSettings(folder.path()));
    CHECK(QSettings::defaultFormat() == QSettings::NativeFormat);
    CHECK_FALSE(tuoyu::platform::usePortableSettings(QString()));

    touch(folder.filePath(QStringLiteral("portable")));
    REQUIRE(tuoyu::platform::usePortableSettings(folder.path()));
    const QString ini = folder.filePath(QStringLiteral("TuoyuDesk/tuoyu-desk.ini"));
    {
        QSettings settings;
        CHECK(QFileInfo(settings.fileName()) == QFileInfo(ini));
        settings.setValue(QStringLiteral("workspace/last"), QStringLiteral("D:/托育/屯留区.tuoyu"));
    }
    CHECK(QSettings(ini, QSettings::IniFormat).value(QStringLiteral("workspace/last")).toString() ==
          QStringLiteral("D:/托育/屯留区.tuoyu"));
    QSettings::setDefaultFormat(QSettings::NativeFormat); // the rest of this process as before
}

#ifdef Q_OS_LINUX // a copy of the executable alone runs on Linux; on Windows its DLLs are beside it
TEST_CASE("A copy of the program with a portable marker keeps what it remembers in its own "
          "folder",
          "[packaging][portable]")
{
    QTemporaryDir scratch;
    REQUIRE(scratch.isValid());
    const QString bin = scratch.filePath(QStringLiteral("usb/bin"));
    REQUIRE(QDir().mkpath(bin));
    const QString program = bin + QStringLiteral("/tuoyu-desk");
    REQUIRE(QFile::copy(QStringLiteral(TUOYU_DESK_BINARY), program));
    touch(bin + QStringLiteral("/portable"));
    const QString workspace = scratch.filePath(QStringLiteral("屯留区.tuoyu"));
    const QString config = scratch.filePath(QStringLiteral("config"));

    auto start = [&](const QStringList &args, bool window) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        if (window) // opens, paints once and quits (as tuoyu-bench measures start-up)
            env.insert(QStringLiteral("TUOYU_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
        process.setProcessEnvironment(env);
        process.start(program, args);
        REQUIRE(process.waitForFinished(60000));
        INFO(process.readAllStandardError().toStdString());
        REQUIRE(process.exitCode() == 0);
    };
    start({QStringLiteral("new"), workspace, QStringLiteral("--template"), QStringLiteral("blank")},
          false);
    start({workspace}, true);

    const QString ini = bin + QStringLiteral("/TuoyuDesk/tuoyu-desk.ini");
    REQUIRE(QFileInfo::exists(ini));
    CHECK(QSettings(ini, QSettings::IniFormat).value(QStringLiteral("workspace/last")).toString() ==
          workspace);
    CHECK_FALSE(QFileInfo::exists(config + QStringLiteral("/TuoyuDesk")));

    // Without the marker the same copy remembers in the user's profile, as an installed one does.
    REQUIRE(QFile::remove(bin + QStringLiteral("/portable")));
    start({workspace}, true);
    CHECK(QFileInfo::exists(config + QStringLiteral("/TuoyuDesk/tuoyu-desk.conf")));
}
#endif
