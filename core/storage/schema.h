#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace tuoyu {

/// The workspace schema as ordered migration steps. A new file runs every step; an older file
/// runs the steps above its schema version, all in one transaction, after a backup copy.
class Schema
{
public:
    /// The version this build writes.
    static int currentVersion();

    /// Runs the steps from the file's version up to `targetVersion` (default: current) inside
    /// one transaction and sets user_version. On failure nothing changes and `error` says why.
    static bool migrate(QSqlDatabase &db, int fromVersion, int targetVersion, QString *error);

    /// Every table the steps create, in the order they create them: a table comes after every
    /// table it refers to (what copying a workspace table by table needs).
    static QStringList tables();
};

} // namespace tuoyu
