// The kill test: a child program imports 100,000 institutions and applies a stream of edits
// (the real tuoyu-desk, one verb after another, each saying when it is done); the test kills
// it with SIGKILL at random moments, at least 20 times. After every kill `tuoyu-desk check`
// passes, every edit the child reported done is in the file, and the import is all there or
// not at all. Bounded: about a minute on two cores.

#include "clirun.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch.hpp>

#include <algorithm>
#include <csignal>
#include <sys/types.h>
#include <unistd.h>

using tuoyu::test::run;

namespace {

constexpr int kRows = 100'000;

void writeList(const QString &path, const QString &tag)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    QByteArray text = QStringLiteral("机构名称,统一社会信用代码,托位数\n").toUtf8();
    text.reserve(kRows * 48);
    for (int i = 0; i < kRows; ++i)
        text += QStringLiteral("%1-%2托育园,91140400%3,%4\n")
                    .arg(tag)
                    .arg(i)
                    .arg(QStringLiteral("%1%2").arg(tag).arg(i, 8, 10, QLatin1Char('0')).right(10))
                    .arg(10 + i % 90)
                    .toUtf8();
    f.write(text);
}

/// What the file holds, read by a connection of the test's own (nothing is written).
struct Observed
{
    qint64 imported = 0; ///< institutions of the import under way
    QSet<int> added;     ///< kill-N tasks there
    int notes = -1;      ///< N of the edited task's notes kill-N
};

Observed observe(const QString &file, const QString &tag, qint64 editedTask)
{
    Observed o;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("observer"));
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(
            QStringLiteral("SELECT COUNT(*) FROM institution WHERE name LIKE '%1-%%'").arg(tag)));
        REQUIRE(q.next());
        o.imported = q.value(0).toLongLong();
        REQUIRE(q.exec(QStringLiteral("SELECT text FROM task WHERE text LIKE 'kill-%'")));
        while (q.next())
            o.added.insert(q.value(0).toString().mid(5).toInt());
        REQUIRE(q.exec(QStringLiteral("SELECT notes FROM task WHERE id = %1").arg(editedTask)));
        REQUIRE(q.next());
        const QString notes = q.value(0).toString();
        if (notes.startsWith(QLatin1String("kill-")))
            o.notes = notes.mid(5).toInt();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("observer"));
    return o;
}

} // namespace

