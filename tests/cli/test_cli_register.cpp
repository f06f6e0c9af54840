// evidence (and later staff, inspections) on the command line, as IT staff script them.

#include "clirun.h"
#include "core/testworkspace.h"

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
    const WorkspacePlace wPlace(dir, QStringLiteral("w.tuoyu"));
    const QString &w = wPlace.path;
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

TEST_CASE("staff and inspection lists import by their headers and list as JSON")
{
    QTemporaryDir dir;
    const WorkspacePlace wPlace(dir, QStringLiteral("w.tuoyu"));
    const QString &w = wPlace.path;
    REQUIRE(run({QStringLiteral("new"), w, QStringLiteral("--template"), QStringLiteral("tunliu")})
                .code == 0);
    const QString data = QStringLiteral(TUOYU_TEST_DATA_DIR "/register/");

    const Run staff = run({QStringLiteral("import"), w, data + QStringLiteral("tunliu-staff.csv")});
    INFO(staff.err.toStdString() + QString::fromUtf8(staff.out).toStdString());
    REQUIRE(staff.code == 0);
    const QString said = QString::fromUtf8(staff.out);
    CHECK(said.contains(QStringLiteral("新增 6")));
    // The row without a name and the one with 2023年13月1日 are refused, naming the row.
    CHECK(said.contains(QStringLiteral("缺少姓名")));
    CHECK(said.contains(QStringLiteral("“2023年13月1日”不是日期")));

    const QJsonArray all =
        run({QStringLiteral("staff"), w, QStringLiteral("--json")}).json().array();
    REQUIRE(all.size() == 6);
    const QJsonArray xuguang =
        run({QStringLiteral("staff"), w, QStringLiteral("--institution"),
             QStringLiteral("长治市屯留区直机关旭光幼儿园"), QStringLiteral("--json")})
            .json()
            .array();
    REQUIRE(xuguang.size() == 3);
    const QJsonObject wang = xuguang[0].toObject();
    CHECK(wang.value(QStringLiteral("name")).toString() == QStringLiteral("王丽娟"));
    CHECK(wang.value(QStringLiteral("id_number")).toString() ==
          QStringLiteral("1404**********0027"));
    CHECK(wang.value(QStringLiteral("certified")).toBool());
    CHECK_FALSE(xuguang[2].toObject().value(QStringLiteral("certified")).toBool());
    CHECK_FALSE(QString::fromUtf8(run({QStringLiteral("staff"), w}).out)
                    .contains(QStringLiteral("140424198803150027")));
    const Run nobody = run({QStringLiteral("staff"), w, QStringLiteral("--institution"),
                            QStringLiteral("不存在的托育园")});
    CHECK(nobody.code == 2);
    CHECK(nobody.err.contains(QStringLiteral("不存在的托育园")));

    // Imported again: nothing new.
    const Run again = run({QStringLiteral("import"), w, data + QStringLiteral("tunliu-staff.csv")});
    CHECK(again.code == 0);
    CHECK(run({QStringLiteral("staff"), w, QStringLiteral("--json")}).json().array().size() == 6);

    // 王丽娟 is listed at 旭光 and at 瓶城 with one ID number: validate says so, masked.
    const QJsonArray findings =
        run({QStringLiteral("validate"), w, QStringLiteral("--json")}).json().array();
    int duplicates = 0;
    for (const QJsonValue &f : findings)
        if (f.toObject().value(QStringLiteral("check")).toString() ==
            QStringLiteral("duplicate_staff_id_number")) {
            ++duplicates;
            const QString message = f.toObject().value(QStringLiteral("message")).toString();
            CHECK(message.contains(QStringLiteral("1404**********0027")));
            CHECK(message.contains(QStringLiteral("长治市屯留区瓶城幼儿园")));
        }
    CHECK(duplicates == 1);

    const Run inspections =
        run({QStringLiteral("import"), w, data + QStringLiteral("tunliu-inspections.csv")});
    INFO(inspections.err.toStdString() + QString::fromUtf8(inspections.out).toStdString());
    REQUIRE(inspections.code == 0);
    CHECK(
        QString::fromUtf8(inspections.out).contains(QStringLiteral("检查类型“飞行检查”无法识别")));
    const QJsonArray listed =
        run({QStringLiteral("inspections"), w, QStringLiteral("--json")}).json().array();
    REQUIRE(listed.size() == 4);
    const QJsonObject first = listed[0].toObject();
    CHECK(first.value(QStringLiteral("kind")).toString() == QStringLiteral("random"));
    CHECK(first.value(QStringLiteral("categories")).toArray() ==
          QJsonArray{QStringLiteral("消防"), QStringLiteral("卫生保健")});
    CHECK(first.value(QStringLiteral("rectify_status")).toString() == QStringLiteral("pending"));

    const QJsonArray overdue =
        run({QStringLiteral("inspections"), w, QStringLiteral("--overdue"),
             QStringLiteral("--as-of"), QStringLiteral("2025-07-01"), QStringLiteral("--json")})
            .json()
            .array();
    REQUIRE(overdue.size() == 2);
    CHECK(overdue[0].toObject().value(QStringLiteral("institution")).toString() ==
          QStringLiteral("长治市屯留区直机关旭光幼儿园"));
    CHECK(overdue[0].toObject().value(QStringLiteral("days_overdue")).toInteger() == 80);
    CHECK(overdue[1].toObject().value(QStringLiteral("institution")).toString() ==
          QStringLiteral("长治市屯留区余吾中心学校"));

    // The 监督检查台账, as 文件 → 导出台账 writes it: every inspection, overdue ones with days.
    const QString register_ = dir.filePath(QStringLiteral("监督检查台账.csv"));
    REQUIRE(run({QStringLiteral("export"), w, QStringLiteral("--what"),
                 QStringLiteral("inspections"), QStringLiteral("--out"), register_,
                 QStringLiteral("--as-of"), QStringLiteral("2025-07-01")})
                .code == 0);
    QFile csv(register_);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QString table = QString::fromUtf8(csv.readAll());
    CHECK(table.contains(QStringLiteral("逾期天数")));
    CHECK(table.contains(QStringLiteral("长治市屯留区直机关旭光幼儿园")));
    CHECK(table.contains(QStringLiteral(",80,")));

    // 整改 done on a day, then the inspection removed: each a command, refused when the id is
    // no inspection.
    const QString overdueId =
        QString::number(overdue[0].toObject().value(QStringLiteral("id")).toInteger());
    const Run rectified = run({QStringLiteral("inspections"), w, QStringLiteral("--rectified"),
                               overdueId, QStringLiteral("--on"), QStringLiteral("2025-07-02")});
    INFO(rectified.err.toStdString());
    CHECK(rectified.code == 0);
    CHECK(QString::fromUtf8(rectified.out).contains(QStringLiteral("整改完成：")));
    CHECK(run({QStringLiteral("inspections"), w, QStringLiteral("--overdue"),
               QStringLiteral("--as-of"), QStringLiteral("2025-07-03"), QStringLiteral("--json")})
              .json()
              .array()
              .size() == 1);
    CHECK(run({QStringLiteral("inspections"), w, QStringLiteral("--remove"), overdueId}).code == 0);
    CHECK(run({QStringLiteral("inspections"), w, QStringLiteral("--json")}).json().array().size() ==
          3);
    const Run missing =
        run({QStringLiteral("inspections"), w, QStringLiteral("--remove"), overdueId});
    CHECK(missing.code == 2);
    CHECK(missing.err.contains(QStringLiteral("没有编号为 %1 的监督检查").arg(overdueId)));
    const QString wangId = QString::number(wang.value(QStringLiteral("id")).toInteger());
    CHECK(run({QStringLiteral("staff"), w, QStringLiteral("--remove"), wangId}).code == 0);
    CHECK(run({QStringLiteral("staff"), w, QStringLiteral("--json")}).json().array().size() == 5);

    // 双随机 draws from filed institutions only (the core tests draw from a filed registry);
    // none of the template's is filed, so the draw is refused and nothing is recorded.
    const Run draw =
        run({QStringLiteral("inspection-draw"), w, QStringLiteral("--year"), QStringLiteral("2025"),
             QStringLiteral("--seed"), QStringLiteral("20250301"), QStringLiteral("--size"),
             QStringLiteral("3")});
    CHECK(draw.code == 2);
    CHECK(draw.err.contains(QStringLiteral("没有已备案的机构")));
    CHECK(run({QStringLiteral("inspection-draw"), w, QStringLiteral("--year"),
               QStringLiteral("2025"), QStringLiteral("--seed"), QStringLiteral("x"),
               QStringLiteral("--size"), QStringLiteral("3")})
              .code == 1);
}

