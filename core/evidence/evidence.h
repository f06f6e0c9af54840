#pragma once

#include "domain/codetable.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace tuoyu {

class Database;

/// 佐证材料: a file kept inside the workspace and attached to one record. What it is attached
/// to is a kind and an id; the kinds are the records the 督办 and 奖补 work asks evidence for.
enum class EvidenceTarget
{
    Task,      ///< a task's 办结
    Progress,  ///< one 进展 entry
    Claim,     ///< a subsidy claim (申报)
    Payment,   ///< a ledger line's 拨付
    Inspection ///< a 监督检查 record
};

/// The stored code ('task', 'progress' …) and the words a message uses (任务办结, 任务进展 …).
const CodeTable<EvidenceTarget> &evidenceTargets();
inline QString evidenceTargetCode(EvidenceTarget target)
{
    return evidenceTargets().code(target);
}
inline QString evidenceTargetLabel(EvidenceTarget target)
{
    return evidenceTargets().label(target);
}
/// The table whose row a target names (task, progress_entry, subsidy_claim …).
QString evidenceTargetTable(EvidenceTarget target);

/// One piece of evidence as listed: everything but the content, which only opening or
/// exporting reads (evidence::content).
struct Evidence
{
    qint64 id = 0;
    qint64 blobId = 0;
    QString name; ///< the file name as it was attached
    QString mime; ///< the file's type, from its name and first bytes
    QString sha256;
    qint64 bytes = 0;
    QDateTime fileDate; ///< the file's own last-modified time when attached
    QDateTime addedAt;
    QString addedBy;
    EvidenceTarget target = EvidenceTarget::Task;
    qint64 targetId = 0;
};

namespace evidence {

/// The largest file the workspace takes (50 MB): a workspace is one file copied between
/// offices, and a scan larger than this is better reduced before it is attached.
constexpr qint64 kMaxBytes = 50LL * 1024 * 1024;

/// "63.2 MB" / "812 KB" / "95 字节": a size as a message prints it.
QString sizeText(qint64 bytes);

/// Every piece of evidence, or those attached to one record, in the order they were added.
/// Reads only the evidence table (never the content).
QList<Evidence> list(Database &db);
QList<Evidence> attachedTo(Database &db, EvidenceTarget target, qint64 targetId);
/// The evidence of a task: attached to the task itself or to one of its progress entries.
QList<Evidence> ofTask(Database &db, qint64 taskId);
std::optional<Evidence> find(Database &db, qint64 id);

/// A record's evidence as every ledger, report and notice lists it: the file names in the order
/// attached, joined by 、 ("整改前.jpg、验收报告.pdf"); empty when there is none. The 督办 systems
/// list the evidence of each 办结 by file name (docs/register.md).
QString names(const QList<Evidence> &items);
/// Every piece of evidence attached to records of one kind, by the record's id: one read for a
/// whole ledger.
QHash<qint64, QList<Evidence>> byTarget(Database &db, EvidenceTarget target);

/// The stored bytes of one piece of evidence (read only here and by writeTo/exportAll).
QByteArray content(Database &db, qint64 evidenceId);
/// Writes one piece of evidence to `path`; false with a Chinese `error` naming the file.
bool writeTo(Database &db, const Evidence &item, const QString &path, QString *error);
/// Writes every piece of evidence into `dir` (made when missing) under its own name; a name
/// used twice gets " (2)", " (3)" before its suffix. Returns the paths written; on failure
/// `error` names the file and what was written before stays.
QStringList exportAll(Database &db, const QString &dir, QString *error);

} // namespace evidence
} // namespace tuoyu
