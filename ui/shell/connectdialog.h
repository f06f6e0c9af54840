#pragma once

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace tuoyu {

class Workspace;

/// 文件 → 连接服务器…: where a workspace on a city's PostgreSQL server is (host, port, database,
/// user, district, sslmode) and connecting to it (docs/server.md). The password is asked for
/// only when the server wants one, without echo, and is held by the connection alone: never
/// written, never part of the address the window remembers.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);
    ~ConnectDialog() override;

    /// Fills the fields from an address (the last one connected to, by default).
    void setAddress(const QString &address);
    /// The address the fields make, sslmode included; empty with `error` when incomplete.
    QString address(QString *error) const;
    /// The session opened by 连接 (after exec() returned Accepted), and its address.
    std::unique_ptr<Workspace> takeWorkspace();
    QString connectedAddress() const { return m_connected; }

    /// Opens the workspace at `address`, asking the officer (over `parent`) for the password
    /// when the server wants one and again when it refuses it; nullptr with `error` when it
    /// could not be opened or the officer cancelled the password.
    static std::unique_ptr<Workspace> connectTo(QWidget *parent, const QString &address,
                                                QString *error);

private:
    void tryConnect();

    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_district = nullptr;
    QComboBox *m_sslMode = nullptr;
    QLabel *m_problem = nullptr;
    std::unique_ptr<Workspace> m_workspace;
    QString m_connected;
};

} // namespace tuoyu
