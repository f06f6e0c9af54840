#pragma once

#include <QString>

#include <stdexcept>

class QSqlDatabase;
class QSqlError;

namespace tuoyu {

/// What went wrong with a workspace file, in the words the officer needs: each kind has its own
/// message naming the file (storageMessage), because "不是托育工作台文件" for a full disk sends
/// the officer looking in the wrong place. The dialect tells the kinds apart
/// (SqlDialect::failureOf).
enum class StorageFailure
{
    Damaged,      ///< pages of the file are malformed
    Truncated,    ///< the file is shorter than its own header says
    DiskFull,     ///< the disk (or the file's size limit) has no room for the change
    ReadOnly,     ///< the file, its folder or the connection cannot be written
    Locked,       ///< another program holds a lock on the file
    NotWorkspace, ///< not a database of ours (another program's, or not a database at all)
    Other
};

/// The officer's message for `failure` of the file at `path`, with the engine's words as
/// `detail` where they help IT staff.
QString storageMessage(StorageFailure failure, const QString &path, const QString &detail = {});

/// A query on a workspace failed. Thrown by SqlQuery (storage/sqlquery.h), the one way core
/// runs SQL, and caught where an officer's action begins: Workspace::execute and
/// WorkspaceCommand::apply (a change fails as a whole, rolled back), the command line's verb
/// runner (cli.cpp) and the window's event dispatch (ui/shell). Why an exception and not a
/// result type: about three hundred reads return lists and values to pages, ledgers, reports
/// and exports, and a read that fails halfway must stop the whole export or report rather than
/// hand on the rows read so far. An exception does that at every one of them without a second
/// return path each caller could forget, which is how the 41 unchecked results came about.
class StorageError : public std::runtime_error
{
public:
    StorageError(StorageFailure failure, const QString &path, const QString &message);

    /// The failure of the last statement on `db`, classified by the connection's dialect.
    static StorageError fromQuery(const QSqlDatabase &db, const QSqlError &error);

    StorageFailure failure() const { return m_failure; }
    QString path() const { return m_path; }
    /// The Chinese message naming the file.
    QString message() const { return m_message; }

private:
    StorageFailure m_failure;
    QString m_path;
    QString m_message;
};

} // namespace tuoyu
