#pragma once

#include "commands/workspacecommand.h"
#include "document/officialdocument.h"
#include "reportbuilder.h"

#include <QDateTime>
#include <QJsonObject>

#include <memory>
#include <optional>

namespace tuoyu {

class Workspace;

/// A report kept in the workspace: its kind and as-of date, the paragraphs as the officer left
/// them (tables and charts are rebuilt from the data as of the same date), and the key figures
/// it stated, so the next report can say what changed since.
struct KeptReport
{
    qint64 id = 0;
    qint64 planId = 0;
    ReportKind kind = ReportKind::Progress;
    QDate asOf;
    QString department;
    QString title;
    QList<document::Block> paragraphs;
    QJsonObject figures;
    QDateTime createdAt;
};

class ReportStore
{
public:
    static QList<KeptReport> list(Workspace *workspace, qint64 planId);
    static std::optional<KeptReport> byId(Workspace *workspace, qint64 id);
    /// The latest kept report of a kind dated before `asOf` (the "previous report").
    static std::optional<KeptReport> previous(Workspace *workspace, qint64 planId, ReportKind kind,
                                              const QDate &asOf);
    /// The key figures of the registry and the plan as of a date.
    static QJsonObject figures(Workspace *workspace, qint64 planId, const QDate &asOf);

    /// Keeps a new report; the command inserts it (undoable).
    static std::unique_ptr<WorkspaceCommand> keep(Workspace *workspace, const KeptReport &report,
                                                  qint64 *id);
    /// Saves the officer's edits of a kept report's words; consecutive edits merge into one
    /// undo step.
    static std::unique_ptr<WorkspaceCommand> saveWords(Workspace *workspace, qint64 id,
                                                       const QList<document::Block> &blocks,
                                                       QString *error);

    static QString paragraphsJson(const QList<document::Block> &blocks);
    static QList<document::Block> paragraphsFromJson(const QString &json);
    /// A kept report opened again: rebuilt from the data as of its date with its words kept.
    static document::OfficialDocument reopen(Workspace *workspace, const KeptReport &report,
                                             QString *error);
};

} // namespace tuoyu
