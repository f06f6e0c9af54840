#pragma once

#include "document/officialdocument.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

namespace tuoyu {

class Workspace;

/// The reports officers print for 领导小组 meetings and send to the departments.
enum class ReportKind
{
    Progress,     ///< 工作进展情况汇报
    Supervision,  ///< 督办单, one per department
    Circular,     ///< 情况通报: departments ranked by on-time completion
    Institutions, ///< 附件: 托育机构名单
    Tasks,        ///< 附件: 任务台账
    Indicators,   ///< 附件: 绩效指标完成情况
    Decomposition ///< 附件: 任务分解表
};

QString reportKindCode(ReportKind kind);
bool reportKindFromCode(const QString &code, ReportKind *kind);
QString reportKindLabel(ReportKind kind);

/// The three colours of 督办 practice: blue when due soon (the workspace's window, DueSoon in
/// core/calendar, which every report reads itself), yellow when overdue, red when overdue by
/// more than `seriousDays` (workspacesettings::seriousOverdueDays).
struct SupervisionThresholds
{
    int seriousDays = 30;
};

struct ReportOptions
{
    ReportKind kind = ReportKind::Progress;
    qint64 planId = 0;
    QDate asOf;
    QString department; ///< supervision: one department; empty = every department that owes work
    SupervisionThresholds thresholds;
    QString signature; ///< 落款; the plan's lead unit when empty
    QString addressee; ///< 主送; the leading group when empty
    /// The officer's paragraphs by block id (officerParagraphs); they replace the prompts.
    QHash<QString, QString> officerText;
    /// Paragraphs without officer text show their prompt (the editor fills them in); when false
    /// they are left out (`tuoyu-desk report` prints no "（请在此填写…）").
    bool prompts = true;
};

/// A paragraph only the officer can write: its block id (the key of `report --text`) and the
/// prompt the editor shows until it is written.
struct OfficerParagraph
{
    QString id;
    QString prompt;
};

/// Builds reports from the workspace: the same repositories and engines as the window, so a
/// report's numbers and the dashboard's are the same numbers. Every generated block has a
/// stable id so that regenerating keeps the officer's own paragraphs (mergeRegenerated).
class ReportBuilder
{
public:
    static document::OfficialDocument build(Workspace *workspace, const ReportOptions &options,
                                            QString *error);
    /// Departments of the plan that lead or share at least one task not yet done.
    static QList<OfficerParagraph> officerParagraphs(ReportKind kind);
    static QStringList departmentsOwingWork(Workspace *workspace, qint64 planId);
    /// A 台账 printed on its own (the 托育机构名单, 任务台账 … report kinds, and the 监督检查
    /// page's 打印): the title, the tables (`emptyText` when there are none) and the note of the
    /// day the data is as of.
    static document::OfficialDocument ledgerDocument(const QString &title,
                                                     const QList<document::TableBlock> &tables,
                                                     const QDate &asOf,
                                                     const QString &emptyText = {});
};

} // namespace tuoyu
