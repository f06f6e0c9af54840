#pragma once

#include <QString>

namespace tuoyu::bench {

/// Attaches `files` distinct files of `totalBytes` together (random content, so nothing
/// deduplicates) to the tasks of the workspace's plan through the evidence commands: a workspace
/// as a district's after a year of 办结 photos and scanned 验收 reports.
bool addEvidence(const QString &workspace, int files, qint64 totalBytes, QString *error);

} // namespace tuoyu::bench