TEST_CASE("Killed at random moments while importing and editing, the workspace stays whole")
{
    QElapsedTimer clock;
    clock.start();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("w.tuoyu"));
    REQUIRE(
        run({QStringLiteral("new"), file, QStringLiteral("--template"), QStringLiteral("tunliu")})
            .code == 0);
    const QJsonArray outline = run({QStringLiteral("outline"), file, QStringLiteral("--json")})
                                   .json()
                                   .object()
                                   .value(QStringLiteral("programs"))
                                   .toArray();
    REQUIRE(!outline.isEmpty());
    const QJsonObject project =
        outline[0].toObject().value(QStringLiteral("projects")).toArray()[0].toObject();
    const qint64 projectId = project.value(QStringLiteral("id")).toInteger();
    const qint64 editedTask = project.value(QStringLiteral("tasks"))
                                  .toArray()[0]
                                  .toObject()
                                  .value(QStringLiteral("id"))
                                  .toInteger();
    REQUIRE(projectId > 0);
    REQUIRE(editedTask > 0);

    // One import to the end first: the registry is 100,000 strong for every later import (as
    // an office's is), and its time sets when the kills fall.
    int importsDone = 0;
    QString tag = QStringLiteral("K%1").arg(importsDone);
    QString list = dir.filePath(tag + QStringLiteral(".csv"));
    writeList(list, tag);
    QElapsedTimer importClock;
    importClock.start();
    const auto first = run({QStringLiteral("import"), file, list});
    INFO(first.err.toStdString());
    REQUIRE(first.code == 0);
    const qint64 importMs = importClock.elapsed();
    CHECK(observe(file, tag, editedTask).imported == kRows);
    ++importsDone;
    tag = QStringLiteral("K%1").arg(importsDone);
    list = dir.filePath(tag + QStringLiteral(".csv"));
    writeList(list, tag);

    const quint32 seed = QRandomGenerator::global()->generate();
    INFO("seed " << seed << ", an import takes " << importMs << " ms");
    QRandomGenerator random(seed);
    const QString script = QStringLiteral(
        "if [ \"$IMPORT\" = 1 ]; then \"$BIN\" import \"$W\" \"$LIST\" >/dev/null && echo "
        "imported; fi\n"
        "i=$START\n"
        "while :; do\n"
        "  \"$BIN\" task-add \"$W\" --project $PROJECT --text kill-$i >/dev/null && echo added $i\n"
        "  \"$BIN\" task-edit \"$W\" --task $TASK --notes kill-$i >/dev/null && echo edited $i\n"
        "  i=$((i+1))\n"
        "done\n");

    QSet<int> reportedAdded;
    int notes = -1; // the edited task's notes as the last check found them
    int next = 0;
    int kills = 0;
    int killedImports = 0;
    int editsReported = 0;
    while (kills < 20 || (kills < 40 && clock.elapsed() < 45'000)) {
        // Every other child imports: killed mostly inside the import; the others only edit.
        const bool importing = kills % 2 == 0;
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("BIN"), QStringLiteral(TUOYU_DESK_BINARY));
        env.insert(QStringLiteral("W"), file);
        env.insert(QStringLiteral("LIST"), list);
        env.insert(QStringLiteral("IMPORT"), importing ? QStringLiteral("1") : QStringLiteral("0"));
        env.insert(QStringLiteral("START"), QString::number(next));
        env.insert(QStringLiteral("PROJECT"), QString::number(projectId));
        env.insert(QStringLiteral("TASK"), QString::number(editedTask));
        child.setProcessEnvironment(env);
        // Its own process group, so one kill takes the shell and the verb it runs.
        child.setChildProcessModifier([] { ::setpgid(0, 0); });
        child.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
        REQUIRE(child.waitForStarted());
        // An importing child dies within the import's time (or just after it); an editing one
        // once it has said its first edit is done, somewhere in the edits after it.
        if (!importing)
            REQUIRE(child.waitForReadyRead(30'000));
        const int delay = importing ? int(random.bounded(quint32(importMs * 11 / 10) + 1))
                                    : int(random.bounded(1000u));
        QThread::msleep(quint64(delay));
        ::kill(-pid_t(child.processId()), SIGKILL);
        REQUIRE(child.waitForFinished(10'000));
        ++kills;

        const QStringList lines =
            QString::fromUtf8(child.readAllStandardOutput()).split(QLatin1Char('\n'));
        bool imported = false;
        int reportedEdit = -1; // this child's last edit reported done
        for (const QString &line : lines) {
            const QStringList words = line.split(QLatin1Char(' '));
            if (words.value(0) == QLatin1String("imported"))
                imported = true;
            if (words.value(0) == QLatin1String("added"))
                reportedAdded.insert(words.value(1).toInt());
            if (words.value(0) == QLatin1String("edited"))
                reportedEdit = std::max(reportedEdit, words.value(1).toInt());
            if (words.size() == 2)
                ++editsReported;
        }

        const auto check = run({QStringLiteral("check"), file});
        INFO("kill " << kills << " after " << delay << " ms: " << check.err.toStdString()
                     << check.out.toStdString());
        REQUIRE(check.code == 0);
        const Observed o = observe(file, tag, editedTask);
        // All of the import or none of it; reported done means there.
        CHECK((o.imported == 0 || o.imported == kRows));
        if (imported)
            CHECK(o.imported == kRows);
        for (int n : std::as_const(reportedAdded)) {
            INFO("task kill-" << n << " was reported added");
            CHECK(o.added.contains(n));
        }
        // The edited task holds this child's last edit reported done, or the one after it,
        // which may have finished without the time to say so (or, with none reported, what
        // it held before or this child's first edit).
        const int start = next;
        if (reportedEdit >= 0)
            CHECK((o.notes == reportedEdit || o.notes == reportedEdit + 1));
        else
            CHECK((o.notes == notes || o.notes == start));
        notes = o.notes;
        // The next child starts past every number this one may have used.
        for (int n : std::as_const(o.added))
            next = std::max(next, n + 1);
        next = std::max({next, reportedEdit + 1, o.notes + 1});
        reportedAdded = o.added; // what is there now must stay
        if (importing && o.imported == 0)
            ++killedImports;
        if (o.imported == kRows) { // the import finished: the next one brings a new list
            ++importsDone;
            tag = QStringLiteral("K%1").arg(importsDone);
            list = dir.filePath(tag + QStringLiteral(".csv"));
            writeList(list, tag);
        }
    }
    CHECK(kills >= 20);
    CHECK(killedImports >= 3);  // kills did land inside imports
    CHECK(editsReported >= 10); // and edits were done and checked
    WARN("kills " << kills << ", inside an import " << killedImports << ", imports finished "
                  << importsDone << ", edits reported " << editsReported << ", " << clock.elapsed()
                  << " ms");
}
