#include "importcontext.h"

#include "importkind.h"
#include "session/workspace.h"
#include "storage/storageerror.h"

#include <QAtomicInteger>
#include <QSet>
#include <QSqlError>

#include <algorithm>

namespace tuoyu {

namespace {

/// Every table an import may insert into: the kinds' and the pipeline's own.
QStringList importTables()
{
    QSet<QString> tables{QStringLiteral("import_mapping"), QStringLiteral("import_batch")};
    for (const ImportKind *kind : importKinds())
        for (const QString &t : kind->insertsInto())
            tables.insert(t);
    QStringList list(tables.cbegin(), tables.cend());
    list.sort();
    return list;
}

} // namespace

ImportContext::ImportContext(Workspace *workspace)
    : ImportContext(workspace, false)
{
}

ImportContext::ImportContext(Workspace *workspace, bool worker)
    : m_workspace(workspace)
    , m_worker(worker)
    , m_actor(workspace->actor())
{
    if (!worker)
        return;
    m_sourceConnection = workspace->db().connectionName();
    static QAtomicInteger<int> serial;
    m_connectionName = QStringLiteral("import-%1").arg(serial.fetchAndAddRelaxed(1));
    m_keysFromServer = workspace->dialect().keyPerCall();
    if (m_keysFromServer)
        return;
    for (const QString &table : importTables()) {
        const qint64 first = workspace->allocateId(table);
        m_firstIds.insert(table, first);
        m_nextIds.insert(table, first);
    }
}

std::unique_ptr<ImportContext> ImportContext::forWorker(Workspace *workspace)
{
    return std::unique_ptr<ImportContext>(new ImportContext(workspace, true));
}

ImportContext::~ImportContext()
{
    detach();
}

bool ImportContext::attach(QString *error)
{
    if (!m_worker || m_db.isOpen())
        return true;
    m_db = QSqlDatabase::cloneDatabase(m_sourceConnection, m_connectionName);
    if (!m_db.open()) {
        *error = QStringLiteral("无法读取工作区：%1").arg(m_db.lastError().text());
        return false;
    }
    return true;
}

void ImportContext::detach()
{
    if (!m_worker || !m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase &ImportContext::db()
{
    return m_worker ? m_db : m_workspace->db();
}

qint64 ImportContext::allocateId(const QString &table)
{
    if (!m_worker)
        return m_workspace->allocateId(table);
    if (m_keysFromServer) {
        QList<qint64> &keys = m_reserved[table];
        if (keys.isEmpty()) {
            // Blocks grow as the import does: a one-row import wastes few keys, a 100,000-row
            // one takes them in a few dozen round trips.
            int &block = m_blockSize[table];
            block = block == 0 ? 16 : std::min(block * 2, 8192);
            if (!m_workspace->dialect().reserveKeys(m_db, table, block, &keys))
                throw StorageError(StorageFailure::Other, m_workspace->path(),
                                   QStringLiteral("无法从服务器取得“%1”的新编号").arg(table));
        }
        return keys.takeFirst();
    }
    const auto it = m_nextIds.find(table);
    Q_ASSERT(it != m_nextIds.end()); // every kind names its tables in insertsInto()
    return it.value()++;
}

bool ImportContext::settle(QString *error)
{
    if (!m_worker || m_keysFromServer)
        return true; // the sequences handed the keys out once and for all
    for (auto it = m_nextIds.cbegin(); it != m_nextIds.cend(); ++it) {
        const qint64 first = m_firstIds.value(it.key());
        // The first id was taken when this context was made; take the rest the plan used.
        for (qint64 expected = first + 1; expected < it.value(); ++expected) {
            if (m_workspace->allocateId(it.key()) != expected) {
                *error = QStringLiteral("准备导入期间工作区有改动，请重新导入");
                return false;
            }
        }
    }
    return true;
}

} // namespace tuoyu
