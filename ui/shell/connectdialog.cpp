#include "connectdialog.h"

#include "forms.h"
#include "session/workspace.h"
#include "storage/postgresql/postgresqlurl.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>

namespace tuoyu {

namespace {

/// Where the last address connected to is kept (no password: the address cannot hold one).
const QString kLastServerKey = QStringLiteral("server/last");

QString systemUser()
{
    QString user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = qEnvironmentVariable("USER");
    return user;
}

} // namespace

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("连接服务器"));
    setObjectName(QStringLiteral("connectDialog"));
    setMinimumWidth(480);
    m_host = forms::lineEdit(QStringLiteral("serverHost"), tr("例如 db.city.gov 或 10.0.0.5"));
    m_port = forms::named(new QSpinBox, QStringLiteral("serverPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = forms::lineEdit(QStringLiteral("serverDatabase"), tr("例如 tuoyu"));
    m_user = forms::lineEdit(QStringLiteral("serverUser"), tr("服务器管理员给的用户名"));
    m_user->setText(systemUser());
    m_district =
        forms::lineEdit(QStringLiteral("serverDistrict"), tr("例如 屯留区；留空为全市（只读）"));
    m_sslMode = forms::named(new QComboBox, QStringLiteral("serverSslMode"));
    m_sslMode->addItem(tr("服务器支持时加密（prefer，默认）"), QStringLiteral("prefer"));
    m_sslMode->addItem(tr("必须加密（require）"), QStringLiteral("require"));
    m_sslMode->addItem(tr("必须加密并核对证书（verify-ca）"), QStringLiteral("verify-ca"));
    m_sslMode->addItem(tr("必须加密并核对证书和主机名（verify-full）"),
                       QStringLiteral("verify-full"));
    m_sslMode->addItem(tr("不加密（disable）"), QStringLiteral("disable"));

    auto *form = new QFormLayout;
    form->addRow(tr("服务器："), m_host);
    form->addRow(tr("端口："), m_port);
    form->addRow(tr("数据库："), m_database);
    form->addRow(tr("用户名："), m_user);
    form->addRow(tr("区县："), m_district);
    form->addRow(tr("加密（sslmode）："), m_sslMode);
    m_problem = forms::named(new QLabel, QStringLiteral("connectProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color:#c62828"));
    m_problem->hide();
    form->addRow(m_problem);

    auto *note = new QLabel(tr("密码不在这里填写：服务器要求时程序会单独询问，只在本次连接中使用，"
                               "不会保存。也可以使用 PostgreSQL 的密码文件（~/.pgpass）。"));
    note->setWordWrap(true);
    QDialogButtonBox *buttons = forms::acceptCancel(this, tr("连接"));
    // 连接 tries first; the dialog closes only once a session is open.
    disconnect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::tryConnect);
    forms::layOut(this, form, buttons, note);

    setAddress(QSettings().value(kLastServerKey).toString());
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::setAddress(const QString &address)
{
    QString ignored; // a city's address (no district) fills every field but the district
    const auto url = PostgresqlUrl::parse(address, &ignored, PostgresqlUrl::Needs::Server);
    if (!url)
        return;
    m_host->setText(url->host);
    m_port->setValue(url->port);
    m_database->setText(url->database);
    m_user->setText(url->user);
    m_district->setText(url->district);
    for (const QString &option : url->options)
        if (option.startsWith(QLatin1String("sslmode=")))
            if (const int at = m_sslMode->findData(option.mid(8)); at >= 0)
                m_sslMode->setCurrentIndex(at);
}

QString ConnectDialog::address(QString *error) const
{
    const QList<std::pair<QLineEdit *, QString>> required = {
        {m_host, tr("服务器")}, {m_database, tr("数据库")}, {m_user, tr("用户名")}};
    for (const auto &[edit, label] : required) {
        if (edit->text().trimmed().isEmpty()) {
            *error = tr("请填写%1").arg(label);
            edit->setFocus();
            return QString();
        }
    }
    PostgresqlUrl url;
    url.host = m_host->text().trimmed();
    url.port = m_port->value();
    url.database = m_database->text().trimmed();
    url.user = m_user->text().trimmed();
    url.district = m_district->text().trimmed();
    url.options << QStringLiteral("sslmode=") + m_sslMode->currentData().toString();
    return url.address();
}

void ConnectDialog::tryConnect()
{
    QString error;
    const QString typed = address(&error);
    if (!typed.isEmpty()) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        if (PostgresqlUrl::isCityAddress(typed))
            m_city = connectToCity(this, typed, &m_cityPassword, &error);
        else
            m_workspace = connectTo(this, typed, &error);
        QApplication::restoreOverrideCursor();
    }
    if (!m_workspace && !m_city) {
        m_problem->setText(error);
        m_problem->setVisible(!error.isEmpty());
        return;
    }
    m_connected = typed;
    QSettings().setValue(kLastServerKey, typed);
    accept();
}

std::unique_ptr<Workspace> ConnectDialog::takeWorkspace()
{
    return std::move(m_workspace);
}

bool ConnectDialog::withPassword(QWidget *parent,
                                 const std::function<bool(const QString &, QString *)> &attempt,
                                 QString *given, QString *error)
{
    given->clear();
    bool done = attempt(QString(), error);
    // The password is asked for only when the server wants one (else libpq's PGPASSWORD or
    // password file served), and given to the connection alone.
    while (!done && PostgresqlUrl::wantsPassword(*error)) {
        bool ok = false;
        QString password = QInputDialog::getText(parent, tr("服务器密码"),
                                                 *error + QStringLiteral("\n\n") + tr("密码："),
                                                 QLineEdit::Password, QString(), &ok);
        if (!ok) {
            error->clear(); // cancelled: nothing to report
            return false;
        }
        done = attempt(password, error);
        if (done)
            *given = password;
        password.fill(QLatin1Char(' ')); // not left in freed memory longer than needed
    }
    return done;
}

std::unique_ptr<Workspace> ConnectDialog::connectTo(QWidget *parent, const QString &address,
                                                    QString *error)
{
    std::unique_ptr<Workspace> ws;
    QString password;
    withPassword(
        parent,
        [&](const QString &typed, QString *why) {
            ws = Workspace::open(address, typed, why);
            return ws != nullptr;
        },
        &password, error);
    password.fill(QLatin1Char(' ')); // the workspace's connection holds it
    return ws;
}

std::optional<CityFigures> ConnectDialog::connectToCity(QWidget *parent, const QString &address,
                                                        QString *password, QString *error)
{
    std::optional<CityFigures> city;
    withPassword(
        parent,
        [&](const QString &typed, QString *why) {
            city = CityFigures::read(address, QDate::currentDate(), why, typed);
            return city.has_value();
        },
        password, error);
    return city;
}

} // namespace tuoyu
