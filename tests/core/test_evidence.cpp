// 佐证材料 end to end on a real plan: attaching real files (a scanned-looking JPEG, the office's
// own docx), deduplication by SHA-256, the size limit, undo, export, and opening a workspace
// without reading the content.

#include "commands/evidencecommands.h"
#include "commands/taskcommands.h"
#include "evidence/evidence.h"
#include "storage/planrepository.h"
#include "storage/storageerror.h"
#include "testworkspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace tuoyu;
using test::auditRows;
using test::doUndoRedo;
using test::dumpTables;

namespace {

/// A photo as an officer takes one at a 验收: a real JPEG with some content.
QString writePhoto(const QDir &dir, const QString &name, QColor colour)
{
    QImage image(640, 480, QImage::Format_RGB32);
    image.fill(colour);
    QPainter p(&image);
    p.drawRect(40, 40, 560, 400);
    p.drawLine(40, 40, 600, 440);
    p.end();
    const QString path = dir.filePath(name);
    REQUIRE(image.save(path, "JPG"));
    return path;
}

QString fixture(const char *name)
{
    return QStringLiteral(TUOYU_SHARED_DIR "/fixtures/") + QString::fromUtf8(name);
}

QString sha256Of(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromLatin1(
        QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
}

qint64 count(Workspace *ws, const QString &table)
{
    QSqlQuery q(ws->db());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

/// The 屯留 plan's workspace and its tasks, where evidence is attached.
struct Tunliu
{
    test::TempWorkspace t;
    QList<TaskView> tasks =
        PlanRepository(t.get()).tasks(test::createPlan(t.get(), QStringLiteral("tunliu")));
};

} // namespace

TEST_CASE("Evidence attached to a task is kept whole, once per content, and undone")
{
    Tunliu w;
    const QDir dir(w.t.dir.path());
    const QString photo = writePhoto(dir, QStringLiteral("验收照片.jpg"), Qt::darkGreen);
    const QString docx = fixture("tunliu-institutions.docx");
    const qint64 task = w.tasks[0].task.id;
    QString error;
    doUndoRedo(
        w.t, evidencecommands::attach(w.t.get(), EvidenceTarget::Task, task, {photo, docx}, &error),
        error);
    QList<Evidence> listed = evidence::ofTask(*w.t.get(), task);
    REQUIRE(listed.size() == 2);
    CHECK(listed[0].name == QStringLiteral("验收照片.jpg"));
    CHECK(listed[0].mime == QStringLiteral("image/jpeg"));
    CHECK(listed[0].sha256 == sha256Of(photo));
    CHECK(listed[0].bytes == QFileInfo(photo).size());
    CHECK(listed[0].fileDate.isValid());
    CHECK(listed[1].name == QStringLiteral("tunliu-institutions.docx"));
    CHECK(listed[1].bytes == 37446);
    // The content comes back byte for byte.
    QFile original(docx);
    REQUIRE(original.open(QIODevice::ReadOnly));
    CHECK(evidence::content(*w.t.get(), listed[1].id) == original.readAll());

    // The same photo on another task is stored once; attached twice to one task it is refused.
    REQUIRE(w.t->execute(evidencecommands::attach(w.t.get(), EvidenceTarget::Task,
                                                  w.tasks[1].task.id, {photo}, &error),
                         &error));
    CHECK(count(w.t.get(), QStringLiteral("evidence")) == 3);
    CHECK(count(w.t.get(), QStringLiteral("evidence_blob")) == 2);
    const QString before = dumpTables(w.t.get());
    CHECK_FALSE(evidencecommands::attach(w.t.get(), EvidenceTarget::Task, task, {photo}, &error));
    CHECK(error.contains(QStringLiteral("验收照片.jpg")));
    CHECK(error.contains(QStringLiteral("已是")));

    // Removing the photo from the first task keeps its content for the second; undo puts it
    // back under the same id.
    doUndoRedo(w.t, evidencecommands::remove(w.t.get(), {listed[0].id}, &error), error);
    CHECK(count(w.t.get(), QStringLiteral("evidence_blob")) == 2);
    // Removing the docx, the only one with that content, takes the content too.
    doUndoRedo(w.t, evidencecommands::remove(w.t.get(), {listed[1].id}, &error), error);
    CHECK(count(w.t.get(), QStringLiteral("evidence_blob")) == 1);
    w.t->undoStack()->undo();
    w.t->undoStack()->undo();
    CHECK(dumpTables(w.t.get()) == before);
}

TEST_CASE("Evidence past the size limit, missing or empty is refused and nothing changes")
{
    Tunliu w;
    const QDir dir(w.t.dir.path());
    const QString photo = writePhoto(dir, QStringLiteral("现场照片.jpg"), Qt::gray);
    const QString big = dir.filePath(QStringLiteral("验收报告扫描件.pdf"));
    {
        QFile f(big);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.resize(evidence::kMaxBytes + 1));
    }
    const QString empty = dir.filePath(QStringLiteral("空白.pdf"));
    {
        QFile f(empty);
        REQUIRE(f.open(QIODevice::WriteOnly));
    }
    const qint64 task = w.tasks[0].task.id;
    const QString before = dumpTables(w.t.get());
    const qint64 audit = auditRows(w.t.get());
    QString error;
    CHECK_FALSE(
        evidencecommands::attach(w.t.get(), EvidenceTarget::Task, task, {photo, big}, &error));
    CHECK(error == QStringLiteral("文件“验收报告扫描件.pdf”有 50.0 MB，超过每个佐证材料 50.0 MB "
                                  "的上限，未添加任何佐证材料；请压缩或拆分后再添加"));
    CHECK_FALSE(evidencecommands::attach(w.t.get(), EvidenceTarget::Task, task, {empty}, &error));
    CHECK(error.contains(QStringLiteral("“空白.pdf”是空的")));
    CHECK_FALSE(evidencecommands::attach(w.t.get(), EvidenceTarget::Task, task,
                                         {dir.filePath(QStringLiteral("没有这个.pdf"))}, &error));
    CHECK(error.contains(QStringLiteral("找不到文件")));
    CHECK_FALSE(evidencecommands::attach(w.t.get(), EvidenceTarget::Claim, 999, {photo}, &error));
    CHECK(error == QStringLiteral("没有编号为 999 的补助申报"));
    CHECK_FALSE(evidencecommands::remove(w.t.get(), {424242}, &error));
    CHECK(error == QStringLiteral("没有编号为 424242 的佐证材料"));
    CHECK(dumpTables(w.t.get()) == before);
    CHECK(auditRows(w.t.get()) == audit);
}

TEST_CASE("Evidence of progress entries is the task's, and exports keep every file")
{
    Tunliu w;
    const QDir dir(w.t.dir.path());
    const qint64 task = w.tasks[0].task.id;
    QString error;
    REQUIRE(w.t->execute(taskcommands::addProgress(w.t.get(), task, QDate(2025, 3, 31),
                                                   QStringLiteral("已完成场地改造"), 40, &error),
                         &error));
    QSqlQuery q(w.t->db());
    REQUIRE(q.exec(QStringLiteral("SELECT MAX(id) FROM progress_entry")));
    REQUIRE(q.next());
    const qint64 entry = q.value(0).toLongLong();
    // Two different photos under one name, as two offices send them.
    QDir().mkpath(dir.filePath(QStringLiteral("a")));
    QDir().mkpath(dir.filePath(QStringLiteral("b")));
    const QString one =
        writePhoto(QDir(dir.filePath(QStringLiteral("a"))), QStringLiteral("照片.jpg"), Qt::red);
    const QString two =
        writePhoto(QDir(dir.filePath(QStringLiteral("b"))), QStringLiteral("照片.jpg"), Qt::blue);
    REQUIRE(w.t->execute(
        evidencecommands::attach(w.t.get(), EvidenceTarget::Progress, entry, {one}, &error),
        &error));
    REQUIRE(w.t->execute(
        evidencecommands::attach(w.t.get(), EvidenceTarget::Task, task, {two}, &error), &error));
    CHECK(evidence::ofTask(*w.t.get(), task).size() == 2);
    CHECK(evidence::ofTask(*w.t.get(), w.tasks[1].task.id).isEmpty());

    const QString out = dir.filePath(QStringLiteral("导出"));
    const QStringList written = evidence::exportAll(*w.t.get(), out, &error);
    INFO(error.toStdString());
    REQUIRE(written.size() == 2);
    CHECK(QFileInfo(written[0]).fileName() == QStringLiteral("照片.jpg"));
    CHECK(QFileInfo(written[1]).fileName() == QStringLiteral("照片 (2).jpg"));
    CHECK(sha256Of(written[0]) == sha256Of(one));
    CHECK(sha256Of(written[1]) == sha256Of(two));
}

TEST_CASE(
    "Much evidence: opening skips the evidence contents' check, a damaged one fails when read")
{
    Tunliu w;
    if (!test::testServer().isEmpty())
        return; // the check of a file's pages is the file's own
    // 33 MB: past the 32 MB up to which the whole file is checked at every open.
    QByteArray content(33 * 1024 * 1024, 'x');
    const QByteArray marker("TUOYU-EVIDENCE-MARK");
    for (int mb = 10; mb < 30; ++mb)
        content.replace(mb * 1024 * 1024, marker.size(), marker);
    const QString scan = w.t.dir.filePath(QStringLiteral("验收报告扫描件.pdf"));
    {
        QFile f(scan);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.write(content) == content.size());
    }
    QString error;
    test::execute(w.t.get(),
                  evidencecommands::attach(w.t.get(), EvidenceTarget::Task, w.tasks[0].task.id,
                                           {scan}, &error),
                  error);
    w.t.ws.reset();
    {
        // The overflow page holding a marker: its first four bytes name the next page, made
        // one past any page of the file (damage quick_check reports when it walks the chain).
        QFile f(w.t.path());
        REQUIRE(f.open(QIODevice::ReadWrite));
        const QByteArray bytes = f.readAll();
        const int pageSize = ((uchar(bytes[16]) << 8) | uchar(bytes[17])) == 1
                                 ? 65536
                                 : (uchar(bytes[16]) << 8) | uchar(bytes[17]);
        const qsizetype at = bytes.indexOf(marker);
        REQUIRE(at > 0);
        REQUIRE(f.seek(at - at % pageSize));
        REQUIRE(f.write(QByteArray(4, '\x7f')) == 4);
    }
    auto ws = Workspace::open(w.t.path(), &error);
    INFO(error.toStdString());
    REQUIRE(ws);
    CHECK(ws->damage().isEmpty());
    CHECK_FALSE(ws->isReadOnly());
    const QList<Evidence> listed = evidence::list(*ws);
    REQUIRE(listed.size() == 1);
    bool written = true;
    try {
        written =
            evidence::writeTo(*ws, listed[0], w.t.dir.filePath(QStringLiteral("out.pdf")), &error);
    } catch (const StorageError &) {
        written = false;
    }
    CHECK_FALSE(written);
}
