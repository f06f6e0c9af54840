#include "workspace.h"

#include "commands/workspacecommand.h"

namespace tuoyu {

namespace {

QString systemUser()
{
    QString user = qEnvironmentVariable("USERNAME"); // Windows
    if (user.isEmpty())
        user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("本机用户") : user;
}

} // namespace

Workspace::Workspace()
    : m_actor(systemUser())
{
}

Workspace::~Workspace()
{
    // Commands hold the workspace; they go before the connection does.
    m_undoStack.clear();
}

std::unique_ptr<Workspace> Workspace::create(const QString &path, QString *error)
{
    QString dummy;
    if (!error)
        error = &dummy;
    if (!createFile(path, error))
        return nullptr;
    return open(path, error);
}

std::unique_ptr<Workspace> Workspace::open(const QString &path, QString *error)
{
    QString dummy;
    if (!error)
        error = &dummy;
    std::unique_ptr<Workspace> ws(new Workspace);
    if (!ws->openFile(path, error))
        return nullptr;
    return ws;
}

bool Workspace::execute(std::unique_ptr<WorkspaceCommand> command, QString *error)
{
    QString why = readOnlyReason();
    if (!why.isEmpty() || !command->applyFirst(&why)) {
        if (error)
            *error = why;
        return false;
    }
    m_undoStack.push(command.release());
    return true;
}

qint64 Workspace::allocateId(const QString &table)
{
    auto it = m_nextIds.find(table);
    if (it == m_nextIds.end())
        it = m_nextIds.insert(table, dialect().firstFreeKey(db(), table));
    return it.value()++;
}

qint64 Workspace::nextAuditBatch()
{
    if (m_nextBatch == 0)
        m_nextBatch =
            dialect().firstFreeKey(db(), QStringLiteral("audit_log"), QStringLiteral("batch"));
    return m_nextBatch++;
}

void Workspace::notifyChanged(const QSet<QString> &tables)
{
    Q_EMIT changed(tables);
}

void Workspace::reportFailure(const QString &message)
{
    m_undoStack.clear();
    Q_EMIT failed(message);
}

} // namespace tuoyu
