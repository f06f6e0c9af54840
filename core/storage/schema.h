#pragma once

#include <QSqlDatabase>
#include <QString>

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
};

} // namespace tuoyu
