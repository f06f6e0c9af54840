#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace tuoyu {

class MainWindow;

/// One running program per user: a second launch (a double-click on a .tuoyu file while the
/// program runs) hands its file to the running one, which opens it in a new window, instead of
/// a second process opening the same files. Over a QLocalServer (a named pipe on Windows, a
/// socket on Linux) named for the user's home folder, open to that user only.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    /// For the user whose home folder is `home` (QDir::homePath() when empty).
    explicit SingleInstance(const QString &home = QString(), QObject *parent = nullptr);
    ~SingleInstance() override;

    /// The server's name for a home folder.
    static QString keyFor(const QString &home);
    QString key() const { return m_key; }

    /// Hands `paths` (absolute; none to bring the running window forward) to a running
    /// program. True when one took them: this process has nothing more to do.
    bool forward(const QStringList &paths, int timeoutMs = 3000);
    /// Becomes the running program, which later launches hand their files to. False when the
    /// name cannot be taken.
    bool listen();

Q_SIGNALS:
    /// A later launch asked for this file (empty: for the program to come forward).
    void openRequested(const QString &path);

private:
    void receive();

    QString m_key;
    QLocalServer *m_server = nullptr;
};

/// Shows the workspace `path` in a window: the window that has it open already comes forward,
/// otherwise a new window opens it (and says why when it cannot). An empty path brings the most
/// recent window forward. The window found or made, or null.
MainWindow *showWorkspaceWindow(const QString &path);

} // namespace tuoyu
