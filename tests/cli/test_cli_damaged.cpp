// The command line on damaged and foreign files: check reports them, listings, exports and
// imports fail with one line naming the file, and nothing is written.
#include "clirun.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include "damagedfile.h"

#include <catch2/catch.hpp>

using namespace tuoyu::test;

namespace {

QByteArray digest(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

/// A workspace whose registry of 3,000 institutions was imported by the command line, then one
/// of its b-tree leaf pages scrambled, as a disk error leaves it.
QString damagedRegistry(const QTemporaryDir &dir)
{
    const QString file = dir.filePath(QStringLiteral("区台账.tuoyu"));
    REQUIRE(
        run({QStringLiteral("new"), file, QStringLiteral("--template"), QStringLiteral("blank")})
            .code == 0);
    const QString csv = dir.filePath(QStringLiteral("机构.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        QByteArray text = QStringLiteral("机构名称,统一社会信用代码,托位数\n").toUtf8();
        for (int i = 1; i <= 3000; ++i)
            text += QStringLiteral("第%1托育园（名字长一些，登记册占满许多页）,91140000MA%2,%3\n")
                        .arg(i)
                        .arg(i, 8, 10, QLatin1Char('0'))
                        .arg(20 + i % 50)
                        .toUtf8();
        f.write(text);
    }
    const Run imported = run({QStringLiteral("import"), file, csv});
    INFO(imported.err.toStdString());
    REQUIRE(imported.code == 0);

    scrambleMiddleLeaf(file);
    return file;
}

} // namespace

TEST_CASE("check, institutions, export and import on a damaged workspace", "[damaged]")
{
    QTemporaryDir dir;
    const QString file = damagedRegistry(dir);
    const QByteArray before = digest(file);
    const QString named = QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath());

    const Run checked = run({QStringLiteral("check"), file});
    INFO(checked.err.toStdString());
    CHECK(checked.code == 2);
    CHECK_FALSE(QString::fromUtf8(checked.out).contains(QStringLiteral("完好")));
    CHECK(checked.err.contains(QStringLiteral("已损坏")));

    // Before, 3,291 of the institutions were listed and exported with exit 0.
    const Run listed = run({QStringLiteral("institutions"), file, QStringLiteral("--json")});
    CHECK(listed.code == 2);
    CHECK(listed.out.isEmpty());
    oneLine(listed);
    CHECK(listed.err.contains(named));
    CHECK(listed.err.contains(QStringLiteral("已损坏")));

    const QString out = dir.filePath(QStringLiteral("机构.xlsx"));
    const Run exported = run({QStringLiteral("export"), file, QStringLiteral("--what"),
                              QStringLiteral("institutions"), QStringLiteral("--out"), out});
    CHECK(exported.code == 2);
    oneLine(exported);
    CHECK(exported.err.contains(named));
    CHECK_FALSE(QFile::exists(out));

    const QString csv = dir.filePath(QStringLiteral("新机构.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("机构名称,托位数\n新开托育园,30\n").toUtf8());
    }
    const Run imported = run({QStringLiteral("import"), file, csv});
    CHECK(imported.code == 2);
    oneLine(imported);
    CHECK(imported.err.contains(named));
    CHECK(imported.err.contains(QStringLiteral("已损坏")));
    CHECK(digest(file) == before);
}

TEST_CASE("check leaves another program's database and an empty file as they were", "[damaged]")
{
    QTemporaryDir dir;
    // An SQLite file of another program, in the rollback-journal mode it chose.
    const QString other = dir.filePath(QStringLiteral("other.db"));
    const QString made = dir.filePath(QStringLiteral("w.tuoyu"));
    REQUIRE(
        run({QStringLiteral("new"), made, QStringLiteral("--template"), QStringLiteral("blank")})
            .code == 0);
    // The workspace with its application id zeroed and its journal set back to rollback (bytes
    // 18 and 19 = 1): as far as the header goes, any other program's SQLite file.
    {
        QFile::copy(made, other);
        QFile f(other);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.seek(18));
        f.write(QByteArray("\x01\x01", 2));
        REQUIRE(f.seek(68));
        f.write(QByteArray(4, '\0'));
    }
    const QByteArray before = digest(other);
    const Run checked = run({QStringLiteral("check"), other});
    CHECK(checked.code == 2);
    oneLine(checked);
    CHECK(checked.err.contains(QStringLiteral("不是托育工作台文件")));
    // Before, check switched it to WAL.
    CHECK(digest(other) == before);
    CHECK_FALSE(QFile::exists(other + QStringLiteral("-wal")));

    const QString empty = dir.filePath(QStringLiteral("空的.tuoyu"));
    {
        QFile f(empty);
        REQUIRE(f.open(QIODevice::WriteOnly));
    }
    const Run emptyChecked = run({QStringLiteral("check"), empty});
    CHECK(emptyChecked.code == 2);
    oneLine(emptyChecked);
    CHECK(emptyChecked.err.contains(QStringLiteral("空文件")));
    CHECK(QFileInfo(empty).size() == 0);
}
