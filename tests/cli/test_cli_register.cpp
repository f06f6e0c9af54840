// evidence (and later staff, inspections) on the command line, as IT staff script them.

#include "clirun.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace tuoyu::test;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(TUOYU_SHARED_DIR "/fixtures/") + QString::fromUtf8(name);
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

qint64 firstTask(const QString &w)
{
    const Run r = run({QStringLiteral("tasks"), w, QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    const QJsonValue tasks = r.json().isArray() ? QJsonValue(r.json().array())
                                                : r.json().object().value(QStringLiteral("tasks"));
    REQUIRE(tasks.toArray().size() > 0);
    return tasks.toArray().first().toObject().value(QStringLiteral("id")).toInteger();
}

} // namespace

TEST_CASE("evidence attaches, lists as JSON and exports on the command line")
{
    QTemporaryDir dir;
    const QString w = dir.filePath(QStringLiteral("w.tuoyu"));
    REQUIRE(run({QStringLiteral("new"), w, QStringLiteral("--template"), QStringLiteral("tunliu")})
                .code == 0);
    const qint64 task = firstTask(w);
    const QString docx = fixture("tunliu-institutions.docx");
    const QString xlsx = fixture("tunliu-institutions.xlsx");

    const Run attached = run({QStringLiteral("evidence"), w, QStringLiteral("--task"),
                              QString::number(task), QStringLiteral("--attach"), docx, xlsx});
    INFO(attached.err.toStdString());
    REQUIRE(attached.code == 0);
    CHECK(QString::fromUtf8(attached.out).contains(QStringLiteral("tunliu-institutions.docx")));

    const Run listed = run({QStringLiteral("evidence"), w, QStringLiteral("--json")});
    REQUIRE(listed.code == 0);
    const QJsonArray items = listed.json().array();
    REQUIRE(items.size() == 2);
    const QJsonObject first = items[0].toObject();
    CHECK(first.value(QStringLiteral("name")).toString() ==
          QStringLiteral("tunliu-institutions.docx"));
    CHECK(first.value(QStringLiteral("bytes")).toInteger() == 37446);
    CHECK(first.value(QStringLiteral("sha256")).toString() ==
          QString::fromLatin1(
              QCryptographicHash::hash(bytesOf(docx), QCryptographicHash::Sha256).toHex()));
    const QJsonObject to = first.value(QStringLiteral("attached_to")).toObject();
    CHECK(to.value(QStringLiteral("kind")).toString() == QStringLiteral("task"));
    CHECK(to.value(QStringLiteral("id")).toInteger() == task);

    // Refused: the same file again, a task that is not there, files without --attach; nothing
    // changes.
    const Run again = run({QStringLiteral("evidence"), w, QStringLiteral("--task"),
                           QString::number(task), QStringLiteral("--attach"), docx});
    CHECK(again.code == 2);
    oneLine(again);
    CHECK(again.err.contains(QStringLiteral("已是任务办结")));
    const Run missing = run({QStringLiteral("evidence"), w, QStringLiteral("--task"),
                             QStringLiteral("99999"), QStringLiteral("--attach"), docx});
    CHECK(missing.code == 2);
    CHECK(missing.err.contains(QStringLiteral("没有编号为 99999 的任务办结")));
    CHECK(run({QStringLiteral("evidence"), w, docx}).code == 1);
    CHECK(run({QStringLiteral("evidence"), w, QStringLiteral("--attach"), docx}).code == 1);
    CHECK(run({QStringLiteral("evidence"), w, QStringLiteral("--json")}).json().array().size() ==
          2);

    const QString out = dir.filePath(QStringLiteral("佐证材料"));
    const Run exported = run({QStringLiteral("evidence"), w, QStringLiteral("--export"), out});
    INFO(exported.err.toStdString());
    REQUIRE(exported.code == 0);
    CHECK(bytesOf(QDir(out).filePath(QStringLiteral("tunliu-institutions.docx"))) == bytesOf(docx));
    CHECK(bytesOf(QDir(out).filePath(QStringLiteral("tunliu-institutions.xlsx"))) == bytesOf(xlsx));

    const Run removed = run({QStringLiteral("evidence"), w, QStringLiteral("--remove"),
                             QString::number(first.value(QStringLiteral("id")).toInteger())});
    CHECK(removed.code == 0);
    CHECK(run({QStringLiteral("evidence"), w, QStringLiteral("--json")}).json().array().size() ==
          1);
}
