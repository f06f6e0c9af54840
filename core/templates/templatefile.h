#pragma once

#include "plandraft.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace tuoyu {

class Database;

/// Plans shared between districts: a plan saved as a template file in the shipped templates'
/// format (docs/templates.md), and such a file read back into a draft for a new workspace or a
/// new plan.
namespace templatefile {

/// The plan `planId` as template JSON: district (name, areas, population), the plan's header,
/// departments, programs → projects → tasks, indicators with targets and entered actuals,
/// leading group, decomposition, subsidy rules and the central-fund lists. The institution
/// registry only when `withRegistry`. Empty (and *error) when there is no such plan.
QByteArray toJson(Database *workspace, qint64 planId, bool withRegistry, QString *error);
/// Writes toJson() to `path` whole or not at all.
bool save(Database *workspace, qint64 planId, bool withRegistry, const QString &path,
          QString *error);
/// Reads a template file (one the product saved, or a shipped one copied out); nullopt with a
/// Chinese message naming the file when it cannot be read or is not a template.
std::optional<PlanDraft> load(const QString &path, QString *error);

} // namespace templatefile
} // namespace tuoyu
