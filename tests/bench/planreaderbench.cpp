#include "planreaderbench.h"

#include "../planreader/plandocx.h"
#include "io/cellformat.h"
#include "planreader/planreader.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace tuoyu;

namespace {

QString chinese(int n)
{
    static const QStringList words{
        QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三"),
        QStringLiteral("四"), QStringLiteral("五"), QStringLiteral("六"),
        QStringLiteral("七"), QStringLiteral("八"), QStringLiteral("九")};
    return words.value(n - 1);
}

PlanDocument generated()
{
    QStringList lines{
        QStringLiteral("某区普惠托育服务发展实施方案（2024-2026年）"), QString(),
        QStringLiteral("一、总体目标"),
        QStringLiteral(
            "到2026年底，全区每千人口拥有3岁以下婴幼儿托位数达到4.8个以上，普惠托位占比达到65%"
            "以上，"
            "托位实际使用率达到60%，托育服务平均价格占居民人均可支配收入的比重控制在30%以内。"),
        QStringLiteral("二、重点任务")};
    const QString filler = QStringLiteral(
        "坚持政府引导、多方参与、社会运营、普惠可及的原则，统筹利用现有资源，推动托育服务向社区延伸"
        "，"
        "完善托育服务设施布局，提升服务质量和管理水平，满足群众多层次、多样化的托育服务需求。");
    int project = 0;
    for (int p = 1; p <= 6; ++p) {
        lines << QStringLiteral("（%1）实施第%1项托育服务提升工程").arg(chinese(p));
        for (int j = 0; j < 10; ++j) {
            ++project;
            lines << QStringLiteral(
                         "%1.推进第%1项托育服务任务。%"
                         "2对符合条件的普惠托育机构按照每人每月不高于300元的标准给予补助。")
                         .arg(project)
                         .arg(filler + filler + filler);
            lines << QStringLiteral("任务清单：新增普惠托位%1个，完成%2家机构备案。")
                         .arg(project * 10)
                         .arg(project);
            lines << QStringLiteral("完成时限：202%1年%2月底前")
                         .arg(4 + project % 3)
                         .arg(1 + project % 12);
            lines << QStringLiteral(
                "责任部门：区卫健局、区财政局、区教育局、区民政局、各乡镇人民政府");
        }
    }
    lines << QStringLiteral("三、保障措施") << filler << filler;
    PlanDocument document =
        PlanDocument::fromText(lines.join(QLatin1Char('\n')), QStringLiteral("bench.txt"));
    io::Table table;
    table.name = QStringLiteral("表格 1");
    table.rows.append(
        {io::textCell(QStringLiteral("序号")), io::textCell(QStringLiteral("机构名称")),
         io::textCell(QStringLiteral("属性")), io::textCell(QStringLiteral("托位数"))});
    for (int i = 1; i <= 200; ++i)
        table.rows.append(
            {io::textCell(QString::number(i)), io::textCell(QStringLiteral("第%1托育园").arg(i)),
             io::textCell(QStringLiteral("民办")), io::textCell(QString::number(20 + i % 60))});
    document.paragraphs.append({QStringLiteral("附件：托育机构名单"), QString(), -1});
    document.paragraphs.append({QString(), QString(), int(document.tables.size())});
    document.tables.append(table);
    return document;
}

} // namespace

QJsonObject measureReadPlan()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.docx"));
    QString error;
    const PlanDocument source = generated();
    qsizetype characters = 0;
    for (const auto &p : source.paragraphs)
        characters += p.text.size();
    if (!test::writePlanDocx(source, path, true, &error))
        return {};
    QElapsedTimer timer;
    timer.start();
    const auto document = PlanDocument::open(path, &error);
    if (!document)
        return {};
    const PlanReading reading = PlanReader::read(*document);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    int projects = 0;
    for (const auto &program : reading.draft.programs)
        projects += int(program.projects.size());
    // a page of a 公文 holds 22 lines of 28 characters
    return QJsonObject{{QStringLiteral("seconds"), seconds},
                       {QStringLiteral("pages"), double(characters) / (22 * 28)},
                       {QStringLiteral("projects"), projects}};
}
