// read-plan DOC [--json], new W --from-document DOC and plan-new W --from-document DOC.

#include "clirun.h"
#include "core/testworkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace tuoyu::test;

namespace {
QString seed(const char *file)
{
    return QStringLiteral(TUOYU_SHARED_DIR "/seeds/") + QString::fromLatin1(file);
}
} // namespace

TEST_CASE("read-plan --json prints the draft in the documented shape")
{
    const Run r = run(
        {QStringLiteral("read-plan"), seed("004_87f4c0b2e6c76512.txt"), QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QJsonObject o = r.json().object();
    CHECK(o.value(QStringLiteral("title")).toString() ==
          QStringLiteral("天宁区普惠托育服务三年行动实施方案（2023-2025年）"));
    CHECK(o.value(QStringLiteral("period")).toObject().value(QStringLiteral("start")).toString() ==
          QStringLiteral("2023-01-01"));
    const QJsonArray programs = o.value(QStringLiteral("programs")).toArray();
    REQUIRE(programs.size() == 5);
    const QJsonObject first =
        programs[0].toObject().value(QStringLiteral("projects")).toArray()[0].toObject();
    CHECK(first.value(QStringLiteral("number")).toString() == QStringLiteral("1"));
    const QJsonObject task = first.value(QStringLiteral("tasks")).toArray()[0].toObject();
    CHECK(task.value(QStringLiteral("lead")).toString() == QStringLiteral("郑陆镇"));
    CHECK(
        task.value(QStringLiteral("source")).toObject().value(QStringLiteral("paragraph")).toInt() >
        0);
    for (const char *key :
         {"text", "deadline_text", "deadline", "departments", "implied_departments"})
        CHECK(task.contains(QString::fromLatin1(key)));
    // from the second task on, 郑陆镇、各街道 are implied
    const QJsonObject second =
        programs[0].toObject().value(QStringLiteral("projects")).toArray()[1].toObject();
    CHECK(second.value(QStringLiteral("tasks"))
              .toArray()[0]
              .toObject()
              .value(QStringLiteral("implied_departments"))
              .toArray()
              .size() == 2);
    CHECK(o.value(QStringLiteral("indicators")).toArray().size() >= 8);
    CHECK(o.value(QStringLiteral("subsidy_rules"))
              .toArray()[0]
              .toObject()
              .value(QStringLiteral("amount_fen"))
              .toInteger() == 1000000);
    const QJsonArray attachments = o.value(QStringLiteral("attachments")).toArray();
    REQUIRE(attachments.size() == 1);
    CHECK(attachments[0].toObject().value(QStringLiteral("import_kind")).toString() ==
          QStringLiteral("decomposition"));
    CHECK(o.contains(QStringLiteral("unplaced")));
    CHECK(o.contains(QStringLiteral("leading_group")));
}

TEST_CASE("new --from-document makes a workspace whose plan names the document and its version")
{
    QTemporaryDir dir;
    const WorkspacePlace wsPlace(dir, QStringLiteral("w.tuoyu"));
    const QString &ws = wsPlace.path;
    const Run made = run({QStringLiteral("new"), ws, QStringLiteral("--from-document"),
                          seed("002_39b96be740c4cc40.txt")});
    INFO(made.err.toStdString());
    REQUIRE(made.code == 0);
    // its money as draft subsidy rules, not switched on
    CHECK(QString::fromUtf8(made.out).contains(QStringLiteral("奖补规则草稿 7 条（未启用")));
    const Run shown = run({QStringLiteral("plan-show"), ws, QStringLiteral("--json")});
    REQUIRE(shown.code == 0);
    const QString source =
        shown.json().object().value(QStringLiteral("source_document")).toString();
    CHECK(source.startsWith(QStringLiteral("002_39b96be740c4cc40.txt（sha256:")));
    const Run tasks = run({QStringLiteral("tasks"), ws, QStringLiteral("--json")});
    REQUIRE(tasks.code == 0);
    CHECK(tasks.json().array().size() == 13);

    // a second plan in the same workspace, from another document
    const Run added = run({QStringLiteral("plan-new"), ws, QStringLiteral("--from-document"),
                           QStringLiteral(TUOYU_TEST_DATA_DIR "/planreader/continuing.txt")});
    INFO(added.err.toStdString());
    REQUIRE(added.code == 0);
    CHECK(run({QStringLiteral("plans"), ws, QStringLiteral("--json")}).json().array().size() == 2);
}

TEST_CASE("read-plan refuses a .doc with how to save it as .docx, and changes nothing")
{
    QTemporaryDir dir;
    const QString doc = dir.filePath(QStringLiteral("方案.doc"));
    QFile f(doc);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
    f.close();
    const Run r = run({QStringLiteral("read-plan"), doc});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("方案.doc")));
    CHECK(r.err.contains(QStringLiteral("另存为")));
    const WorkspacePlace wsPlace(dir, QStringLiteral("w.tuoyu"));
    const QString &ws = wsPlace.path;
    CHECK(run({QStringLiteral("new"), ws, QStringLiteral("--from-document"), doc}).code == 2);
    CHECK_FALSE(QFile::exists(ws));
    CHECK(run({QStringLiteral("check"), ws}).code == 2); // no workspace was made
}
