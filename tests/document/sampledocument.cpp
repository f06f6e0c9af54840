#include "sampledocument.h"

#include <QPainter>
#include <QProcess>
#include <QStandardPaths>

namespace tuoyu::document::test {

TableBlock institutionTable(int rows)
{
    static const QStringList streets = {QStringLiteral("环翠楼街道"), QStringLiteral("鲸园街道"),
                                        QStringLiteral("竹岛街道"),   QStringLiteral("孙家疃街道"),
                                        QStringLiteral("张村镇"),     QStringLiteral("羊亭镇")};
    static const QStringList kinds = {QStringLiteral("幼儿园托班"), QStringLiteral("托育机构"),
                                      QStringLiteral("社区托育点"), QStringLiteral("用人单位托育")};
    TableBlock t;
    t.headerRows << QStringList{QStringLiteral("序号"),          QStringLiteral("机构名称"),
                                QStringLiteral("所属镇街"),      QStringLiteral("类型"),
                                QStringLiteral("备案状态"),      QStringLiteral("托位数"),
                                QStringLiteral("在托人数"),      QStringLiteral("普惠托位"),
                                QStringLiteral("收费（元/月）"), QStringLiteral("联系人")};
    for (int i = 1; i <= rows; ++i) {
        t.rows << QStringList{
            QString::number(i),
            QStringLiteral("威海市环翠区第%1婴幼儿照护服务中心（工人新村长青分园）").arg(i),
            streets.at(i % streets.size()),
            kinds.at(i % kinds.size()),
            i % 3 ? QStringLiteral("已备案") : QStringLiteral("备案中"),
            QString::number(40 + i % 60),
            QString::number(30 + i % 45),
            QString::number(20 + i % 30),
            QString::number(1200 + (i % 9) * 100),
            QStringLiteral("王老师")};
    }
    t.computeTotals({5, 6, 7});
    return t;
}

static QList<Block> body()
{
    QList<Block> b;
    auto h1 = [&](int n, const QString &t) {
        b << Block::paragraph(ParagraphStyle::Heading1, headingNumber(1, n) + t,
                              QStringLiteral("h1.%1").arg(n));
    };
    auto h2 = [&](int n, const QString &t) {
        b << Block::paragraph(ParagraphStyle::Heading2, headingNumber(2, n) + t);
    };
    b << Block::body(QStringLiteral("环翠区坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党"
                                    "的二十大精神，深入落实党中央、"
                                    "国务院决策部署，积极推进婴幼儿照护服务工作，探索将医疗与托育深"
                                    "度融合，初步构建了“示范机构"
                                    "引领、医育资源结合、机构服务为主、社区家庭补充”的托育服务发展"
                                    "模式。现将工作进展报告如下："),
                     QStringLiteral("intro"), BlockOrigin::Officer);
    h1(1, QStringLiteral("总体进展"));
    b << Block::body(
        QStringLiteral(
            "截至2024年4月底，全区共有托育服务机构126家，其中备案机构98家，提供托位4,386个，"
            "每千人口拥有3岁以下婴幼儿托位数4.6个，完成年度目标的92.3%。普惠托位2,104个，"
            "占全部托位的47.97%。工作长效机制基本建立，人员队伍稳定，门类齐全。"),
        QStringLiteral("progress.summary"));
    b << Block::body(QStringLiteral("Plain text with spaces: PDF 3 岁 copy test."),
                     QStringLiteral("spaces"));
    h2(1, QStringLiteral("党委政府高度重视"));
    for (int i = 0; i < 4; ++i) {
        b << Block::body(QStringLiteral(
            "一是区政府研究出台了《关于促进3岁以下婴幼儿照护服务发展的实施方案》，成立3岁以下婴幼儿"
            "照护服务"
            "工作领导小组，明确镇（街）及卫健、发改等23个部门职责，强化联动配合，将政府的政策引导作"
            "用、市场"
            "调节和配置资源的作用有机结合起来，切实形成促进托育机构发展的强大合力。二是每半年召开工"
            "作领导小组"
            "会议，加强政策协调和工作落实，多次与教育体育、消防救援、公安等部门沟通，共同研究推进，"
            "确保婴幼儿"
            "照护各项工作落到实处。人口、儿童、入托、力量、口径、心理、方案、目标、示范、言行、走访"
            "、首批、"
            "香港、高度、黑板、门类、见效、青年、食品、马路、鱼塘、鸟瞰、龙头、长期、工作。"));
    }
    h2(2, QStringLiteral("建立健全协调机制"));
    FigureBlock fig;
    fig.caption = QStringLiteral("图1 各镇街托位目标与实际完成情况");
    fig.sizeMm = QSizeF(150, 80);
    fig.paint = [](QPainter *p, const QRectF &r) {
        // Bars only (no text), so the PDF's text is exactly the report's words.
        p->setPen(QPen(Qt::black, r.width() / 600));
        p->drawLine(r.bottomLeft(), r.bottomRight());
        p->drawLine(r.bottomLeft(), r.topLeft());
        const double w = r.width() / 13;
        for (int i = 0; i < 6; ++i) {
            const double target = 0.5 + 0.08 * i, actual = target * (0.7 + 0.05 * i);
            p->fillRect(QRectF(r.left() + w * (2 * i + 0.5), r.bottom() - r.height() * target,
                               w * 0.9, r.height() * target),
                        QColor(180, 180, 180));
            p->fillRect(QRectF(r.left() + w * (2 * i + 1.4), r.bottom() - r.height() * actual,
                               w * 0.9, r.height() * actual),
                        QColor(200, 40, 40));
        }
    };
    b << Block::figure(fig, QStringLiteral("fig.targets"));
    for (int i = 0; i < 3; ++i) {
        b << Block::body(
            QStringLiteral("一是2023年4月调整3岁以下婴幼儿照护服务领导小组成员，进一步明确职责，加"
                           "强配合。二是加强部门协调"
                           "沟通，卫生健康部门多次与教育体育部门沟通，推动了托幼一体化进展；与发展"
                           "和改革部门沟通，推动家庭托育"
                           "试点等工作。三是相关部门履职尽责，协调配合，确保管理规范化。"));
    }
    h1(2, QStringLiteral("下一步工作打算"));
    b << Block::paragraph(ParagraphStyle::Heading3, QStringLiteral("1. 加快普惠托位建设。"));
    b << Block::body(
        QStringLiteral("围绕年度目标，加快推进社区嵌入式托育点建设，力争年底前新增普惠托位500个，"
                       "全面完成市级下达的各项任务指标。"));
    b << Block::paragraph(
        ParagraphStyle::Note,
        QStringLiteral("注：托位数据来源于全区托育机构备案信息系统，统计截至2024年4月30日。"));
    return b;
}

OfficialDocument sampleDocument()
{
    OfficialDocument d;
    d.title = QStringLiteral("威海市环翠区卫生健康局\n关于普惠托育服务工作进展情况的报告");
    d.addressee = QStringLiteral("区3岁以下婴幼儿照护服务工作领导小组");
    d.blocks = body();
    d.signature = QStringLiteral("威海市环翠区卫生健康局");
    d.date = QDate(2024, 5, 10);
    Attachment list;
    list.title = QStringLiteral("全区托育服务机构名单");
    list.blocks << Block::table(institutionTable(40), QStringLiteral("att.institutions"));
    d.attachments << list;
    Attachment indicators;
    indicators.title = QStringLiteral("重点指标完成情况表");
    TableBlock t;
    t.headerRows << QStringList{QStringLiteral("指标"), QStringLiteral("目标值"),
                                QStringLiteral("完成值"), QStringLiteral("完成率")};
    t.rows << QStringList{QStringLiteral("千人口托位数"), QStringLiteral("5.0"),
                          QStringLiteral("4.6"), QStringLiteral("92.0%")}
           << QStringList{QStringLiteral("普惠托位数"), QStringLiteral("2,300"),
                          QStringLiteral("2,104"), QStringLiteral("91.5%")}
           << QStringList{QStringLiteral("备案机构数"), QStringLiteral("100"), QStringLiteral("98"),
                          QStringLiteral("98.0%")};
    indicators.blocks << Block::table(t, QStringLiteral("att.indicators"));
    d.attachments << indicators;
    return d;
}

OfficialDocument largeDocument(int rows)
{
    OfficialDocument d = sampleDocument();
    d.attachments.first().blocks.first() =
        Block::table(institutionTable(rows), QStringLiteral("att.institutions"));
    return d;
}

bool haveTool(const QString &program)
{
    return !QStandardPaths::findExecutable(program).isEmpty();
}

QByteArray runTool(const QString &program, const QStringList &args, bool *ok)
{
    QProcess p;
    p.start(program, args);
    const bool finished = p.waitForFinished(180000);
    if (ok)
        *ok = finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    return p.readAllStandardOutput();
}

} // namespace tuoyu::document::test
