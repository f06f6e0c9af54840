// Two programs writing one workspace at the same moment, as two officers' windows or scripts
// on one shared file do: the real tuoyu-desk binary in two processes, and this test's own
// session as a window whose undo meets a colleague's edit (docs/RELIABILITY.md, 同一文件的
// 第二个窗口).

#include "clirun.h"
#include "core/testworkspace.h"

#include "commands/taskcommands.h"
#include "session/workspace.h"
#include "storage/planrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <memory>
#include <vector>

using namespace tuoyu;
using test::run;

namespace {

/// An institution list of `rows` rows named PREFIX-n, all in the same few towns, so two lists
/// imported at once both need the same new areas.
QString writeList(const QTemporaryDir &dir, const QString &prefix, int rows)
{
    const QString path = dir.filePath(prefix + QStringLiteral(".csv"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    QByteArray text = QStringLiteral("机构名称,所在乡镇,托位数\n").toUtf8();
    static const char *const towns[] = {"城关镇", "东关街道", "西关街道"};
    for (int i = 0; i < rows; ++i)
        text += QStringLiteral("%1-%2托育园,%3,%4\n")
                    .arg(prefix)
                    .arg(i)
                    .arg(QString::fromUtf8(towns[i % 3]))
                    .arg(10 + i % 50)
                    .toUtf8();
    f.write(text);
    return path;
}

/// Runs lists of verbs, one process at a time per list and the lists side by side: each list
/// is one program, and the lists write the same file at once. Returns each run's result.
QList<QList<test::Run>> runSideBySide(const QList<QList<QStringList>> &programs)
{
    QList<QList<test::Run>> results(programs.size());
    std::vector<std::unique_ptr<QProcess>> running(size_t(programs.size()));
    QList<int> next(programs.size(), 0);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    auto start = [&](int p) {
        running[p] = std::make_unique<QProcess>();
        running[p]->setProcessEnvironment(env);
        running[p]->start(QStringLiteral(TUOYU_DESK_BINARY), programs[p][next[p]++]);
    };
    for (int p = 0; p < programs.size(); ++p)
        start(p);
    for (bool busy = true; busy;) {
        busy = false;
        for (int p = 0; p < programs.size(); ++p) {
            if (!running[p])
                continue;
            busy = true;
            if (!running[p]->waitForFinished(5))
                continue;
            test::Run r;
            r.code = running[p]->exitStatus() == QProcess::NormalExit ? running[p]->exitCode() : -1;
            r.out = running[p]->readAllStandardOutput();
            r.err = QString::fromUtf8(running[p]->readAllStandardError());
            results[p].append(r);
            running[p].reset();
            if (next[p] < programs[p].size())
                start(p);
        }
    }
    return results;
}

/// Every task of the default plan as `outline --json` gives it (with its notes).
QJsonArray tasks(const QString &file)
{
    const test::Run r = run({QStringLiteral("outline"), file, QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    QJsonArray all;
    for (const QJsonValue &program : r.json().object().value(QStringLiteral("programs")).toArray())
        for (const QJsonValue &project :
             program.toObject().value(QStringLiteral("projects")).toArray())
            for (const QJsonValue &task :
                 project.toObject().value(QStringLiteral("tasks")).toArray())
                all.append(task);
    return all;
}

QString notesOf(const QJsonArray &all, qint64 id)
{
    for (const QJsonValue &t : all)
        if (t.toObject().value(QStringLiteral("id")).toInteger() == id)
            return t.toObject().value(QStringLiteral("notes")).toString();
    return QString();
}

/// A workspace made by the command line from the 屯留 template at `place` (a file in the
/// test's folder, or a database on the test server); its file or address.
QString tunliuWorkspace(const test::WorkspacePlace &place)
{
    REQUIRE(run({QStringLiteral("new"), place.path, QStringLiteral("--template"),
                 QStringLiteral("tunliu")})
                .code == 0);
    return place.path;
}

} // namespace

TEST_CASE("Two programs importing and editing tasks in one workspace at once lose nothing")
{
    QTemporaryDir dir;
    const test::WorkspacePlace place(dir, QStringLiteral("w.tuoyu"));
    const QString file = tunliuWorkspace(place);
    const auto count = [&file](const QString &verb) {
        const test::Run r = run({verb, file, QStringLiteral("--json")});
        REQUIRE(r.code == 0);
        return r.json().array().size();
    };
    const qsizetype institutionsBefore = count(QStringLiteral("institutions"));
    const qsizetype areasBefore = count(QStringLiteral("areas"));
    const QJsonArray before = tasks(file);
    REQUIRE(before.size() >= 2);
    const qint64 first = before[0].toObject().value(QStringLiteral("id")).toInteger();
    const qint64 second = before[1].toObject().value(QStringLiteral("id")).toInteger();

    // Each program imports its own list (both lists need the same three new towns), then
    // edits a task of its own ten times; the two run side by side.
    const int rows = 3000;
    auto program = [&](const QString &prefix, qint64 task) {
        QList<QStringList> verbs{{QStringLiteral("import"), file, writeList(dir, prefix, rows)}};
        for (int i = 0; i < 10; ++i)
            verbs.append({QStringLiteral("task-edit"), file, QStringLiteral("--task"),
                          QString::number(task), QStringLiteral("--notes"),
                          QStringLiteral("%1-%2").arg(prefix).arg(i)});
        return verbs;
    };
    const auto results = runSideBySide(
        {program(QStringLiteral("甲"), first),
         program(QStringLiteral("乙"), second),
         // and a third that only edits the first task's text
         {{QStringLiteral("task-edit"), file, QStringLiteral("--task"), QString::number(first),
           QStringLiteral("--text"), QStringLiteral("第三个程序改的任务")}}});
    for (const auto &list : results)
        for (const test::Run &r : list) {
            INFO(r.err.toStdString());
            CHECK(r.code == 0);
        }

    // Every change is there: both lists whole, the three towns once, each program's last
    // edit, and the third program's text beside the first program's notes.
    CHECK(count(QStringLiteral("institutions")) == institutionsBefore + 2 * rows);
    CHECK(count(QStringLiteral("areas")) == areasBefore + 3);
    const QJsonArray after = tasks(file);
    CHECK(notesOf(after, first) == QStringLiteral("甲-9"));
    CHECK(notesOf(after, second) == QStringLiteral("乙-9"));
    for (const QJsonValue &t : after)
        if (t.toObject().value(QStringLiteral("id")).toInteger() == first)
            CHECK(t.toObject().value(QStringLiteral("text")).toString() ==
                  QStringLiteral("第三个程序改的任务"));
    const test::Run check = run({QStringLiteral("check"), file});
    INFO(check.err.toStdString());
    CHECK(check.code == 0);
}

TEST_CASE("A window's undo after another program edited the same task reports 已被他人修改")
{
    QTemporaryDir dir;
    const test::WorkspacePlace place(dir, QStringLiteral("w.tuoyu"));
    const QString file = tunliuWorkspace(place);
    QString error;
    // This process is the window: it edits a task's notes.
    std::unique_ptr<Workspace> window = Workspace::open(file, &error);
    REQUIRE(window);
    const qint64 id = PlanRepository(window.get())
                          .tasks(PlanRepository(window.get()).defaultPlan()->id)
                          .first()
                          .task.id;
    taskcommands::TaskEdit edit;
    edit.notes = QStringLiteral("窗口写的");
    REQUIRE(window->execute(taskcommands::edit(window.get(), id, edit, &error), &error));

    // Another program edits the same task's notes, then the window undoes its edit.
    const test::Run other =
        run({QStringLiteral("task-edit"), file, QStringLiteral("--task"), QString::number(id),
             QStringLiteral("--notes"), QStringLiteral("同事写的")});
    INFO(other.err.toStdString());
    REQUIRE(other.code == 0);
    QString failure;
    QObject::connect(window.get(), &Workspace::failed,
                     [&failure](const QString &message) { failure = message; });
    window->undoStack()->undo();
    INFO(failure.toStdString());
    CHECK(failure.contains(QStringLiteral("已被他人修改")));
    CHECK(failure.contains(QStringLiteral("任务“")));
    CHECK(notesOf(tasks(file), id) == QStringLiteral("同事写的")); // the colleague's edit stays
    window.reset();
    CHECK(run({QStringLiteral("check"), file}).code == 0);
}
