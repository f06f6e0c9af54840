#pragma once

#include "mapping/mappingresult.h"
#include "workspacecommand.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace tuoyu {

class Workspace;

/// What one record of an import will do, for the preview and the command line's report.
struct ImportChange
{
    enum class Action
    {
        Insert,
        Update,
        Unchanged
    };
    Action action = Action::Insert;
    int row = 0;         ///< 1-based source row
    QString name;        ///< institution name, or "item / area / year" for a decomposition cell
    QStringList changes; ///< "托位数：90 → 120" for updates
};

/// An import worked out against the workspace before anything is written: the preview and
/// `--dry-run` stop here; `command` applies it as one undoable step.
struct ImportPlan
{
    mapping::TableKind kind = mapping::TableKind::Unknown;
    QString source;
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    QList<mapping::RefusedRow> refused; ///< the mapper's and the importer's, by row
    QStringList findings;               ///< 合计 rows that disagree, notes skipped …
    QStringList totalMismatches;        ///< the 合计 rows that disagree: kept for the data checks
    QList<ImportChange> changes;
    std::unique_ptr<WorkspaceCommand> command; ///< null when the plan could not be made
};

/// Turns a mapped table into workspace changes. Institutions are matched by 统一社会信用代码
/// when both sides have one, else by name (and area when both name one); matched ones are
/// updated only in the fields the file gives, new ones inserted. Importing the same file twice
/// changes nothing the second time. One import is one command with one summary audit entry
/// plus old → new values for the updated records.
class Importer
{
public:
    /// `planId` is needed for decomposition tables (their items belong to a plan).
    static ImportPlan plan(Workspace *workspace, const mapping::MappingResult &mapped,
                           const QString &sourceName, qint64 planId, QString *error);
    /// The same for a caller that needs the records no more (the command line, the benchmark):
    /// each record is freed once planned. Its refused rows, findings and totals are kept.
    static ImportPlan plan(Workspace *workspace, mapping::MappingResult &&mapped,
                           const QString &sourceName, qint64 planId, QString *error);

    /// A mapping the officer corrected, remembered for files with the same header.
    static std::optional<mapping::ColumnMapping> rememberedMapping(Workspace *workspace,
                                                                   const QString &signature);

private:
    static ImportPlan makePlan(Workspace *workspace, const mapping::MappingResult &mapped,
                               mapping::MappingResult *release, const QString &sourceName,
                               qint64 planId, QString *error);
};

} // namespace tuoyu
