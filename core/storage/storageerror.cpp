#include "storageerror.h"

#include "sqldialect.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>

namespace tuoyu {

QString storageMessage(StorageFailure failure, const QString &path, const QString &detail)
{
    const QString file = QDir::toNativeSeparators(path);
    const QString why = detail.isEmpty() ? QString() : QStringLiteral("（%1）").arg(detail);
    switch (failure) {
    case StorageFailure::Damaged:
        return QStringLiteral("%1 已损坏，其中的数据无法完整读出%2；请从备份恢复").arg(file, why);
    case StorageFailure::Truncated:
        return QStringLiteral("%1 不完整：文件被截断%2；请从备份恢复").arg(file, why);
    case StorageFailure::DiskFull:
        return QStringLiteral("%1 所在的磁盘已满，无法写入%2；这次的修改没有写入，请腾出空间后重试")
            .arg(file, why);
    case StorageFailure::ReadOnly:
        return QStringLiteral("%1 是只读的（文件、所在文件夹或打开方式不允许写入），不能修改%2")
            .arg(file, why);
    case StorageFailure::Locked:
        return QStringLiteral("%1 正被另一个程序锁定%2；请关闭占用它的程序后重试").arg(file, why);
    case StorageFailure::NotWorkspace:
        return QStringLiteral("%1 不是托育工作台文件%2").arg(file, why);
    case StorageFailure::Other:
        break;
    }
    return QStringLiteral("读写 %1 失败%2").arg(file, why);
}

StorageError::StorageError(StorageFailure failure, const QString &path, const QString &message)
    : std::runtime_error(message.toStdString())
    , m_failure(failure)
    , m_path(path)
    , m_message(message)
{
}

StorageError StorageError::fromQuery(const QSqlDatabase &db, const QSqlError &error)
{
    const SqlDialect &dialect = SqlDialect::of(db);
    const StorageFailure failure = dialect.failureOf(error);
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString path = dialect.fileOf(db);
    return StorageError(failure, path, storageMessage(failure, path, detail));
}

} // namespace tuoyu
