// tuoyu-desk: the command-line verbs when the arguments name one, the window otherwise.

#include "cli.h"
#include "document/fontset.h"
#include "platform/hugepages.h"
#include "platform/portablesettings.h"
#include "shell/appicon.h"
#include "shell/application.h"
#include "shell/language.h"
#include "shell/mainwindow.h"
#include "shell/singleinstance.h"
#include "storage/postgresql/postgresqlurl.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <cstdio>

namespace {

/// On the command line Qt's own warnings would break the promise of one clear line on stderr;
/// they are shown only when TUOYU_DEBUG is set.
void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg || qEnvironmentVariableIsSet("TUOYU_DEBUG")) {
        const QByteArray bytes = message.toUtf8() + '\n';
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    }
}

/// Says "painted" on stdout when the window has painted for the first time, then quits.
class FirstPaintExit : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            std::fputs("painted\n", stdout);
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

void identify()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TuoyuDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("tuoyu-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TUOYU_VERSION));
    // The ZIP's copy keeps its settings beside itself (a `portable` file marks it).
    tuoyu::platform::usePortableSettings(QCoreApplication::applicationDirPath());
    // The window and the command line speak the language of the settings (or the system's).
    tuoyu::installTranslators(tuoyu::interfaceLanguage());
    // Reports, from the window or the command line, are set in the fonts chosen in 设置.
    tuoyu::document::FontSet::use(tuoyu::document::FontChoice::fromSettings());
}

} // namespace

int main(int argc, char *argv[])
{
    tuoyu::platform::useHugePagesForHeap(argv); // may restart the program once, on Linux
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (tuoyu::cli::isCommandLine(arguments)) {
        qInstallMessageHandler(quietMessages);
        if (arguments.value(1) == QLatin1String("report") ||
            (arguments.value(1) == QLatin1String("city") &&
             arguments.contains(QStringLiteral("--report"))) ||
            (arguments.value(1) == QLatin1String("export") &&
             !arguments.filter(QStringLiteral(".docx"), Qt::CaseInsensitive).isEmpty()) ||
            (arguments.value(1).startsWith(QLatin1String("feedback-")) &&
             (arguments.contains(QStringLiteral("--docx")) ||
              !arguments.filter(QStringLiteral(".docx"), Qt::CaseInsensitive).isEmpty() ||
              !arguments.filter(QStringLiteral(".pdf"), Qt::CaseInsensitive).isEmpty()))) {
            // Reports and Word tables need fonts, hence a QGuiApplication — on the offscreen
            // platform, so that the command line never needs a display.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            QGuiApplication app(argc, argv);
            identify();
            return tuoyu::cli::run(QCoreApplication::arguments());
        }
        QCoreApplication app(argc, argv);
        identify();
        return tuoyu::cli::run(QCoreApplication::arguments());
    }

    tuoyu::Application app(argc, argv);
    identify();
    QApplication::setApplicationDisplayName(
        QCoreApplication::translate("tuoyu::cli", "托育工作台"));
    QApplication::setWindowIcon(tuoyu::applicationIcon());
    QGuiApplication::setDesktopFileName(QStringLiteral("tuoyu-desk")); // Wayland: the entry's icon
    const QStringList args = QApplication::arguments();
    // A second launch (a .tuoyu double-clicked while the program runs) hands its file to the
    // running program, which opens it in a new window. The bench's startup measurement
    // (TUOYU_EXIT_AFTER_FIRST_PAINT) always starts a program of its own.
    tuoyu::SingleInstance instance;
    // `tuoyu-desk --server 'postgresql://…?district=…'` opens the window on a server, as does
    // the address given alone; an address is handed on as it is, a file by its full path.
    const QString given =
        args.value(1) == QLatin1String("--server") ? args.value(2) : args.value(1);
    const bool server = tuoyu::PostgresqlUrl::isUrl(given);
    if (!qEnvironmentVariableIsSet("TUOYU_EXIT_AFTER_FIRST_PAINT")) {
        if (instance.forward(given.isEmpty() ? QStringList()
                             : server        ? QStringList{given}
                                             : QStringList{QFileInfo(given).absoluteFilePath()}))
            return 0;
        instance.listen();
        QObject::connect(&instance, &tuoyu::SingleInstance::openRequested, &app,
                         [](const QString &path) { tuoyu::showWorkspaceWindow(path); });
    }
    tuoyu::MainWindow window;
    QString path = given;
    if (path.isEmpty()) {
        // The last workspace, a file that is still there or a server (asked again for its
        // password when it wants one: none is kept).
        const QString last = QSettings().value(QStringLiteral("workspace/last")).toString();
        if (!last.isEmpty() && (tuoyu::PostgresqlUrl::isUrl(last) || QFileInfo::exists(last)))
            path = last;
    }
    QString why;
    if (path.isEmpty() || !window.openWorkspace(path, true, &why)) {
        if (!path.isEmpty()) // what happened to the file, in its own words (a lock, damage …)
            QMessageBox::warning(
                nullptr, QCoreApplication::translate("tuoyu::cli", "无法打开"),
                QCoreApplication::translate("tuoyu::cli", "%1\n\n已改为打开示例工作区。").arg(why));
        QString error;
        const QString demo = tuoyu::MainWindow::ensureDemoWorkspace(&error);
        if (demo.isEmpty() || !window.openWorkspace(demo))
            QMessageBox::warning(nullptr, QCoreApplication::translate("tuoyu::cli", "无法打开示例"),
                                 error);
    }
    if (qEnvironmentVariableIsSet("TUOYU_EXIT_AFTER_FIRST_PAINT"))
        window.installEventFilter(new FirstPaintExit(&window)); // for tuoyu-bench's startup_ms
    window.show();
    return app.exec();
}