TEST_CASE("inspections --add and --edit record an inspection through the window's commands, and "
          "refuse bad input naming the option, changing nothing")
{
    QTemporaryDir dir;
    const QString w = dir.filePath(QStringLiteral("w.tuoyu"));
    REQUIRE(run({QStringLiteral("new"), w, QStringLiteral("--template"), QStringLiteral("tunliu")})
                .code == 0);
    const QString xuguang = QStringLiteral("长治市屯留区直机关旭光幼儿园");
    const QStringList add = {QStringLiteral("inspections"),
                             w,
                             QStringLiteral("--add"),
                             QStringLiteral("--institution"),
                             xuguang,
                             QStringLiteral("--on"),
                             QStringLiteral("2025-03-12"),
                             QStringLiteral("--type")};
    const Run added =
        run(add + QStringList{QStringLiteral("专项"), QStringLiteral("--inspectors"),
                              QStringLiteral("郭建军、李伟"), QStringLiteral("--findings"),
                              QStringLiteral("消防通道堆放杂物"), QStringLiteral("--rectify-by"),
                              QStringLiteral("2025-04-12"), QStringLiteral("--as-of"),
                              QStringLiteral("2025-05-02"), QStringLiteral("--json")});
    INFO(added.err.toStdString());
    REQUIRE(added.code == 0);
    const QJsonObject n = added.json().object();
    const qint64 id = n.value(QStringLiteral("id")).toInteger();
    CHECK(id > 0);
    CHECK(n.value(QStringLiteral("institution")).toString() == xuguang);
    CHECK(n.value(QStringLiteral("inspected_on")).toString() == QStringLiteral("2025-03-12"));
    CHECK(n.value(QStringLiteral("kind")).toString() == QStringLiteral("special"));
    CHECK(n.value(QStringLiteral("inspectors")).toString() == QStringLiteral("郭建军、李伟"));
    // The findings read into their categories, and a deadline makes the 整改 open.
    CHECK(n.value(QStringLiteral("categories")).toArray() == QJsonArray{QStringLiteral("消防")});
    CHECK(n.value(QStringLiteral("rectify_status")).toString() == QStringLiteral("pending"));
    CHECK(n.value(QStringLiteral("days_overdue")).toInteger() == 20);

    // --edit changes only what is given; without --json it says what it did.
    const QString idText = QString::number(id);
    const Run edited =
        run({QStringLiteral("inspections"), w, QStringLiteral("--edit"), idText,
             QStringLiteral("--type"), QStringLiteral("日常"), QStringLiteral("--findings"),
             QStringLiteral("晨检记录不全，收费未公示"), QStringLiteral("--categories"),
             QStringLiteral("卫生保健、收费公示")});
    INFO(edited.err.toStdString());
    REQUIRE(edited.code == 0);
    CHECK(QString::fromUtf8(edited.out).contains(QStringLiteral("修改监督检查：") + xuguang));
    const auto listed = [&] {
        return run({QStringLiteral("inspections"), w, QStringLiteral("--json")}).json().array();
    };
    const QJsonArray after = listed();
    REQUIRE(after.size() == 1);
    const QJsonObject e = after[0].toObject();
    CHECK(e.value(QStringLiteral("kind")).toString() == QStringLiteral("routine"));
    CHECK(e.value(QStringLiteral("findings")).toString() ==
          QStringLiteral("晨检记录不全，收费未公示"));
    CHECK(e.value(QStringLiteral("categories")).toArray() ==
          QJsonArray{QStringLiteral("卫生保健"), QStringLiteral("收费公示")});
    CHECK(e.value(QStringLiteral("inspectors")).toString() == QStringLiteral("郭建军、李伟"));
    CHECK(e.value(QStringLiteral("rectify_by")).toString() == QStringLiteral("2025-04-12"));

    // Refused, each naming what is wrong; nothing is written.
    const struct
    {
        QStringList arguments;
        int code;
        QString says;
    } refused[] = {
        {{QStringLiteral("inspections"), w, QStringLiteral("--add"),
          QStringLiteral("--institution"), xuguang, QStringLiteral("--on"),
          QStringLiteral("2025-03-12")},
         1,
         QStringLiteral("新增检查需要 --type")},
        {add + QStringList{QStringLiteral("飞行检查")}, 1,
         QStringLiteral("--type 应为 日常、专项 或 双随机，不是“飞行检查”")},
        {{QStringLiteral("inspections"), w, QStringLiteral("--add"),
          QStringLiteral("--institution"), xuguang, QStringLiteral("--on"),
          QStringLiteral("2025-13-01"), QStringLiteral("--type"), QStringLiteral("日常")},
         1,
         QStringLiteral("--on 应为 YYYY-MM-DD 格式的日期：2025-13-01")},
        {add + QStringList{QStringLiteral("日常"), QStringLiteral("--rectify-by"),
                           QStringLiteral("2025-03-01")},
         2, QStringLiteral("整改期限 2025-03-01 早于检查日期 2025-03-12")},
        {{QStringLiteral("inspections"), w, QStringLiteral("--add"),
          QStringLiteral("--institution"), QStringLiteral("不存在的托育园"), QStringLiteral("--on"),
          QStringLiteral("2025-03-12"), QStringLiteral("--type"), QStringLiteral("日常")},
         2,
         QStringLiteral("机构名单中没有“不存在的托育园”")},
        {{QStringLiteral("inspections"), w, QStringLiteral("--edit"), idText,
          QStringLiteral("--categories"), QStringLiteral("消防、装修")},
         1,
         QStringLiteral("--categories 中的“装修”不是问题类别")},
        {{QStringLiteral("inspections"), w, QStringLiteral("--edit"), QStringLiteral("9999"),
          QStringLiteral("--type"), QStringLiteral("日常")},
         2,
         QStringLiteral("没有编号为 9999 的监督检查")},
        {{QStringLiteral("inspections"), w, QStringLiteral("--edit"), QStringLiteral("x")},
         1,
         QStringLiteral("--edit 应为编号")},
        {{QStringLiteral("inspections"), w, QStringLiteral("--edit"), idText,
          QStringLiteral("--add")},
         1,
         QStringLiteral("--add 和 --edit 不能同时使用")},
    };
    for (const auto &r : refused) {
        const Run got = run(r.arguments);
        INFO(r.arguments.join(QLatin1Char(' ')).toStdString() + " → " + got.err.toStdString());
        CHECK(got.code == r.code);
        CHECK(got.err.contains(r.says));
    }
    CHECK(listed() == after);

    // The usage names the new options.
    const Run help = run({QStringLiteral("--help")});
    CHECK(QString::fromUtf8(help.out + help.err.toUtf8()).contains(QStringLiteral("--rectify-by")));
}
