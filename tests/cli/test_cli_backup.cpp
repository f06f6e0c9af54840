// backup, backups and restore on the command line.

#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace tuoyu::test;

namespace {

int institutionCount(const QString &file)
{
    const Run r = run({QStringLiteral("institutions"), file, QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    return int(r.json().array().size());
}

} // namespace

TEST_CASE("backup then backups then restore on the command line")
{
    QTemporaryDir dir;
    const QString w = dir.filePath(QStringLiteral("w.tuoyu"));
    REQUIRE(run({QStringLiteral("new"), w, QStringLiteral("--template"), QStringLiteral("tunliu")})
                .code == 0);
    REQUIRE(institutionCount(w) == 21);

    const QString copy = dir.filePath(QStringLiteral("copy.tuoyu"));
    const Run made = run({QStringLiteral("backup"), w, QStringLiteral("--out"), copy});
    INFO(made.err.toStdString());
    REQUIRE(made.code == 0);
    CHECK(QString::fromUtf8(made.out).contains(QStringLiteral("机构 21")));
    // Never over an existing file; --out is required.
    const Run again = run({QStringLiteral("backup"), w, QStringLiteral("--out"), copy});
    CHECK(again.code == 2);
    CHECK(again.err.contains(QStringLiteral("copy.tuoyu")));
    CHECK(run({QStringLiteral("backup"), w}).code == 1);

    // A change after the backup: one institution more.
    const QString csv = dir.filePath(QStringLiteral("more.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("机构名称,属性,托位数\n长治市屯留区新开托育园,民办,40\n");
    }
    const Run imported = run({QStringLiteral("import"), w, csv});
    INFO(imported.err.toStdString());
    REQUIRE(imported.code == 0);
    REQUIRE(institutionCount(w) == 22);
    // The first write of the day wrote the day's backup first (21), as opening in the window
    // does; reading verbs (institutions, backup --out) wrote none, a second import no other.
    {
        const Run daily = run({QStringLiteral("backups"), w, QStringLiteral("--json")});
        REQUIRE(daily.code == 0);
        REQUIRE(daily.json().array().size() == 1);
        const QJsonObject today = daily.json().array()[0].toObject();
        CHECK(today[QStringLiteral("kind")].toString() == QStringLiteral("每日备份"));
        CHECK(today[QStringLiteral("institutions")].toInt() == 21);
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("机构名称,属性,托位数\n长治市屯留区新开托育园,民办,45\n");
        f.close();
        REQUIRE(run({QStringLiteral("import"), w, csv}).code == 0);
        CHECK(run({QStringLiteral("backups"), w, QStringLiteral("--json")}).json().array().size() ==
              1);
    }

    // Refused: a file that is not a workspace, and one cut short. The workspace is unchanged.
    const QString cut = dir.filePath(QStringLiteral("cut.tuoyu"));
    {
        QFile whole(copy);
        REQUIRE(whole.open(QIODevice::ReadOnly));
        QFile f(cut);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(whole.read(whole.size() / 2));
    }
    for (const QString &bad : {csv, cut}) {
        const Run refused = run({QStringLiteral("restore"), w, QStringLiteral("--from"), bad});
        CHECK(refused.code == 2);
        CHECK(refused.err.contains(QFileInfo(bad).fileName()));
        CHECK(refused.err.contains(QStringLiteral("不能从这个文件恢复")));
    }
    CHECK(institutionCount(w) == 22);

    // The restore brings back 21; the replaced file (22) is kept and undoes it.
    const Run restored = run({QStringLiteral("restore"), w, QStringLiteral("--from"), copy});
    INFO(restored.err.toStdString());
    REQUIRE(restored.code == 0);
    CHECK(institutionCount(w) == 21);
    CHECK(run({QStringLiteral("check"), w}).code == 0);
    const Run listed = run({QStringLiteral("backups"), w, QStringLiteral("--json")});
    REQUIRE(listed.code == 0);
    QJsonObject kept;
    for (const QJsonValue &backup : listed.json().array())
        if (backup[QStringLiteral("kind")].toString() == QStringLiteral("恢复前的文件"))
            kept = backup.toObject();
    REQUIRE(listed.json().array().size() == 2);
    REQUIRE(!kept.isEmpty());
    CHECK(kept[QStringLiteral("institutions")].toInt() == 22);
    CHECK(QString::fromUtf8(restored.out).contains(kept[QStringLiteral("path")].toString()));

    const Run undone = run({QStringLiteral("restore"), w, QStringLiteral("--from"),
                            kept[QStringLiteral("path")].toString()});
    REQUIRE(undone.code == 0);
    CHECK(institutionCount(w) == 22);
}
