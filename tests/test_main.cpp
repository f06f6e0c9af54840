// One main for every Catch2 executable: an application object exists for the whole run, because
// Qt's SQL drivers, fonts and widgets expect one. Which class is chosen by the build
// (TUOYU_TEST_APP = 0 core, 1 gui, 2 widgets), so core tests need no display at all.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#if TUOYU_TEST_APP == 2
#include <QApplication>
using TestApplication = QApplication;
#elif TUOYU_TEST_APP == 1
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    // CTest runs test cases in parallel processes. Those that use the user's folders (the demo
    // workspace in the data folder, remembered settings, QStandardPaths' test mode under
    // ~/.qttest) would share and delete one another's files: each process gets a home of its own.
    QTemporaryDir home;
    if (home.isValid())
        qputenv("HOME", home.path().toLocal8Bit());
    // CTest lists the test cases by running the executable at build time, with no display and
    // without the test environment: GUI tests always run on the offscreen platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The tests read the program's messages in its source language, Chinese, whatever the
    // system's language (the i18n tests switch to English themselves); the command lines they
    // start inherit it.
    if (qEnvironmentVariableIsEmpty("TUOYU_LANGUAGE"))
        qputenv("TUOYU_LANGUAGE", "zh_CN");
    TestApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
