#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace tuoyu {

class ServerConnection;

/// The city view following the districts' edits (docs/server.md): a connection to the server
/// itself, no district's workspace, that LISTENs on the channel every district's write
/// transaction notifies on commit (PostgresqlDialect::changeChannel) and says which district
/// changed. Any role that can log in may listen; the city never writes, so every notification
/// is a colleague's.
class CityWatch : public QObject
{
    Q_OBJECT

public:
    explicit CityWatch(QObject *parent = nullptr);
    ~CityWatch() override;

    /// Starts listening on the server at `address` (no district); false with `error` when it
    /// cannot connect or the driver cannot deliver notifications. `password`: one the officer
    /// typed, else libpq's own.
    bool follow(const QString &address, const QString &password, QString *error);
    /// Stops listening and closes the connection.
    void stop();

Q_SIGNALS:
    /// A district's write transaction committed (commits made outside the program, by psql,
    /// are not announced).
    void districtChanged(const QString &district);

private:
    std::unique_ptr<ServerConnection> m_connection;
};

} // namespace tuoyu
