#include "citywatch.h"

#include "storage/postgresql/districtregistry.h"
#include "storage/postgresql/postgresqldialect.h"
#include "storage/postgresql/postgresqlurl.h"

#include <QSqlDriver>

namespace tuoyu {

CityWatch::CityWatch(QObject *parent)
    : QObject(parent)
{
}

CityWatch::~CityWatch() = default;

void CityWatch::stop()
{
    m_connection.reset();
}

bool CityWatch::follow(const QString &address, const QString &password, QString *error)
{
    m_connection.reset();
    const auto url = PostgresqlUrl::parse(address, error, PostgresqlUrl::Needs::Server);
    if (!url)
        return false;
    auto connection = std::make_unique<ServerConnection>();
    if (!connection->open(*url, error, password))
        return false;
    QSqlDriver *driver = connection->db().driver();
    if (!driver->hasFeature(QSqlDriver::EventNotifications) ||
        !driver->subscribeToNotification(PostgresqlDialect::changeChannel())) {
        *error = QStringLiteral("%1 不能转达各区县的修改").arg(url->display());
        return false;
    }
    connect(
        driver, &QSqlDriver::notification, this,
        [this](const QString &channel, QSqlDriver::NotificationSource, const QVariant &payload) {
            if (channel != PostgresqlDialect::changeChannel())
                return;
            if (const QString district = PostgresqlDialect::announcedDistrict(payload);
                !district.isEmpty())
                Q_EMIT districtChanged(district);
        });
    m_connection = std::move(connection);
    return true;
}

} // namespace tuoyu
