#pragma once

#include <QByteArray>
#include <QString>

namespace tuoyu {

class Database;

/// Plans shared between districts: a plan saved as a template file in the shipped templates'
/// format (docs/templates.md), for TemplateLibrary::loadFile to read back into a new workspace
/// or a new plan.
namespace templatefile {

/// The plan `planId` as template JSON: district (name, areas, population), the plan's header,
/// departments, programs → projects → tasks, indicators with targets and entered actuals,
/// leading group, decomposition, subsidy rules and the central-fund lists. The institution
/// registry only when `withRegistry`. Empty (and *error) when there is no such plan.
QByteArray toJson(Database *workspace, qint64 planId, bool withRegistry, QString *error);
/// Writes toJson() to `path` whole or not at all.
bool save(Database *workspace, qint64 planId, bool withRegistry, const QString &path,
          QString *error);

} // namespace templatefile
} // namespace tuoyu
