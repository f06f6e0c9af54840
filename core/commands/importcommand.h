#pragma once

#include "io/table.h"
#include "mapping/mappingresult.h"
#include "workspacecommand.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace tuoyu {

class ImportContext;
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
    /// Rows imported with something to check, one entry per warning (a date that does not
    /// exist, a fee left empty because it could not be read, a line in another encoding): what
    /// the preview marks 请核对, kept here because the records themselves may be freed.
    QList<mapping::Finding> warnings;
    QList<ImportChange> changes;
    /// What a kind reports beside the counts (task tables: plan, programs, projects, tasks).
    QVariantMap summary;
    std::unique_ptr<WorkspaceCommand> command; ///< null when the plan could not be made
};

/// What one import is asked to do, for Importer::prepare.
struct ImportRequest
{
    /// planId for a kind that can make its plan (task tables): a new plan, made by the import.
    static constexpr qint64 kNewPlan = -1;
    QString sourceName; ///< the file's name, for the preview, the audit and the undo text
    qint64 planId = 0;  ///< the plan records belong to, for kinds that need one
    /// Asked for a plan when the table turns out to be of a kind that needs one and planId is 0
    /// (the command line's --plan); std::nullopt (and *error) stops the import.
    std::function<std::optional<qint64>(QString *error)> choosePlan;
    /// The officer's (possibly corrected) mapping; when absent, the one remembered for the
    /// table's header, else the one proposed.
    std::optional<mapping::ColumnMapping> mapping;
    /// Told after each stage ("map", "plan"): the benchmark's timings.
    std::function<void(const char *stage)> stageDone;
    /// Set from another thread to stop between stages (the dialog's 取消).
    const std::atomic_bool *cancelled = nullptr;
};

/// Turns a mapped table into workspace changes. Institutions are matched by 统一社会信用代码
/// when both sides have one, else by name (and area when both name one); matched ones are
/// updated only in the fields the file gives, new ones inserted. Importing the same file twice
/// changes nothing the second time. One import is one command with one summary audit entry
/// plus old → new values for the updated records.
class Importer
{
public:
    /// The whole pipeline the window, the command line and the benchmark share: the mapping
    /// (remembered, else proposed, unless the request brings one) → TableMapper::map → plan.
    /// The table is handed over and each stage's input freed as it is used, so 100,000 rows
    /// are never held as cells and records, or as records and row changes, at once. No plan
    /// command (and *error) when it cannot be made or was cancelled.
    static ImportPlan prepare(Workspace *workspace, io::Table &&table, const ImportRequest &request,
                              QString *error);
    /// The same for the import dialog, which keeps the table (the officer may correct the
    /// mapping and map again) and the records (the preview shows them) in `*mapped`. Runs on
    /// any thread the context was made for (ImportContext::forWorker).
    static ImportPlan prepare(ImportContext &context, const io::Table &table,
                              const ImportRequest &request, mapping::MappingResult *mapped,
                              QString *error);
    /// The mapping an import of `table` starts from: the one the officer corrected for a file
    /// with the same header, else the one TableMapper::propose finds.
    static mapping::ColumnMapping mappingFor(QSqlDatabase &db, const io::Table &table);

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
    static std::optional<mapping::ColumnMapping> rememberedMapping(QSqlDatabase &db,
                                                                   const QString &signature);

private:
    static ImportPlan run(ImportContext &context, const io::Table &table, io::Table *release,
                          const ImportRequest &request, mapping::MappingResult *keep,
                          QString *error);
    static ImportPlan makePlan(ImportContext &context, const mapping::MappingResult &mapped,
                               mapping::MappingResult *release, const QString &sourceName,
                               qint64 planId, QString *error);
};

} // namespace tuoyu
