#include "singleinstance.h"

#include "mainwindow.h"
#include "session/workspace.h"
#include "storage/postgresql/postgresqlurl.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTimer>

#include <memory>

namespace tuoyu {

namespace {

// A request is the paths, one UTF-8 line each, then an empty line; the answer is this line,
// sent once the paths are taken, so the second launch exits only when nothing can be lost.
constexpr char kAnswer[] = "ok\n";

} // namespace

SingleInstance::SingleInstance(const QString &home, QObject *parent)
    : QObject(parent)
    , m_key(keyFor(home.isEmpty() ? QDir::homePath() : home))
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::keyFor(const QString &home)
{
    // Pipe and socket names are shared by every user of the machine (a terminal server): the
    // home folder tells users apart, hashed to a short name without separators.
    const QByteArray hash =
        QCryptographicHash::hash(QDir::cleanPath(home).toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("tuoyu-desk-") + QString::fromLatin1(hash.toHex().left(16));
}

bool SingleInstance::forward(const QStringList &paths, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_key);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QByteArray request;
    for (const QString &path : paths)
        request += path.toUtf8() + '\n';
    request += '\n';
    socket.write(request);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.readLine() == kAnswer;
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    // No program answered forward(): a socket file left by one that crashed is stale (Linux).
    QLocalServer::removeServer(m_key);
    if (!m_server->listen(m_key))
        return false;
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::receive);
    return true;
}

void SingleInstance::receive()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        auto paths = std::make_shared<QStringList>();
        connect(socket, &QLocalSocket::readyRead, this, [this, socket, paths] {
            while (socket->canReadLine()) {
                const QString line = QString::fromUtf8(socket->readLine()).chopped(1);
                if (!line.isEmpty()) {
                    *paths << line;
                    continue;
                }
                socket->write(kAnswer);
                socket->flush();
                // Opened after the answer has gone: a large workspace takes a moment.
                const QStringList requested = paths->isEmpty() ? QStringList{QString()} : *paths;
                QTimer::singleShot(0, this, [this, requested] {
                    for (const QString &path : requested)
                        Q_EMIT openRequested(path);
                });
                return;
            }
        });
    }
}

namespace {
/// What tells two ways of naming one workspace apart: a file's full path, a server's address
/// as the workspace names itself (without its connection options).
QString workspaceKey(const QString &path)
{
    QString ignored;
    if (PostgresqlUrl::isUrl(path))
        if (const auto url = PostgresqlUrl::parse(path, &ignored))
            return url->display();
    return QFileInfo(path).absoluteFilePath();
}
} // namespace

MainWindow *showWorkspaceWindow(const QString &path)
{
    const QString wanted = path.isEmpty() ? QString() : workspaceKey(path);
    MainWindow *any = qobject_cast<MainWindow *>(QApplication::activeWindow());
    MainWindow *shown = nullptr;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        auto *window = qobject_cast<MainWindow *>(widget);
        if (!window || !window->isVisible())
            continue;
        if (!any)
            any = window;
        if (!wanted.isEmpty() && window->workspace() &&
            workspaceKey(window->workspace()->path()) == wanted)
            shown = window;
    }
    if (wanted.isEmpty()) {
        shown = any;
    } else if (!shown) {
        auto *window = new MainWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        if (!window->openWorkspace(PostgresqlUrl::isUrl(path) ? path : wanted)) {
            delete window;
            return nullptr;
        }
        if (any) // beside the window already open rather than exactly over it
            window->move(any->pos() + QPoint(32, 32));
        window->show();
        shown = window;
    }
    if (shown) {
        shown->setWindowState((shown->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        shown->raise();
        shown->activateWindow();
    }
    return shown;
}

} // namespace tuoyu
