#include "serverload.h"

#include "city/serverinit.h"
#include "commands/importcommand.h"
#include "commands/workspacecommand.h"
#include "io/cellformat.h"
#include "io/table.h"
#include "session/workspace.h"
#include "storage/institutionrepository.h"
#include "storage/postgresql/districtregistry.h"
#include "storage/postgresql/postgresqlurl.h"
#include "storage/storageerror.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <latch>
#include <thread>
#include <vector>

namespace tuoyu::bench {

namespace {

constexpr int kSeeds = 50;        ///< institutions each district starts with, edited by all
constexpr qint64 kSeedSlots = 10; ///< their 托位数 at the start
constexpr int kImportRows = 5;    ///< rows of each officer's import
const QString kConflict = QStringLiteral("已被他人");   // 已被他人修改 / 已被他人删除
const QString kDatabase = QStringLiteral("tuoyu_load"); ///< the city's one database
const QString kRefused = QStringLiteral("42501");       ///< insufficient_privilege

/// Where one officer works, and as whom: the district's officer login role server-init made.
struct Officer
{
    int number = 0;
    QString district;
    QString role;
    QString address;     ///< the district's workspace, as `role`
    QString password;    ///< `role`'s, held in memory only and given to libpq by the connection
    QList<qint64> seeds; ///< the district's seed institutions
    QStringList others;  ///< the other districts, whose schemas this officer must not reach
};

/// What one officer saw committed, and how long it took: the client's own log.
struct OfficerLog
{
    QHash<qint64, qint64> increments; ///< seed id → net committed change of its 托位数
    QStringList imported;             ///< names this officer's committed imports inserted
    std::vector<double> commandMs;    ///< each command (edit, undo, import), committed or not
    std::vector<double> readMs;
    int edits = 0;
    int undos = 0;
    int imports = 0;
    int reads = 0;
    int conflicts = 0;
    qint64 crossReads = 0; ///< rows read that belong to another district
    int crossAttempts = 0; ///< statements on another district's schema, in hand-written SQL
    int crossRefused = 0;  ///< …refused by the server with 42501, as they must be
    int crossSucceeded = 0;
    QStringList errors;
};

QString districtName(int index)
{
    static const QStringList names{
        QStringLiteral("屯留区"), QStringLiteral("潞州区"), QStringLiteral("上党区"),
        QStringLiteral("潞城区"), QStringLiteral("襄垣县"), QStringLiteral("平顺县"),
        QStringLiteral("黎城县"), QStringLiteral("壶关县"), QStringLiteral("长子县"),
        QStringLiteral("武乡县"), QStringLiteral("沁县"),   QStringLiteral("沁源县")};
    return index < names.size() ? names[index] : QStringLiteral("第%1区").arg(index + 1);
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return -1;
    std::sort(values.begin(), values.end());
    const auto rank = size_t(std::ceil(p * double(values.size())));
    return values[std::clamp<size_t>(rank, 1, values.size()) - 1];
}

/// A number cell as a reader gives one without a date or time format.
io::Cell plainNumber(double number)
{
    return io::numberCell(number, io::NumberKind::Number, false);
}

double rounded(double ms)
{
    return std::round(ms * 10) / 10;
}

/// The seed institutions of a district server-init made, written by its officer; their ids.
QList<qint64> seedDistrict(const Officer &where, QString *error)
{
    auto ws = Workspace::open(where.address, where.password, error);
    if (!ws)
        return {};
    ws->setActor(QStringLiteral("load-seed"));
    QList<qint64> ids;
    QList<QVariantList> rows;
    for (int i = 0; i < kSeeds; ++i) {
        ids << ws->allocateId(QStringLiteral("institution"));
        rows << QVariantList{where.district + QStringLiteral("种子托育园%1").arg(i + 1),
                             QStringLiteral("public"), kSeedSlots};
    }
    if (!ws->execute(
            std::make_unique<WorkspaceCommand>(
                ws.get(), QStringLiteral("种子机构"),
                QList<RowChange>{RowChange::insertBatch(
                    QStringLiteral("institution"),
                    {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("slots")}, ids,
                    rows)}),
            error))
        return {};
    return ids;
}

/// One statement of hand-written SQL on another district's schema, as this officer's role (a
/// read, an insert, an update or a delete in turn): the server must refuse it with 42501 (no
/// USAGE on that schema, docs/server.md, roles). Anything it lets through is a cross-district
/// success; a statement that fails otherwise proves nothing and is an error.
void tryOtherDistrict(QSqlDatabase &db, const QString &other, int attempt, OfficerLog &log)
{
    const QString table = DistrictRegistry::quoted(other) + QStringLiteral(".institution");
    const QString statements[] = {
        QStringLiteral("SELECT COUNT(*) FROM %1").arg(table),
        QStringLiteral("INSERT INTO %1 (name, kind, slots) VALUES ('越界', 'public', 1)")
            .arg(table),
        QStringLiteral("UPDATE %1 SET slots = slots + 1000").arg(table),
        QStringLiteral("DELETE FROM %1").arg(table)};
    QSqlQuery q(db);
    ++log.crossAttempts;
    if (q.exec(statements[attempt % 4]))
        ++log.crossSucceeded;
    else if (q.lastError().nativeErrorCode() == kRefused)
        ++log.crossRefused;
    else
        log.errors << QStringLiteral("越界尝试未按权限被拒绝：%1").arg(q.lastError().text());
}

/// One officer's session: edits (托位数 + 1 on a seed, read first and applied only while the
/// row still holds what was read), undoes of the last edit, imports of five new institutions
/// through the import pipeline, and reads of the whole registry, each read followed (outside its
/// timing) by an attempt on another district's schema, until `end`.
/// `end` is read once `go` opens (every officer connected).
void runOfficer(const Officer &me, const std::chrono::steady_clock::time_point &end, int pauseMs,
                std::latch &connected, std::latch &go, OfficerLog &log)
{
    QString error;
    auto ws = Workspace::open(me.address, me.password, &error);
    connected.count_down();
    if (!ws) {
        log.errors << error;
        return;
    }
    ws->setActor(QStringLiteral("专员%1").arg(me.number));
    int failures = 0;
    QString lastFailure;
    QObject::connect(ws.get(), &Workspace::failed, [&](const QString &message) {
        ++failures;
        lastFailure = message;
    });
    auto failed = [&log](const QString &message) {
        if (message.contains(kConflict))
            ++log.conflicts;
        else
            log.errors << message;
    };
    go.wait();

    QRandomGenerator random(quint32(20261205 + me.number));
    bool lastWasEdit = false; // the undo stack's top is this officer's last committed edit
    qint64 lastEdit = 0;
    int batch = 0;
    while (std::chrono::steady_clock::now() < end) {
        const int dice = int(random.bounded(100));
        QElapsedTimer timer;
        // A failure of the storage (the server gone, a statement refused) is an error to report,
        // never the end of this officer's thread.
        try {
            if (dice < 30) { // read
                timer.start();
                const QList<Institution> all = InstitutionRepository(ws.get()).all();
                QSqlQuery q(ws->db());
                QStringList districts;
                if (q.exec(QStringLiteral("SELECT name FROM district")))
                    while (q.next())
                        districts << q.value(0).toString();
                log.readMs.push_back(elapsedMs(timer));
                ++log.reads;
                for (const Institution &institution : all)
                    if (!institution.name.startsWith(me.district))
                        ++log.crossReads;
                for (const QString &district : std::as_const(districts))
                    if (district != me.district)
                        ++log.crossReads;
                if (!me.others.isEmpty())
                    tryOtherDistrict(ws->db(),
                                     me.others[int(random.bounded(quint32(me.others.size())))],
                                     log.crossAttempts, log);
            } else if (dice < 45) { // import
                ++batch;
                io::Table table;
                table.name = QStringLiteral("机构名单");
                table.rows.append(
                    {io::textCell(QStringLiteral("序号")), io::textCell(QStringLiteral("机构名称")),
                     io::textCell(QStringLiteral("属性")), io::textCell(QStringLiteral("托位数"))});
                QStringList names;
                for (int i = 0; i < kImportRows; ++i) {
                    names << QStringLiteral("%1专员%2第%3批%4号托育园")
                                 .arg(me.district)
                                 .arg(me.number)
                                 .arg(batch)
                                 .arg(i + 1);
                    table.rows.append({plainNumber(i + 1), io::textCell(names.last()),
                                       io::textCell(QStringLiteral("民办")), plainNumber(20 + i)});
                }
                ImportRequest request;
                request.sourceName = QStringLiteral("专员%1第%2批.xlsx").arg(me.number).arg(batch);
                int inserted = -1;
                timer.start();
                const bool ok = ws->execute(
                    [&](QString *why) -> std::unique_ptr<WorkspaceCommand> {
                        ImportPlan plan =
                            Importer::prepare(ws.get(), std::move(table), request, why);
                        inserted = plan.inserted;
                        return std::move(plan.command);
                    },
                    &error);
                log.commandMs.push_back(elapsedMs(timer));
                if (ok && inserted == names.size()) {
                    log.imported << names;
                    ++log.imports;
                    lastWasEdit = false;
                } else if (ok) {
                    log.errors << QStringLiteral("导入 %1 行只插入了 %2 行")
                                      .arg(names.size())
                                      .arg(inserted);
                } else {
                    failed(error);
                }
            } else if (dice < 55 && lastWasEdit && ws->undoStack()->canUndo()) { // undo
                const int before = failures;
                timer.start();
                ws->undoStack()->undo();
                log.commandMs.push_back(elapsedMs(timer));
                if (failures == before) {
                    log.increments[lastEdit] -= 1;
                    ++log.undos;
                } else {
                    failed(lastFailure);
                }
                lastWasEdit = false;
            } else { // edit
                const qint64 id = me.seeds[int(random.bounded(quint32(me.seeds.size())))];
                qint64 slots = -1;
                {
                    QSqlQuery q(ws->db());
                    if (q.exec(QStringLiteral("SELECT slots FROM institution WHERE id = %1")
                                   .arg(id)) &&
                        q.next())
                        slots = q.value(0).toLongLong();
                }
                if (slots < 0) {
                    log.errors << QStringLiteral("读不到机构 %1").arg(id);
                    continue;
                }
                timer.start();
                const bool ok = ws->execute(
                    std::make_unique<ChangeFieldCommand>(ws.get(), QStringLiteral("托位数加一"),
                                                         QStringLiteral("institution"), id,
                                                         QStringLiteral("slots"), slots, slots + 1),
                    &error);
                log.commandMs.push_back(elapsedMs(timer));
                if (ok) {
                    log.increments[id] += 1;
                    ++log.edits;
                    lastWasEdit = true;
                    lastEdit = id;
                } else {
                    failed(error);
                }
            }
        } catch (const StorageError &e) {
            log.errors << e.message();
        }
        if (pauseMs > 0)
            QThread::msleep(random.bounded(quint32(2 * pauseMs + 1)));
    }
}

/// The maintenance connection, which makes and drops the load's database and officer roles.
class Maintenance
{
public:
    explicit Maintenance(const QString &server)
    {
        QString why;
        const auto url = PostgresqlUrl::parse(server + QStringLiteral("?district=-"), &why);
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), kName);
        if (url)
            url->applyTo(m_db);
        m_error = !url ? why : m_db.open() ? QString() : m_db.lastError().text();
        if (m_error.isEmpty()) // no NOTICE that a database to drop is not there
            QSqlQuery(m_db).exec(QStringLiteral("SET client_min_messages = warning"));
    }
    ~Maintenance()
    {
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(kName);
    }
    QString error() const { return m_error; }
    bool run(const QString &sql, QString *error)
    {
        QSqlQuery q(m_db);
        if (q.exec(sql))
            return true;
        *error = q.lastError().text();
        return false;
    }

private:
    inline static const QString kName = QStringLiteral("tuoyu-load-maintenance");
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace

QString cityDatabase(const QString &server)
{
    // Every district in one database, a schema each (docs/server.md, districts): the officers of
    // all five share the server as a city's would.
    QUrl url(server.section(QLatin1Char('?'), 0, 0));
    url.setPath(QLatin1Char('/') + kDatabase);
    return url.toString();
}

QString districtAddress(const QString &server, const QString &district, const QString &officer)
{
    QUrl url(cityDatabase(server));
    url.setUserName(officer);
    return PostgresqlUrl::addressOf(url.toString(), district);
}

QJsonObject measureServerLoad(const ServerLoadOptions &options, bool *ok, QString *error)
{
    *ok = false;
    // A password of this run's for the officers' roles: in memory only, given to the server
    // by server-init (which stores its hash) and to each officer's connection (libpq).
    const QString password = QUuid::createUuid().toString(QUuid::Id128);
    QList<Officer> districts;
    for (int d = 0; d < options.districts; ++d) {
        Officer where;
        where.district = districtName(d);
        where.role = QStringLiteral("tuoyu_load_officer_%1").arg(d + 1);
        where.address = districtAddress(options.server, where.district, where.role);
        where.password = password;
        districts << where;
    }
    for (Officer &where : districts)
        for (const Officer &other : std::as_const(districts))
            if (other.district != where.district)
                where.others << other.district;
    Maintenance maintenance(options.server);
    if (!maintenance.error().isEmpty()) {
        *error = QStringLiteral("无法连接 %1：%2").arg(options.server, maintenance.error());
        return {};
    }
    // Roles belong to the server, not the database: they go after it (they own its schemas).
    auto dropAll = [&] {
        QString ignored;
        maintenance.run(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(kDatabase),
                        &ignored);
        for (const Officer &where : std::as_const(districts))
            maintenance.run(QStringLiteral("DROP ROLE IF EXISTS %1").arg(where.role), &ignored);
    };
    dropAll();
    if (!maintenance.run(QStringLiteral("CREATE DATABASE %1").arg(kDatabase), error))
        return {};
    // Each district as a city's is set up: server-init's schema, workspace and officer role.
    for (Officer &where : districts) {
        serverinit::Request request;
        request.server = cityDatabase(options.server);
        request.district = where.district;
        request.officer = where.role;
        request.password = [&where] { return where.password; };
        QStringList done;
        if (serverinit::addDistrict(request, &done, error) != serverinit::Outcome::Created) {
            dropAll();
            return {};
        }
        where.seeds = seedDistrict(where, error);
        if (where.seeds.isEmpty()) {
            dropAll();
            return {};
        }
    }

    // Officer k works in district k mod districts: every district has its share of them.
    QList<Officer> officers;
    for (int k = 0; k < options.officers; ++k) {
        Officer me = districts[k % options.districts];
        me.number = k + 1;
        officers << me;
    }
    std::vector<OfficerLog> logs(size_t(officers.size()));
    std::latch connected(officers.size() + 1);
    std::latch go(1);
    std::chrono::steady_clock::time_point end;
    std::vector<std::thread> threads;
    for (qsizetype k = 0; k < officers.size(); ++k)
        threads.emplace_back([&, k] {
            runOfficer(officers[k], end, options.pauseMs, connected, go, logs[size_t(k)]);
        });
    // The clock starts when every officer is connected, so connecting is not in the figures.
    connected.arrive_and_wait();
    end = std::chrono::steady_clock::now() + std::chrono::seconds(options.seconds);
    go.count_down();
    for (auto &t : threads)
        t.join();

    // Each district's rows against the union of its officers' logs.
    qint64 lost = 0;
    qint64 duplicated = 0;
    qint64 crossDistrict = 0;
    qint64 rowsChecked = 0;
    for (const Officer &where : std::as_const(districts)) {
        QHash<qint64, qint64> expectedSlots;
        for (qint64 id : where.seeds)
            expectedSlots.insert(id, kSeedSlots);
        QHash<QString, int> logged; // imported name → officers who logged it
        for (qsizetype k = 0; k < officers.size(); ++k) {
            if (officers[k].district != where.district)
                continue;
            const OfficerLog &log = logs[size_t(k)];
            for (auto it = log.increments.cbegin(); it != log.increments.cend(); ++it)
                expectedSlots[it.key()] += it.value();
            for (const QString &name : log.imported)
                ++logged[name];
        }
        auto ws = Workspace::open(where.address, where.password, error);
        if (!ws) {
            dropAll();
            return {};
        }
        QHash<QString, int> found;
        QSqlQuery q(ws->db());
        if (!q.exec(QStringLiteral("SELECT id, name, slots FROM institution"))) {
            *error = q.lastError().text();
            dropAll();
            return {};
        }
        while (q.next()) {
            ++rowsChecked;
            const qint64 id = q.value(0).toLongLong();
            const QString name = q.value(1).toString();
            if (!name.startsWith(where.district)) { // written through another district's session
                ++crossDistrict;
                continue;
            }
            if (expectedSlots.contains(id)) {
                const qint64 diff = q.value(2).toLongLong() - expectedSlots.value(id);
                lost += std::max<qint64>(0, -diff);
                duplicated += std::max<qint64>(0, diff);
            } else {
                ++found[name];
            }
        }
        for (auto it = logged.cbegin(); it != logged.cend(); ++it) {
            const int times = found.value(it.key());
            lost += std::max(0, it.value() - times);
            duplicated += std::max(0, times - it.value());
        }
        for (auto it = found.cbegin(); it != found.cend(); ++it)
            if (!logged.contains(it.key())) // a row no officer saw committed
                duplicated += it.value();
    }
    dropAll();

    std::vector<double> commandMs;
    std::vector<double> readMs;
    qint64 edits = 0, undos = 0, imports = 0, reads = 0, conflicts = 0, errors = 0;
    qint64 crossAttempts = 0, crossRefused = 0;
    QJsonArray errorSamples;
    for (const OfficerLog &log : logs) {
        commandMs.insert(commandMs.end(), log.commandMs.begin(), log.commandMs.end());
        readMs.insert(readMs.end(), log.readMs.begin(), log.readMs.end());
        edits += log.edits;
        undos += log.undos;
        imports += log.imports;
        reads += log.reads;
        conflicts += log.conflicts;
        crossDistrict += log.crossReads + log.crossSucceeded;
        crossAttempts += log.crossAttempts;
        crossRefused += log.crossRefused;
        errors += log.errors.size();
        for (const QString &e : log.errors)
            if (errorSamples.size() < 5)
                errorSamples.append(e);
    }
    // With several districts the officers must have tried the others' schemas and been refused:
    // a run that never tried proves nothing about the roles.
    *ok = lost == 0 && duplicated == 0 && crossDistrict == 0 &&
          (options.districts < 2 || crossRefused > 0);
    QJsonObject result{
        {QStringLiteral("pg_p99_command_ms"), rounded(percentile(commandMs, 0.99))},
        {QStringLiteral("pg_p50_command_ms"), rounded(percentile(commandMs, 0.50))},
        {QStringLiteral("pg_p99_read_ms"), rounded(percentile(readMs, 0.99))},
        {QStringLiteral("pg_load_officers"), options.officers},
        {QStringLiteral("pg_load_districts"), options.districts},
        {QStringLiteral("pg_load_seconds"), options.seconds},
        {QStringLiteral("pg_load_pause_ms"), options.pauseMs},
        {QStringLiteral("pg_load_commands"), qint64(commandMs.size())},
        {QStringLiteral("pg_load_edits"), edits},
        {QStringLiteral("pg_load_undos"), undos},
        {QStringLiteral("pg_load_imports"), imports},
        {QStringLiteral("pg_load_reads"), reads},
        {QStringLiteral("pg_load_conflicts"), conflicts},
        {QStringLiteral("pg_load_errors"), errors},
        {QStringLiteral("pg_load_rows_checked"), rowsChecked},
        {QStringLiteral("pg_load_lost"), lost},
        {QStringLiteral("pg_load_duplicated"), duplicated},
        {QStringLiteral("pg_load_cross_district"), crossDistrict},
        {QStringLiteral("pg_load_cross_attempts"), crossAttempts},
        {QStringLiteral("pg_load_cross_refused"), crossRefused},
    };
    if (!errorSamples.isEmpty())
        result.insert(QStringLiteral("pg_load_error_samples"), errorSamples);
    return result;
}

} // namespace tuoyu::bench
