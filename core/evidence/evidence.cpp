#include "evidence.h"

#include "domain/codetable.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

#include <array>

namespace tuoyu {

namespace {

constexpr std::array<CodeName<EvidenceTarget>, 5> kTargets{{
    {EvidenceTarget::Task, "task", "任务办结"},
    {EvidenceTarget::Progress, "progress", "任务进展"},
    {EvidenceTarget::Claim, "claim", "补助申报"},
    {EvidenceTarget::Payment, "payment", "补助拨付"},
    {EvidenceTarget::Inspection, "inspection", "监督检查"},
}};
constexpr CodeTable<EvidenceTarget> kTargetTable{kTargets};

// The listed columns: never `content`, which lives in evidence_blob and is read only when a
// file is opened or exported.
const QString kColumns = QStringLiteral(
    "id, blob_id, name, mime, sha256, bytes, file_date, added_at, added_by, attached_kind, "
    "attached_id");

Evidence fromRow(const SqlQuery &q)
{
    const auto at = [&q](int column) {
        return QDateTime::fromString(q.value(column).toString(), Qt::ISODate);
    };
    return {.id = q.value(0).toLongLong(),
            .blobId = q.value(1).toLongLong(),
            .name = q.value(2).toString(),
            .mime = q.value(3).toString(),
            .sha256 = q.value(4).toString(),
            .bytes = q.value(5).toLongLong(),
            .fileDate = at(6),
            .addedAt = at(7),
            .addedBy = q.value(8).toString(),
            .target = kTargetTable.fromCode(q.value(9).toString()).value_or(EvidenceTarget::Task),
            .targetId = q.value(10).toLongLong()};
}

QList<Evidence> select(Database &db, const QString &where, const QVariantList &values)
{
    SqlQuery q(db.db());
    q.prepare(QStringLiteral("SELECT %1 FROM evidence %2 ORDER BY id").arg(kColumns, where));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.exec();
    QList<Evidence> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

/// "name.pdf", then "name (2).pdf", "name (3).pdf" … for names already written.
QString freeName(const QString &name, QSet<QString> *taken)
{
    QString candidate = name;
    const QFileInfo info(name);
    const QString suffix = info.completeSuffix();
    const QString base = info.baseName();
    for (int n = 2; taken->contains(candidate.toLower()); ++n)
        candidate = suffix.isEmpty() ? QStringLiteral("%1 (%2)").arg(base).arg(n)
                                     : QStringLiteral("%1 (%2).%3").arg(base).arg(n).arg(suffix);
    taken->insert(candidate.toLower());
    return candidate;
}

} // namespace

const CodeTable<EvidenceTarget> &evidenceTargets()
{
    return kTargetTable;
}

QString evidenceTargetTable(EvidenceTarget target)
{
    switch (target) {
    case EvidenceTarget::Task:
        return QStringLiteral("task");
    case EvidenceTarget::Progress:
        return QStringLiteral("progress_entry");
    case EvidenceTarget::Claim:
        return QStringLiteral("subsidy_claim");
    case EvidenceTarget::Payment:
        return QStringLiteral("ledger_line");
    case EvidenceTarget::Inspection:
        return QStringLiteral("inspection");
    }
    return QString();
}

namespace evidence {

QString sizeText(qint64 bytes)
{
    if (bytes >= 1024 * 1024)
        return QStringLiteral("%1 MB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
    if (bytes >= 1024)
        return QStringLiteral("%1 KB").arg((bytes + 512) / 1024);
    return QStringLiteral("%1 字节").arg(bytes);
}

QList<Evidence> list(Database &db)
{
    return select(db, QString(), {});
}

QList<Evidence> attachedTo(Database &db, EvidenceTarget target, qint64 targetId)
{
    return select(db, QStringLiteral("WHERE attached_kind = ? AND attached_id = ?"),
                  {evidenceTargetCode(target), targetId});
}

QList<Evidence> ofTask(Database &db, qint64 taskId)
{
    return select(db,
                  QStringLiteral("WHERE (attached_kind = 'task' AND attached_id = ?) OR "
                                 "(attached_kind = 'progress' AND attached_id IN (SELECT id FROM "
                                 "progress_entry WHERE task_id = ?))"),
                  {taskId, taskId});
}

QString names(const QList<Evidence> &items)
{
    QStringList out;
    for (const Evidence &e : items)
        out << e.name;
    return out.join(QStringLiteral("、"));
}

QHash<qint64, QList<Evidence>> byTarget(Database &db, EvidenceTarget target)
{
    QHash<qint64, QList<Evidence>> out;
    for (const Evidence &e :
         select(db, QStringLiteral("WHERE attached_kind = ?"), {evidenceTargetCode(target)}))
        out[e.targetId].append(e);
    return out;
}

std::optional<Evidence> find(Database &db, qint64 id)
{
    const QList<Evidence> found = select(db, QStringLiteral("WHERE id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QByteArray content(Database &db, qint64 evidenceId)
{
    SqlQuery q(db.db());
    q.prepare(QStringLiteral("SELECT b.content FROM evidence e JOIN evidence_blob b ON b.id = "
                             "e.blob_id WHERE e.id = ?"));
    q.addBindValue(evidenceId);
    q.exec();
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}

bool writeTo(Database &db, const Evidence &item, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("无法写入“%1”：%2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    file.write(content(db, item.id));
    if (!file.commit()) {
        *error = QStringLiteral("无法写入“%1”：%2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (item.fileDate.isValid()) {
        QFile written(path);
        if (written.open(QIODevice::ReadWrite))
            written.setFileTime(item.fileDate, QFileDevice::FileModificationTime);
    }
    return true;
}

QStringList exportAll(Database &db, const QString &dir, QString *error)
{
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("无法创建文件夹“%1”").arg(QDir::toNativeSeparators(dir));
        return {};
    }
    QSet<QString> taken;
    for (const QString &present : QDir(dir).entryList(QDir::Files))
        taken.insert(present.toLower());
    QStringList written;
    for (const Evidence &item : list(db)) {
        const QString path = QDir(dir).filePath(freeName(item.name, &taken));
        if (!writeTo(db, item, path, error))
            return written;
        written.append(path);
    }
    return written;
}

} // namespace evidence
} // namespace tuoyu
