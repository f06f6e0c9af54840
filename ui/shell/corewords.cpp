#include "corewords.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tuoyu {

namespace {

// The core's words the window shows, for lupdate (the core itself is not translated).
[[maybe_unused]] constexpr const char *kWords[] = {
    // task status (core/domain/plan.cpp)
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "未开始"),
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "进行中"),
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "已完成"),
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "已取消"),
    // institution type (core/domain/institutionkind.cpp)
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "公办"),
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "民办"),
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "企业办"),
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "卫健办"),
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "社区办"),
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "独立"),
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "幼儿园托班"),
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "家庭托育点"),
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "用人单位办"),
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "其他"),
    // ledger line status (core/subsidy/ledgerline.cpp)
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "待审核"),
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "已审核"),
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "已拨付"),
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "不予拨付"),
    // report kind (core/report/reportbuilder.cpp)
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "工作进展情况汇报"),
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "督办单"),
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "情况通报"),
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "托育机构名单"),
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "任务台账"),
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "绩效指标完成情况表"),
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "任务分解表"),
    // the plan reader's confidence (core/planreader/planreading.cpp)
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "有标注"),
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "无标注"),
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "推测"),
    // subsidy rule kinds (core/subsidy/subsidyengine.cpp)
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "按托位一次性"),
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "按新增班一次性"),
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "按机构一次性"),
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "按人按月"),
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "限额包（按申报成本）"),
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "体验券"),
    // inspection kinds and rectification statuses (core/oversight/oversight.cpp)
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "日常"),
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "专项"),
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "双随机"),
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "无需整改"),
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "整改中"),
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "已整改"),
    // indicator status (core/indicators/indicatorengine.cpp)
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "达标"),
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "未达标"),
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "预警"),
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "无数据"),
    // data check severity (core/checks/datachecks.cpp)
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "错误"),
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "提示"),
    // outline levels (core/commands/outlinecommands.cpp)
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "工程"),
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "项目"),
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "任务"),
    // backup kind (core/storage/backupstore.cpp)
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "每日备份"),
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "恢复前的文件"),
    // the due-soon window (core/calendar/duesoon.cpp)
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "即将到期"),
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "%1个工作日内到期"),
    // days overdue (core/storage/planrepository.cpp, overdueDaysText)
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "逾期 %1 天"),
    // the city's table of districts (core/city/cityview.cpp, districtTable)
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "区县"),
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "机构"),
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "托位"),
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "普惠托位"),
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "每千人口托位数"),
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "逾期"),
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "临期"),
    QT_TRANSLATE_NOOP("tuoyu::CoreWords", "合计"),
};

} // namespace

QString shownWords(const QString &coreWords)
{
    // The due-soon window names its number of days: "5个工作日内到期".
    static const QRegularExpression withinDays(QStringLiteral("^(\\d+)个工作日内到期$"));
    const QRegularExpressionMatch days = withinDays.match(coreWords);
    if (days.hasMatch())
        return QCoreApplication::translate("tuoyu::CoreWords", "%1个工作日内到期")
            .arg(days.captured(1));
    // Days overdue name their number too: "逾期 12 天".
    static const QRegularExpression daysLate(QStringLiteral("^逾期 (\\d+) 天$"));
    const QRegularExpressionMatch late = daysLate.match(coreWords);
    if (late.hasMatch())
        return QCoreApplication::translate("tuoyu::CoreWords", "逾期 %1 天").arg(late.captured(1));
    return QCoreApplication::translate("tuoyu::CoreWords", coreWords.toUtf8().constData());
}

} // namespace tuoyu
