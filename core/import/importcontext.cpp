#include "importcontext.h"

#include "importkind.h"
#include "session/workspace.h"

#include <QAtomicInteger>
#include <QSet>
#include <QSqlError>

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
    const auto it = m_nextIds.find(table);
    Q_ASSERT(it != m_nextIds.end()); // every kind names its tables in insertsInto()
    return it.value()++;
}

bool ImportContext::settle(QString *error)
{
    if (!m_worker)
        return true;
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
