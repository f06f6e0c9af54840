#include "evidencecommands.h"

#include "rowreader.h"
#include "session/workspace.h"
#include "storage/sqlquery.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMimeDatabase>
#include <QSet>

namespace tuoyu::evidencecommands {

namespace {

const QString kEvidence = QStringLiteral("evidence");
const QString kBlob = QStringLiteral("evidence_blob");

bool targetExists(Workspace *ws, EvidenceTarget target, qint64 id)
{
    SqlQuery q(ws->db());
    q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(evidenceTargetTable(target)));
    q.addBindValue(id);
    q.exec();
    return q.next();
}

/// The id of the stored content with this hash, or 0.
qint64 storedBlob(Workspace *ws, const QString &sha256)
{
    SqlQuery q(ws->db());
    q.prepare(QStringLiteral("SELECT id FROM evidence_blob WHERE sha256 = ?"));
    q.addBindValue(sha256);
    q.exec();
    return q.next() ? q.value(0).toLongLong() : 0;
}

QString listedNames(const QStringList &names)
{
    return names.size() == 1 ? names.first()
                             : QStringLiteral("%1 等 %2 个").arg(names.first()).arg(names.size());
}

} // namespace

std::unique_ptr<WorkspaceCommand> attach(Workspace *ws, EvidenceTarget target, qint64 targetId,
                                         const QStringList &files, QString *error)
{
    const QString where = QStringLiteral("%1 %2").arg(evidenceTargetLabel(target)).arg(targetId);
    if (files.isEmpty()) {
        *error = QStringLiteral("没有要添加的文件");
        return nullptr;
    }
    if (!targetExists(ws, target, targetId)) {
        *error =
            QStringLiteral("没有编号为 %1 的%2").arg(targetId).arg(evidenceTargetLabel(target));
        return nullptr;
    }
    QSet<QString> already;
    for (const Evidence &e : evidence::attachedTo(*ws, target, targetId))
        already.insert(e.sha256);

    QList<RowChange> changes;
    QHash<QString, qint64> blobs; // this command's new contents by hash
    QStringList names;
    const QString addedAt = QDateTime::currentDateTime().toString(Qt::ISODate);
    QMimeDatabase mimes;
    for (const QString &path : files) {
        const QFileInfo info(path);
        const QString shown = QDir::toNativeSeparators(path);
        if (!info.isFile()) {
            *error = QStringLiteral("找不到文件“%1”，未添加任何佐证材料").arg(shown);
            return nullptr;
        }
        if (info.size() > evidence::kMaxBytes) {
            *error = QStringLiteral("文件“%1”有 %2，超过每个佐证材料 %3 的上限，未添加任何佐证"
                                    "材料；请压缩或拆分后再添加")
                         .arg(info.fileName(), evidence::sizeText(info.size()),
                              evidence::sizeText(evidence::kMaxBytes));
            return nullptr;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("无法读取文件“%1”：%2").arg(shown, file.errorString());
            return nullptr;
        }
        const QByteArray content = file.readAll();
        if (content.isEmpty()) {
            *error = QStringLiteral("文件“%1”是空的，未添加任何佐证材料").arg(info.fileName());
            return nullptr;
        }
        const QString sha256 = QString::fromLatin1(
            QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        if (already.contains(sha256)) {
            *error = QStringLiteral("文件“%1”已是%2的佐证材料（内容相同），未添加任何佐证材料")
                         .arg(info.fileName(), where);
            return nullptr;
        }
        already.insert(sha256);
        qint64 blobId = blobs.value(sha256, storedBlob(ws, sha256));
        if (blobId == 0) {
            blobId = ws->allocateId(kBlob);
            blobs.insert(sha256, blobId);
            changes.append(RowChange::insert(kBlob, blobId,
                                             {{QStringLiteral("sha256"), sha256},
                                              {QStringLiteral("bytes"), content.size()},
                                              {QStringLiteral("content"), content}}));
        }
        changes.append(RowChange::insert(
            kEvidence, ws->allocateId(kEvidence),
            {{QStringLiteral("blob_id"), blobId},
             {QStringLiteral("sha256"), sha256},
             {QStringLiteral("bytes"), content.size()},
             {QStringLiteral("name"), info.fileName()},
             {QStringLiteral("mime"), mimes.mimeTypeForFileNameAndData(path, content).name()},
             {QStringLiteral("file_date"), info.lastModified().toString(Qt::ISODate)},
             {QStringLiteral("added_at"), addedAt},
             {QStringLiteral("added_by"), ws->actor()},
             {QStringLiteral("attached_kind"), evidenceTargetCode(target)},
             {QStringLiteral("attached_id"), targetId}}));
        names.append(info.fileName());
    }
    const QString text = QStringLiteral("添加佐证材料 %1（%2）").arg(listedNames(names), where);
    return std::make_unique<WorkspaceCommand>(ws, text, changes,
                                              WorkspaceCommand::AuditMode::Summary, text);
}

namespace {

/// Deletes of the evidence rows, then of each content none of the evidence left shows; the
/// names removed in `names`. False with `error` when an id names no evidence.
bool removalChanges(Workspace *ws, const QList<qint64> &evidenceIds, QList<RowChange> *out,
                    QStringList *names, QString *error)
{
    QList<RowChange> changes;
    QList<RowChange> blobChanges;
    QSet<qint64> removing(evidenceIds.cbegin(), evidenceIds.cend());
    QSet<qint64> blobsSeen;
    for (qint64 id : evidenceIds) {
        const QVariantMap row = rowreader::row(ws->db(), kEvidence, id);
        if (row.isEmpty()) {
            *error = QStringLiteral("没有编号为 %1 的佐证材料").arg(id);
            return false;
        }
        names->append(row.value(QStringLiteral("name")).toString());
        changes.append(RowChange::remove(kEvidence, id, row));
        const qint64 blobId = row.value(QStringLiteral("blob_id")).toLongLong();
        if (blobsSeen.contains(blobId))
            continue;
        blobsSeen.insert(blobId);
        // The content goes only when no evidence left behind still shows it.
        bool shared = false;
        for (const QVariantMap &other :
             rowreader::rowsWhere(ws->db(), kEvidence, QStringLiteral("blob_id"), blobId))
            shared = shared || !removing.contains(other.value(QStringLiteral("id")).toLongLong());
        if (!shared)
            blobChanges.append(
                RowChange::remove(kBlob, blobId, rowreader::row(ws->db(), kBlob, blobId)));
    }
    *out = changes + blobChanges;
    return true;
}

} // namespace

std::unique_ptr<WorkspaceCommand> remove(Workspace *ws, const QList<qint64> &evidenceIds,
                                         QString *error)
{
    if (evidenceIds.isEmpty()) {
        *error = QStringLiteral("没有选中要删除的佐证材料");
        return nullptr;
    }
    QList<RowChange> changes;
    QStringList names;
    if (!removalChanges(ws, evidenceIds, &changes, &names, error))
        return nullptr;
    const QString text = QStringLiteral("删除佐证材料 %1").arg(listedNames(names));
    return std::make_unique<WorkspaceCommand>(ws, text, changes,
                                              WorkspaceCommand::AuditMode::Summary, text);
}

QList<RowChange> followingRemovals(Workspace *ws, const QList<RowChange> &changes)
{
    QList<qint64> ids;
    for (const RowChange &c : changes) {
        if (c.kind != RowChange::Kind::Delete)
            continue;
        for (const auto &entry : evidenceTargets().entries())
            if (evidenceTargetTable(entry.value) == c.table)
                for (const Evidence &e : evidence::attachedTo(*ws, entry.value, c.id))
                    ids << e.id;
    }
    QList<RowChange> removals;
    QStringList names;
    QString error;
    if (!ids.isEmpty())
        removalChanges(ws, ids, &removals, &names, &error); // ids just read: all exist
    return removals;
}

} // namespace tuoyu::evidencecommands
