#pragma once

#include "city/cityview.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace tuoyu {

class Workspace;

/// 文件 → 连接服务器…: where a workspace on a city's PostgreSQL server is (host, port, database,
/// user, district, sslmode) and connecting to it (docs/server.md). The password is asked for
/// only when the server wants one, without echo, and is held by the connection alone: never
/// written, never part of the address the window remembers. Without a district the address is
/// the city's (PostgresqlUrl::isCityAddress): 连接 reads the city view over every district the
/// login may read instead of opening one workspace.
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
    /// The city view read by 连接 when the district was left empty (nothing otherwise), and the
    /// password the server wanted for it (kept in memory to read it again; empty when libpq's
    /// own served).
    std::optional<CityFigures> takeCity() { return std::exchange(m_city, std::nullopt); }
    QString cityPassword() const { return m_cityPassword; }

    /// Opens the workspace at `address`, asking the officer (over `parent`) for the password
    /// when the server wants one and again when it refuses it; nullptr with `error` when it
    /// could not be opened or the officer cancelled the password.
    static std::unique_ptr<Workspace> connectTo(QWidget *parent, const QString &address,
                                                QString *error);
    /// Reads the city view at `address` (no district) as of today, asking for the password as
    /// connectTo does; `password` gets the one that was accepted. Nothing, with `error`
    /// (empty when the officer cancelled), when it cannot be read.
    static std::optional<CityFigures> connectToCity(QWidget *parent, const QString &address,
                                                    QString *password, QString *error);

private:
    void tryConnect();
    /// Runs `attempt` without a password, then, while the server wants one, with the one the
    /// officer types (again when refused); false with `error`, empty when cancelled. `given`
    /// gets the password that served.
    static bool withPassword(QWidget *parent,
                             const std::function<bool(const QString &, QString *)> &attempt,
                             QString *given, QString *error);

    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_district = nullptr;
    QComboBox *m_sslMode = nullptr;
    QLabel *m_problem = nullptr;
    std::unique_ptr<Workspace> m_workspace;
    std::optional<CityFigures> m_city;
    QString m_cityPassword;
    QString m_connected;
};

} // namespace tuoyu
